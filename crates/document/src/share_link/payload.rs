//! The link's payload: a journey as compact bytes, laid out for the compressor.
//!
//! Columnar: all step ids, then all stages; all touchpoint lanes together, then all
//! channels, and so on, so that alike values sit side by side and deflate finds them.
//! Counts come first and every column's length follows from what was read before, so the
//! payload needs no field names and no lengths besides the counts.
//!
//! ```text
//! counts       steps, stakeholders, touchpoints; from version 3, personas, KPIs,
//!              insights (pain points and opportunities), loops          varints
//! text         lengths of: journey name, step names (0 = none, else length + 1),
//!              stakeholder names, touchpoint names; from version 3, touchpoint links
//!              (0 = none, else length + 1), persona names, jobs, goals, descriptions,
//!              KPI labels (0 = none, else length + 1), KPI units, insight texts, loop
//!              labels; then all their UTF-8 bytes in the same order
//! settings     relationship, rates ×3, emotion scale ×2, thresholds ×3; from version 2,
//!              the unit of value: its length, then its UTF-8 bytes
//! steps        id deltas, stages
//! stakeholders id deltas, roles, sides, influences, interests, weights (outcomes, costs,
//!              risks columns), standing counts, standing steps, influences, interests
//! touchpoints  id deltas, step-id deltas, lanes, channels, elements, importances, efforts,
//!              initiators (0 = none, else id + 1), participant counts, participants,
//!              emotion counts, emotion stakeholders, emotion values, effect counts,
//!              effect stakeholders, aspects, then outcome potentials, realised, cost
//!              money, time, resources, risk probabilities, impacts; from version 3, flags
//!              (1 fail point + 2 moment of truth)
//! personas     (from version 3, as all below) id deltas, stakeholders
//! KPIs         id deltas, step-id deltas, measures, directions (higher, lower), figures
//!              set (1 target + 2 actual), then the targets set, the actuals set
//! insights     id deltas, kinds, anchors (0 step, 1 touchpoint), anchor ids, customer
//!              values, business values, efforts
//! loops        id deltas, from steps, to steps
//! ```
//!
//! Version 2 is the same without anything marked version 3: it reads as a journey without
//! flags, links, personas, KPIs, insights or loops. Version 1 also lacks the unit of value.
//!
//! Enums are their position in the engine's `ALL` lists; ids are deltas from the previous
//! id (zigzag varints), so the usual 1, 2, 3... costs one byte of the same value each, and
//! references that jump about (a persona's stakeholder, an anchor, a loop's steps) are
//! written whole; floats are short decimals (see [`super::number`]). Every struct is built
//! and taken apart field by field without `..`, so a field added to the model fails to
//! compile here until the payload (and its version) says how to carry it.

use sightline_engine::{
    Aspect, Channel, EffectKind, ElementKind, Emotion, EmotionScale, Journey, Lane, Rates,
    Relationship, Role, Settings, Side, Stage, Stakeholder, StakeholderId, Step, StepId,
    StepStanding, Thresholds, Touchpoint, TouchpointId, ValueEffect, Weights,
};

use super::annotations::{
    self, Lists, LEAST_INSIGHT_BYTES, LEAST_KPI_BYTES, LEAST_LOOP_BYTES, LEAST_PERSONA_BYTES,
};
use super::columns::{
    bits, choice, column, count, deltas, flags, id, plain, put_counts, put_deltas, put_indices,
    put_texts, read_text, read_texts, total, TextShape, Texts,
};
use super::number::{put_float, put_varint, Malformed, Reader};

/// A touchpoint's flags byte: where the service is likely to fail, and where the customer
/// forms a lasting judgement.
const FAIL_POINT: u8 = 1;
const MOMENT_OF_TRUTH: u8 = 2;

