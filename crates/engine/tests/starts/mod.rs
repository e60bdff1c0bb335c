//! Journeys for property tests to start from: the sample, with every annotation list filled,
//! or a generated journey with effects, of any small size.

use proptest::prelude::*;
use sightline_engine::{synthetic_journey, Journey, Size};
use sightline_english::sample_journey;

/// The sample or a generated journey.
pub fn any_start() -> impl Strategy<Value = Journey> {
    prop_oneof![
        Just(sample_journey()),
        (1usize..8, 0usize..30, 1usize..5, 0usize..40).prop_map(
            |(steps, touchpoints, stakeholders, effects)| synthetic_journey(Size {
                steps,
                touchpoints,
                stakeholders,
                effects,
            })
        ),
    ]
}
