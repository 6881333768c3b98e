//! What the user asked for, independent of the key that asked: the input to [`App::update`].
//!
//! [`App::update`]: crate::tui::app::App::update

/// How writing an export file went, reported back to `update` by the event loop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportOutcome {
    /// The file was written.
    Written,
    /// A file of that name exists and overwriting was not confirmed.
    Exists,
    /// The write failed for this reason.
    Failed(std::io::ErrorKind),
}

/// One thing the user wants done. The keymap turns keys into these; `update` carries them out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Moves the selection (or scrolls the focused pane) one line up.
    MoveUp,
    /// Moves the selection (or scrolls the focused pane) one line down.
    MoveDown,
    /// Moves a page up.
    PageUp,
    /// Moves a page down.
    PageDown,
    /// Jumps to the first entry (or the top of the focused pane).
    First,
    /// Jumps to the last entry (or the bottom of the focused pane).
    Last,
    /// Shows the previous column in the compare view.
    ScrollLeft,
    /// Shows the next column in the compare view.
    ScrollRight,
    /// Switches focus between the list and the detail pane.
    ToggleFocus,
    /// Focuses the detail of the selected entry (full width on narrow terminals).
    OpenDetail,
    /// Backs out one step: detail to list, kept filter cleared, compare view closed.
    Back,
    /// Opens the search line with an empty query.
    StartSearch,
    /// Types one character into the search query.
    SearchInsert(char),
    /// Deletes the last character of the search query.
    SearchBackspace,
    /// Empties the search query, keeping the search line open.
    SearchClear,
    /// Closes the search line and keeps the filter.
    SearchAccept,
    /// Closes the search line and clears the filter.
    SearchCancel,
    /// Marks or unmarks the selected entry for comparison.
    ToggleMark,
    /// Unmarks every entry (`u` brings them back).
    ClearMarks,
    /// Marks again what the last `ClearMarks` unmarked.
    UndoClearMarks,
    /// Opens the comparison of the marked entries.
    OpenCompare,
    /// Shows the key bindings.
    OpenHelp,
    /// Hides the key bindings.
    CloseHelp,
    /// One mouse-wheel notch over the given cell; `down` scrolls towards the end.
    Wheel { down: bool, column: u16, row: u16 },
    /// A left click on the given cell.
    Click { column: u16, row: u16 },
    /// Copies the selected id (in the compare view, the comparison as Markdown) to the clipboard.
    Copy,
    /// Suspends modeldex (Ctrl-Z) and hands the terminal back to the shell until `fg`.
    Suspend,
    /// Switches between the colour and the monochrome theme (remembered in the preferences).
    ToggleTheme,
    /// The search thread ranked the query of request `generation`: dataset positions, best first,
    /// the first `shown` of them strong enough to list (see [`crate::search::strong`]). When
    /// `hits` are only the best few, `matched` lists every match and the rest follows.
    SearchResults {
        generation: u64,
        hits: Vec<usize>,
        shown: usize,
        matched: Option<Vec<usize>>,
    },
    /// Cycles the list order: natural, name, released, developer, weighted score, each criterion.
    CycleSort,
    /// Turns the list order around (unknown values stay last).
    ReverseSort,
    /// Opens the filter panel.
    OpenFilters,
    /// Opens the weights editor.
    OpenWeights,
    /// Opens the open-vs-closed overview.
    OpenOverview,
    /// Opens the frontier chart of the listed entries (or closes it).
    OpenFrontier,
    /// Shows the next quantity on the frontier's horizontal axis.
    CycleXAxis,
    /// Shows the next quantity on the frontier's vertical axis.
    CycleYAxis,
    /// Asks for a file name to export the comparison to as Markdown.
    StartExport,
    /// Toggles (or cycles) the option under the cursor in a panel.
    ToggleOption,
    /// Clears every filter.
    ClearFilters,
    /// Raises the selected weight by one.
    Increase,
    /// Lowers the selected weight by one.
    Decrease,
    /// Switches to the next weight preset.
    NextPreset,
    /// The event loop's report on an export it was asked to write.
    Exported(ExportOutcome),
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// Leaves modeldex.
    Quit,
}
