//! The search thread: ranks queries over large catalogs so the event loop never waits for them.
//!
//! Requests arrive in order; before ranking, the thread skips to the newest one queued, so a fast
//! typist's intermediate queries are never ranked at all. Each request is answered twice when that
//! helps: first the best [`FIRST_ANSWER`] matches with the list of every match (cheap: entries
//! that cannot make the top are counted, not scored), then every match ranked. A newer request
//! calls off the second ranking mid-way. Each answer carries its request's generation and the app
//! drops answers that a newer request has superseded. The thread wakes only for a request: no
//! polling.

use super::Event;
use crate::search::SearchIndex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;

/// How many matches the first answer ranks: a few screens of the tallest terminal.
pub const FIRST_ANSWER: usize = 256;

/// One ranking job.
pub struct Request {
    pub generation: u64,
    pub query: String,
    /// Rank only these dataset positions (the previous matches, when the query only grew).
    pub candidates: Option<Vec<usize>>,
}

/// Handle to the search thread; the thread ends when this is dropped.
pub struct SearchWorker {
    requests: Sender<Request>,
    /// Generation of the newest request sent, for calling off older work.
    newest: Arc<AtomicU64>,
}

impl SearchWorker {
    /// Starts the thread; its answers arrive on `events` as [`Event::SearchDone`].
    pub fn spawn(index: Arc<SearchIndex>, events: Sender<Event>) -> std::io::Result<Self> {
        let (requests, inbox) = mpsc::channel();
        let newest = Arc::new(AtomicU64::new(0));
        let seen = newest.clone();
        std::thread::Builder::new()
            .name("search".into())
            .spawn(move || serve(&index, &inbox, &events, &seen))?;
        Ok(SearchWorker { requests, newest })
    }

    /// Queues a request; a newer one queued before this is ranked replaces it, and a ranking
    /// still running for an older one stops.
    pub fn request(&self, request: Request) {
        self.newest.fetch_max(request.generation, Ordering::SeqCst);
        // The thread only stops when the loop is ending, so a failed send can be ignored.
        let _ = self.requests.send(request);
    }
}

/// Serves requests until either channel closes.
fn serve(
    index: &SearchIndex,
    inbox: &Receiver<Request>,
    events: &Sender<Event>,
    newest: &AtomicU64,
) {
    while let Ok(mut request) = inbox.recv() {
        while let Ok(newer) = inbox.try_recv() {
            request = newer;
        }
        if !answer(index, request, events, newest) {
            return;
        }
    }
}

/// Answers one request; `false` once nobody listens any more.
fn answer(
    index: &SearchIndex,
    request: Request,
    events: &Sender<Event>,
    newest: &AtomicU64,
) -> bool {
    let Request {
        generation,
        query,
        candidates,
    } = request;
    let superseded = || newest.load(Ordering::SeqCst) != generation;
    let top = match &candidates {
        Some(list) => index.search_top_in(&query, list, FIRST_ANSWER),
        None => index.search_top(&query, FIRST_ANSWER),
    };
    let positions = |hits: Vec<crate::search::Hit>| hits.into_iter().map(|h| h.index).collect();
    // The cut is relative to the best match, which the first answer already holds.
    let shown = crate::search::strong(&top.hits).len();
    if top.hits.len() == top.total() {
        // Every match is in the first answer: it is the whole ranking.
        let done = Event::SearchDone {
            generation,
            hits: positions(top.hits),
            shown,
            matched: None,
        };
        return events.send(done).is_ok();
    }
    let first = Event::SearchDone {
        generation,
        hits: positions(top.hits),
        shown,
        matched: Some(top.matched.clone()),
    };
    if events.send(first).is_err() {
        return false;
    }
    // Only the matches need ranking now; the app ignores this answer if the query moved on.
    match index.search_in_unless(&query, &top.matched, &superseded) {
        Some(all) => events
            .send(Event::SearchDone {
                generation,
                shown: crate::search::strong(&all).len(),
                hits: positions(all),
                matched: None,
            })
            .is_ok(),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;
    use std::time::Duration;

    fn next(rx: &Receiver<Event>) -> (u64, Vec<usize>, Option<Vec<usize>>) {
        match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(Event::SearchDone {
                generation,
                hits,
                matched,
                ..
            }) => (generation, hits, matched),
            other => panic!("no answer: {other:?}"),
        }
    }

    /// A worker over the catalog `text`, asked `query` as request `generation`. Keep the worker:
    /// dropping it ends the thread.
    fn ask(
        text: &str,
        generation: u64,
        query: &str,
    ) -> (Dataset, Arc<SearchIndex>, Receiver<Event>, SearchWorker) {
        let dataset = Dataset::from_json_str(text).unwrap();
        let index = Arc::new(SearchIndex::with_names_zh(
            &dataset.models,
            &dataset.names_zh,
        ));
        let (tx, rx) = mpsc::channel();
        let worker = SearchWorker::spawn(index.clone(), tx).unwrap();
        worker.request(Request {
            generation,
            query: query.into(),
            candidates: None,
        });
        (dataset, index, rx, worker)
    }

    fn ranked(index: &SearchIndex, query: &str) -> Vec<usize> {
        index.search(query).iter().map(|h| h.index).collect()
    }

    #[test]
    fn a_small_answer_comes_once_and_complete() {
        let text = include_str!("../../tests/fixtures/models.json");
        let (dataset, index, rx, _worker) = ask(text, 7, "bloom");
        let (generation, hits, matched) = next(&rx);
        assert_eq!((generation, matched), (7, None));
        assert_eq!(hits, ranked(&index, "bloom"));
        assert_eq!(dataset.models[hits[0]].id, "bloom");
    }

    #[test]
    fn a_large_answer_comes_first_as_the_top_then_whole() {
        let text = crate::synthetic::catalog_json(3_000, crate::synthetic::Shape::Native);
        let (_, index, rx, _worker) = ask(&text, 1, "l");
        let full = ranked(&index, "l");
        assert!(full.len() > FIRST_ANSWER, "the query must match many");
        let (generation, top, matched) = next(&rx);
        assert_eq!(generation, 1);
        assert_eq!(top, full[..FIRST_ANSWER]);
        let mut every = matched.expect("the first answer lists every match");
        every.sort_unstable();
        let mut want = full.clone();
        want.sort_unstable();
        assert_eq!(every, want);
        let (generation, all, matched) = next(&rx);
        assert_eq!((generation, matched), (1, None));
        assert_eq!(all, full);
    }

    #[test]
    fn a_newer_request_calls_off_the_older_ranking() {
        let text = crate::synthetic::catalog_json(3_000, crate::synthetic::Shape::Native);
        let dataset = Dataset::from_json_str(&text).unwrap();
        let index = SearchIndex::with_names_zh(&dataset.models, &dataset.names_zh);
        let (tx, rx) = mpsc::channel();
        // The newest generation is already past this request's: only its first answer is sent.
        let newest = AtomicU64::new(2);
        let request = Request {
            generation: 1,
            query: "l".into(),
            candidates: None,
        };
        assert!(answer(&index, request, &tx, &newest));
        drop(tx);
        let (generation, _, matched) = next(&rx);
        assert!(generation == 1 && matched.is_some());
        assert!(rx.recv().is_err(), "the full ranking was called off");
    }
}
