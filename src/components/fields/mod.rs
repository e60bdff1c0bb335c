//! Form fields shared by the panels, and the conversions their commits need.

mod choice_field;
mod number_field;
mod step_picker;
mod text_field;

pub use choice_field::{named, ChoiceField};
pub use number_field::NumberField;
pub use step_picker::StepPicker;
pub use text_field::TextField;

use sightline_engine::EditError;

use crate::strings::strings;

/// A field that must hold a number.
pub fn required(value: Option<f64>) -> Result<f64, String> {
    value.ok_or_else(|| strings().not_a_number.to_owned())
}

/// A field that must hold a small whole number (scores, influence, interest); the engine
/// checks the range.
pub fn whole(value: Option<f64>) -> Result<u8, String> {
    let value = required(value)?;
    if value.fract() == 0.0 && (0.0..=255.0).contains(&value) {
        Ok(value as u8)
    } else {
        Err(strings().whole_number.to_owned())
    }
}

/// The user's words for an edit the engine refused.
pub fn refusal(error: EditError) -> String {
    (strings().edit_refused)(&error)
}
