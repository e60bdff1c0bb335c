//! The invariants every journey keeps, checked when a document arrives from outside and when
//! an edit would change a value.

use std::collections::HashSet;

use crate::ids::{StakeholderId, StepId, TouchpointId};
use crate::insight::{Anchor, Insight};
use crate::item::Item;
use crate::kpi::Kpi;
use crate::loops::Loop;
use crate::model::{Emotion, Journey, Stakeholder, Touchpoint};
use crate::persona::Persona;
use crate::problem::{FieldName, Place, Problem};
use crate::value::{EffectKind, EmotionScale, Settings, ValueEffect, MAX_VALUE_UNIT_CHARS};

/// The longest a short label (a KPI's unit) may be, in characters.
pub const MAX_LABEL_CHARS: usize = 16;

/// The longest a library id may be; ids are generated, far shorter, and only letters,
/// digits, `-` and `_`.
const MAX_LIBRARY_ID_CHARS: usize = 64;

/// The ids of what a journey's items may name, to check references against.
pub(crate) struct Known {
    pub(crate) steps: HashSet<StepId>,
    pub(crate) touchpoints: HashSet<TouchpointId>,
    pub(crate) stakeholders: HashSet<StakeholderId>,
}

impl Known {
    /// The ids of a journey.
    pub(crate) fn of(journey: &Journey) -> Self {
        Known {
            steps: journey.steps.iter().map(|s| s.id).collect(),
            touchpoints: journey.touchpoints.iter().map(|t| t.id).collect(),
            stakeholders: journey.stakeholders.iter().map(|s| s.id).collect(),
        }
    }
}

/// An item that can be checked on its own and against what it names.
pub(crate) trait Checked {
    /// Push every problem of the item.
    fn check(&self, known: &Known, problems: &mut Vec<Problem>);
}

/// The problem with a reference to something the journey does not have.
fn missing(at: Place, field: FieldName, found: bool) -> Option<Problem> {
    (!found).then_some(Problem::MissingReference { at, field })
}

impl Checked for Persona {
    fn check(&self, known: &Known, problems: &mut Vec<Problem>) {
        let at = Place::Persona(self.id);
        let found = known.stakeholders.contains(&self.stakeholder);
        problems.extend(missing(at, FieldName::Stakeholder, found));
    }
}

impl Checked for Kpi {
    fn check(&self, known: &Known, problems: &mut Vec<Problem>) {
        let at = Place::Kpi(self.id);
        problems.extend(missing(
            at,
            FieldName::Step,
            known.steps.contains(&self.step),
        ));
        let (min, max) = self.measure.range();
        for (field, figure) in [
            (FieldName::Target, self.target),
            (FieldName::Actual, self.actual),
        ] {
            if let Some(value) = figure {
                problems.extend(out_of_range(at, field, value, min, max));
            }
        }
        if !is_short_label(&self.unit) {
            problems.push(Problem::BadLabel {
                at,
                field: FieldName::Unit,
            });
        }
    }
}

impl Checked for Insight {
    fn check(&self, known: &Known, problems: &mut Vec<Problem>) {
        let at = Place::Insight(self.id);
        let found = match self.on {
            Anchor::Step(step) => known.steps.contains(&step),
            Anchor::Touchpoint(touchpoint) => known.touchpoints.contains(&touchpoint),
        };
        problems.extend(missing(at, FieldName::On, found));
        let scores = [
            (FieldName::CustomerValue, self.customer_value),
            (FieldName::BusinessValue, self.business_value),
            (FieldName::Effort, self.effort),
        ];
        for (field, score) in scores {
            problems.extend(out_of_range(at, field, score.into(), 1.0, 5.0));
        }
    }
}

impl Checked for Loop {
    fn check(&self, known: &Known, problems: &mut Vec<Problem>) {
        let at = Place::Loop(self.id);
        problems.extend(missing(
            at,
            FieldName::From,
            known.steps.contains(&self.from),
        ));
        problems.extend(missing(at, FieldName::To, known.steps.contains(&self.to)));
    }
}

/// Whether a short label fits: at most [`MAX_LABEL_CHARS`] characters once trimmed, on one
/// line.
fn is_short_label(label: &str) -> bool {
    label.trim().chars().count() <= MAX_LABEL_CHARS && !label.chars().any(char::is_control)
}

/// Whether a touchpoint's link names a library id: the app looks journeys up by it and
/// never shows it, but a hostile document must not carry anything else in it.
pub(crate) fn is_library_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_LIBRARY_ID_CHARS
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Push a problem for every item of a list that shares its id with an earlier one, and
/// every problem of each item.
fn list_problems<T: Item + Checked>(items: &[T], known: &Known, problems: &mut Vec<Problem>) {
    let mut seen = HashSet::new();
    for item in items {
        if !seen.insert(item.id()) {
            problems.push(Problem::DuplicateItem(T::place(item.id())));
        }
        item.check(known, problems);
    }
}

