//! The payload's annotation lists (link version 3): personas, KPIs, pain points and
//! opportunities, and loops, each as columns after the touchpoints.
//!
//! Their texts travel in the text section with the journey's other texts ([`texts`]); the
//! rest is written here ([`write`]) and both come back together in [`read`]. As in
//! `payload.rs`, every struct is taken apart and built field by field without `..`.

use sightline_engine::{
    Anchor, Better, Insight, InsightId, InsightKind, Kpi, KpiId, Loop, LoopId, Measure, Persona,
    PersonaId, StakeholderId, StepId, TouchpointId,
};

use super::columns::{
    bits, choice, column, deltas, flags, id, plain, put_deltas, put_ids, put_indices, TextShape,
    Texts,
};
use super::number::{put_float, Malformed, Reader};

/// Fixed fields of a persona: four text lengths, id, stakeholder.
pub(super) const LEAST_PERSONA_BYTES: usize = 6;
/// Fixed fields of a KPI: label and unit lengths, id, step, measure, direction, figures.
pub(super) const LEAST_KPI_BYTES: usize = 7;
/// Fixed fields of an insight: text length, id, kind, anchor kind and id, three scores.
pub(super) const LEAST_INSIGHT_BYTES: usize = 8;
/// Fixed fields of a loop: label length, id, from, to.
pub(super) const LEAST_LOOP_BYTES: usize = 4;

/// Which of a KPI's optional figures follow in their columns.
const TARGET: u8 = 1;
const ACTUAL: u8 = 2;

/// The four lists of a journey, borrowed together.
pub(super) struct Lists<'a> {
    pub(super) personas: &'a [Persona],
    pub(super) kpis: &'a [Kpi],
    pub(super) insights: &'a [Insight],
    pub(super) loops: &'a [Loop],
}

impl Lists<'_> {
    /// How many items each list has, in payload order.
    pub(super) fn counts(&self) -> [usize; 4] {
        [
            self.personas.len(),
            self.kpis.len(),
            self.insights.len(),
            self.loops.len(),
        ]
    }
}

/// The lists' text columns, in payload order: persona names, jobs, goals, descriptions;
/// KPI labels (optional) and units; insight texts; loop labels.
pub(super) fn texts<'a>(lists: &Lists<'a>) -> Vec<Texts<'a>> {
    let mut personas = [vec![], vec![], vec![], vec![]];
    for persona in lists.personas {
        let Persona {
            id: _,
            stakeholder: _,
            name,
            job,
            goals,
            description,
        } = persona;
        for (column, text) in personas.iter_mut().zip([name, job, goals, description]) {
            column.push(text.as_str());
        }
    }
    let (mut labels, mut units) = (vec![], vec![]);
    for kpi in lists.kpis {
        let Kpi {
            id: _,
            step: _,
            measure: _,
            label,
            unit,
            target: _,
            actual: _,
            better: _,
        } = kpi;
        labels.push(label.as_deref());
        units.push(unit.as_str());
    }
    let insight_texts = lists.insights.iter().map(|insight| {
        let Insight {
            id: _,
            kind: _,
            on: _,
            text,
            customer_value: _,
            business_value: _,
            effort: _,
        } = insight;
        text.as_str()
    });
    let loop_labels = lists.loops.iter().map(|way_back| {
        let Loop {
            id: _,
            from: _,
            to: _,
            label,
        } = way_back;
        label.as_str()
    });
    let mut columns: Vec<Texts> = personas
        .into_iter()
        .map(|column| Texts::plain(column.into_iter()))
        .collect();
    columns.push(Texts::optional(labels.into_iter()));
    columns.push(Texts::plain(units.into_iter()));
    columns.push(Texts::plain(insight_texts));
    columns.push(Texts::plain(loop_labels));
    columns
}

/// The shapes of the columns [`texts`] writes, from the lists' counts.
pub(super) fn text_shapes([personas, kpis, insights, loops]: [usize; 4]) -> Vec<TextShape> {
    let plain = |items| TextShape {
        optional: false,
        items,
    };
    vec![
        plain(personas),
        plain(personas),
        plain(personas),
        plain(personas),
        TextShape {
            optional: true,
            items: kpis,
        },
        plain(kpis),
        plain(insights),
        plain(loops),
    ]
}

