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

/// The browser over the embedded dataset at `size`.
fn embedded_app(size: (u16, u16)) -> modeldex::tui::app::App {
    use modeldex::catalog::Catalog;
    use modeldex::data::Dataset;
    let dataset = Dataset::embedded().expect("embedded dataset parses");
    modeldex::tui::app::App::new(Catalog::new(dataset), Theme::monochrome(), size)
}

/// The list pane's rows (between its borders) on a side-by-side screen of `run`.
fn list_rows(run: &headless::Run, list_width: usize) -> Vec<String> {
    let text = run.text();
    text[2..text.len() - 2]
        .iter()
        .map(|l| l.chars().skip(1).take(list_width - 2).collect::<String>())
        .map(|l| l.trim_end().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn the_list_at_100x30_shows_every_name_whole_and_no_two_rows_alike() {
    let size = (100, 30);
    let total = embedded_app(size).catalog().models().len();
    let mut seen = 0;
    // Page by page through the whole list, in the natural order and sorted by score.
    for sorts in [0, 4] {
        for page in 0..total.div_ceil(26) {
            let mut script: Vec<Event> = (0..sorts).map(|_| plain('s')).collect();
            script.extend((0..page).map(|_| key(KeyCode::PageDown, KeyModifiers::NONE)));
            let run = headless::run(embedded_app(size), script);
            let rows = list_rows(&run, 44);
            for (i, row) in rows.iter().enumerate() {
                assert!(!row.contains('…'), "a value is cut: {row:?}");
                assert!(
                    !rows[..i].contains(row),
                    "two rows alike at page {page}: {row:?}"
                );
            }
            for &index in run
                .app
                .visible()
                .iter()
                .skip(run.app.list_offset())
                .take(rows.len())
            {
                let name = &run.app.catalog().models()[index].name;
                assert!(rows.iter().any(|r| r.contains(name.as_str())), "{name} cut");
                seen += 1;
            }
        }
    }
    assert!(
        seen >= total,
        "every entry was looked at ({seen} of {total})"
    );
}

#[test]
fn the_list_shows_the_value_it_is_sorted_by() {
    use modeldex::score::weighted_score;
    for size in SIZES {
        // natural → name → released → developer → weighted score
        let run = headless::run(
            embedded_app(size),
            (0..4).map(|_| plain('s')).collect::<Vec<_>>(),
        );
        let screen = run.text().join("\n");
        assert!(screen.contains("by weighted score"), "{size:?}\n{screen}");
        let app = &run.app;
        let first = &app.catalog().models()[app.visible()[app.list_offset()]];
        let score = weighted_score(first, &app.catalog().dataset, app.weights()).expect("rated");
        let row = run.text()[2].clone();
        let rated = modeldex::score::coverage(first, &app.catalog().dataset).fraction();
        let shown = format!("{score:.1} {rated}");
        assert!(
            row.contains(first.name.as_str()) && row.contains(&shown),
            "{size:?} {row:?} lacks {shown}"
        );
        // Sorted by release, the row shows the whole date.
        let script: Vec<Event> = (0..2).map(|_| plain('s')).collect();
        let run = headless::run(embedded_app(size), script);
        let app = &run.app;
        let first = &app.catalog().models()[app.visible()[app.list_offset()]];
        let date = first.released.clone().expect("dated");
        assert!(
            run.text()[2].contains(&date),
            "{size:?} {:?} lacks {date}",
            run.text()[2]
        );
    }
}

#[test]
fn the_list_title_keeps_the_sort_and_the_filter_at_100x30() {
    // Sorted by weighted score, three entries marked, filtered on openness, kind, commercial use
    // and self-hostable.
    let mut script: Vec<Event> = (0..4).map(|_| plain('s')).collect();
    script.extend([plain(' '), plain('j'), plain(' '), plain('j'), plain(' ')]);
    script.extend([
        plain('f'),
        plain('j'),
        plain(' '),
        plain('j'),
        plain('j'),
        plain(' '),
    ]);
    script.extend([
        plain('j'),
        plain('j'),
        plain('j'),
        plain(' '),
        plain('j'),
        plain(' '),
    ]);
    script.push(key(KeyCode::Esc, KeyModifiers::NONE));
    let run = headless::run(embedded_app((100, 30)), script);
    let title = run.text()[1].chars().take(44).collect::<String>();
    assert!(title.contains("weighted score"), "{title}");
    assert!(
        title.contains("open-weights"),
        "the filter's first part shows: {title}"
    );
    let n = run.app.visible().len();
    assert!(title.contains(&format!(" {n}/")), "{title}");
}
