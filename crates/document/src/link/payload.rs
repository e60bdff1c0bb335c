//! The link's payload: a journey as compact bytes, laid out for the compressor.
//!
//! Columnar: all step ids, then all stages; all touchpoint lanes together, then all
//! channels, and so on, so that alike values sit side by side and deflate finds them.
//! Counts come first and every column's length follows from what was read before, so the
//! payload needs no field names and no lengths besides the counts.
//!
//! ```text
//! counts       steps, stakeholders, touchpoints                    varints
//! text         lengths of: journey name, step names (0 = none, else length + 1),
//!              stakeholder names, touchpoint names; then all their UTF-8 bytes
//! settings     relationship, rates ×3, emotion scale ×2, thresholds ×3; from version 2,
//!              the unit of value: its length, then its UTF-8 bytes
//! steps        id deltas, stages
//! stakeholders id deltas, roles, sides, influences, interests, weights (outcomes, costs,
//!              risks columns), standing counts, standing steps, influences, interests
//! touchpoints  id deltas, step-id deltas, lanes, channels, elements, importances, efforts,
//!              initiators (0 = none, else id + 1), participant counts, participants,
//!              emotion counts, emotion stakeholders, emotion values, effect counts,
//!              effect stakeholders, aspects, then outcome potentials, realised, cost
//!              money, time, resources, risk probabilities, impacts
//! ```
//!
//! Version 1 is the same without the unit of value; it reads as a journey without one.
//!
//! Enums are their position in the engine's `ALL` lists; ids are deltas from the previous
//! id (zigzag varints), so the usual 1, 2, 3... costs one byte of the same value each;
//! floats are short decimals (see [`super::number`]). Every struct is built and taken apart
//! field by field without `..`, so a field added to the model fails to compile here until
//! the payload (and its version) says how to carry it.

use sightline_engine::{
    Aspect, Channel, EffectKind, ElementKind, Emotion, EmotionScale, Journey, Lane, Rates,
    Relationship, Role, Settings, Side, Stage, Stakeholder, StakeholderId, Step, StepId,
    StepStanding, Thresholds, Touchpoint, TouchpointId, ValueEffect, Weights,
};

use super::number::{put_float, put_varint, unzigzag, zigzag, Malformed, Reader};

