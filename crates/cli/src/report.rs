//! The value report: the engine's verdict on a journey, the same `evaluate` the app runs,
//! as Markdown for people (a pull request, a wiki), JSON for machines, or CSV for a sheet.
//!
//! JSON carries the engine's figures unrounded; Markdown rounds them as the app shows them.

use serde::Serialize;
use sightline_document::csv_row;
use sightline_engine::{evaluate, Figures, FindingKind, Journey, SideFigures};

use crate::english;

/// V and L of one row.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Pair {
    /// V: weighted outcomes minus weighted costs and risks.
    pub value: f64,
    /// L: weighted potential not realised.
    pub leakage: f64,
}

impl From<Figures> for Pair {
    fn from(figures: Figures) -> Pair {
        Pair {
            value: figures.value,
            leakage: figures.leakage,
        }
    }
}

/// One stakeholder's figures.
#[derive(Debug, Clone, Serialize)]
pub struct Named {
    /// The stakeholder's name.
    pub name: String,
    /// Their side: `consumer`, `provider` or `other`.
    pub side: &'static str,
    /// V.
    pub value: f64,
    /// L.
    pub leakage: f64,
}

/// Figures per side.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct BySide {
    /// The consumer's organisation.
    pub consumer: Pair,
    /// The provider's organisation.
    pub provider: Pair,
    /// Everyone else.
    pub other: Pair,
}

impl From<SideFigures> for BySide {
    fn from(sides: SideFigures) -> BySide {
        BySide {
            consumer: sides.consumer.into(),
            provider: sides.provider.into(),
            other: sides.other.into(),
        }
    }
}

/// One step's figures.
#[derive(Debug, Clone, Serialize)]
pub struct StepReport {
    /// The ITIL stage's key (`co-create`).
    pub stage: &'static str,
    /// The step's name: its own, or its stage's.
    pub name: String,
    /// V(k).
    pub value: f64,
    /// L(k).
    pub leakage: f64,
    /// Per stakeholder, in journey order.
    pub by_stakeholder: Vec<Named>,
    /// Per side.
    pub by_side: BySide,
}

/// One finding.
#[derive(Debug, Clone, Serialize)]
pub struct FindingReport {
    /// The rule's key, as `--fail-on` takes it.
    pub kind: &'static str,
    /// The rule's title, as the app shows it.
    pub title: &'static str,
    /// The step's name.
    pub step: String,
    /// The finding in words, as the app says it.
    pub text: String,
}

/// The whole report; its JSON is the `--format json` output.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The journey's name.
    pub journey: String,
    /// The unit of value, or null.
    pub unit: Option<String>,
    /// Steps in journey order.
    pub steps: Vec<StepReport>,
    /// Journey totals per stakeholder.
    pub by_stakeholder: Vec<Named>,
    /// Journey totals per side.
    pub by_side: BySide,
    /// Journey totals.
    pub total: Pair,
    /// Findings, in the app's order.
    pub findings: Vec<FindingReport>,
    /// The kind of each finding, for `--fail-on`.
    #[serde(skip)]
    pub kinds: Vec<FindingKind>,
}

/// Evaluate a journey and gather the report.
pub fn report(journey: &Journey) -> Report {
    let valuation = evaluate(journey);
    let stakeholder = |index: usize| journey.stakeholders.get(index);
    let named = |cells: &[Figures]| -> Vec<Named> {
        cells
            .iter()
            .enumerate()
            .filter_map(|(index, figures)| {
                let who = stakeholder(index)?;
                Some(Named {
                    name: who.name.clone(),
                    side: english::side(who.side),
                    value: figures.value,
                    leakage: figures.leakage,
                })
            })
            .collect()
    };
    let steps = journey
        .steps
        .iter()
        .zip(&valuation.steps)
        .map(|(step, figures)| StepReport {
            stage: step.stage.key(),
            name: english::step_name(step),
            value: figures.total.value,
            leakage: figures.total.leakage,
            by_stakeholder: named(&figures.by_stakeholder),
            by_side: figures.by_side.into(),
        })
        .collect();
    let findings = valuation
        .findings
        .iter()
        .map(|finding| {
            let step = journey
                .step(finding.step)
                .map(english::step_name)
                .unwrap_or_default();
            let who = finding
                .stakeholder
                .and_then(|id| journey.stakeholders.iter().find(|s| s.id == id))
                .map(|s| s.name.clone())
                .or(finding.side.map(|side| english::side(side).to_owned()))
                .unwrap_or_default();
            FindingReport {
                kind: english::finding_key(finding.kind),
                title: english::finding_title(finding.kind),
                text: english::explain(finding.kind, &step, &who, finding.amount),
                step,
            }
        })
        .collect();
    let unit = journey.settings.value_unit.trim();
    Report {
        journey: journey.name.clone(),
        unit: (!unit.is_empty()).then(|| unit.to_owned()),
        steps,
        by_stakeholder: named(&valuation.by_stakeholder),
        by_side: valuation.by_side.into(),
        total: valuation.total.into(),
        kinds: valuation.findings.iter().map(|f| f.kind).collect(),
        findings,
    }
}

