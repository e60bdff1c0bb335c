//! Strategies for property tests over edits: every kind of [`Edit`], naming things that may
//! or may not exist and values inside and outside their ranges, so that both the applied and
//! the refused paths are exercised.

use proptest::prelude::*;
use sightline_engine::{synthetic_journey, Size};
use sightline_engine::{
    Anchor, Better, Channel, Edit, EffectKind, ElementKind, EmotionScale, Insight, InsightId,
    InsightKind, Kpi, KpiId, Lane, ListEdit, Loop, LoopId, Measure, Persona, PersonaId, Rates,
    Relationship, Role, Settings, Side, Stage, Stakeholder, StakeholderId, StepId, StepStanding,
    Thresholds, TouchpointId, ValueEffect, Weights,
};

fn any_lane() -> impl Strategy<Value = Lane> {
    proptest::sample::select(Lane::ALL.to_vec())
}

fn any_channel() -> impl Strategy<Value = Channel> {
    proptest::sample::select(Channel::ALL.to_vec())
}

/// Effects with amounts inside and outside their ranges, so refusals are exercised.
fn any_effect_kind() -> impl Strategy<Value = EffectKind> {
    prop_oneof![
        (-5.0..50.0f64, -5.0..50.0f64).prop_map(|(potential, realised)| EffectKind::Outcome {
            potential,
            realised
        }),
        (-5.0..50.0f64, 0.0..5.0f64).prop_map(|(money, time)| EffectKind::Cost {
            money,
            time,
            resources: 0.0
        }),
        (-0.5..1.5f64, -5.0..50.0f64).prop_map(|(probability, impact)| EffectKind::Risk {
            probability,
            impact
        }),
    ]
}

fn any_effect() -> impl Strategy<Value = ValueEffect> {
    (0u32..10, any_effect_kind()).prop_map(|(s, kind)| ValueEffect {
        stakeholder: StakeholderId(s),
        kind,
    })
}

/// A stakeholder whose standing may be out of range (above 10).
fn any_stakeholder() -> impl Strategy<Value = Stakeholder> {
    (
        0u32..12,
        ".{0,8}",
        proptest::sample::select(Role::ALL.to_vec()),
        proptest::sample::select(Side::ALL.to_vec()),
        0u8..12,
        0u8..12,
        proptest::option::of((1u32..8, 0u8..11, 0u8..11)),
        0.0..3.0f64,
    )
        .prop_map(
            |(id, name, role, side, influence, interest, standing, costs)| {
                let mut stakeholder = Stakeholder::new(StakeholderId(id), name, role, side);
                stakeholder.influence = influence;
                stakeholder.interest = interest;
                stakeholder.standing_by_step = standing
                    .map(|(step, influence, interest)| StepStanding {
                        step: StepId(step),
                        influence,
                        interest,
                    })
                    .into_iter()
                    .collect();
                stakeholder.weights = Weights {
                    costs,
                    ..Weights::default()
                };
                stakeholder
            },
        )
}

/// Settings whose emotion scale may be narrower than recorded emotions, or inverted, and
/// whose unit of value may be too long or hold control characters.
fn any_settings() -> impl Strategy<Value = Settings> {
    (
        proptest::sample::select(Relationship::ALL.to_vec()),
        0.0..3.0f64,
        -4.0..0.5f64,
        -0.5..4.0f64,
        0.4..1.0f64,
        prop_oneof![Just(String::new()), Just("k€".to_owned()), ".{0,20}"],
    )
        .prop_map(
            |(relationship, time, min, max, one_sided_share, value_unit)| Settings {
                relationship,
                rates: Rates {
                    time,
                    ..Rates::default()
                },
                emotion_scale: EmotionScale { min, max },
                thresholds: Thresholds {
                    one_sided_share,
                    ..Thresholds::default()
                },
                value_unit,
            },
        )
}

