//! The words of the built-in sample journey and the templates in each language; the engine
//! keeps their figures and structure (`sightline_engine::journey_from`).

pub(crate) mod fr;
pub(crate) mod ru;
pub(crate) mod zh;
