//! Files: the readable `.sightline.json` document and the touchpoints CSV.

mod journeys;

use proptest::prelude::*;
use sightline_document::{
    decode, encode, encode_pretty, touchpoints_csv, CSV_COLUMNS, FORMAT, VERSION,
};
use sightline_engine::{Journey, Lane, Size, StakeholderId, StepId, Touchpoint, TouchpointId};
use sightline_english::sample_journey;

fn fixtures() -> Vec<(&'static str, sightline_engine::Journey)> {
    journeys::fixtures(Size {
        steps: 14,
        touchpoints: 60,
        stakeholders: 6,
        effects: 90,
    })
}

#[test]
fn every_fixture_exports_and_imports_as_the_same_journey() {
    for (label, journey) in fixtures() {
        let file = encode_pretty(&journey);
        assert_eq!(decode(&file).as_ref(), Ok(&journey), "{label}");
        // The same document as storage keeps, only indented.
        let compact: serde_json::Value = serde_json::from_str(&encode(&journey)).expect("json");
        let pretty: serde_json::Value = serde_json::from_str(&file).expect("json");
        assert_eq!(compact, pretty, "{label}");
    }
}

#[test]
fn the_file_is_readable_and_starts_with_its_format_and_version() {
    let file = encode_pretty(&sample_journey());
    assert!(file.starts_with(&format!(
        "{{\n  \"format\": \"{FORMAT}\",\n  \"version\": {VERSION},\n"
    )));
    assert!(file.contains("\n        \"name\": \"IT manager\",\n"));
}

