//! The search query and where its ranking stands, as one value.

/// The query typed and the state of the answer the list shows for it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    /// The search text; a non-empty query filters the list.
    pub(super) query: String,
    /// The query the list answers (it lags `query` while a background search runs).
    pub(super) results_for: String,
    /// Number of the latest background search request; older results are dropped.
    pub(super) generation: u64,
    /// True while a background search for the current query has not answered yet.
    pub(super) pending: bool,
    /// While the list shows only the best matches of `results_for` and the search thread ranks
    /// the rest: every match, in dataset order (what a longer query narrows).
    pub(super) ranking_rest: Option<Vec<usize>>,
    /// Every match of `results_for`, the weak ones the list leaves out included: a longer query
    /// narrows these, since a match too weak to list may be strong for it.
    pub(super) matched: Vec<usize>,
    /// Nothing matched `results_for`: the list shows entries spelled a few edits away instead.
    pub(super) close_spellings: bool,
}

impl SearchState {
    /// The search text.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// The query the listed results answer.
    pub fn results_for(&self) -> &str {
        &self.results_for
    }

    /// True while the search thread has not answered the current query yet.
    pub fn is_pending(&self) -> bool {
        self.pending
    }

    /// True while the list shows only the best matches and the rest is being ranked.
    pub fn is_ranking_rest(&self) -> bool {
        self.ranking_rest.is_some()
    }

    /// True when nothing matched and the list shows close spellings of the query instead.
    pub fn shows_close_spellings(&self) -> bool {
        self.close_spellings
    }

    /// Forgets any answer still coming from the search thread.
    pub(super) fn drop_pending(&mut self) {
        self.pending = false;
        self.ranking_rest = None;
    }
}
