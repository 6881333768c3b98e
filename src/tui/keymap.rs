//! Keys to actions: one table per section (a screen or overlay), read by the event loop, the help
//! overlay and the hint bar.

use super::action::Action;
use crate::i18n::Msg;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A set of bindings: one per screen and overlay ([`App::keymap_section`] says which is in force),
/// plus the global ones. The help overlay shows one section each.
///
/// [`App::keymap_section`]: crate::tui::app::App::keymap_section
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The list and detail panes.
    Browse,
    /// The detail of one entry over the whole width (a narrow terminal): Browse's keys, except
    /// that `q` backs out to the list as it does from every other view.
    Detail,
    /// The search line is open; printable keys type.
    Search,
    /// The comparison of marked entries.
    Compare,
    /// The help overlay.
    Help,
    /// The filter panel.
    Filters,
    /// The weights editor.
    Weights,
    /// The open-vs-closed overview.
    Overview,
    /// The export path prompt.
    Export,
    /// Choosing a filter value by typing (the developer).
    Choose,
    /// The capability-against-price frontier chart.
    Frontier,
    /// Bindings that work everywhere.
    Global,
}

impl Section {
    /// The heading of this section in the help overlay.
    pub fn title(self) -> &'static str {
        crate::i18n::t(match self {
            Section::Browse => Msg::SecBrowse,
            Section::Detail => Msg::SecDetail,
            Section::Search => Msg::SecSearch,
            Section::Compare => Msg::SecCompare,
            Section::Help => Msg::SecHelp,
            Section::Filters => Msg::SecFilters,
            Section::Weights => Msg::SecWeights,
            Section::Overview => Msg::SecOverview,
            Section::Export => Msg::SecExport,
            Section::Choose => Msg::SecChoose,
            Section::Frontier => Msg::SecFrontier,
            Section::Global => Msg::SecGlobal,
        })
    }
}

/// A key as the keymap sees it: modifiers folded in, Shift already applied to the character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Ctrl(char),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Tab,
    BackTab,
    Enter,
    Esc,
    Backspace,
    F(u8),
    /// Any printable character (only in bindings, never produced from an event).
    Printable,
}

impl Key {
    /// Converts a terminal key event; `None` for keys modeldex never binds (Alt combinations...).
    pub fn from_event(ev: &KeyEvent) -> Option<Key> {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        if ev.modifiers.contains(KeyModifiers::ALT) {
            return None;
        }
        Some(match ev.code {
            KeyCode::Char(c) if ctrl => Key::Ctrl(c.to_ascii_lowercase()),
            KeyCode::Char(c) => Key::Char(c),
            KeyCode::Up => Key::Up,
            KeyCode::Down => Key::Down,
            KeyCode::Left => Key::Left,
            KeyCode::Right => Key::Right,
            KeyCode::PageUp => Key::PageUp,
            KeyCode::PageDown => Key::PageDown,
            KeyCode::Home => Key::Home,
            KeyCode::End => Key::End,
            KeyCode::Tab => Key::Tab,
            KeyCode::BackTab => Key::BackTab,
            KeyCode::Enter => Key::Enter,
            KeyCode::Esc => Key::Esc,
            KeyCode::Backspace => Key::Backspace,
            KeyCode::F(n) => Key::F(n),
            _ => return None,
        })
    }

    /// How the key is written in help and hints.
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Key::Up => "↑".into(),
            Key::Down => "↓".into(),
            Key::Left => "←".into(),
            Key::Right => "→".into(),
            Key::PageUp => "PgUp".into(),
            Key::PageDown => "PgDn".into(),
            Key::Home => "Home".into(),
            Key::End => "End".into(),
            Key::Tab => "Tab".into(),
            Key::BackTab => "Shift-Tab".into(),
            Key::Enter => "Enter".into(),
            Key::Esc => "Esc".into(),
            Key::Backspace => "Backspace".into(),
            Key::F(n) => format!("F{n}"),
            Key::Printable => crate::i18n::pick("text", "文字").into(),
        }
    }

    fn matches(self, key: Key) -> bool {
        match self {
            Key::Printable => matches!(key, Key::Char(c) if !c.is_control()),
            bound => bound == key,
        }
    }
}

