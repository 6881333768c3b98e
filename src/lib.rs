//! modeldex: a curated, sourced dataset of AI models and the tools to browse, search and compare it.
//!
//! The core modules (`data`, `search`, `score`, `compare`, `format`) know nothing about terminals;
//! `tui` and `cli` are two front ends over them.

pub mod catalog;
pub mod compare;
pub mod config;
pub mod data;
pub mod filter;
pub mod format;
pub mod order;
pub mod overview;
pub mod score;
pub mod search;
pub mod synthetic;
pub mod text;
pub mod weights;

pub mod cli;
pub mod tui;