/// Write a journey as payload bytes of the current link version.
pub(crate) fn write(journey: &Journey) -> Vec<u8> {
    let Journey {
        name,
        steps,
        stakeholders,
        touchpoints,
        settings,
        personas,
        kpis,
        insights,
        loops,
    } = journey;
    let lists = Lists {
        personas,
        kpis,
        insights,
        loops,
    };
    let mut out = Vec::new();
    let w = &mut out;
    put_counts(
        w,
        [steps.len(), stakeholders.len(), touchpoints.len()].into_iter(),
    );
    put_counts(w, lists.counts().into_iter());

    let mut texts = vec![
        Texts::plain([name.as_str()].into_iter()),
        Texts::optional(steps.iter().map(|step| step.custom_name.as_deref())),
        Texts::plain(stakeholders.iter().map(|s| s.name.as_str())),
        Texts::plain(touchpoints.iter().map(|t| t.name.as_str())),
        Texts::optional(touchpoints.iter().map(|t| t.leads_to.as_deref())),
    ];
    texts.extend(annotations::texts(&lists));
    put_texts(w, &texts);

    write_settings(w, settings);

    put_deltas(w, steps.iter().map(|step| step.id.0));
    put_indices(w, steps.iter().map(|step| step.stage.index()));

    write_stakeholders(w, stakeholders);
    write_touchpoints(w, touchpoints);
    annotations::write(w, &lists);
    out
}

fn write_settings(w: &mut Vec<u8>, settings: &Settings) {
    let Settings {
        relationship,
        rates,
        emotion_scale,
        thresholds,
        value_unit,
    } = settings;
    let Rates {
        money,
        time,
        resources,
    } = rates;
    let EmotionScale { min, max } = emotion_scale;
    let Thresholds {
        unrealised_share,
        one_sided_share,
        narrow_zone_share,
    } = thresholds;
    w.push(relationship.index() as u8);
    for value in [
        money,
        time,
        resources,
        min,
        max,
        unrealised_share,
        one_sided_share,
        narrow_zone_share,
    ] {
        put_float(w, *value);
    }
    put_varint(w, value_unit.len() as u64);
    w.extend_from_slice(value_unit.as_bytes());
}

fn write_stakeholders(w: &mut Vec<u8>, stakeholders: &[Stakeholder]) {
    // Destructured once so that a new stakeholder field stops the build here.
    let fields: Vec<_> = stakeholders
        .iter()
        .map(|stakeholder| {
            let Stakeholder {
                id,
                name: _,
                role,
                side,
                influence,
                interest,
                standing_by_step,
                weights,
            } = stakeholder;
            (
                id,
                role,
                side,
                influence,
                interest,
                standing_by_step,
                weights,
            )
        })
        .collect();
    put_deltas(w, fields.iter().map(|f| f.0 .0));
    put_indices(w, fields.iter().map(|f| f.1.index()));
    put_indices(w, fields.iter().map(|f| f.2.index()));
    w.extend(fields.iter().map(|f| *f.3));
    w.extend(fields.iter().map(|f| *f.4));
    for weight in [
        |w: &Weights| w.outcomes,
        |w: &Weights| w.costs,
        |w: &Weights| w.risks,
    ] {
        for f in &fields {
            put_float(w, weight(f.6));
        }
    }
    for f in &fields {
        put_varint(w, f.5.len() as u64);
    }
    let standings = || fields.iter().flat_map(|f| f.5.iter());
    for StepStanding { step, .. } in standings() {
        put_varint(w, step.0.into());
    }
    w.extend(standings().map(|standing| standing.influence));
    w.extend(standings().map(|standing| standing.interest));
}