/// One row of the keymap.
#[derive(Debug, Clone)]
pub struct Binding {
    pub section: Section,
    pub keys: &'static [Key],
    /// For [`Key::Printable`] bindings, `SearchInsert` gets the typed character.
    pub action: Action,
    /// What the keys do, for the help overlay.
    pub help: &'static str,
    /// A short label for the hint bar, if the binding is worth a hint there.
    pub hint: Option<&'static str>,
}

const fn bind(
    section: Section,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        section,
        keys,
        action,
        help,
        hint,
    }
}

use Key as K;
use Section as M;

/// Every binding, in the order help shows them.
#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    bind(M::Browse, &[K::Up, K::Char('k')], Action::MoveUp, "move up, or scroll the detail", None),
    bind(M::Browse, &[K::Down, K::Char('j')], Action::MoveDown, "move down, or scroll the detail", None),
    bind(M::Browse, &[K::PageUp, K::Ctrl('b')], Action::PageUp, "page up", None),
    bind(M::Browse, &[K::PageDown, K::Ctrl('f')], Action::PageDown, "page down", None),
    bind(M::Browse, &[K::Char('g'), K::Home], Action::First, "first entry / top", None),
    bind(M::Browse, &[K::Char('G'), K::End], Action::Last, "last entry / bottom", None),
    bind(M::Browse, &[K::Tab, K::BackTab], Action::ToggleFocus, "switch focus: list ⇄ detail", None),
    bind(M::Browse, &[K::Enter], Action::OpenDetail, "open the detail (full width when narrow)", None),
    bind(M::Browse, &[K::Char('/')], Action::StartSearch, "search", Some("search")),
    bind(M::Browse, &[K::Char(' ')], Action::ToggleMark, "mark / unmark for comparison", Some("mark")),
    bind(M::Browse, &[K::Char('c')], Action::OpenCompare, "compare the marked entries", Some("compare")),
    bind(M::Browse, &[K::Char('x')], Action::ClearMarks, "unmark everything (u undoes it)", None),
    bind(M::Browse, &[K::Char('u')], Action::UndoClearMarks, "mark again what x unmarked", None),
    bind(M::Browse, &[K::Char('s')], Action::CycleSort, "cycle the sort (name, date, developer, score, criteria)", Some("sort")),
    bind(M::Browse, &[K::Char('S')], Action::ReverseSort, "reverse the sort (unknown values stay last)", None),
    bind(M::Browse, &[K::Char('f')], Action::OpenFilters, "filter panel", Some("filter")),
    bind(M::Browse, &[K::Char('w')], Action::OpenWeights, "weights editor and presets", Some("weights")),
    bind(M::Browse, &[K::Char('o')], Action::OpenOverview, "open vs closed overview", Some("overview")),
    bind(M::Browse, &[K::Char('v')], Action::OpenFrontier, "frontier chart: capability against price", Some("frontier")),
    bind(M::Browse, &[K::Char('y')], Action::Copy, "copy the selected id to the clipboard (OSC 52)", None),
    bind(M::Browse, &[K::Char('t')], Action::ToggleTheme, "switch colour / monochrome theme (saved)", None),
    bind(M::Browse, &[K::Esc], Action::Back, "back to the list / clear the filter", None),
    bind(M::Browse, &[K::Char('?')], Action::OpenHelp, "this help", Some("help")),
    bind(M::Browse, &[K::Char('q')], Action::Quit, "quit", Some("quit")),
    bind(M::Detail, &[K::Esc, K::Char('q')], Action::Back, "back to the list", Some("back")),
    bind(M::Search, &[K::Printable], Action::SearchInsert(' '), "type to filter (fuzzy)", None),
    bind(M::Search, &[K::Backspace], Action::SearchBackspace, "delete a character", None),
    bind(M::Search, &[K::Ctrl('u')], Action::SearchClear, "clear the query", None),
    bind(M::Search, &[K::Up, K::Ctrl('p')], Action::MoveUp, "previous match", None),
    bind(M::Search, &[K::Down, K::Ctrl('n')], Action::MoveDown, "next match", None),
    bind(M::Search, &[K::PageUp], Action::PageUp, "page up", None),
    bind(M::Search, &[K::PageDown], Action::PageDown, "page down", None),
    bind(M::Search, &[K::Enter], Action::SearchAccept, "keep the filter", Some("keep filter")),
    bind(M::Search, &[K::Esc], Action::SearchCancel, "clear the filter", Some("clear")),
    bind(M::Compare, &[K::Up, K::Char('k')], Action::MoveUp, "scroll up", None),
    bind(M::Compare, &[K::Down, K::Char('j')], Action::MoveDown, "scroll down", None),
    bind(M::Compare, &[K::Left, K::Char('h')], Action::ScrollLeft, "previous columns", Some("columns")),
    bind(M::Compare, &[K::Right, K::Char('l')], Action::ScrollRight, "next columns", None),
    bind(M::Compare, &[K::PageUp, K::Ctrl('b')], Action::PageUp, "page up", None),
    bind(M::Compare, &[K::PageDown, K::Ctrl('f')], Action::PageDown, "page down", None),
    bind(M::Compare, &[K::Char('g'), K::Home], Action::First, "top", None),
    bind(M::Compare, &[K::Char('G'), K::End], Action::Last, "bottom", None),
    bind(M::Compare, &[K::Esc, K::Char('q')], Action::Back, "back to the list (marks kept)", Some("back")),
    bind(M::Compare, &[K::Char('y')], Action::Copy, "copy the comparison as Markdown (OSC 52)", Some("copy")),
    bind(M::Compare, &[K::Char('e')], Action::StartExport, "export the comparison as Markdown to a file", Some("export")),
    bind(M::Compare, &[K::Char('w')], Action::OpenWeights, "weights editor (the weighted total follows)", None),
    bind(M::Compare, &[K::Char('?')], Action::OpenHelp, "this help", Some("help")),
    bind(M::Help, &[K::Up, K::Char('k')], Action::MoveUp, "scroll up", None),
    bind(M::Help, &[K::Down, K::Char('j')], Action::MoveDown, "scroll down", None),
    bind(M::Help, &[K::PageUp], Action::PageUp, "page up", None),
    bind(M::Help, &[K::PageDown], Action::PageDown, "page down", None),
    bind(M::Help, &[K::Esc, K::Char('q'), K::Char('?')], Action::CloseHelp, "close this help", Some("close")),
    bind(M::Filters, &[K::Up, K::Char('k')], Action::MoveUp, "previous option", None),
    bind(M::Filters, &[K::Down, K::Char('j')], Action::MoveDown, "next option", None),
    bind(M::Filters, &[K::Char(' '), K::Enter], Action::ToggleOption, "toggle (or cycle) the option", Some("toggle")),
    bind(M::Filters, &[K::Char('x')], Action::ClearFilters, "clear every filter", Some("clear")),
    bind(M::Filters, &[K::Esc, K::Char('f'), K::Char('q')], Action::Back, "close the panel", Some("close")),
    bind(M::Choose, &[K::Printable], Action::SearchInsert(' '), "type part of the name", None),
    bind(M::Choose, &[K::Backspace], Action::SearchBackspace, "delete a character", None),
    bind(M::Choose, &[K::Ctrl('u')], Action::SearchClear, "clear what was typed", None),
    bind(M::Choose, &[K::Up], Action::MoveUp, "previous value", None),
    bind(M::Choose, &[K::Down], Action::MoveDown, "next value", None),
    bind(M::Choose, &[K::Enter], Action::SearchAccept, "filter on the highlighted value", Some("choose")),
    bind(M::Choose, &[K::Esc], Action::SearchCancel, "back to the filter panel, unchanged", Some("cancel")),
    bind(M::Weights, &[K::Up, K::Char('k')], Action::MoveUp, "previous pillar", None),
    bind(M::Weights, &[K::Down, K::Char('j')], Action::MoveDown, "next pillar", None),
    bind(M::Weights, &[K::Left, K::Char('h'), K::Char('-')], Action::Decrease, "lower the weight", Some("lower")),
    bind(M::Weights, &[K::Right, K::Char('l'), K::Char('+')], Action::Increase, "raise the weight", Some("raise")),
    bind(M::Weights, &[K::Char('p')], Action::NextPreset, "next preset", Some("preset")),
    bind(M::Weights, &[K::Esc, K::Char('w'), K::Char('q')], Action::Back, "close the editor", Some("close")),
    bind(M::Overview, &[K::Up, K::Char('k')], Action::MoveUp, "scroll up", None),
    bind(M::Overview, &[K::Down, K::Char('j')], Action::MoveDown, "scroll down", None),
    bind(M::Overview, &[K::PageUp, K::Ctrl('b')], Action::PageUp, "page up", None),
    bind(M::Overview, &[K::PageDown, K::Ctrl('f')], Action::PageDown, "page down", None),
    bind(M::Overview, &[K::Char('g'), K::Home], Action::First, "top", None),
    bind(M::Overview, &[K::Char('G'), K::End], Action::Last, "bottom", None),
    bind(M::Overview, &[K::Esc, K::Char('o'), K::Char('q')], Action::Back, "back to the list", Some("back")),
    bind(M::Overview, &[K::Char('?')], Action::OpenHelp, "this help", Some("help")),
    bind(M::Frontier, &[K::Left, K::Char('h')], Action::ScrollLeft, "previous point along x", None),
    bind(M::Frontier, &[K::Right, K::Char('l')], Action::ScrollRight, "next point along x", Some("select")),
    bind(M::Frontier, &[K::Up, K::Char('k')], Action::MoveUp, "next point up", None),
    bind(M::Frontier, &[K::Down, K::Char('j')], Action::MoveDown, "next point down", None),
    bind(M::Frontier, &[K::Char('g'), K::Home], Action::First, "leftmost point", None),
    bind(M::Frontier, &[K::Char('G'), K::End], Action::Last, "rightmost point", None),
    bind(M::Frontier, &[K::Char('x')], Action::CycleXAxis, "next x axis (price, capability, score, released, parameters)", Some("x axis")),
    bind(M::Frontier, &[K::Char('y')], Action::CycleYAxis, "next y axis", Some("y axis")),
    bind(M::Frontier, &[K::Enter], Action::OpenDetail, "open the selected entry", Some("open")),
    bind(M::Frontier, &[K::Char('f')], Action::OpenFilters, "filter panel (the chart follows)", None),
    bind(M::Frontier, &[K::Char('w')], Action::OpenWeights, "weights editor (the score axis follows)", None),
    bind(M::Frontier, &[K::Esc, K::Char('q'), K::Char('v')], Action::Back, "back to the list", Some("back")),
    bind(M::Frontier, &[K::Char('?')], Action::OpenHelp, "this help", Some("help")),
    bind(M::Export, &[K::Printable], Action::SearchInsert(' '), "type the file name", None),
    bind(M::Export, &[K::Backspace], Action::SearchBackspace, "delete a character", None),
    bind(M::Export, &[K::Ctrl('u')], Action::SearchClear, "clear the file name", None),
    bind(M::Export, &[K::Enter], Action::SearchAccept, "write the file (twice to overwrite)", Some("write")),
    bind(M::Export, &[K::Esc], Action::SearchCancel, "cancel the export", Some("cancel")),
    bind(M::Global, &[K::F(1)], Action::OpenHelp, "help", None),
    bind(M::Global, &[K::Ctrl('c')], Action::Quit, "quit", None),
    bind(M::Global, &[K::Ctrl('z')], Action::Suspend, "suspend to the shell (fg resumes)", None),
];

