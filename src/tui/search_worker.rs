//! The search thread: ranks queries over large catalogs so the event loop never waits for them.
//!
//! Requests arrive in order; before ranking, the thread skips to the newest one queued, so a fast
//! typist's intermediate queries are never ranked at all. Each answer carries its request's
//! generation and the app drops answers that a newer request has superseded. The thread wakes only
//! for a request: no polling.

use super::Event;
use crate::search::SearchIndex;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;

/// One ranking job.
pub struct Request {
    pub generation: u64,
    pub query: String,
    /// Rank only these dataset positions (the previous answer, when the query only grew).
    pub candidates: Option<Vec<usize>>,
}

/// Handle to the search thread; the thread ends when this is dropped.
pub struct SearchWorker {
    requests: Sender<Request>,
}

impl SearchWorker {
    /// Starts the thread; its answers arrive on `events` as [`Event::SearchDone`].
    pub fn spawn(index: Arc<SearchIndex>, events: Sender<Event>) -> std::io::Result<Self> {
        let (requests, inbox) = mpsc::channel();
        std::thread::Builder::new()
            .name("search".into())
            .spawn(move || serve(&index, &inbox, &events))?;
        Ok(SearchWorker { requests })
    }

    /// Queues a request; a newer one queued before this is ranked replaces it.
    pub fn request(&self, request: Request) {
        // The thread only stops when the loop is ending, so a failed send can be ignored.
        let _ = self.requests.send(request);
    }
}

/// Serves requests until either channel closes.
fn serve(index: &SearchIndex, inbox: &Receiver<Request>, events: &Sender<Event>) {
    while let Ok(mut request) = inbox.recv() {
        while let Ok(newer) = inbox.try_recv() {
            request = newer;
        }
        let hits = match request.candidates {
            Some(candidates) => index.search_in(&request.query, candidates),
            None => index.search(&request.query),
        };
        let done = Event::SearchDone {
            generation: request.generation,
            hits: hits.into_iter().map(|h| h.index).collect(),
        };
        if events.send(done).is_err() {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Dataset;
    use std::time::Duration;

    #[test]
    fn answers_the_newest_request_with_its_generation() {
        let text = include_str!("../../tests/fixtures/models.json");
        let dataset = Dataset::from_json_str(text).unwrap();
        let index = Arc::new(SearchIndex::new(&dataset.models));
        let (tx, rx) = mpsc::channel();
        let worker = SearchWorker::spawn(index.clone(), tx).unwrap();
        worker.request(Request {
            generation: 7,
            query: "bloom".into(),
            candidates: None,
        });
        let Ok(Event::SearchDone { generation, hits }) = rx.recv_timeout(Duration::from_secs(5))
        else {
            panic!("no answer");
        };
        assert_eq!(generation, 7);
        let expected: Vec<usize> = index.search("bloom").iter().map(|h| h.index).collect();
        assert_eq!(hits, expected);
        assert_eq!(dataset.models[hits[0]].id, "bloom");
    }
}
