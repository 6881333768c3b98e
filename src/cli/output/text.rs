//! Text measuring for tables: the shared [`crate::text`] helpers.

pub use crate::text::*;