/// Append the lists' columns (all but their texts).
pub(super) fn write(w: &mut Vec<u8>, lists: &Lists) {
    write_personas(w, lists.personas);
    write_kpis(w, lists.kpis);
    write_insights(w, lists.insights);
    write_loops(w, lists.loops);
}

fn write_personas(w: &mut Vec<u8>, personas: &[Persona]) {
    let fields: Vec<_> = personas
        .iter()
        .map(|persona| {
            let Persona {
                id,
                stakeholder,
                name: _,
                job: _,
                goals: _,
                description: _,
            } = persona;
            (id.0, stakeholder.0)
        })
        .collect();
    put_deltas(w, fields.iter().map(|f| f.0));
    put_ids(w, fields.iter().map(|f| f.1));
}

fn write_kpis(w: &mut Vec<u8>, kpis: &[Kpi]) {
    let fields: Vec<_> = kpis
        .iter()
        .map(|kpi| {
            let Kpi {
                id,
                step,
                measure,
                label: _,
                unit: _,
                target,
                actual,
                better,
            } = kpi;
            (id.0, step.0, measure, better, target, actual)
        })
        .collect();
    put_deltas(w, fields.iter().map(|f| f.0));
    put_deltas(w, fields.iter().map(|f| f.1));
    put_indices(w, fields.iter().map(|f| f.2.index()));
    put_indices(w, fields.iter().map(|f| f.3.index()));
    w.extend(
        fields
            .iter()
            .map(|f| bits([(f.4.is_some(), TARGET), (f.5.is_some(), ACTUAL)])),
    );
    for figure in fields.iter().filter_map(|f| *f.4) {
        put_float(w, figure);
    }
    for figure in fields.iter().filter_map(|f| *f.5) {
        put_float(w, figure);
    }
}

fn write_insights(w: &mut Vec<u8>, insights: &[Insight]) {
    let fields: Vec<_> = insights
        .iter()
        .map(|insight| {
            let Insight {
                id,
                kind,
                on,
                text: _,
                customer_value,
                business_value,
                effort,
            } = insight;
            (
                id.0,
                kind,
                anchor_parts(*on),
                [customer_value, business_value, effort],
            )
        })
        .collect();
    put_deltas(w, fields.iter().map(|f| f.0));
    put_indices(w, fields.iter().map(|f| f.1.index()));
    w.extend(fields.iter().map(|f| f.2 .0));
    put_ids(w, fields.iter().map(|f| f.2 .1));
    for score in 0..3 {
        w.extend(fields.iter().map(|f| *f.3[score]));
    }
}

fn write_loops(w: &mut Vec<u8>, loops: &[Loop]) {
    let fields: Vec<_> = loops
        .iter()
        .map(|way_back| {
            let Loop {
                id,
                from,
                to,
                label: _,
            } = way_back;
            (id.0, from.0, to.0)
        })
        .collect();
    put_deltas(w, fields.iter().map(|f| f.0));
    put_ids(w, fields.iter().map(|f| f.1));
    put_ids(w, fields.iter().map(|f| f.2));
}

/// An anchor as a position (0 a step, 1 a touchpoint) and the id it names; a new kind of
/// anchor fails to compile here until the payload says how to carry it.
fn anchor_parts(anchor: Anchor) -> (u8, u32) {
    match anchor {
        Anchor::Step(StepId(id)) => (0, id),
        Anchor::Touchpoint(TouchpointId(id)) => (1, id),
    }
}

/// The inverse of [`anchor_parts`].
fn anchor(position: u8, id: u32) -> Result<Anchor, Malformed> {
    match position {
        0 => Ok(Anchor::Step(StepId(id))),
        1 => Ok(Anchor::Touchpoint(TouchpointId(id))),
        _ => Err(Malformed),
    }
}

/// The four lists of a journey, read back.
#[derive(Default)]
pub(super) struct Read {
    pub(super) personas: Vec<Persona>,
    pub(super) kpis: Vec<Kpi>,
    pub(super) insights: Vec<Insight>,
    pub(super) loops: Vec<Loop>,
}