/// The README describes the file format with an example; it must stay a file that opens.
#[test]
fn the_readme_example_is_a_journey_that_opens() {
    let readme = include_str!("../../../README.md");
    let example = readme
        .split("```json\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("README has a JSON example");
    let journey = decode(example).expect("the example opens");
    assert_eq!(journey.touchpoints[0].name, "Audit current phone costs");
}

fn csv_rows(csv: &str) -> Vec<&str> {
    assert!(csv.ends_with("\r\n"));
    csv.trim_end_matches("\r\n").split("\r\n").collect()
}

#[test]
fn the_csv_has_a_stable_header_and_one_row_per_touchpoint_in_journey_order() {
    let journey = sample_journey();
    let csv = touchpoints_csv(&journey);
    let rows = csv_rows(&csv);
    assert_eq!(
        rows[0],
        "step,step_name,stage,lane,id,name,channel,element,importance,effort,initiator,participants,\
         fail_point,moment_of_truth,linked_journey"
    );
    assert_eq!(rows[0], CSV_COLUMNS.join(","));
    assert_eq!(rows.len(), 1 + journey.touchpoints.len());
    assert_eq!(
        rows[1],
        "1,,explore,consumer-hidden,1,Audit current phone costs,document,process,3,3,,,false,false,"
    );
    assert!(rows.contains(
        &"2,,engage,provider-frontstage,6,Discovery meeting with account manager,in-person,\
          process,3,3,IT manager,IT manager; Account team,false,false,"
    ));
    // Steps left to right, lanes top to bottom within a step.
    let places: Vec<(usize, usize)> = rows[1..]
        .iter()
        .map(|row| {
            let cells: Vec<&str> = row.split(',').collect();
            let lane = Lane::ALL
                .iter()
                .position(|l| l.key() == cells[3])
                .expect("lane key");
            (cells[0].parse().expect("step"), lane)
        })
        .collect();
    let mut sorted = places.clone();
    sorted.sort();
    assert_eq!(places, sorted);
    assert_eq!(places.last().map(|p| p.0), Some(7));
}

/// Fail points, moments of truth and links to other journeys, in the last three columns.
#[test]
fn the_csv_shows_flags_and_links_to_other_journeys() {
    let journey = decode(include_str!("fixtures/v4.json")).expect("v4 loads");
    let csv = touchpoints_csv(&journey);
    let rows = parse_csv(&csv);
    let row = |id: &str| {
        let row = rows.iter().find(|row| row[4] == id).expect("a row");
        row[12..].join(",")
    };
    assert_eq!(row("6"), "false,true,");
    assert_eq!(row("19"), "true,false,");
    assert_eq!(row("23"), "true,true,18c4a2f9e10-5b3e9d01");
    assert_eq!(row("1"), "false,false,");
    // The first twelve columns are as they were before the new ones were added.
    let without = touchpoints_csv(&sample_journey());
    for (old, new) in parse_csv(&without).iter().zip(&rows).skip(1) {
        assert_eq!(old[..12], new[..12]);
    }
}

#[test]
fn touchpoints_keep_their_order_within_a_cell_and_custom_step_names_show() {
    let mut journey = Journey::with_itil_steps("Order");
    journey.steps[1].custom_name = Some("Second".into());
    journey.steps.swap(0, 1);
    for (id, step, lane, name) in [
        (1, 1, Lane::ProviderBackstage, "c"),
        (2, 2, Lane::ConsumerActions, "a"),
        (3, 1, Lane::ConsumerHidden, "b"),
        (4, 2, Lane::ConsumerActions, "z"),
    ] {
        journey
            .touchpoints
            .push(Touchpoint::new(TouchpointId(id), StepId(step), lane, name));
    }
    let csv = touchpoints_csv(&journey);
    let names: Vec<(&str, &str)> = csv_rows(&csv)[1..]
        .iter()
        .map(|row| {
            let cells: Vec<&str> = row.split(',').collect();
            (cells[1], cells[5])
        })
        .collect();
    assert_eq!(
        names,
        [("Second", "a"), ("Second", "z"), ("", "b"), ("", "c")]
    );
}

/// One touchpoint named `name`, with a stakeholder named `name` taking part.
fn csv_of_one_named(name: &str) -> String {
    let mut journey = Journey::with_itil_steps("Hostile");
    journey
        .stakeholders
        .push(sightline_engine::Stakeholder::new(
            StakeholderId(1),
            name,
            sightline_engine::Role::User,
            sightline_engine::Side::Consumer,
        ));
    let mut touchpoint = Touchpoint::new(TouchpointId(1), StepId(1), Lane::ConsumerActions, name);
    touchpoint.participants = vec![StakeholderId(1)];
    touchpoint.initiator = Some(StakeholderId(1));
    journey.touchpoints.push(touchpoint);
    let csv = touchpoints_csv(&journey);
    csv.split_once("\r\n").expect("header").1.to_owned()
}

#[test]
fn cells_are_quoted_as_rfc_4180_says() {
    assert_eq!(
        csv_of_one_named("Call, then \"write\"\r\nback"),
        "1,,explore,consumer-actions,1,\"Call, then \"\"write\"\"\r\nback\",other,process,3,3,\
         \"Call, then \"\"write\"\"\r\nback\",\"Call, then \"\"write\"\"\r\nback\",false,false,\r\n"
    );
    let row = csv_of_one_named("<img src=x onerror=alert(1)> 👩‍💻");
    assert!(
        row.contains(",<img src=x onerror=alert(1)> 👩‍💻,other,"),
        "{row}"
    );
}

#[test]
fn a_cell_a_spreadsheet_would_run_as_a_formula_is_defused() {
    for (name, cell) in [
        (
            "=HYPERLINK(\"http://x\")",
            "\"'=HYPERLINK(\"\"http://x\"\")\"",
        ),
        ("+1", "'+1"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\r=1", "\"'\r=1\""),
        ("a=1", "a=1"),
        // The defusing quote is itself defused, so that a reader can strip exactly one.
        ("'quoted", "''quoted"),
    ] {
        let row = csv_of_one_named(name);
        assert!(
            row.contains(&format!(",1,{cell},other,")),
            "{name:?}: {row:?}"
        );
        assert!(
            row.ends_with(&format!(",{cell},{cell},false,false,\r\n")),
            "{name:?}: {row:?}"
        );
    }
}

/// Read one RFC 4180 document back into rows of cells, as a spreadsheet would.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut cell = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(
        !quoted && cell.is_empty() && row.is_empty(),
        "ends with a whole row"
    );
    rows
}

proptest! {
    #[test]
    fn any_journey_exports_and_imports_as_the_same_journey(journey in journeys::journey()) {
        prop_assert_eq!(decode(&encode_pretty(&journey)), Ok(journey));
    }

    #[test]
    fn every_csv_row_has_every_column_and_every_name_survives(journey in journeys::journey()) {
        let rows = parse_csv(&touchpoints_csv(&journey));
        prop_assert_eq!(rows.len(), 1 + journey.touchpoints.len());
        for row in &rows {
            prop_assert_eq!(row.len(), CSV_COLUMNS.len());
        }
        for touchpoint in &journey.touchpoints {
            let id = touchpoint.id.0.to_string();
            let row = rows.iter().find(|row| row[4] == id).expect("a row per touchpoint");
            // A cell as typed: without the `'` that defuses a formula.
            let typed = |cell: &'_ str, text: &str| {
                let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']);
                cell.strip_prefix('\'').filter(|_| formula).unwrap_or(cell).to_owned()
            };
            prop_assert_eq!(typed(&row[5], &touchpoint.name), touchpoint.name.as_str());
            prop_assert_eq!(&row[12], &touchpoint.fail_point.to_string());
            prop_assert_eq!(&row[13], &touchpoint.moment_of_truth.to_string());
            let link = touchpoint.leads_to.as_deref().unwrap_or("");
            prop_assert_eq!(typed(&row[14], link), link);
        }
    }
}
