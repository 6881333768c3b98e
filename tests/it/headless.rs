//! The real event loop driven headless (`tui::headless`): scripted terminal events in, the screen
//! out, at both reference sizes. What a user does, with nothing mocked but the terminal.

use crate::screen::app_with;
use crossterm::event::{Event as TermEvent, KeyCode, KeyModifiers};
use modeldex::tui::event_loop::{Event, Exit};
use modeldex::tui::headless::{self, key, typed};
use modeldex::tui::theme::Theme;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

fn plain(c: char) -> Event {
    key(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn search_mark_and_compare_through_the_loop() {
    for size in SIZES {
        let mut script = vec![plain('/')];
        script.extend(typed("gpt"));
        script.push(key(KeyCode::Enter, KeyModifiers::NONE));
        script.extend([plain(' '), plain('j'), plain(' '), plain('c')]);
        let run = headless::run(app_with(size, Theme::color()), script);
        let screen = run.text().join("\n");
        assert_eq!(run.exit, Exit::EventsEnded);
        assert!(
            screen.contains("2 entries marked for comparison"),
            "{size:?}\n{screen}"
        );
        assert_eq!(run.app.marks().len(), 2);
        // The compare view shows the two best matches of "gpt" that were marked.
        for &i in run.app.marks() {
            let name = &run.app.catalog().models()[i].name;
            assert!(name.starts_with("GPT"), "{name}");
            assert!(screen.contains(name.as_str()), "{size:?} {name}\n{screen}");
        }
    }
}

#[test]
fn a_resize_in_the_script_is_handled_and_drawn_once() {
    let script = vec![Event::Input(TermEvent::Resize(120, 40))];
    let run = headless::run(app_with((80, 24), Theme::color()), script);
    assert_eq!(run.app.size(), (120, 40));
    assert_eq!(run.frames, 2, "the first frame and one after the resize");
}

#[test]
fn ctrl_c_quits_from_the_help_overlay() {
    let script = vec![plain('?'), key(KeyCode::Char('c'), KeyModifiers::CONTROL)];
    let run = headless::run(app_with((80, 24), Theme::color()), script);
    assert_eq!(run.exit, Exit::Quit);
}

#[test]
fn q_in_the_full_width_detail_goes_back_to_the_list_and_q_there_quits() {
    let enter = || key(KeyCode::Enter, KeyModifiers::NONE);
    let run = headless::run(
        app_with((80, 24), Theme::color()),
        vec![enter(), plain('q')],
    );
    assert_eq!(
        run.exit,
        Exit::EventsEnded,
        "q backed out instead of quitting"
    );
    assert_eq!(run.app.focus(), modeldex::tui::app::Focus::List);
    let status = run.text().last().cloned().unwrap_or_default();
    assert!(status.contains("q quit"), "{status}");
    // In the detail the hint bar offers `q` as back, not quit.
    let run = headless::run(app_with((80, 24), Theme::color()), vec![enter()]);
    let status = run.text().last().cloned().unwrap_or_default();
    assert!(
        status.contains("q back") || status.contains("Esc back"),
        "{status}"
    );
    assert!(!status.contains("quit"), "{status}");
    // Side by side, the detail is a pane beside the list and `q` quits as in the list.
    let run = headless::run(
        app_with((120, 40), Theme::color()),
        vec![key(KeyCode::Tab, KeyModifiers::NONE), plain('q')],
    );
    assert_eq!(run.exit, Exit::Quit);
    let run = headless::run(
        app_with((80, 24), Theme::color()),
        vec![enter(), plain('q'), plain('q')],
    );
    assert_eq!(run.exit, Exit::Quit);
}

/// A terminal that reports `size` and keeps nothing: what it was asked to draw is counted.
struct Huge {
    size: ratatui::layout::Size,
    cells: usize,
    right: u16,
    bottom: u16,
}

impl ratatui::backend::Backend for Huge {
    type Error = std::io::Error;

    fn draw<'a, I>(&mut self, content: I) -> std::io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a ratatui::buffer::Cell)>,
    {
        for (x, y, _) in content {
            self.cells += 1;
            self.right = self.right.max(x + 1);
            self.bottom = self.bottom.max(y + 1);
        }
        Ok(())
    }
    fn hide_cursor(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    fn show_cursor(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    fn get_cursor_position(&mut self) -> std::io::Result<ratatui::layout::Position> {
        Ok(ratatui::layout::Position::ORIGIN)
    }
    fn set_cursor_position<P: Into<ratatui::layout::Position>>(
        &mut self,
        _: P,
    ) -> std::io::Result<()> {
        Ok(())
    }
    fn clear(&mut self) -> std::io::Result<()> {
        Ok(())
    }
    fn clear_region(&mut self, _: ratatui::backend::ClearType) -> std::io::Result<()> {
        Ok(())
    }
    fn size(&self) -> std::io::Result<ratatui::layout::Size> {
        Ok(self.size)
    }
    fn window_size(&mut self) -> std::io::Result<ratatui::backend::WindowSize> {
        Ok(ratatui::backend::WindowSize {
            columns_rows: self.size,
            pixels: ratatui::layout::Size::ZERO,
        })
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn absurd_terminal_sizes_draw_at_most_the_ceiling() {
    use modeldex::tui::capped::MAX_DRAWN;
    for (w, h) in [(10_000, 10_000), (65_535, 65_535)] {
        let backend = Huge {
            size: ratatui::layout::Size::new(w, h),
            cells: 0,
            right: 0,
            bottom: 0,
        };
        let mut script = vec![
            Event::Input(TermEvent::Resize(w, h)),
            plain('?'),
            plain('q'),
        ];
        script.extend([plain('/'), plain('g')]);
        script.push(Event::Input(TermEvent::Resize(w, h)));
        let run = headless::run_on(backend, app_with((w, h), Theme::color()), script);
        assert_eq!(run.exit, Exit::EventsEnded);
        assert_eq!(run.app.size(), (MAX_DRAWN, MAX_DRAWN));
        let mut terminal = run.terminal;
        let area = terminal.get_frame().area();
        assert_eq!(
            (area.width, area.height),
            (MAX_DRAWN, MAX_DRAWN),
            "ratatui's buffers"
        );
        let drawn = terminal.backend().inner();
        assert!(drawn.right <= MAX_DRAWN && drawn.bottom <= MAX_DRAWN);
        assert!(
            drawn.right > 900,
            "the capped area is drawn: {}",
            drawn.right
        );
        let frames = run.frames;
        let ceiling = usize::from(MAX_DRAWN) * usize::from(MAX_DRAWN);
        assert!(drawn.cells <= frames * ceiling, "{} cells", drawn.cells);
    }
}
