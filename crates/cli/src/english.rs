//! Every word the command prints, in English.
//!
//! What the app says too (stage names, finding titles and sentences, numbers, why a file
//! does not open) comes from `sightline-english`, the table the app's English `strings.rs`
//! takes it from, so a report in a pull request reads like the findings panel. The rest is
//! the command's own: finding keys, sides in lower case, share link errors.

use sightline_document::{ImportError, LinkError, LoadError};
use sightline_engine::{FindingKind, Problem, Side, Stage, Step};

pub use sightline_english::{feature, ignored, number};

/// The name of a stage.
pub fn stage(stage: Stage) -> &'static str {
    sightline_english::stage_name(stage)
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

/// Finding kinds' keys, as `--fail-on` and JSON take them, in [`FindingKind::ALL`] order.
pub const FINDINGS: [&str; 6] = [
    "removes-value",
    "unrealised-potential",
    "one-sided-benefit",
    "no-interaction",
    "realize-without-outcome",
    "narrow-zone",
];

/// A finding's key.
pub fn finding_key(kind: FindingKind) -> &'static str {
    FINDINGS[kind.index()]
}

/// A finding's title, as the app shows it.
pub fn finding_title(kind: FindingKind) -> &'static str {
    sightline_english::finding_title(kind)
}

/// A finding in the app's words, its figure worded as the app words it.
pub fn explain(kind: FindingKind, step: &str, who: &str, amount: f64) -> String {
    let amount = match kind {
        FindingKind::NarrowZone => sightline_english::percent(amount),
        _ => number(amount),
    };
    sightline_english::explain_finding(kind, step, who, &amount)
}

/// Why a `.sightline.json` file could not be read, worded as the app words it.
pub fn load_error(error: &LoadError) -> String {
    sightline_english::load_error(error, unsound)
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

/// Why a CSV, mermaid or CJML text could not be read, with where.
pub fn import_error(error: &ImportError) -> String {
    sightline_english::import_error(error, unsound)
}
