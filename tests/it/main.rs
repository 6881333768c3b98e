//! The integration tests, grouped into one binary so the crate links once for all of them instead
//! of once per file. Each module is one former `tests/*.rs` file; `support` (the tmux harness) and
//! `screen` (the `TestBackend` helpers) are shared. Add new integration tests as modules here.

mod catalog_loading;
mod cli;
mod cli_validate;
mod dataset;
mod dataset_sources;
mod dropped;
mod frontier;
mod headless;
mod hostile;
mod import;
mod mouse;
mod offers;
mod offers_screens;
mod prefs_kept;
mod pty;
mod pty_prefs;
mod readme;
mod render;
mod render_decide;
mod schema;
mod screen;
mod snapshots;
mod snapshots_zh;
mod support;
mod terminal;
mod terminal_zh;
mod tui_start;
mod validate;