/// Write a journey as payload bytes of the current link version.
pub(crate) fn write(journey: &Journey) -> Vec<u8> {
    let Journey {
        name,
        steps,
        stakeholders,
        touchpoints,
        settings,
        ..
    } = journey;
    let mut out = Vec::new();
    let w = &mut out;
    for count in [steps.len(), stakeholders.len(), touchpoints.len()] {
        put_varint(w, count as u64);
    }

    let step_names = steps.iter().map(|step| step.custom_name.as_deref());
    put_varint(w, name.len() as u64);
    for custom_name in step_names.clone() {
        put_varint(w, custom_name.map_or(0, |text| text.len() as u64 + 1));
    }
    for text in stakeholders.iter().map(|s| &s.name) {
        put_varint(w, text.len() as u64);
    }
    for text in touchpoints.iter().map(|t| &t.name) {
        put_varint(w, text.len() as u64);
    }
    w.extend_from_slice(name.as_bytes());
    for text in step_names.flatten() {
        w.extend_from_slice(text.as_bytes());
    }
    for text in stakeholders.iter().map(|s| &s.name) {
        w.extend_from_slice(text.as_bytes());
    }
    for text in touchpoints.iter().map(|t| &t.name) {
        w.extend_from_slice(text.as_bytes());
    }

    write_settings(w, settings);

    put_deltas(w, steps.iter().map(|step| step.id.0));
    put_indices(w, steps.iter().map(|step| step.stage.index()));

    write_stakeholders(w, stakeholders);
    write_touchpoints(w, touchpoints);
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
            ..
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

/// Append ids as zigzag deltas from the previous one (the first from 0).
fn put_deltas(w: &mut Vec<u8>, ids: impl Iterator<Item = u32>) {
    let mut previous = 0i64;
    for id in ids {
        put_varint(w, zigzag(i64::from(id) - previous));
        previous = i64::from(id);
    }
}

/// Append positions in an enum's `ALL` list, one byte each.
fn put_indices(w: &mut Vec<u8>, indices: impl Iterator<Item = usize>) {
    // Every `ALL` list is far shorter than 256.
    w.extend(indices.map(|index| index as u8));
}

/// Fixed fields of a step: name length, id, stage.
const LEAST_STEP_BYTES: usize = 3;
/// Fixed fields of a stakeholder: name length, id, role, side, influence, interest, three
/// weights, standing count.
const LEAST_STAKEHOLDER_BYTES: usize = 10;
/// Fixed fields of a touchpoint: name length, id, step, lane, channel, element, importance,
/// effort, initiator, participant, emotion and effect counts.
const LEAST_TOUCHPOINT_BYTES: usize = 12;

/// Read payload bytes of link `version` (1 or 2) back into a journey; every byte must be used.
pub(crate) fn read(bytes: &[u8], version: u32) -> Result<Journey, Malformed> {
    let r = &mut Reader::new(bytes);
    let step_count = count(r)?;
    let stakeholder_count = count(r)?;
    let touchpoint_count = count(r)?;
    // Every item has fixed fields of at least a byte each: a count the bytes left cannot
    // hold is damage, found before any column is allocated for it.
    let least = [
        (step_count, LEAST_STEP_BYTES),
        (stakeholder_count, LEAST_STAKEHOLDER_BYTES),
        (touchpoint_count, LEAST_TOUCHPOINT_BYTES),
    ]
    .iter()
    .try_fold(0usize, |sum, &(n, bytes)| {
        sum.checked_add(n.checked_mul(bytes)?)
    })
    .ok_or(Malformed)?;
    if least > r.remaining() {
        return Err(Malformed);
    }

    let name_length = length(r)?;
    let step_name_lengths = column(r, step_count, |r| r.varint())?;
    let stakeholder_name_lengths = column(r, stakeholder_count, length)?;
    let touchpoint_name_lengths = column(r, touchpoint_count, length)?;
    let name = text(r, name_length)?;
    let mut step_names = Vec::with_capacity(step_count);
    for &encoded in &step_name_lengths {
        step_names.push(match encoded.checked_sub(1) {
            None => None,
            Some(length) => Some(text(r, usize::try_from(length).map_err(|_| Malformed)?)?),
        });
    }
    let stakeholder_names = texts(r, &stakeholder_name_lengths)?;
    let touchpoint_names = texts(r, &touchpoint_name_lengths)?;

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
    let touchpoints = read_touchpoints(r, touchpoint_names)?;
    if r.remaining() != 0 {
        return Err(Malformed);
    }
    Ok(Journey {
        name,
        steps,
        stakeholders,
        touchpoints,
        settings,
        personas: Vec::new(),
        kpis: Vec::new(),
        insights: Vec::new(),
        loops: Vec::new(),
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
        let length = length(r)?;
        text(r, length)?
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

fn read_touchpoints(r: &mut Reader, names: Vec<String>) -> Result<Vec<Touchpoint>, Malformed> {
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
    let mut touchpoints = Vec::with_capacity(n);
    for (i, name) in names.into_iter().enumerate() {
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
            fail_point: false,
            moment_of_truth: false,
            linked_journey: None,
        });
    }
    Ok(touchpoints)
}

/// A count of items still to be read; each takes at least a byte, so a count beyond the
/// bytes left is damage, refused before anything is allocated for it.
fn count(r: &mut Reader) -> Result<usize, Malformed> {
    let n = usize::try_from(r.varint()?).map_err(|_| Malformed)?;
    if n > r.remaining() {
        return Err(Malformed);
    }
    Ok(n)
}

/// The length of a text still to be read.
fn length(r: &mut Reader) -> Result<usize, Malformed> {
    usize::try_from(r.varint()?).map_err(|_| Malformed)
}

/// The sum of counts; the columns that read that many items run out of bytes if it lies.
fn total(counts: &[usize]) -> Result<usize, Malformed> {
    counts
        .iter()
        .try_fold(0usize, |sum, &n| sum.checked_add(n))
        .ok_or(Malformed)
}

/// `n` items read one after another; `n` is already bounded by the bytes read so far.
fn column<'a, T>(
    r: &mut Reader<'a>,
    n: usize,
    mut item: impl FnMut(&mut Reader<'a>) -> Result<T, Malformed>,
) -> Result<Vec<T>, Malformed> {
    // Grows as items arrive, so a count that lies runs out of bytes, not memory.
    let mut items = Vec::with_capacity(n.min(r.remaining()));
    for _ in 0..n {
        items.push(item(r)?);
    }
    Ok(items)
}

fn text(r: &mut Reader, length: usize) -> Result<String, Malformed> {
    String::from_utf8(r.take(length)?.to_vec()).map_err(|_| Malformed)
}

fn texts(r: &mut Reader, lengths: &[usize]) -> Result<Vec<String>, Malformed> {
    lengths.iter().map(|&length| text(r, length)).collect()
}

/// A stakeholder or step id written whole.
fn id(r: &mut Reader) -> Result<u32, Malformed> {
    u32::try_from(r.varint()?).map_err(|_| Malformed)
}

/// `n` ids written as deltas by [`put_deltas`].
fn deltas(r: &mut Reader, n: usize) -> Result<Vec<u32>, Malformed> {
    let mut previous = 0i64;
    column(r, n, |r| {
        let id = previous
            .checked_add(unzigzag(r.varint()?))
            .and_then(|id| u32::try_from(id).ok())
            .ok_or(Malformed)?;
        previous = i64::from(id);
        Ok(id)
    })
}

/// One of an enum's values by its position in `all`.
fn choice<T: Copy>(r: &mut Reader, all: &[T]) -> Result<T, Malformed> {
    all.get(usize::from(r.byte()?)).copied().ok_or(Malformed)
}