const UNBOUNDED: f64 = f64::INFINITY;

/// Collects out-of-range numbers for one place.
struct Ranges<'a> {
    at: Place,
    problems: &'a mut Vec<Problem>,
}

impl Ranges<'_> {
    fn check(&mut self, field: FieldName, value: f64, min: f64, max: f64) {
        self.problems
            .extend(out_of_range(self.at, field, value, min, max));
    }
}

/// The problem with `value` if it is not a finite number within `min..=max`.
pub(crate) fn out_of_range(
    at: Place,
    field: FieldName,
    value: f64,
    min: f64,
    max: f64,
) -> Option<Problem> {
    // NaN fails every comparison, so it is reported too.
    let inside = value.is_finite() && min <= value && value <= max;
    (!inside).then_some(Problem::OutOfRange {
        at,
        field,
        value,
        min,
        max,
    })
}

impl Journey {
    /// Every broken invariant, in document order; empty when the journey is sound.
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.steps.is_empty() {
            problems.push(Problem::NoSteps);
        }
        settings_problems(&self.settings, &mut problems);
        let mut steps = HashSet::new();
        for step in &self.steps {
            if !steps.insert(step.id) {
                problems.push(Problem::DuplicateStep(step.id));
            }
        }
        let mut stakeholders = HashSet::new();
        for stakeholder in &self.stakeholders {
            if !stakeholders.insert(stakeholder.id) {
                problems.push(Problem::DuplicateStakeholder(stakeholder.id));
            }
            stakeholder_problems(stakeholder, &mut problems);
        }
        let mut touchpoints = HashSet::new();
        for touchpoint in &self.touchpoints {
            if !touchpoints.insert(touchpoint.id) {
                problems.push(Problem::DuplicateTouchpoint(touchpoint.id));
            }
            if !steps.contains(&touchpoint.step) {
                problems.push(Problem::TouchpointInMissingStep {
                    touchpoint: touchpoint.id,
                    step: touchpoint.step,
                });
            }
            touchpoint_problems(touchpoint, &stakeholders, &self.settings, &mut problems);
        }
        let known = Known {
            steps,
            touchpoints,
            stakeholders,
        };
        list_problems(&self.personas, &known, &mut problems);
        list_problems(&self.kpis, &known, &mut problems);
        list_problems(&self.insights, &known, &mut problems);
        list_problems(&self.loops, &known, &mut problems);
        problems
    }
}

/// Problems of the journey settings.
pub(crate) fn settings_problems(settings: &Settings, problems: &mut Vec<Problem>) {
    let mut ranges = Ranges {
        at: Place::Settings,
        problems,
    };
    ranges.check(FieldName::RatesMoney, settings.rates.money, 0.0, UNBOUNDED);
    ranges.check(FieldName::RatesTime, settings.rates.time, 0.0, UNBOUNDED);
    ranges.check(
        FieldName::RatesResources,
        settings.rates.resources,
        0.0,
        UNBOUNDED,
    );
    let scale = settings.emotion_scale;
    ranges.check(FieldName::EmotionScaleMin, scale.min, f64::MIN, f64::MAX);
    ranges.check(FieldName::EmotionScaleMax, scale.max, f64::MIN, f64::MAX);
    let thresholds = settings.thresholds;
    ranges.check(
        FieldName::UnrealisedShare,
        thresholds.unrealised_share,
        0.0,
        1.0,
    );
    ranges.check(
        FieldName::OneSidedShare,
        thresholds.one_sided_share,
        0.5,
        1.0,
    );
    ranges.check(
        FieldName::NarrowZoneShare,
        thresholds.narrow_zone_share,
        0.0,
        1.0,
    );
    if scale.min >= scale.max {
        problems.push(Problem::EmotionScaleInverted);
    }
    let unit = &settings.value_unit;
    let chars = unit.trim().chars().count();
    if chars > MAX_VALUE_UNIT_CHARS {
        problems.push(Problem::ValueUnitTooLong { chars });
    }
    // Checked untrimmed: a trailing line break is as foreign to a label as an inner one.
    if unit.chars().any(char::is_control) {
        problems.push(Problem::ValueUnitControlCharacter);
    }
}

