//! Sightline's charts: pure functions from a journey and its valuation to an SVG string.
//!
//! Each chart is drawn with plotters' SVG backend on its own white card, in the Okabe–Ito
//! palette, and carries a text alternative with its key figures (`role="img"`, `aria-label`
//! and `<title>`). No chart touches the DOM, a clock or I/O, so every one is tested natively;
//! the app only shows the string. All words come from the caller's [`ChartText`].
//!
//! ## Usage
//!
//! ```
//! use sightline_charts::{value_along_journey, ChartText};
//! use sightline_engine::{evaluate};
//! use sightline_english::sample_journey;
//!
//! /// The sample's value curve, in the words of `text`.
//! fn sample_curve(text: &ChartText) -> String {
//!     let journey = sample_journey();
//!     value_along_journey(&journey, &evaluate(&journey), text).svg
//! }
//! ```

mod blueprint;
mod experience;
mod frame;
mod grid;
mod importance_effort;
mod outcomes;
pub mod palette;
mod stakeholder_map;
mod text;
mod value_along;
mod value_balance;

pub use blueprint::{blueprint, map_picture, Background};
pub use experience::experience_curve;
pub use frame::{Marker, SERIES_WIDTH};
pub use importance_effort::importance_effort;
pub use outcomes::outcomes_costs_risks;
pub use stakeholder_map::stakeholder_map;
pub use text::ChartText;
pub use value_along::{side_markers, value_along_journey};
pub use value_balance::value_balance;

use sightline_engine::{Journey, Step, MAX_VALUE_UNIT_CHARS};

/// A finished chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// A standalone SVG document (no XML declaration), ready to show inline or save.
    pub svg: String,
    /// The text alternative: the title and the key figures, as a screen reader says them.
    pub summary: String,
}

/// The charts Sightline draws, for picking titles and file names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Cumulative value per stakeholder across the steps.
    ValueAlongJourney,
    /// Outcomes, costs and risks per step, with net value and leakage.
    OutcomesCostsRisks,
    /// Influence against interest, per step.
    StakeholderMap,
    /// Emotion along the touchpoints.
    ExperienceCurve,
    /// Customer importance against provider effort.
    ImportanceEffort,
    /// Consumer against provider value per step.
    ValueBalance,
    /// The blueprint grid with its lines of visibility.
    Blueprint,
}

impl ChartKind {
    /// Every chart, in the order the app shows them.
    pub const ALL: [ChartKind; 7] = [
        ChartKind::ValueAlongJourney,
        ChartKind::OutcomesCostsRisks,
        ChartKind::StakeholderMap,
        ChartKind::ExperienceCurve,
        ChartKind::ImportanceEffort,
        ChartKind::ValueBalance,
        ChartKind::Blueprint,
    ];

    /// Position in [`ChartKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// A stable, language-neutral name, used in file names and test ids.
    pub fn key(self) -> &'static str {
        [
            "value-along-journey",
            "outcomes-costs-risks",
            "stakeholder-map",
            "experience-curve",
            "importance-effort",
            "value-balance",
            "blueprint",
        ][self.index()]
    }
}

/// A file name for a chart of a journey: `<journey-name>-<chart>.svg`, with the journey's
/// name reduced to lower-case letters, digits and single dashes so that every system
/// accepts it.
pub fn file_name(journey_name: &str, kind: ChartKind) -> String {
    let mut stem = String::new();
    for c in journey_name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem: String = stem.trim_end_matches('-').chars().take(60).collect();
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        format!("{}.svg", kind.key())
    } else {
        format!("{stem}-{}.svg", kind.key())
    }
}

/// The name a step shows: the user's own, or its stage's.
fn step_name(text: &ChartText, step: &Step) -> String {
    step.custom_name
        .clone()
        .unwrap_or_else(|| (text.stage)(step.stage).to_owned())
}

/// Every step's name, in journey order.
fn step_names(text: &ChartText, journey: &Journey) -> Vec<String> {
    journey
        .steps
        .iter()
        .map(|step| step_name(text, step))
        .collect()
}

/// The key figures of a text alternative joined into one sentence after the title.
fn summary(title: &str, figures: impl IntoIterator<Item = String>) -> String {
    let figures: Vec<String> = figures.into_iter().collect();
    if figures.is_empty() {
        format!("{title}.")
    } else {
        format!("{title}. {}.", figures.join("; "))
    }
}

/// The journey's unit of value as charts show it: trimmed, controls as spaces (the engine
/// refuses both, but a chart draws whatever it is given), empty when there is none.
fn value_unit(journey: &Journey) -> String {
    frame::shorten(journey.settings.value_unit.trim(), MAX_VALUE_UNIT_CHARS)
}

/// The unit of value as the first key figure of a value chart's text alternative, if the
/// journey has one.
fn unit_figure(text: &ChartText, unit: &str) -> Option<String> {
    (!unit.is_empty()).then(|| (text.figure)(text.unit_of_value, unit))
}

/// Names joined for a text alternative, at most `max` of them.
fn list(names: &[String], text: &ChartText, max: usize) -> String {
    let mut shown: Vec<String> = names.iter().take(max).cloned().collect();
    if names.len() > max {
        shown.push((text.more)(names.len() - max));
    }
    shown.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_safe_and_name_journey_and_chart() {
        assert_eq!(
            file_name(
                "Mobile telephony for Acme Corp",
                ChartKind::ValueAlongJourney
            ),
            "mobile-telephony-for-acme-corp-value-along-journey.svg"
        );
        assert_eq!(
            file_name("../<x>: \"y\"", ChartKind::Blueprint),
            "x-y-blueprint.svg"
        );
        assert_eq!(
            file_name("***", ChartKind::ValueBalance),
            "value-balance.svg"
        );
    }
}
