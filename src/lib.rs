//! modeldex: a curated, sourced dataset of AI models and the tools to browse, search and compare it.
//!
//! The core modules (`data`, `search`, `score`, `compare`, `format`, ...) know nothing about
//! terminals; `tui` and `cli` are two front ends over them that never import each other. `args`
//! (the command-line grammar) and `startup` (dataset, weights, colour, preferences) are shared by
//! both; the binary's `main` dispatches. `layering` tests keep it so.

pub mod args;
pub mod atomic_write;
pub mod capability;
pub mod catalog;
pub mod compare;
pub mod config;
pub mod cost;
pub mod data;
pub mod filter;
pub mod format;
pub mod frontier;
pub mod i18n;
pub mod markup;
pub mod matching;
pub mod memory;
pub mod order;
pub mod overview;
pub mod score;
pub mod search;
pub mod startup;
pub mod streams;
pub mod synthetic;
pub mod text;
pub mod weights;

pub mod cli;
pub mod tui;

#[cfg(test)]
mod layering;

/// mimalloc instead of the system allocator. Measured with glibc's: after a large catalog loads,
/// the many blocks freed while parsing made every later small allocation slow (at 1,000,000
/// entries a list step took 20 ms and a focus switch 70 ms, nearly all of it inside malloc); see
/// BENCHMARKS.md.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Asks Linux not to back this process's memory with transparent huge pages. mimalloc asks for
/// them (madvise) on its segments, so each one touched costs 2 MB of resident memory, not 4 KB:
/// the embedded dataset took 17 MB instead of 9 MB and a 5,300-listing catalog 46 MB instead of
/// 28 MB (see BENCHMARKS.md). Call it first thing; memory touched before keeps its pages.
pub fn without_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process; no memory is passed.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}
