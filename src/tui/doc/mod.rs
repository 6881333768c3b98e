//! Content laid out for a given width, independent of the [`App`](crate::tui::app::App): drawing
//! shows these lines and [`measure`](crate::tui::measure) counts them, so the two agree.

pub mod detail;
pub mod help;
pub mod overview;