/// An edit of any kind that may or may not name something that exists.
pub fn any_edit() -> impl Strategy<Value = Edit> {
    let touchpoint = || (1u32..40).prop_map(TouchpointId);
    let stakeholder = || (0u32..10).prop_map(StakeholderId);
    let step = (1u32..10).prop_map(StepId);
    prop_oneof![
        (touchpoint(), step.clone(), any_lane(), ".{0,12}").prop_map(|(id, step, lane, name)| {
            Edit::AddTouchpoint {
                id,
                step,
                lane,
                name,
            }
        }),
        (touchpoint(), ".{0,12}").prop_map(|(id, name)| Edit::RenameTouchpoint { id, name }),
        (touchpoint(), any_channel()).prop_map(|(id, channel)| Edit::SetChannel { id, channel }),
        (touchpoint(), any_lane()).prop_map(|(id, lane)| Edit::SetLane { id, lane }),
        (
            touchpoint(),
            step.clone(),
            any_lane(),
            proptest::option::of(touchpoint())
        )
            .prop_map(|(id, step, lane, before)| Edit::MoveTouchpoint {
                id,
                step,
                lane,
                before
            }),
        touchpoint().prop_map(|id| Edit::DeleteTouchpoint { id }),
        (step, ".{0,12}").prop_map(|(id, name)| Edit::RenameStep { id, name }),
        ".{0,12}".prop_map(|name| Edit::RenameJourney { name }),
        (
            touchpoint(),
            proptest::sample::select(ElementKind::ALL.to_vec())
        )
            .prop_map(|(id, element)| Edit::SetElement { id, element }),
        (touchpoint(), 0u8..7, 0u8..7).prop_map(|(id, importance, effort)| Edit::SetScores {
            id,
            importance,
            effort
        }),
        (touchpoint(), proptest::option::of(stakeholder()))
            .prop_map(|(id, initiator)| Edit::SetInitiator { id, initiator }),
        (touchpoint(), stakeholder(), any::<bool>()).prop_map(|(id, stakeholder, takes_part)| {
            Edit::SetParticipation {
                id,
                stakeholder,
                takes_part,
            }
        }),
        (
            touchpoint(),
            stakeholder(),
            proptest::option::of(-3.0..3.0f64)
        )
            .prop_map(|(id, stakeholder, value)| Edit::SetEmotion {
                id,
                stakeholder,
                value
            }),
        (touchpoint(), any_effect()).prop_map(|(id, effect)| Edit::AddEffect { id, effect }),
        (touchpoint(), 0usize..4, any_effect()).prop_map(|(id, index, effect)| Edit::SetEffect {
            id,
            index,
            effect
        }),
        (touchpoint(), 0usize..4).prop_map(|(id, index)| Edit::RemoveEffect { id, index }),
        any_stakeholder().prop_map(Edit::AddStakeholder),
        any_stakeholder().prop_map(Edit::SetStakeholder),
        stakeholder().prop_map(|id| Edit::RemoveStakeholder { id }),
        any_settings().prop_map(Edit::SetSettings),
        any_step_edit(),
        (touchpoint(), any::<bool>(), any::<bool>()).prop_map(
            |(id, fail_point, moment_of_truth)| Edit::SetFlags {
                id,
                fail_point,
                moment_of_truth
            }
        ),
        (
            touchpoint(),
            proptest::option::of(prop_oneof!["[a-z0-9-]{1,12}", ".{0,12}"])
        )
            .prop_map(|(id, journey)| Edit::SetLeadsTo { id, journey }),
        any_list_edit(any_persona(), (1u32..5).prop_map(PersonaId)).prop_map(Edit::Persona),
        any_list_edit(any_kpi(), (1u32..5).prop_map(KpiId)).prop_map(Edit::Kpi),
        any_list_edit(any_insight(), (1u32..5).prop_map(InsightId)).prop_map(Edit::Insight),
        any_list_edit(any_loop(), (1u32..5).prop_map(LoopId)).prop_map(Edit::Loop),
        any_replacement(),
    ]
}