/// The report as indented JSON.
pub fn json(report: &Report) -> String {
    // Plain data with string keys always serialises; NaN cannot occur (figures are sums of
    // finite amounts), and would be written as null.
    serde_json::to_string_pretty(report).unwrap_or_default() + "\n"
}

/// The report as Markdown: the steps, the stakeholders' V per step, totals, findings.
pub fn markdown(report: &Report) -> String {
    let n = english::number;
    let unit = report
        .unit
        .as_ref()
        .map_or_else(String::new, |unit| format!(" Figures in {unit}."));
    let mut out = format!(
        "# Value report: {}\n\nV is value (weighted outcomes minus costs and risks), L is \
         leakage (potential not realised).{unit}\n\n",
        cell(&report.journey)
    );
    out.push_str("| Step | Stage | V | L | Consumer side | Provider side | Others |\n");
    out.push_str("|---|---|--:|--:|--:|--:|--:|\n");
    for step in &report.steps {
        let sides = step.by_side;
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} |\n",
            cell(&step.name),
            step.stage,
            n(step.value),
            n(step.leakage),
            n(sides.consumer.value),
            n(sides.provider.value),
            n(sides.other.value),
        ));
    }
    let sides = report.by_side;
    out.push_str(&format!(
        "| **Total** | | **{}** | **{}** | {} | {} | {} |\n\n",
        n(report.total.value),
        n(report.total.leakage),
        n(sides.consumer.value),
        n(sides.provider.value),
        n(sides.other.value),
    ));
    if !report.by_stakeholder.is_empty() {
        out.push_str("## V per stakeholder and step\n\n| Stakeholder | Side |");
        for step in &report.steps {
            out.push_str(&format!(" {} |", cell(&step.name)));
        }
        out.push_str(" V | L |\n|---|---|");
        out.push_str(&"--:|".repeat(report.steps.len() + 2));
        out.push('\n');
        for (index, total) in report.by_stakeholder.iter().enumerate() {
            out.push_str(&format!("| {} | {} |", cell(&total.name), total.side));
            for step in &report.steps {
                let value = step.by_stakeholder.get(index).map_or(0.0, |s| s.value);
                out.push_str(&format!(" {} |", n(value)));
            }
            out.push_str(&format!(
                " **{}** | {} |\n",
                n(total.value),
                n(total.leakage)
            ));
        }
        out.push('\n');
    }
    out.push_str("## Findings\n\n");
    if report.findings.is_empty() {
        out.push_str(
            "No findings: every step adds value, nothing leaks, and both sides benefit.\n",
        );
    }
    for finding in &report.findings {
        out.push_str(&format!(
            "- **{}** ({}): {}\n",
            finding.title,
            cell(&finding.step),
            cell(&finding.text)
        ));
    }
    out
}

/// The report as CSV: one row per step and stakeholder, one per step (stakeholder empty),
/// and the journey's totals (step empty); figures unrounded.
pub fn csv(report: &Report) -> String {
    let mut out = csv_row(&[
        "step",
        "stage",
        "name",
        "stakeholder",
        "side",
        "value",
        "leakage",
    ]);
    let number = |x: f64| x.to_string();
    for (position, step) in report.steps.iter().enumerate() {
        let position = (position + 1).to_string();
        let row = |who: &str, side: &str, value: f64, leakage: f64| {
            csv_row(&[
                &position,
                step.stage,
                &step.name,
                who,
                side,
                &number(value),
                &number(leakage),
            ])
        };
        out.push_str(&row("", "", step.value, step.leakage));
        for who in &step.by_stakeholder {
            out.push_str(&row(&who.name, who.side, who.value, who.leakage));
        }
    }
    let total = |who: &str, side: &str, value: f64, leakage: f64| {
        csv_row(&["", "", "", who, side, &number(value), &number(leakage)])
    };
    out.push_str(&total("", "", report.total.value, report.total.leakage));
    for who in &report.by_stakeholder {
        out.push_str(&total(&who.name, who.side, who.value, who.leakage));
    }
    out
}

/// Text for a Markdown table cell or list item: on one line, pipes escaped.
fn cell(text: &str) -> String {
    text.replace(['\r', '\n'], " ").replace('|', "\\|")
}
