//! Touchpoints as CSV, for spreadsheets: one row per touchpoint, in journey order.
//!
//! Columns have stable, language-neutral names and enum values are the document format's
//! keys (`co-create`, `provider-frontstage`), so a sheet built on the export keeps working
//! whatever language the app speaks. Cells are quoted as RFC 4180 says, rows end in CRLF,
//! and a cell that a spreadsheet would run as a formula gets a leading `'` (as does a cell
//! that starts with `'` itself, so that reading it back can tell the two apart; see
//! `csv_import.rs`).

use serde::Serialize;
use sightline_engine::{Journey, StakeholderId, Touchpoint};

use crate::import::{Exported, Feature};

/// What the touchpoints CSV keeps of a journey; everything else is listed as lost.
const KEPT: [Feature; 6] = [
    Feature::Lanes,
    Feature::Channels,
    Feature::Elements,
    Feature::Scores,
    Feature::Initiators,
    Feature::Flags,
];

/// [`touchpoints_csv`], with what of the journey the sheet does not hold.
pub fn write_touchpoints_csv(journey: &Journey) -> Exported {
    Exported::new(touchpoints_csv(journey), journey, &KEPT, 0)
}

/// The header row, in column order. Columns are only ever added at the end, so that a sheet
/// that reads them by position keeps working.
pub const CSV_COLUMNS: [&str; 15] = [
    "step",
    "step_name",
    "stage",
    "lane",
    "id",
    "name",
    "channel",
    "element",
    "importance",
    "effort",
    "initiator",
    "participants",
    "fail_point",
    "moment_of_truth",
    "linked_journey",
];

/// Every touchpoint as a CSV row, after a header of [`CSV_COLUMNS`].
///
/// Rows follow the journey: steps left to right, lanes top to bottom, and the journey's own
/// order within a cell. `step` is the step's position from 1; `step_name` is the user's name
/// for it, empty when the step goes by its stage's name; `initiator` and `participants` are
/// stakeholder names, participants separated by `; `; `fail_point` and `moment_of_truth` are
/// `true` or `false`; `leads_to` is the library id of the journey the touchpoint
/// leads to, empty when none.
pub fn touchpoints_csv(journey: &Journey) -> String {
    let mut out = String::new();
    push_row(&mut out, &CSV_COLUMNS);
    let stakeholder_name = |id: StakeholderId| {
        journey
            .stakeholders
            .iter()
            .find(|stakeholder| stakeholder.id == id)
            .map_or_else(|| id.0.to_string(), |stakeholder| stakeholder.name.clone())
    };
    let mut ordered: Vec<(usize, &Touchpoint)> = journey
        .touchpoints
        .iter()
        .map(|touchpoint| {
            // A touchpoint in a missing step (an unsound journey) goes last rather than away.
            let position = journey
                .steps
                .iter()
                .position(|step| step.id == touchpoint.step)
                .unwrap_or(usize::MAX);
            (position, touchpoint)
        })
        .collect();
    // Stable, so touchpoints keep their order within a cell.
    ordered.sort_by_key(|&(position, touchpoint)| (position, touchpoint.lane.index()));
    for (position, touchpoint) in ordered {
        let step = journey.steps.get(position);
        let participants: Vec<String> = touchpoint
            .participants
            .iter()
            .map(|&id| stakeholder_name(id))
            .collect();
        push_row(
            &mut out,
            &[
                step.map_or_else(String::new, |_| (position + 1).to_string()),
                step.and_then(|step| step.custom_name.clone())
                    .unwrap_or_default(),
                step.map_or_else(String::new, |step| step.stage.key().to_owned()),
                touchpoint.lane.key().to_owned(),
                touchpoint.id.0.to_string(),
                touchpoint.name.clone(),
                key(&touchpoint.channel),
                key(&touchpoint.element),
                touchpoint.importance.to_string(),
                touchpoint.effort.to_string(),
                touchpoint
                    .initiator
                    .map(stakeholder_name)
                    .unwrap_or_default(),
                participants.join("; "),
                touchpoint.fail_point.to_string(),
                touchpoint.moment_of_truth.to_string(),
                touchpoint.leads_to.clone().unwrap_or_default(),
            ],
        );
    }
    out
}

/// First characters of a cell that get a leading `'` on export.
pub(crate) const DEFUSED: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\''];

/// The document format's name for an enum value, such as `in-person`.
fn key(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(key)) => key,
        _ => String::new(),
    }
}

/// One CSV row of `cells`, quoted and defused as the touchpoints export is, ending in CRLF:
/// for other tables written beside it (the command-line tool's report).
pub fn csv_row(cells: &[&str]) -> String {
    let mut out = String::new();
    push_row(&mut out, cells);
    out
}

fn push_row<S: AsRef<str>>(out: &mut String, cells: &[S]) {
    for (i, cell) in cells.iter().map(AsRef::as_ref).enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, cell);
    }
    out.push_str("\r\n");
}

/// One cell: defused if a spreadsheet would read it as a formula, quoted if it must be.
fn push_cell(out: &mut String, cell: &str) {
    // OWASP's list of characters that start a formula (or smuggle one in after a line break),
    // and the defusing quote itself, so that a reader strips exactly the one added here.
    let formula = cell.starts_with(DEFUSED);
    let quoted = cell.contains([',', '"', '\r', '\n']);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    out.push_str(&cell.replace('"', "\"\""));
    if quoted {
        out.push('"');
    }
}