/// A whole journey put in place of the one edited (a version restored): a small sound one,
/// or one without steps, which is refused.
fn any_replacement() -> impl Strategy<Value = Edit> {
    (0usize..4, 0usize..8, 1usize..4, 0usize..10).prop_map(
        |(steps, touchpoints, stakeholders, effects)| {
            let mut journey = synthetic_journey(Size {
                steps: steps.max(1),
                touchpoints,
                stakeholders,
                effects,
            });
            if steps == 0 {
                journey.steps.clear();
                journey.touchpoints.clear();
            }
            Edit::ReplaceJourney(Box::new(journey))
        },
    )
}

/// Adding, moving, re-anchoring and removing steps, naming steps that may not exist.
fn any_step_edit() -> impl Strategy<Value = Edit> {
    let step = || (1u32..12).prop_map(StepId);
    let stage = proptest::sample::select(Stage::ALL.to_vec());
    prop_oneof![
        (
            step(),
            stage.clone(),
            ".{0,8}",
            proptest::option::of(step())
        )
            .prop_map(|(id, stage, name, before)| Edit::AddStep {
                id,
                stage,
                name,
                before
            }),
        (step(), proptest::option::of(step()))
            .prop_map(|(id, before)| Edit::MoveStep { id, before }),
        (step(), stage).prop_map(|(id, stage)| Edit::SetStage { id, stage }),
        step().prop_map(|id| Edit::RemoveStep { id }),
    ]
}

/// Adding, replacing or removing an item of an annotation list.
fn any_list_edit<T: std::fmt::Debug + Clone, Id: std::fmt::Debug + Clone>(
    item: impl Strategy<Value = T> + Clone,
    id: impl Strategy<Value = Id>,
) -> impl Strategy<Value = ListEdit<T, Id>> {
    prop_oneof![
        item.clone().prop_map(ListEdit::Add),
        item.prop_map(ListEdit::Set),
        id.prop_map(ListEdit::Remove),
    ]
}

fn any_persona() -> impl Strategy<Value = Persona> + Clone {
    (1u32..5, 0u32..10, ".{0,8}", ".{0,8}").prop_map(|(id, stakeholder, name, goals)| {
        let mut persona = Persona::new(PersonaId(id), StakeholderId(stakeholder), name);
        persona.goals = goals;
        persona
    })
}

/// KPIs whose figures may lie outside their measure's range and whose unit may be too long.
fn any_kpi() -> impl Strategy<Value = Kpi> + Clone {
    (
        1u32..5,
        1u32..10,
        proptest::sample::select(Measure::ALL.to_vec()),
        proptest::option::of(-150.0..150.0f64),
        proptest::option::of(-150.0..150.0f64),
        prop_oneof![Just(String::new()), Just("days".to_owned()), ".{0,20}"],
        any::<bool>(),
    )
        .prop_map(|(id, step, measure, target, actual, unit, higher)| {
            let mut kpi = Kpi::new(KpiId(id), StepId(step), measure);
            kpi.target = target;
            kpi.actual = actual;
            kpi.unit = unit;
            kpi.better = if higher {
                Better::Higher
            } else {
                Better::Lower
            };
            kpi
        })
}

/// Insights on steps or touchpoints that may not exist, with scores that may be out of range.
fn any_insight() -> impl Strategy<Value = Insight> + Clone {
    (
        1u32..5,
        proptest::sample::select(InsightKind::ALL.to_vec()),
        prop_oneof![
            (1u32..10).prop_map(|s| Anchor::Step(StepId(s))),
            (1u32..40).prop_map(|t| Anchor::Touchpoint(TouchpointId(t))),
        ],
        ".{0,8}",
        (0u8..7, 0u8..7, 0u8..7),
    )
        .prop_map(|(id, kind, on, text, (customer, business, effort))| {
            let mut insight = Insight::new(InsightId(id), kind, on, text);
            insight.customer_value = customer;
            insight.business_value = business;
            insight.effort = effort;
            insight
        })
}

fn any_loop() -> impl Strategy<Value = Loop> + Clone {
    (1u32..5, 1u32..10, 1u32..10, ".{0,8}").prop_map(|(id, from, to, label)| Loop {
        id: LoopId(id),
        from: StepId(from),
        to: StepId(to),
        label,
    })
}