/// Problems of one stakeholder on its own.
pub(crate) fn stakeholder_problems(stakeholder: &Stakeholder, problems: &mut Vec<Problem>) {
    let mut ranges = Ranges {
        at: Place::Stakeholder(stakeholder.id),
        problems,
    };
    ranges.check(
        FieldName::Influence,
        stakeholder.influence.into(),
        0.0,
        10.0,
    );
    ranges.check(FieldName::Interest, stakeholder.interest.into(), 0.0, 10.0);
    for standing in &stakeholder.standing_by_step {
        ranges.check(
            FieldName::StandingInfluence,
            standing.influence.into(),
            0.0,
            10.0,
        );
        ranges.check(
            FieldName::StandingInterest,
            standing.interest.into(),
            0.0,
            10.0,
        );
    }
    ranges.check(
        FieldName::OutcomeWeight,
        stakeholder.weights.outcomes,
        0.0,
        UNBOUNDED,
    );
    ranges.check(
        FieldName::CostWeight,
        stakeholder.weights.costs,
        0.0,
        UNBOUNDED,
    );
    ranges.check(
        FieldName::RiskWeight,
        stakeholder.weights.risks,
        0.0,
        UNBOUNDED,
    );
}

/// Problems of a touchpoint's importance and effort, each from 1 to 5.
pub(crate) fn score_problems(
    touchpoint: TouchpointId,
    importance: u8,
    effort: u8,
) -> impl Iterator<Item = Problem> {
    [
        (FieldName::Importance, importance),
        (FieldName::Effort, effort),
    ]
    .into_iter()
    .filter_map(move |(field, score)| {
        out_of_range(Place::Touchpoint(touchpoint), field, score.into(), 1.0, 5.0)
    })
}

/// The problem with an emotion that lies outside the journey's emotion scale.
pub(crate) fn emotion_problem(
    touchpoint: TouchpointId,
    emotion: &Emotion,
    scale: EmotionScale,
) -> Option<Problem> {
    let at = Place::Emotion(touchpoint, emotion.stakeholder);
    out_of_range(
        at,
        FieldName::EmotionValue,
        emotion.value,
        scale.min,
        scale.max,
    )
}

/// Problems of one effect on its own.
pub(crate) fn effect_problems(
    touchpoint: TouchpointId,
    index: usize,
    effect: &ValueEffect,
    problems: &mut Vec<Problem>,
) {
    let mut ranges = Ranges {
        at: Place::Effect(touchpoint, index),
        problems,
    };
    match effect.kind {
        EffectKind::Outcome {
            potential,
            realised,
        } => {
            ranges.check(FieldName::Potential, potential, 0.0, UNBOUNDED);
            ranges.check(FieldName::Realised, realised, 0.0, UNBOUNDED);
            if realised > potential {
                problems.push(Problem::RealisedAbovePotential {
                    touchpoint,
                    effect: index,
                });
            }
        }
        EffectKind::Cost {
            money,
            time,
            resources,
        } => {
            ranges.check(FieldName::Money, money, 0.0, UNBOUNDED);
            ranges.check(FieldName::Time, time, 0.0, UNBOUNDED);
            ranges.check(FieldName::Resources, resources, 0.0, UNBOUNDED);
        }
        EffectKind::Risk {
            probability,
            impact,
        } => {
            ranges.check(FieldName::Probability, probability, 0.0, 1.0);
            ranges.check(FieldName::Impact, impact, 0.0, UNBOUNDED);
        }
    }
}

fn touchpoint_problems(
    touchpoint: &Touchpoint,
    stakeholders: &HashSet<StakeholderId>,
    settings: &Settings,
    problems: &mut Vec<Problem>,
) {
    let id = touchpoint.id;
    problems.extend(score_problems(id, touchpoint.importance, touchpoint.effort));
    let named = touchpoint
        .initiator
        .iter()
        .map(|s| (FieldName::Initiator, *s))
        .chain(
            touchpoint
                .participants
                .iter()
                .map(|s| (FieldName::Participants, *s)),
        )
        .chain(
            touchpoint
                .emotions
                .iter()
                .map(|e| (FieldName::Emotions, e.stakeholder)),
        )
        .chain(
            touchpoint
                .effects
                .iter()
                .map(|e| (FieldName::Effects, e.stakeholder)),
        );
    for (field, stakeholder) in named {
        if !stakeholders.contains(&stakeholder) {
            problems.push(Problem::MissingStakeholder {
                touchpoint: id,
                field,
                stakeholder,
            });
        }
    }
    if let Some(link) = &touchpoint.leads_to {
        if !is_library_id(link) {
            problems.push(Problem::BadJourneyLink(id));
        }
    }
    for emotion in &touchpoint.emotions {
        problems.extend(emotion_problem(id, emotion, settings.emotion_scale));
    }
    for (index, effect) in touchpoint.effects.iter().enumerate() {
        effect_problems(id, index, effect, problems);
    }
}
