//! Every word the command prints, in English.
//!
//! The app's texts live in its `strings.rs`, which is part of the wasm-only crate; the
//! command is native, so it keeps its own small table. Finding sentences say what the
//! app's say (a report in a pull request should read like the findings panel), and the
//! error texts name the field, line or element as the app does; the rest is the
//! command's own. Numbers are shown as the app shows them: at most two decimals.

use sightline_document::{
    At, Feature, IgnoredKind, ImportError, ImportErrorKind, LinkError, LoadError,
};
use sightline_engine::{FindingKind, Problem, Side, Stage, Step};

/// Stage names, in [`Stage::ALL`] order.
const STAGES: [&str; 7] = [
    "Explore",
    "Engage",
    "Offer",
    "Agree",
    "Onboard",
    "Co-create",
    "Realize",
];

/// The name of a stage.
pub fn stage(stage: Stage) -> &'static str {
    STAGES[stage.index()]
}

/// The name a step shows: its own, or its stage's.
pub fn step_name(step: &Step) -> String {
    step.custom_name
        .clone()
        .unwrap_or_else(|| stage(step.stage).to_owned())
}

/// A side, in lower case, as a finding names it.
pub fn side(side: Side) -> &'static str {
    ["consumer", "provider", "other"][side.index()]
}

/// Finding kinds: the key `--fail-on` and JSON use, and the title the app shows, in
/// [`FindingKind::ALL`] order.
pub const FINDINGS: [(&str, &str); 6] = [
    ("removes-value", "Step removes value"),
    ("unrealised-potential", "Unrealised potential"),
    ("one-sided-benefit", "One-sided benefit"),
    ("no-interaction", "No interaction"),
    ("realize-without-outcome", "Value not tracked"),
    ("narrow-zone", "Narrow zone of visibility"),
];

/// A finding's key.
pub fn finding_key(kind: FindingKind) -> &'static str {
    FINDINGS[kind.index()].0
}

/// A finding's title.
pub fn finding_title(kind: FindingKind) -> &'static str {
    FINDINGS[kind.index()].1
}

/// A finding in plain words: its step's name, whom it concerns and its figure.
pub fn explain(kind: FindingKind, step: &str, who: &str, amount: f64) -> String {
    let figure = number(amount);
    match kind {
        FindingKind::RemovesValue => format!(
            "{step} removes more value than it adds (V = {figure}). Each step must add more \
             stakeholder value than it removes, here or in a later step."
        ),
        FindingKind::UnrealisedPotential => {
            format!("In {step}, {who} leaves {figure} of potential value unrealised: value leaks.")
        }
        FindingKind::OneSidedBenefit => format!(
            "In {step}, the benefit goes to the {who} side ({figure} more than the other). \
             There is no partnership where all benefits go to one party."
        ),
        FindingKind::NoInteraction => format!(
            "{step} has no touchpoint in the zone of visibility ({figure} activities out of \
             sight). Without interaction there is no service."
        ),
        FindingKind::RealizeWithoutOutcome => format!(
            "{step} tracks no outcome, so value is not tracked and realised (V = {figure})."
        ),
        FindingKind::NarrowZone => format!(
            "This partnership keeps only {:.0} % of its activities in the zone of \
             visibility; {step} has the fewest. Partnerships need deep mutual visibility.",
            amount * 100.0
        ),
    }
}

/// A figure as the app shows it: rounded to two decimals, trailing zeros dropped.
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

/// Why a `.sightline.json` file could not be read, worded as the app words it.
pub fn load_error(error: &LoadError) -> String {
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

/// Why a share link did not open.
pub fn link_error(error: &LinkError) -> String {
    match error {
        LinkError::Damaged => "the link is damaged (cut short or mistyped)".to_owned(),
        LinkError::TooLarge => "the link is larger than Sightline opens".to_owned(),
        LinkError::NewerVersion(version) => {
            format!("the link was made by a newer Sightline (link format {version})")
        }
        LinkError::Unsound(problems) => unsound(problems),
    }
}

/// The invariants a journey breaks. The app words each one; the command lists them as the
/// engine names them (its `Problem`s name the item and field), which is enough for a file
/// someone is fixing by hand, without a second copy of the app's sentences.
fn unsound(problems: &[Problem]) -> String {
    let listed: Vec<String> = problems.iter().map(|p| format!("{p:?}")).collect();
    format!("the journey contradicts itself: {}", listed.join("; "))
}

/// Where in a text something is.
pub fn at(at: &At) -> String {
    match at {
        At::Whole => String::new(),
        At::Text { line, column } => format!("line {line}, column {column}: "),
        At::Element(path) => format!("{path}: "),
    }
}

/// Why a CSV, mermaid or CJML text could not be read.
pub fn import_error(error: &ImportError) -> String {
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
pub fn ignored(what: &IgnoredKind) -> String {
    match what {
        IgnoredKind::UnknownColumn(name) => format!("the column \u{201c}{name}\u{201d}"),
        IgnoredKind::ScoreWithoutActors => "a score with no actor to feel it".to_owned(),
        IgnoredKind::Statement(name) => format!("the {name} statement"),
        IgnoredKind::Element(name) => format!("{name}, which has no place in a journey"),
        IgnoredKind::OtherJourney => "a second journey (only the first is read)".to_owned(),
    }
}

/// What a format could not hold, with how many.
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
