//! Touchpoints CSV back into a journey: the export's columns (`csv.rs`), in any order, from
//! any spreadsheet.
//!
//! Only `step` and `name` are required. Unknown columns are ignored and listed; a missing
//! column takes its default (the stage is then read from the step's name as mermaid
//! sections are). Steps are made from the distinct `step` positions in ascending order,
//! stakeholders from the `initiator` and `participants` names in the order met (their role
//! and side unknown: `other`). A cell that starts with the `'` the export adds before a
//! formula-like cell loses that one `'`. A sheet with a header and no rows is a blank
//! journey (the seven ITIL steps). Errors name the line and column of the cell.

use std::collections::{BTreeMap, HashSet};

use serde::de::DeserializeOwned;
use sightline_engine::{Journey, Lane, Role, Side, Stage, Step, StepId, Touchpoint, TouchpointId};

use crate::csv::{CSV_COLUMNS, DEFUSED};
use crate::import::{
    sound, step_for, text_of, At, Cast, Ignored, IgnoredKind, ImportError, ImportErrorKind,
    Imported,
};

/// One cell and where it starts.
struct Cell {
    text: String,
    line: usize,
    column: usize,
}

/// Read a touchpoints CSV (RFC 4180; CRLF or LF line ends; a header row first).
pub fn read_touchpoints_csv(bytes: &[u8]) -> Result<Imported, ImportError> {
    use ImportErrorKind as Kind;
    let text = text_of(bytes)?;
    let mut rows = records(text)?.into_iter();
    let header = rows
        .next()
        .ok_or_else(|| ImportError::new(At::Whole, Kind::Empty))?;
    let mut ignored = Vec::new();
    // Which known column each header cell is, by its position in CSV_COLUMNS.
    let mut columns: Vec<Option<usize>> = Vec::new();
    for cell in &header {
        let known = CSV_COLUMNS
            .iter()
            .position(|name| *name == cell.text.trim());
        if known.is_none() {
            ignored.push(Ignored {
                at: At::Text {
                    line: cell.line,
                    column: cell.column,
                },
                what: IgnoredKind::UnknownColumn(cell.text.clone()),
            });
        }
        columns.push(known);
    }
    let position = |name: &str| CSV_COLUMNS.iter().position(|column| *column == name);
    for required in ["step", "name"] {
        if !columns.contains(&position(required)) {
            let (line, column) = header.first().map_or((1, 1), |c| (c.line, c.column));
            return Err(ImportError::at(line, column, Kind::MissingColumn(required)));
        }
    }

    let mut steps: BTreeMap<u64, (Option<String>, Option<Stage>)> = BTreeMap::new();
    let mut touchpoints: Vec<(u64, Touchpoint)> = Vec::new();
    let mut cast = Cast::new(Role::Other, Side::Other);
    let mut used_ids = HashSet::new();
    for row in rows {
        // The row's cells by known column; a short row leaves the rest at their defaults.
        let mut by_column: [Option<&Cell>; CSV_COLUMNS.len()] = [None; CSV_COLUMNS.len()];
        for (cell, column) in row.iter().zip(&columns) {
            if let Some(column) = *column {
                by_column[column] = Some(cell);
            }
        }
        let get = |name: &str| position(name).and_then(|index| by_column[index]);
        // A blank cell is a missing one: it takes the default.
        let filled = |name: &str| get(name).filter(|cell| !cell.text.trim().is_empty());
        let first = row.first().map_or((1, 1), |c| (c.line, c.column));
        let step_cell = filled("step")
            .ok_or_else(|| ImportError::at(first.0, first.1, Kind::Missing("step")))?;
        let step: u64 = parse(step_cell, "step")?;
        let entry = steps.entry(step).or_default();
        if entry.0.is_none() {
            entry.0 = get("step_name").map(|cell| typed(&cell.text));
        }
        if let (None, Some(cell)) = (entry.1, filled("stage")) {
            entry.1 = Some(key(cell, "stage")?);
        }
        let name = get("name")
            .map(|cell| typed(&cell.text))
            .unwrap_or_default();
        let mut touchpoint =
            Touchpoint::new(TouchpointId(0), StepId(0), Lane::ConsumerActions, name);
        if let Some(cell) = filled("lane") {
            touchpoint.lane = key(cell, "lane")?;
        }
        if let Some(cell) = filled("channel") {
            touchpoint.channel = key(cell, "channel")?;
        }
        if let Some(cell) = filled("element") {
            touchpoint.element = key(cell, "element")?;
        }
        if let Some(cell) = filled("importance") {
            touchpoint.importance = parse(cell, "importance")?;
        }
        if let Some(cell) = filled("effort") {
            touchpoint.effort = parse(cell, "effort")?;
        }
        if let Some(cell) = filled("initiator") {
            touchpoint.initiator = Some(cast.named(typed(&cell.text).trim()));
        }
        if let Some(cell) = get("participants") {
            let text = typed(&cell.text);
            for name in text.split(';').map(str::trim).filter(|n| !n.is_empty()) {
                let id = cast.named(name);
                if !touchpoint.participants.contains(&id) {
                    touchpoint.participants.push(id);
                }
            }
        }
        if let Some(cell) = filled("fail_point") {
            touchpoint.fail_point = parse(cell, "fail_point")?;
        }
        if let Some(cell) = filled("moment_of_truth") {
            touchpoint.moment_of_truth = parse(cell, "moment_of_truth")?;
        }
        if let Some(cell) = filled("linked_journey") {
            touchpoint.leads_to = Some(typed(&cell.text));
        }
        // An id the sheet gives is kept; a missing or repeated one is given below.
        if let Some(cell) = filled("id") {
            let id: u32 = parse(cell, "id")?;
            if used_ids.insert(id) {
                touchpoint.id = TouchpointId(id);
            }
        }
        touchpoints.push((step, touchpoint));
    }

    let mut journey = Journey::with_itil_steps("");
    journey.steps.clear();
    let mut step_ids = BTreeMap::new();
    for (position, (name, stage)) in steps {
        let id = StepId(journey.steps.len() as u32 + 1);
        let previous = journey.steps.last().map(|step| step.stage);
        let name = name.unwrap_or_default();
        let step = match (stage, name.is_empty()) {
            // The export's own columns: the stage, and the step's name if it has its own.
            (Some(stage), empty) => Step {
                id,
                stage,
                custom_name: (!empty).then_some(name),
            },
            (None, false) => step_for(id, &name, previous),
            (None, true) => Step {
                id,
                stage: previous.unwrap_or(Stage::Explore),
                custom_name: None,
            },
        };
        journey.steps.push(step);
        step_ids.insert(position, id);
    }
    if journey.steps.is_empty() {
        // A sheet of no touchpoints names no steps: it is a blank journey.
        journey = Journey::with_itil_steps("");
    }
    let mut next_id = used_ids.iter().max().map_or(1, |max| max.saturating_add(1));
    for (position, mut touchpoint) in touchpoints {
        touchpoint.step = step_ids.get(&position).copied().unwrap_or(StepId(0));
        if touchpoint.id == TouchpointId(0) {
            touchpoint.id = TouchpointId(next_id);
            next_id = next_id.saturating_add(1);
        }
        journey.touchpoints.push(touchpoint);
    }
    journey.stakeholders = cast.stakeholders;
    sound(journey, ignored)
}

