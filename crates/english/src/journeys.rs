//! The built-in sample's and the templates' words in English, beside the other languages'
//! in `sightline-strings` (whose English table takes them from here); the engine keeps
//! their figures and structure. The command line and the crates' tests build the English
//! sample from here too.

mod incident;
mod saas;
mod sample;

use sightline_engine::{sample_journey_in, Journey, JourneyTexts};

pub use incident::INCIDENT;
pub use saas::SAAS;
pub use sample::SAMPLE;

/// Every worded template's English texts, for `sightline_engine::journey_from`.
pub static JOURNEY_TEXTS: JourneyTexts<'static> = JourneyTexts {
    sample: &SAMPLE,
    incident: &INCIDENT,
    saas: &SAAS,
};

/// The built-in sample journey in English.
pub fn sample_journey() -> Journey {
    sample_journey_in(&SAMPLE)
}
