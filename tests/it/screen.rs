//! What the `TestBackend` screen tests share: an app over the test fixture, keys pressed as the
//! event loop would, and a frame drawn and read back as text.

use modeldex::catalog::Catalog;
use modeldex::data::Dataset;
use modeldex::tui::app::App;
use modeldex::tui::keymap::{self, Key};
use modeldex::tui::theme::Theme;
use modeldex::tui::ui;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

/// The fixture keeps screen tests independent of the growing embedded data.
pub const FIXTURE: &str = include_str!("../fixtures/models.json");

/// Eighteen real entries frozen from the embedded data of 2026-12-02, with capability figures,
/// prices and lifecycles: the frontier and capability screens are tested on it.
pub const FRONTIER_FIXTURE: &str = include_str!("../fixtures/frontier.json");

/// A browser over the frontier fixture for a terminal of `size`.
pub fn frontier_app(size: (u16, u16), theme: Theme) -> App {
    let dataset = Dataset::from_json_str(FRONTIER_FIXTURE).expect("frontier fixture parses");
    App::new(Catalog::new(dataset), theme, size)
}

/// A browser over the fixture for a terminal of `size`.
pub fn app_with(size: (u16, u16), theme: Theme) -> App {
    let dataset = Dataset::from_json_str(FIXTURE).expect("fixture parses");
    App::new(Catalog::new(dataset), theme, size)
}

/// Presses each key as the event loop would.
pub fn keys(app: &mut App, keys: &[Key]) {
    for &k in keys {
        if let Some(action) = keymap::lookup(app.keymap_section(), k) {
            app.update(action);
        }
    }
}

/// One frame of `app`, drawn at its size.
pub fn draw(app: &App) -> Buffer {
    let backend = TestBackend::new(app.size().0, app.size().1);
    let mut terminal = Terminal::new(backend).expect("test terminal");
    terminal.draw(|f| ui::render(app, f)).expect("draw");
    terminal.backend().buffer().clone()
}

/// The screen as lines of text (wide characters leave a blank cell after them).
pub fn text(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (0..area.height)
        .map(|y| (0..area.width).map(|x| buf[(x, y)].symbol()).collect())
        .collect()
}