fn write_touchpoints(w: &mut Vec<u8>, touchpoints: &[Touchpoint]) {
    let mut fields = Vec::with_capacity(touchpoints.len());
    for touchpoint in touchpoints {
        let Touchpoint {
            id,
            step,
            lane,
            name: _,
            channel,
            initiator,
            participants,
            element,
            importance,
            effort,
            emotions,
            effects,
            fail_point,
            moment_of_truth,
            leads_to: _,
        } = touchpoint;
        fields.push((
            id,
            step,
            lane,
            channel,
            initiator,
            participants,
            element,
            importance,
            effort,
            emotions,
            effects,
            (fail_point, moment_of_truth),
        ));
    }
    put_deltas(w, fields.iter().map(|f| f.0 .0));
    put_deltas(w, fields.iter().map(|f| f.1 .0));
    put_indices(w, fields.iter().map(|f| f.2.index()));
    put_indices(w, fields.iter().map(|f| f.3.index()));
    put_indices(w, fields.iter().map(|f| f.6.index()));
    w.extend(fields.iter().map(|f| *f.7));
    w.extend(fields.iter().map(|f| *f.8));
    for f in &fields {
        put_varint(w, f.4.map_or(0, |id| u64::from(id.0) + 1));
    }
    for f in &fields {
        put_varint(w, f.5.len() as u64);
    }
    for id in fields.iter().flat_map(|f| f.5.iter()) {
        put_varint(w, id.0.into());
    }
    for f in &fields {
        put_varint(w, f.9.len() as u64);
    }
    let emotions = || fields.iter().flat_map(|f| f.9.iter());
    for Emotion { stakeholder, .. } in emotions() {
        put_varint(w, stakeholder.0.into());
    }
    for Emotion { value, .. } in emotions() {
        put_float(w, *value);
    }
    for f in &fields {
        put_varint(w, f.10.len() as u64);
    }
    let effects = || fields.iter().flat_map(|f| f.10.iter());
    for ValueEffect { stakeholder, .. } in effects() {
        put_varint(w, stakeholder.0.into());
    }
    put_indices(w, effects().map(|effect| effect.kind.aspect().index()));
    for aspect in Aspect::ALL {
        for position in 0..arity(aspect) {
            for effect in effects().filter(|effect| effect.kind.aspect() == aspect) {
                put_float(w, amounts(&effect.kind)[position]);
            }
        }
    }
    w.extend(fields.iter().map(|f| {
        let (&fail_point, &moment_of_truth) = f.11;
        bits([(fail_point, FAIL_POINT), (moment_of_truth, MOMENT_OF_TRUTH)])
    }));
}

/// How many amounts an effect of this aspect has.
fn arity(aspect: Aspect) -> usize {
    match aspect {
        Aspect::Outcome | Aspect::Risk => 2,
        Aspect::Cost => 3,
    }
}

/// An effect's amounts in field order, padded with zeros to three.
fn amounts(kind: &EffectKind) -> [f64; 3] {
    match *kind {
        EffectKind::Outcome {
            potential,
            realised,
        } => [potential, realised, 0.0],
        EffectKind::Cost {
            money,
            time,
            resources,
        } => [money, time, resources],
        EffectKind::Risk {
            probability,
            impact,
        } => [probability, impact, 0.0],
    }
}

/// The inverse of [`amounts`].
fn effect_kind(aspect: Aspect, [a, b, c]: [f64; 3]) -> EffectKind {
    match aspect {
        Aspect::Outcome => EffectKind::Outcome {
            potential: a,
            realised: b,
        },
        Aspect::Cost => EffectKind::Cost {
            money: a,
            time: b,
            resources: c,
        },
        Aspect::Risk => EffectKind::Risk {
            probability: a,
            impact: b,
        },
    }
}

/// Fixed fields of a step: name length, id, stage.
const LEAST_STEP_BYTES: usize = 3;
/// Fixed fields of a stakeholder: name length, id, role, side, influence, interest, three
/// weights, standing count.
const LEAST_STAKEHOLDER_BYTES: usize = 10;
/// Fixed fields of a touchpoint: name length, id, step, lane, channel, element, importance,
/// effort, initiator, participant, emotion and effect counts; from version 3 also its link's
/// length and its flags.
const fn least_touchpoint_bytes(version: u32) -> usize {
    if version >= 3 {
        14
    } else {
        12
    }
}

