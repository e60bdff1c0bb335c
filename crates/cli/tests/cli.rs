//! The `sightline` binary, run as a user or a CI job runs it: its outputs, its exit
//! statuses and its messages, on the sample journey kept as a file beside these tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sightline_document::{decode, decode_link, encode_pretty, read_mermaid};
use sightline_engine::{evaluate, Journey};
use sightline_english::sample_journey;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The sample as the app exports it. The file is pinned so that the README's example
/// report is the report of a file anyone can run; `SIGHTLINE_BLESS=1` rewrites it.
fn sample_file() -> PathBuf {
    fixture("sample.sightline.json")
}

fn sightline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sightline"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// A fresh folder for one test's files.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sightline-cli-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn path(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

#[test]
fn the_sample_file_is_the_sample() {
    if std::env::var_os("SIGHTLINE_BLESS").is_some() {
        std::fs::write(sample_file(), encode_pretty(&sample_journey())).expect("write fixture");
    }
    let file = std::fs::read_to_string(sample_file()).expect("fixture");
    assert_eq!(decode(&file), Ok(sample_journey()));
}

#[test]
fn the_json_report_has_the_engines_figures_in_the_documented_shape() {
    let out = sightline(&["report", path(&sample_file()), "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let sample = sample_journey();
    let valuation = evaluate(&sample);
    assert_eq!(report["journey"], sample.name.as_str());
    assert_eq!(report["unit"], "k€");
    let steps = report["steps"].as_array().expect("steps");
    assert_eq!(steps.len(), sample.steps.len());
    for (step, figures) in steps.iter().zip(&valuation.steps) {
        assert!(step["stage"].is_string() && step["name"].is_string());
        assert_eq!(step["value"].as_f64(), Some(figures.total.value));
        assert_eq!(step["leakage"].as_f64(), Some(figures.total.leakage));
        let cells = step["by_stakeholder"].as_array().expect("by_stakeholder");
        assert_eq!(cells.len(), sample.stakeholders.len());
        for ((cell, figures), stakeholder) in cells
            .iter()
            .zip(&figures.by_stakeholder)
            .zip(&sample.stakeholders)
        {
            assert_eq!(cell["name"], stakeholder.name.as_str());
            assert_eq!(cell["value"].as_f64(), Some(figures.value));
            assert_eq!(cell["leakage"].as_f64(), Some(figures.leakage));
        }
    }
    assert_eq!(report["steps"][5]["stage"], "co-create");
    assert_eq!(
        report["total"]["value"].as_f64(),
        Some(valuation.total.value)
    );
    assert_eq!(
        report["total"]["leakage"].as_f64(),
        Some(valuation.total.leakage)
    );
    let findings = report["findings"].as_array().expect("findings");
    assert_eq!(findings.len(), valuation.findings.len());
    assert_eq!(findings[0]["kind"], "removes-value");
    assert_eq!(findings[0]["step"], "Explore");
    assert!(findings
        .iter()
        .all(|f| f["text"].as_str().is_some_and(|t| !t.is_empty())));
}

#[test]
fn the_markdown_report_reads_like_the_findings_panel() {
    let out = sightline(&["report", path(&sample_file())]);
    assert_eq!(out.status.code(), Some(0));
    let report = text(&out.stdout);
    assert!(
        report.starts_with("# Value report: Mobile telephony for Acme Corp\n"),
        "{report}"
    );
    assert!(report.contains("| Co-create | co-create |"), "{report}");
    assert!(
        report.contains(
            "- **Step removes value** (Explore): Explore removes more value than it adds"
        ),
        "{report}"
    );
}

#[test]
fn the_csv_report_has_a_row_per_step_and_stakeholder_and_the_totals() {
    let out = sightline(&["report", path(&sample_file()), "--format", "csv"]);
    let report = text(&out.stdout);
    let rows: Vec<&str> = report.split_terminator("\r\n").collect();
    assert_eq!(rows[0], "step,stage,name,stakeholder,side,value,leakage");
    let sample = sample_journey();
    let (steps, people) = (sample.steps.len(), sample.stakeholders.len());
    assert_eq!(rows.len(), 1 + steps * (1 + people) + 1 + people);
}

#[test]
fn fail_on_gates_on_a_kind_of_finding() {
    let sample = sample_file();
    let status = |args: &[&str]| sightline(args).status.code();
    assert_eq!(
        status(&["report", path(&sample), "--fail-on", "removes-value"]),
        Some(1)
    );
    assert_eq!(
        status(&["report", path(&sample), "--fail-on", "any"]),
        Some(1)
    );
    // A blank journey removes no value (its empty steps only lack interaction).
    let dir = scratch("fail-on");
    let blank = dir.join("blank.sightline.json");
    std::fs::write(&blank, encode_pretty(&Journey::with_itil_steps("Blank"))).expect("write");
    assert_eq!(
        status(&["report", path(&blank), "--fail-on", "removes-value"]),
        Some(0)
    );
    assert_eq!(
        status(&["report", path(&blank), "--fail-on", "no-interaction"]),
        Some(1)
    );
    // Not a kind: a usage error.
    assert_eq!(
        status(&["report", path(&blank), "--fail-on", "bad-vibes"]),
        Some(2)
    );
}

#[test]
fn a_file_that_cannot_be_read_exits_2_naming_the_field_as_the_app_does() {
    let dir = scratch("unreadable");
    let file = dir.join("broken.sightline.json");
    let broken = encode_pretty(&sample_journey()).replacen(
        "\"lane\": \"consumer-hidden\"",
        "\"lane\": \"basement\"",
        1,
    );
    std::fs::write(&file, broken).expect("write");
    let out = sightline(&["report", path(&file)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let message = text(&out.stderr);
    assert!(
        message
            .contains("the field \u{201c}journey.touchpoints[0].lane\u{201d} is missing or wrong"),
        "{message}"
    );
    let missing = sightline(&["report", path(&dir.join("nowhere.sightline.json"))]);
    assert_eq!(missing.status.code(), Some(2));
    let unknown = sightline(&["report", path(&dir.join("journey.docx"))]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        text(&unknown.stderr).contains(".mmd"),
        "{}",
        text(&unknown.stderr)
    );
}

#[test]
fn a_diagram_with_a_bad_line_exits_2_naming_line_and_column() {
    let dir = scratch("bad-diagram");
    let file = dir.join("journey.mmd");
    std::fs::write(&file, "journey\n  section Explore\n    Call: lots: Me\n").expect("write");
    let out = sightline(&[
        "convert",
        path(&file),
        path(&dir.join("out.sightline.json")),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let message = text(&out.stderr);
    assert!(message.contains("line 3, column 11"), "{message}");
    assert!(!dir.join("out.sightline.json").exists());
}

#[test]
fn link_prints_a_fragment_that_opens_as_the_journey() {
    let out = sightline(&["link", path(&sample_file())]);
    assert_eq!(out.status.code(), Some(0));
    let fragment = text(&out.stdout);
    assert!(fragment.starts_with("#j3."), "{fragment}");
    assert_eq!(decode_link(fragment.trim()), Ok(sample_journey()));
}

#[test]
fn convert_goes_through_every_format_and_says_what_each_leaves_out() {
    let dir = scratch("convert");
    let convert = |from: &Path, to: &Path| {
        let out = sightline(&["convert", path(from), path(to)]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stderr)
    };
    // A share link, as a whole URL, and back: nothing is lost.
    let link = dir.join("sample.link");
    assert_eq!(convert(&sample_file(), &link), "");
    let url = format!(
        "https://example.org/sightline/{}",
        std::fs::read_to_string(&link).expect("link")
    );
    std::fs::write(&link, url).expect("write");
    let back = dir.join("back.sightline.json");
    convert(&link, &back);
    assert_eq!(
        decode(&std::fs::read_to_string(&back).expect("back")),
        Ok(sample_journey())
    );

    let diagram = dir.join("sample.mmd");
    let lost = convert(&sample_file(), &diagram);
    assert!(lost.contains("value effects"), "{lost}");
    let read = read_mermaid(&std::fs::read(&diagram).expect("diagram")).expect("reads");
    assert_eq!(
        read.journey.touchpoints.len(),
        sample_journey().touchpoints.len()
    );

    for name in ["sample.cjml.xml", "sample.csv"] {
        let file = dir.join(name);
        let lost = convert(&sample_file(), &file);
        assert!(lost.contains("KPIs"), "{name}: {lost}");
        let again = dir.join(format!("{name}.sightline.json"));
        convert(&file, &again);
        let journey = decode(&std::fs::read_to_string(&again).expect("again")).expect("decodes");
        assert_eq!(
            journey.touchpoints.len(),
            sample_journey().touchpoints.len(),
            "{name}"
        );
    }
}

#[test]
fn convert_lists_what_the_input_held_that_a_journey_does_not_take() {
    let dir = scratch("ignored");
    let sheet = dir.join("sheet.csv");
    std::fs::write(&sheet, "step,name,owner\r\n1,Call,Ann\r\n").expect("write");
    let out = sightline(&["convert", path(&sheet), path(&dir.join("sheet.mmd"))]);
    assert_eq!(out.status.code(), Some(0));
    let message = text(&out.stderr);
    assert!(
        message.contains("line 1, column 11: the column \u{201c}owner\u{201d}"),
        "{message}"
    );
    // A sheet names no journey: the file's name stands in.
    let diagram = std::fs::read_to_string(dir.join("sheet.mmd")).expect("diagram");
    assert!(diagram.starts_with("journey\n  title sheet\n"), "{diagram}");
}

#[test]
fn the_readme_example_is_the_samples_report() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../README.md"))
            .expect("README");
    let example = readme
        .split_once("```markdown\n")
        .and_then(|(_, rest)| rest.split_once("```"))
        .map(|(example, _)| example)
        .expect("an example report in the README");
    let out = sightline(&["report", path(&sample_file())]);
    assert_eq!(
        text(&out.stdout),
        example,
        "regenerate the README's example report"
    );
}
