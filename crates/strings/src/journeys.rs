//! The words of the built-in sample journey in each language; the engine keeps its figures
//! and structure (`sightline_engine::sample_journey_in`).

pub(crate) mod fr;
pub(crate) mod ru;
pub(crate) mod zh;