/// Read payload bytes of link `version` (1 to 3) back into a journey; every byte must be
/// used.
pub(crate) fn read(bytes: &[u8], version: u32) -> Result<Journey, Malformed> {
    let r = &mut Reader::new(bytes);
    let step_count = count(r)?;
    let stakeholder_count = count(r)?;
    let touchpoint_count = count(r)?;
    let list_counts = if version >= 3 {
        [count(r)?, count(r)?, count(r)?, count(r)?]
    } else {
        [0; 4]
    };
    // Every item has fixed fields of at least a byte each: a count the bytes left cannot
    // hold is damage, found before any column is allocated for it.
    let [personas, kpis, insights, loops] = list_counts;
    let least = [
        (step_count, LEAST_STEP_BYTES),
        (stakeholder_count, LEAST_STAKEHOLDER_BYTES),
        (touchpoint_count, least_touchpoint_bytes(version)),
        (personas, LEAST_PERSONA_BYTES),
        (kpis, LEAST_KPI_BYTES),
        (insights, LEAST_INSIGHT_BYTES),
        (loops, LEAST_LOOP_BYTES),
    ]
    .iter()
    .try_fold(0usize, |sum, &(n, bytes)| {
        sum.checked_add(n.checked_mul(bytes)?)
    })
    .ok_or(Malformed)?;
    if least > r.remaining() {
        return Err(Malformed);
    }

    let shape = |optional, items| TextShape { optional, items };
    let mut shapes = vec![
        shape(false, 1),
        shape(true, step_count),
        shape(false, stakeholder_count),
        shape(false, touchpoint_count),
    ];
    if version >= 3 {
        shapes.push(shape(true, touchpoint_count));
        shapes.extend(annotations::text_shapes(list_counts));
    }
    let mut texts = read_texts(r, &shapes)?.into_iter();
    let mut next = || texts.next().ok_or(Malformed);
    // The column of the journey's name holds exactly one text.
    let name = plain(next()?).pop().unwrap_or_default();
    let step_names = next()?;
    let stakeholder_names = plain(next()?);
    let touchpoint_names = plain(next()?);
    let links = if version >= 3 {
        next()?
    } else {
        vec![None; touchpoint_count]
    };

    let settings = read_settings(r, version)?;

    let step_ids = deltas(r, step_count)?;
    let stages = column(r, step_count, |r| choice(r, &Stage::ALL))?;
    let steps = step_ids
        .into_iter()
        .zip(stages)
        .zip(step_names)
        .map(|((id, stage), custom_name)| Step {
            id: StepId(id),
            stage,
            custom_name,
        })
        .collect();

    let stakeholders = read_stakeholders(r, stakeholder_names)?;
    let touchpoints = read_touchpoints(r, touchpoint_names, links, version)?;
    let lists = if version >= 3 {
        annotations::read(r, list_counts, texts)?
    } else {
        annotations::Read::default()
    };
    if r.remaining() != 0 {
        return Err(Malformed);
    }
    let annotations::Read {
        personas,
        kpis,
        insights,
        loops,
    } = lists;
    Ok(Journey {
        name,
        steps,
        stakeholders,
        touchpoints,
        settings,
        personas,
        kpis,
        insights,
        loops,
    })
}

fn read_settings(r: &mut Reader, version: u32) -> Result<Settings, Malformed> {
    let relationship = choice(r, &Relationship::ALL)?;
    let mut floats = [0.0; 8];
    for value in &mut floats {
        *value = r.float()?;
    }
    let [money, time, resources, min, max, unrealised_share, one_sided_share, narrow_zone_share] =
        floats;
    let value_unit = if version >= 2 {
        read_text(r)?
    } else {
        String::new()
    };
    Ok(Settings {
        relationship,
        rates: Rates {
            money,
            time,
            resources,
        },
        emotion_scale: EmotionScale { min, max },
        thresholds: Thresholds {
            unrealised_share,
            one_sided_share,
            narrow_zone_share,
        },
        value_unit,
    })
}

fn read_stakeholders(r: &mut Reader, names: Vec<String>) -> Result<Vec<Stakeholder>, Malformed> {
    let n = names.len();
    let ids = deltas(r, n)?;
    let roles = column(r, n, |r| choice(r, &Role::ALL))?;
    let sides = column(r, n, |r| choice(r, &Side::ALL))?;
    let influences = column(r, n, Reader::byte)?;
    let interests = column(r, n, Reader::byte)?;
    let outcomes = column(r, n, Reader::float)?;
    let costs = column(r, n, Reader::float)?;
    let risks = column(r, n, Reader::float)?;
    let standing_counts = column(r, n, count)?;
    let standing_total = total(&standing_counts)?;
    let standing_steps = column(r, standing_total, id)?;
    let standing_influences = column(r, standing_total, Reader::byte)?;
    let standing_interests = column(r, standing_total, Reader::byte)?;
    let mut standings = standing_steps
        .into_iter()
        .zip(standing_influences)
        .zip(standing_interests)
        .map(|((step, influence), interest)| StepStanding {
            step: StepId(step),
            influence,
            interest,
        });
    let mut stakeholders = Vec::with_capacity(n);
    for (i, name) in names.into_iter().enumerate() {
        stakeholders.push(Stakeholder {
            id: StakeholderId(ids[i]),
            name,
            role: roles[i],
            side: sides[i],
            influence: influences[i],
            interest: interests[i],
            standing_by_step: standings.by_ref().take(standing_counts[i]).collect(),
            weights: Weights {
                outcomes: outcomes[i],
                costs: costs[i],
                risks: risks[i],
            },
        });
    }
    Ok(stakeholders)
}

