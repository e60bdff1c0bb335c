//! The English words that Sightline's app and its command line both say, kept once.
//!
//! The app's `strings.rs` holds every text it shows, but it is part of the wasm-only crate;
//! the command line is native. What both must say alike (a finding in a pull request reads
//! as it does in the findings panel; a file is refused in the same words) lives here, and
//! the app's English table takes it from here. Nothing here knows the browser.

mod journeys;

pub use journeys::{sample_journey, INCIDENT, JOURNEY_TEXTS, SAAS, SAMPLE};

use sightline_document::{
    At, Feature, Ignored, IgnoredKind, ImportError, ImportErrorKind, LoadError,
};
use sightline_engine::{FindingKind, Problem};

/// A stage's name; the same the foreign formats write for a step without a name of its own.
pub use sightline_document::english_stage_name as stage_name;

/// The short title of a finding.
pub fn finding_title(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::RemovesValue => "Step removes value",
        FindingKind::UnrealisedPotential => "Unrealised potential",
        FindingKind::OneSidedBenefit => "One-sided benefit",
        FindingKind::NoInteraction => "No interaction",
        FindingKind::RealizeWithoutOutcome => "Value not tracked",
        FindingKind::NarrowZone => "Narrow zone of visibility",
    }
}

/// A finding in plain words: its kind, the step's name, whom it concerns (a stakeholder's
/// name, or a side in lower case) and its figure, already worded ([`number`], or
/// [`percent`] for a narrow zone).
pub fn explain_finding(kind: FindingKind, step: &str, who: &str, amount: &str) -> String {
    match kind {
        FindingKind::RemovesValue => format!(
            "{step} removes more value than it adds (V = {amount}). Each step must add more \
             stakeholder value than it removes, here or in a later step."
        ),
        FindingKind::UnrealisedPotential => {
            format!("In {step}, {who} leaves {amount} of potential value unrealised: value leaks.")
        }
        FindingKind::OneSidedBenefit => format!(
            "In {step}, the benefit goes to the {who} side ({amount} more than the other). \
             There is no partnership where all benefits go to one party."
        ),
        FindingKind::NoInteraction => format!(
            "{step} has no touchpoint in the zone of visibility ({amount} activities out of \
             sight). Without interaction there is no service."
        ),
        FindingKind::RealizeWithoutOutcome => format!(
            "{step} tracks no outcome, so value is not tracked and realised (V = {amount})."
        ),
        FindingKind::NarrowZone => format!(
            "This partnership keeps only {amount} of its activities in the zone of \
             visibility; {step} has the fewest. Partnerships need deep mutual visibility."
        ),
    }
}