/// A cell as typed: without the one `'` the export puts before a cell a spreadsheet would
/// run as a formula.
fn typed(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(DEFUSED) => rest.to_owned(),
        _ => cell.to_owned(),
    }
}

/// A number or flag cell.
fn parse<T: std::str::FromStr>(cell: &Cell, field: &'static str) -> Result<T, ImportError> {
    cell.text.trim().parse().map_err(|_| bad(cell, field))
}

/// An enum cell, by the document format's key (`provider-frontstage`).
fn key<T: DeserializeOwned>(cell: &Cell, field: &'static str) -> Result<T, ImportError> {
    serde_json::from_value(serde_json::Value::String(cell.text.trim().to_owned()))
        .map_err(|_| bad(cell, field))
}

fn bad(cell: &Cell, field: &'static str) -> ImportError {
    ImportError::at(
        cell.line,
        cell.column,
        ImportErrorKind::BadValue {
            field,
            value: cell.text.clone(),
        },
    )
}

/// The records of an RFC 4180 text, each cell with the line and column it starts at; blank
/// lines are skipped. Quotes open only at the start of a cell, as the RFC has it, and a
/// doubled quote inside one stands for a quote.
fn records(text: &str) -> Result<Vec<Vec<Cell>>, ImportError> {
    use ImportErrorKind as Kind;
    let mut rows = Vec::new();
    let mut row: Vec<Cell> = Vec::new();
    let mut cell = String::new();
    let (mut line, mut column) = (1, 1);
    let mut start = (1, 1);
    // None outside quotes; the quote's place inside, for an error if it never closes.
    let mut quoted: Option<(usize, usize)> = None;
    let mut after_quote = false;
    let mut chars = text.chars().peekable();
    fn end_cell(row: &mut Vec<Cell>, cell: &mut String, start: (usize, usize)) {
        row.push(Cell {
            text: std::mem::take(cell),
            line: start.0,
            column: start.1,
        });
    }
    while let Some(c) = chars.next() {
        let here = (line, column);
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
        if quoted.is_some() {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    column += 1;
                    cell.push('"');
                } else {
                    quoted = None;
                    after_quote = true;
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if cell.is_empty() && !after_quote => quoted = Some(here),
            '"' => return Err(ImportError::at(here.0, here.1, Kind::StrayQuote)),
            ',' => {
                end_cell(&mut row, &mut cell, start);
                after_quote = false;
                start = (line, column);
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                let blank = row.is_empty() && cell.is_empty() && !after_quote;
                if !blank {
                    end_cell(&mut row, &mut cell, start);
                    rows.push(std::mem::take(&mut row));
                }
                after_quote = false;
                start = (line, column);
            }
            _ if after_quote => return Err(ImportError::at(here.0, here.1, Kind::StrayQuote)),
            c => cell.push(c),
        }
    }
    if let Some((line, column)) = quoted {
        return Err(ImportError::at(line, column, Kind::UnclosedQuote));
    }
    if !row.is_empty() || !cell.is_empty() || after_quote {
        end_cell(&mut row, &mut cell, start);
        rows.push(row);
    }
    Ok(rows)
}
