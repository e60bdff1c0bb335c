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

/// Why a field's value was not stored. It stays a value up to the field that shows it, which
/// alone turns it into words.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The text is not a number.
    NotANumber,
    /// The field takes a whole number (a score, an influence).
    NotWhole,
    /// The engine refused the edit the value made.
    Edit(EditError),
}

impl From<EditError> for Refusal {
    fn from(error: EditError) -> Self {
        Refusal::Edit(error)
    }
}

impl Refusal {
    /// What the field says beside the value it kept.
    pub fn message(&self) -> String {
        let s = strings();
        match self {
            Refusal::NotANumber => s.not_a_number.to_owned(),
            Refusal::NotWhole => s.whole_number.to_owned(),
            Refusal::Edit(error) => (s.edit_refused)(error),
        }
    }
}

/// A field that must hold a number.
pub fn required(value: Option<f64>) -> Result<f64, Refusal> {
    value.ok_or(Refusal::NotANumber)
}

/// A field that must hold a small whole number (scores, influence, interest); the engine
/// checks the range.
pub fn whole(value: Option<f64>) -> Result<u8, Refusal> {
    let value = required(value)?;
    if value.fract() == 0.0 && (0.0..=255.0).contains(&value) {
        Ok(value as u8)
    } else {
        Err(Refusal::NotWhole)
    }
}
