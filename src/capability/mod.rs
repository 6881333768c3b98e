//! Capability figures: the Artificial Analysis model list read into figures ([`aa`]), joined to
//! entries ([`join`]), and written into the dataset file by the generator ([`embed`]).

pub mod aa;
pub mod describe;
pub mod embed;
pub mod join;