/// Read the lists' columns, given their text columns as [`text_shapes`] laid them out.
pub(super) fn read(
    r: &mut Reader,
    counts: [usize; 4],
    texts: impl IntoIterator<Item = Vec<Option<String>>>,
) -> Result<Read, Malformed> {
    let mut texts = texts.into_iter();
    let mut next = || texts.next().ok_or(Malformed);
    let persona_texts = [next()?, next()?, next()?, next()?].map(plain);
    let kpi_texts = (next()?, plain(next()?));
    let insight_texts = plain(next()?);
    let loop_labels = plain(next()?);
    let [personas, kpis, insights, loops] = counts;
    Ok(Read {
        personas: read_personas(r, personas, persona_texts)?,
        kpis: read_kpis(r, kpis, kpi_texts)?,
        insights: read_insights(r, insights, insight_texts)?,
        loops: read_loops(r, loops, loop_labels)?,
    })
}

fn read_personas(
    r: &mut Reader,
    n: usize,
    texts: [Vec<String>; 4],
) -> Result<Vec<Persona>, Malformed> {
    let ids = deltas(r, n)?;
    let stakeholders = column(r, n, id)?;
    let [names, jobs, goals, descriptions] = texts.map(Vec::into_iter);
    Ok(ids
        .into_iter()
        .zip(stakeholders)
        .zip(names.zip(jobs).zip(goals).zip(descriptions))
        .map(
            |((id, stakeholder), (((name, job), goals), description))| Persona {
                id: PersonaId(id),
                stakeholder: StakeholderId(stakeholder),
                name,
                job,
                goals,
                description,
            },
        )
        .collect())
}

fn read_kpis(
    r: &mut Reader,
    n: usize,
    (labels, units): (Vec<Option<String>>, Vec<String>),
) -> Result<Vec<Kpi>, Malformed> {
    let ids = deltas(r, n)?;
    let steps = deltas(r, n)?;
    let measures = column(r, n, |r| choice(r, &Measure::ALL))?;
    let betters = column(r, n, |r| choice(r, &Better::ALL))?;
    let figures = column(r, n, |r| flags(r, TARGET | ACTUAL))?;
    let with = |bit| figures.iter().filter(|&&f| f & bit != 0).count();
    let mut targets = column(r, with(TARGET), Reader::float)?.into_iter();
    let mut actuals = column(r, with(ACTUAL), Reader::float)?.into_iter();
    let mut kpis = Vec::with_capacity(n);
    for (i, (label, unit)) in labels.into_iter().zip(units).enumerate() {
        // Each figure column holds exactly one value per KPI whose bit is set.
        let target = (figures[i] & TARGET != 0).then(|| targets.next()).flatten();
        let actual = (figures[i] & ACTUAL != 0).then(|| actuals.next()).flatten();
        kpis.push(Kpi {
            id: KpiId(ids[i]),
            step: StepId(steps[i]),
            measure: measures[i],
            label,
            unit,
            target,
            actual,
            better: betters[i],
        });
    }
    Ok(kpis)
}

fn read_insights(r: &mut Reader, n: usize, texts: Vec<String>) -> Result<Vec<Insight>, Malformed> {
    let ids = deltas(r, n)?;
    let kinds = column(r, n, |r| choice(r, &InsightKind::ALL))?;
    let positions = column(r, n, Reader::byte)?;
    let anchor_ids = column(r, n, id)?;
    let customer_values = column(r, n, Reader::byte)?;
    let business_values = column(r, n, Reader::byte)?;
    let efforts = column(r, n, Reader::byte)?;
    let mut insights = Vec::with_capacity(n);
    for (i, text) in texts.into_iter().enumerate() {
        insights.push(Insight {
            id: InsightId(ids[i]),
            kind: kinds[i],
            on: anchor(positions[i], anchor_ids[i])?,
            text,
            customer_value: customer_values[i],
            business_value: business_values[i],
            effort: efforts[i],
        });
    }
    Ok(insights)
}

fn read_loops(r: &mut Reader, n: usize, labels: Vec<String>) -> Result<Vec<Loop>, Malformed> {
    let ids = deltas(r, n)?;
    let froms = column(r, n, id)?;
    let tos = column(r, n, id)?;
    Ok(ids
        .into_iter()
        .zip(froms.into_iter().zip(tos))
        .zip(labels)
        .map(|((id, (from, to)), label)| Loop {
            id: LoopId(id),
            from: StepId(from),
            to: StepId(to),
            label,
        })
        .collect())
}