impl Section {
    /// The section whose bindings this one inherits where it binds nothing of its own.
    fn parent(self) -> Option<Section> {
        match self {
            Section::Detail => Some(Section::Browse),
            _ => None,
        }
    }
}

/// The action bound to `key` in `section` (its own bindings first, then its parent's, then the
/// global ones).
pub fn lookup(section: Section, key: Key) -> Option<Action> {
    let in_section = |s: Section| {
        BINDINGS
            .iter()
            .filter(move |b| b.section == s)
            .find(|b| b.keys.iter().any(|k| k.matches(key)))
    };
    let binding = in_section(section)
        .or_else(|| section.parent().and_then(in_section))
        .or_else(|| in_section(Section::Global))?;
    Some(match (binding.action.clone(), key) {
        (Action::SearchInsert(_), Key::Char(c)) => Action::SearchInsert(c),
        (action, _) => action,
    })
}

/// The bindings of one section, in table order.
pub fn bindings(section: Section) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.section == section)
}

/// The bindings in force in `section`, for the hint bar: its own, then those of its parent that
/// it does not override, in table order.
pub fn in_force(section: Section) -> Vec<&'static Binding> {
    let own: Vec<&Binding> = bindings(section).collect();
    let inherited = section.parent().into_iter().flat_map(bindings).filter(|b| {
        !own.iter()
            .any(|o| o.keys.iter().any(|k| b.keys.contains(k)))
    });
    own.iter().copied().chain(inherited).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventKind;

    fn ev(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new_with_kind(code, modifiers, KeyEventKind::Press)
    }

    #[test]
    fn events_become_keys() {
        let k = |code, m| Key::from_event(&ev(code, m));
        assert_eq!(
            k(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Some(Key::Ctrl('c'))
        );
        assert_eq!(
            k(KeyCode::Char('G'), KeyModifiers::SHIFT),
            Some(Key::Char('G'))
        );
        assert_eq!(k(KeyCode::Char('x'), KeyModifiers::ALT), None);
        assert_eq!(k(KeyCode::Up, KeyModifiers::NONE), Some(Key::Up));
    }

    #[test]
    fn the_same_key_means_different_things_per_section() {
        assert_eq!(lookup(Section::Browse, Key::Char('q')), Some(Action::Quit));
        assert_eq!(
            lookup(Section::Search, Key::Char('q')),
            Some(Action::SearchInsert('q'))
        );
        assert_eq!(lookup(Section::Compare, Key::Char('q')), Some(Action::Back));
        assert_eq!(
            lookup(Section::Help, Key::Char('q')),
            Some(Action::CloseHelp)
        );
        assert_eq!(
            lookup(Section::Search, Key::Char(' ')),
            Some(Action::SearchInsert(' '))
        );
        assert_eq!(
            lookup(Section::Browse, Key::Char(' ')),
            Some(Action::ToggleMark)
        );
        assert_eq!(lookup(Section::Browse, Key::Char('Z')), None);
        // The full-width detail backs out with `q`, and keeps Browse's other keys.
        assert_eq!(lookup(Section::Detail, Key::Char('q')), Some(Action::Back));
        assert_eq!(
            lookup(Section::Detail, Key::Char('j')),
            Some(Action::MoveDown)
        );
        assert_eq!(lookup(Section::Detail, Key::Ctrl('c')), Some(Action::Quit));
        let hints: Vec<Action> = in_force(Section::Detail)
            .iter()
            .map(|b| b.action.clone())
            .collect();
        assert!(
            hints.contains(&Action::Back) && !hints.contains(&Action::Quit),
            "{hints:?}"
        );
    }

    #[test]
    fn ctrl_c_quits_everywhere() {
        for section in [
            Section::Browse,
            Section::Search,
            Section::Compare,
            Section::Help,
        ] {
            assert_eq!(
                lookup(section, Key::Ctrl('c')),
                Some(Action::Quit),
                "{section:?}"
            );
        }
    }

    #[test]
    fn the_readme_key_table_names_every_bound_key() {
        let readme = include_str!("../../README.md");
        for b in BINDINGS {
            for k in b.keys.iter().filter(|k| **k != Key::Printable) {
                let shown = format!("`{}`", k.label());
                assert!(readme.contains(&shown), "README lacks {shown} ({})", b.help);
            }
        }
    }

    #[test]
    fn every_help_and_hint_has_a_chinese_phrase() {
        for b in BINDINGS {
            for text in std::iter::once(b.help).chain(b.hint) {
                assert!(
                    crate::i18n::has_phrase(text),
                    "{text:?}: add (\"{text}\", \"…\") to PHRASES in src/i18n/catalog.rs"
                );
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_section() {
        for b in BINDINGS {
            for k in b.keys {
                let clashes = bindings(b.section).filter(|o| o.keys.contains(k)).count();
                assert_eq!(clashes, 1, "{k:?} bound twice in {:?}", b.section);
            }
        }
    }
}