fn read_touchpoints(
    r: &mut Reader,
    names: Vec<String>,
    links: Vec<Option<String>>,
    version: u32,
) -> Result<Vec<Touchpoint>, Malformed> {
    let n = names.len();
    let ids = deltas(r, n)?;
    let steps = deltas(r, n)?;
    let lanes = column(r, n, |r| choice(r, &Lane::ALL))?;
    let channels = column(r, n, |r| choice(r, &Channel::ALL))?;
    let elements = column(r, n, |r| choice(r, &ElementKind::ALL))?;
    let importances = column(r, n, Reader::byte)?;
    let efforts = column(r, n, Reader::byte)?;
    let initiators = column(r, n, |r| {
        Ok(match r.varint()?.checked_sub(1) {
            None => None,
            Some(id) => Some(StakeholderId(u32::try_from(id).map_err(|_| Malformed)?)),
        })
    })?;
    let participant_counts = column(r, n, count)?;
    let participants = column(r, total(&participant_counts)?, id)?;
    let emotion_counts = column(r, n, count)?;
    let emotion_total = total(&emotion_counts)?;
    let emotion_stakeholders = column(r, emotion_total, id)?;
    let emotion_values = column(r, emotion_total, Reader::float)?;
    let effect_counts = column(r, n, count)?;
    let effect_total = total(&effect_counts)?;
    let effect_stakeholders = column(r, effect_total, id)?;
    let aspects = column(r, effect_total, |r| choice(r, &Aspect::ALL))?;
    // Each aspect's amounts, one column per field, consumed in effect order below.
    let mut columns: Vec<Vec<std::vec::IntoIter<f64>>> = Vec::with_capacity(Aspect::ALL.len());
    for aspect in Aspect::ALL {
        let with_aspect = aspects.iter().filter(|&&a| a == aspect).count();
        let mut fields = Vec::with_capacity(arity(aspect));
        for _ in 0..arity(aspect) {
            fields.push(column(r, with_aspect, Reader::float)?.into_iter());
        }
        columns.push(fields);
    }
    let mut effects = effect_stakeholders
        .into_iter()
        .zip(aspects)
        .map(|(id, aspect)| {
            let mut values = [0.0; 3];
            for (value, field) in values.iter_mut().zip(&mut columns[aspect.index()]) {
                // Each column holds exactly one value per effect of its aspect.
                *value = field.next().unwrap_or_default();
            }
            ValueEffect {
                stakeholder: StakeholderId(id),
                kind: effect_kind(aspect, values),
            }
        });
    let mut participants = participants.into_iter().map(StakeholderId);
    let mut emotions = emotion_stakeholders
        .into_iter()
        .zip(emotion_values)
        .map(|(id, value)| Emotion {
            stakeholder: StakeholderId(id),
            value,
        });
    let flag_bytes = if version >= 3 {
        column(r, n, |r| flags(r, FAIL_POINT | MOMENT_OF_TRUTH))?
    } else {
        vec![0; n]
    };
    let mut touchpoints = Vec::with_capacity(n);
    for (i, (name, leads_to)) in names.into_iter().zip(links).enumerate() {
        touchpoints.push(Touchpoint {
            id: TouchpointId(ids[i]),
            step: StepId(steps[i]),
            lane: lanes[i],
            name,
            channel: channels[i],
            initiator: initiators[i],
            participants: participants.by_ref().take(participant_counts[i]).collect(),
            element: elements[i],
            importance: importances[i],
            effort: efforts[i],
            emotions: emotions.by_ref().take(emotion_counts[i]).collect(),
            effects: effects.by_ref().take(effect_counts[i]).collect(),
            fail_point: flag_bytes[i] & FAIL_POINT != 0,
            moment_of_truth: flag_bytes[i] & MOMENT_OF_TRUTH != 0,
            leads_to,
        });
    }
    Ok(touchpoints)
}
