//! `e` in the compare view: a path prompt, then the event loop writes the Markdown (never over an
//! existing file without a second Enter).

use super::{App, Effect, Overlay, Screen};
use crate::atomic_write::Existing;
use crate::i18n::{t, tf, Msg};
use crate::tui::action::{Action, ExportOutcome};
use std::path::{Path, PathBuf};

impl App {
    /// The file name offered for the open comparison: `modeldex-compare-<id1>-<id2>….md`.
    pub fn default_export_path(&self) -> String {
        let ids: Vec<&str> = self
            .marks
            .iter()
            .map(|&i| self.catalog.models()[i].id.as_str())
            .collect();
        let mut name = format!("modeldex-compare-{}", ids.join("-"));
        // Keep file names sane: ids are slugs, but a loaded file may hold anything.
        name.retain(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        name.truncate(200);
        name + ".md"
    }

    pub(super) fn start_export(&mut self) -> bool {
        if self.compare().is_none() {
            return false;
        }
        self.overlay = Some(Overlay::Export {
            path: self.default_export_path(),
            confirm: false,
        });
        true
    }

    pub(super) fn handle_export_prompt(
        &mut self,
        path: String,
        confirm: bool,
        action: Action,
    ) -> bool {
        let mut path = path;
        match action {
            Action::SearchInsert(c) => path.push(c),
            Action::SearchBackspace => {
                if path.pop().is_none() {
                    return false;
                }
            }
            Action::SearchClear => path.clear(),
            Action::SearchCancel => {
                self.overlay = None;
                self.status = Some(t(Msg::ExportCancelled).into());
                return true;
            }
            Action::SearchAccept => {
                let trimmed = path.trim();
                if trimmed.is_empty() {
                    self.status = Some(t(Msg::ExportNoName).into());
                    return true;
                }
                let Screen::Compare(view) = &self.screen else {
                    self.overlay = None;
                    return true;
                };
                let d = &self.catalog.dataset;
                let text = crate::compare::render::markdown(&view.table, d, &self.weights);
                self.effects.push(Effect::Export {
                    path: PathBuf::from(trimmed),
                    text,
                    overwrite: confirm,
                });
                return true;
            }
            _ => return false,
        }
        // Editing the name withdraws a pending overwrite confirmation.
        self.overlay = Some(Overlay::Export {
            path,
            confirm: false,
        });
        true
    }

    /// The event loop's report on the write it was asked for.
    pub(super) fn handle_exported(&mut self, outcome: ExportOutcome) -> bool {
        let Some(Overlay::Export { path, .. }) = self.overlay.clone() else {
            return false;
        };
        match outcome {
            ExportOutcome::Written => {
                self.overlay = None;
                self.status = Some(tf(Msg::ExportWrote, &[("path", &path)]));
            }
            ExportOutcome::Exists => {
                self.overlay = Some(Overlay::Export {
                    path: path.clone(),
                    confirm: true,
                });
                self.status = Some(tf(Msg::ExportConfirm, &[("path", &path)]));
            }
            ExportOutcome::Failed(kind) => {
                self.status = Some(tf(Msg::ExportFailed, &[("path", &path), ("kind", &kind)]));
            }
        }
        true
    }
}

/// Writes `text` to `path`: a new file, or (with `overwrite`) replacing an existing one. All or
/// nothing: a write cut short (a full disk, a kill) leaves no partial file under that name.
pub fn write_export(path: &Path, text: &str, overwrite: bool) -> ExportOutcome {
    let existing = if overwrite {
        Existing::Replace
    } else {
        Existing::Keep
    };
    match crate::atomic_write::write(path, text.as_bytes(), existing) {
        Ok(()) => ExportOutcome::Written,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => ExportOutcome::Exists,
        Err(e) => ExportOutcome::Failed(e.kind()),
    }
}