/// A figure as shown to people: rounded to two decimals, trailing zeros dropped, no `-0`.
pub fn number(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// A share from 0 to 1 as a whole percentage.
pub fn percent(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

/// Why a document could not be read, naming the line and column or the field; `unsound`
/// words the invariants a well-formed journey breaks (the app words each one, the command
/// line lists them).
pub fn load_error(error: &LoadError, unsound: impl Fn(&[Problem]) -> String) -> String {
    match error {
        LoadError::NotJson { line, column } => {
            format!("the text is damaged (at line {line}, column {column})")
        }
        LoadError::NotAJourney => "it is not a Sightline journey".to_owned(),
        LoadError::NewerVersion(version) => {
            format!("it was saved by a newer Sightline (format {version}); update this one")
        }
        LoadError::BadField { path } => {
            format!("the field \u{201c}{path}\u{201d} is missing or wrong")
        }
        LoadError::Unsound(problems) => unsound(problems),
    }
}

/// Where in a text something is.
pub fn at(at: &At) -> String {
    match at {
        At::Whole => String::new(),
        At::Text { line, column } => format!("line {line}, column {column}: "),
        At::Element(path) => format!("{path}: "),
    }
}

/// Why a CSV, mermaid or CJML text could not be read, with where; `unsound` words the
/// invariants a journey read whole breaks.
pub fn import_error(error: &ImportError, unsound: impl Fn(&[Problem]) -> String) -> String {
    let what = match &error.kind {
        ImportErrorKind::TooLarge => format!(
            "the file is larger than the {} MiB Sightline reads",
            sightline_document::MAX_IMPORT_BYTES >> 20
        ),
        ImportErrorKind::NotText => "this is not UTF-8 text".to_owned(),
        ImportErrorKind::Empty => "there is nothing to read".to_owned(),
        ImportErrorKind::WrongKind => "this is not the kind of file its name says".to_owned(),
        ImportErrorKind::MissingColumn(column) => {
            format!("the header has no \u{201c}{column}\u{201d} column")
        }
        ImportErrorKind::UnclosedQuote => "this quote is never closed".to_owned(),
        ImportErrorKind::StrayQuote => "a quote here must open the cell or be doubled".to_owned(),
        ImportErrorKind::BadValue { field, value } => {
            format!("\u{201c}{value}\u{201d} is not a valid {field}")
        }
        ImportErrorKind::Missing(field) => format!("\u{201c}{field}\u{201d} is missing"),
        ImportErrorKind::TaskOutsideSection => {
            "a task must come after a section, which is its step".to_owned()
        }
        ImportErrorKind::UnknownStatement => {
            "this line is not a title, a section or a task (name: score: actors)".to_owned()
        }
        ImportErrorKind::UnknownReference { field, id } => {
            format!("\u{201c}{field}\u{201d} names \u{201c}{id}\u{201d}, which is not there")
        }
        ImportErrorKind::DuplicateId(id) => format!("the id \u{201c}{id}\u{201d} is used twice"),
        ImportErrorKind::Xml(message) => format!("the XML is not well-formed ({message})"),
        ImportErrorKind::Unsound(problems) => unsound(problems),
    };
    format!("{}{what}", at(&error.at))
}

/// What a reader passed over.
pub fn ignored(ignored: &Ignored) -> String {
    let what = match &ignored.what {
        IgnoredKind::UnknownColumn(name) => format!("the column \u{201c}{name}\u{201d}"),
        IgnoredKind::ScoreWithoutActors => "a score with no actor to feel it".to_owned(),
        IgnoredKind::Statement(name) => format!("the {name} statement"),
        IgnoredKind::Element(name) => format!("{name}, which has no place in a journey"),
        IgnoredKind::OtherJourney => "a second journey (only the first is read)".to_owned(),
    };
    format!("{}{what}", at(&ignored.at))
}

/// What a format could not hold, with how many (in brackets).
pub fn feature(feature: Feature, count: usize) -> String {
    let what = match feature {
        Feature::EmptySteps => "steps without touchpoints",
        Feature::Lanes => "touchpoints' lanes",
        Feature::Channels => "touchpoints' channels",
        Feature::Elements => "outcome elements",
        Feature::Scores => "importance and effort scores",
        Feature::Initiators => "initiators",
        Feature::Emotions => "feelings",
        Feature::Effects => "value effects",
        Feature::Roles => "stakeholders' roles",
        Feature::Sides => "stakeholders' sides",
        Feature::StakeholderDetails => "stakeholders' standing and weights",
        Feature::AbsentStakeholders => "stakeholders who take part in no touchpoint",
        Feature::Settings => "the value settings",
        Feature::Flags => "fail points, moments of truth and journey links",
        Feature::Personas => "personas",
        Feature::Kpis => "KPIs",
        Feature::Insights => "pain points and opportunities",
        Feature::Loops => "ways back",
        Feature::Names => "names with characters the format cannot hold (changed to fit)",
    };
    format!("{what} ({count})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_show_at_most_two_decimals_and_never_minus_zero() {
        assert_eq!(number(10.0), "10");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(1.234), "1.23");
        assert_eq!(number(-0.001), "0");
        assert_eq!(percent(0.25), "25 %");
    }

    #[test]
    fn a_finding_names_its_step_whom_it_concerns_and_its_figure() {
        let text = explain_finding(FindingKind::UnrealisedPotential, "Offer", "CFO", "8");
        assert_eq!(
            text,
            "In Offer, CFO leaves 8 of potential value unrealised: value leaks."
        );
        let refused = load_error(
            &LoadError::BadField {
                path: "journey.name".into(),
            },
            |_| String::new(),
        );
        assert_eq!(
            refused,
            "the field \u{201c}journey.name\u{201d} is missing or wrong"
        );
    }
}
