//! Arbitrary sound journeys for property tests: every field varied, names hostile, numbers
//! at the edges (0.1, 1e-9, 1e12, -0.0), ids sparse and out of order, units of value of
//! every kind, and personas, KPIs, pain points, opportunities, loops, touchpoint flags and
//! links to other journeys.

use proptest::collection::vec;
use proptest::prelude::*;
use sightline_engine::{
    Anchor, Better, Channel, EffectKind, ElementKind, Emotion, EmotionScale, Insight, InsightId,
    InsightKind, Journey, Kpi, KpiId, Lane, Loop, LoopId, Measure, Persona, PersonaId, Rates,
    Relationship, Role, Settings, Side, Stage, Stakeholder, StakeholderId, Step, StepId,
    StepStanding, Thresholds, Touchpoint, TouchpointId, ValueEffect, Weights,
};

/// Names people type, and names that try to break things.
pub fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z ]{0,24}",
        "\\PC{0,16}",
        Just(String::new()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("Café 👩‍💻 Tōkyō — 日本語 🇫🇷".to_owned()),
        Just("=HYPERLINK(\"http://x\",\"y\")".to_owned()),
        Just("line\r\nbreak, \"quoted\"\t\0nul".to_owned()),
    ]
}

/// A non-negative amount: typed decimals, tiny and huge values, and negative zero.
pub fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.1),
        Just(1e-9),
        Just(1e12),
        Just(-0.0),
        Just(0.0),
        (0u32..10_000).prop_map(|n| f64::from(n) / 10.0),
        0.0..1e9f64,
    ]
}

/// A unit of value as people type it, from none to sixteen characters of anything printable.
pub fn unit() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("k€".to_owned()),
        Just("<b>&".to_owned()),
        Just("person-days 👩‍💻".to_owned()),
        "[a-z€$ ]{1,16}",
        "\\PC{1,16}",
    ]
}

/// A KPI's figure before it is brought into its measure's range: typed values, the edges of
/// every range, extremes and negative zero.
fn figure() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-0.0),
        Just(0.1),
        Just(1e-9),
        Just(1e12),
        Just(-100.0),
        Just(100.0),
        Just(f64::MAX),
        Just(f64::MIN),
        (0u32..1_000).prop_map(|n| f64::from(n) / 10.0),
        -1e6..1e6f64,
    ]
}

/// A library id, as a touchpoint's link names another journey.
fn library_id() -> impl Strategy<Value = String> {
    prop_oneof!["[a-f0-9]{11}-[a-f0-9]{8}", "[A-Za-z0-9_-]{1,64}"]
}

/// A share from 0 to 1.
fn share() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(1.0), Just(0.1), 0.0..=1.0f64]
}

/// Distinct ids in a shuffled order: sums of gaps, small or large.
fn ids(count: usize) -> impl Strategy<Value = Vec<u32>> {
    vec(prop_oneof![4 => 1u32..3, 1 => 1u32..1 << 27], count)
        .prop_map(|gaps| {
            gaps.iter()
                .scan(0u32, |id, gap| {
                    *id += gap;
                    Some(*id)
                })
                .collect::<Vec<_>>()
        })
        .prop_shuffle()
}

fn settings() -> impl Strategy<Value = Settings> {
    (
        0..Relationship::ALL.len(),
        [amount(), amount(), amount()],
        prop_oneof![Just(-2.0), Just(0.0), -1e6..1e6f64],
        prop_oneof![Just(4.0), Just(1e-9), 1e-3..1e6f64],
        share(),
        0.5..=1.0f64,
        share(),
        unit(),
    )
        .prop_map(
            |(
                relationship,
                [money, time, resources],
                min,
                width,
                unrealised,
                one_sided,
                narrow,
                value_unit,
            )| {
                Settings {
                    relationship: Relationship::ALL[relationship],
                    rates: Rates {
                        money,
                        time,
                        resources,
                    },
                    emotion_scale: EmotionScale {
                        min,
                        max: min + width,
                    },
                    thresholds: Thresholds {
                        unrealised_share: unrealised,
                        one_sided_share: one_sided,
                        narrow_zone_share: narrow,
                    },
                    value_unit,
                }
            },
        )
        .prop_filter("the scale keeps its width", |s| {
            s.emotion_scale.min < s.emotion_scale.max
        })
}

/// The parts of one touchpoint, with stakeholders and steps as positions to be resolved.
type TouchpointParts = (
    String,
    (usize, usize, usize, usize),
    (u8, u8),
    Option<usize>,
    Vec<usize>,
    Vec<(usize, f64)>,
    Vec<(usize, usize, (f64, f64, f64))>,
    ((bool, bool), Option<String>),
);

fn touchpoint_parts() -> impl Strategy<Value = TouchpointParts> {
    (
        name(),
        (any::<usize>(), 0..5usize, 0..7usize, 0..2usize),
        (1u8..=5, 1u8..=5),
        proptest::option::of(any::<usize>()),
        vec(any::<usize>(), 0..3),
        vec((any::<usize>(), share()), 0..3),
        vec(
            (any::<usize>(), 0..3usize, (amount(), share(), amount())),
            0..4,
        ),
        (
            (any::<bool>(), any::<bool>()),
            proptest::option::of(library_id()),
        ),
    )
}

/// The parts of the annotation lists, with what they name as positions to be resolved.
type ListParts = (
    (Vec<u32>, Vec<(usize, [String; 4])>),
    (
        Vec<u32>,
        Vec<(
            usize,
            usize,
            usize,
            Option<String>,
            String,
            [Option<f64>; 2],
        )>,
    ),
    (Vec<u32>, Vec<(usize, bool, usize, String, [u8; 3])>),
    (Vec<u32>, Vec<(usize, usize, String)>),
);

fn list_parts(
    personas: usize,
    kpis: usize,
    insights: usize,
    loops: usize,
) -> impl Strategy<Value = ListParts> {
    let score = || 1u8..=5;
    (
        (
            ids(personas),
            vec((any::<usize>(), [name(), name(), name(), name()]), personas),
        ),
        (
            ids(kpis),
            vec(
                (
                    any::<usize>(),
                    0..Measure::ALL.len(),
                    0..Better::ALL.len(),
                    proptest::option::of(name()),
                    unit(),
                    [
                        proptest::option::of(figure()),
                        proptest::option::of(figure()),
                    ],
                ),
                kpis,
            ),
        ),
        (
            ids(insights),
            vec(
                (
                    0..InsightKind::ALL.len(),
                    any::<bool>(),
                    any::<usize>(),
                    name(),
                    [score(), score(), score()],
                ),
                insights,
            ),
        ),
        (
            ids(loops),
            vec((any::<usize>(), any::<usize>(), name()), loops),
        ),
    )
}

/// A sound journey with every part of the model in use.
pub fn journey() -> impl Strategy<Value = Journey> {
    (
        1usize..8,
        0usize..5,
        0usize..12,
        [0usize..3, 0..5, 0..5, 0..3],
    )
        .prop_flat_map(
            |(steps, stakeholders, touchpoints, [personas, kpis, insights, loops])| {
                (
                    name(),
                    ids(steps),
                    vec((0..7usize, proptest::option::of(name())), steps),
                    ids(stakeholders),
                    vec(
                        (
                            name(),
                            (0..11usize, 0..3usize, 0u8..=10, 0u8..=10),
                            [amount(), amount(), amount()],
                            vec((any::<usize>(), 0u8..=10, 0u8..=10), 0..2),
                        ),
                        stakeholders,
                    ),
                    ids(touchpoints),
                    vec(touchpoint_parts(), touchpoints),
                    settings(),
                    list_parts(personas, kpis, insights, loops),
                )
            },
        )
        .prop_map(
            |(
                name,
                step_ids,
                step_parts,
                stakeholder_ids,
                stakeholder_parts,
                touchpoint_ids,
                touchpoint_parts,
                settings,
                list_parts,
            )| {
                let steps: Vec<Step> = step_ids
                    .iter()
                    .zip(step_parts)
                    .map(|(&id, (stage, custom_name))| Step {
                        id: StepId(id),
                        stage: Stage::ALL[stage],
                        custom_name,
                    })
                    .collect();
                let step_at = |n: usize| steps[n % steps.len()].id;
                let stakeholders: Vec<Stakeholder> = stakeholder_ids
                    .iter()
                    .zip(stakeholder_parts)
                    .map(
                        |(&id, (name, (role, side, influence, interest), [o, c, r], standings))| {
                            Stakeholder {
                                id: StakeholderId(id),
                                name,
                                role: Role::ALL[role],
                                side: Side::ALL[side],
                                influence,
                                interest,
                                standing_by_step: standings
                                    .into_iter()
                                    .map(|(step, influence, interest)| StepStanding {
                                        step: step_at(step),
                                        influence,
                                        interest,
                                    })
                                    .collect(),
                                weights: Weights {
                                    outcomes: o,
                                    costs: c,
                                    risks: r,
                                },
                            }
                        },
                    )
                    .collect();
                let who = |n: usize| stakeholders[n % stakeholders.len()].id;
                let scale = settings.emotion_scale;
                let touchpoints = touchpoint_ids
                    .iter()
                    .zip(touchpoint_parts)
                    .map(
                        |(
                            &id,
                            (
                                name,
                                (step, lane, channel, element),
                                (importance, effort),
                                initiator,
                                participants,
                                emotions,
                                effects,
                                ((fail_point, moment_of_truth), leads_to),
                            ),
                        )| {
                            let mut touchpoint = Touchpoint::new(
                                TouchpointId(id),
                                step_at(step),
                                Lane::ALL[lane],
                                name,
                            );
                            touchpoint.channel = Channel::ALL[channel];
                            touchpoint.element = ElementKind::ALL[element];
                            touchpoint.importance = importance;
                            touchpoint.effort = effort;
                            touchpoint.fail_point = fail_point;
                            touchpoint.moment_of_truth = moment_of_truth;
                            touchpoint.leads_to = leads_to;
                            if !stakeholders.is_empty() {
                                touchpoint.initiator = initiator.map(who);
                                touchpoint.participants =
                                    participants.into_iter().map(who).collect();
                                touchpoint.emotions = emotions
                                    .into_iter()
                                    .map(|(n, f)| Emotion {
                                        stakeholder: who(n),
                                        value: (scale.min + (scale.max - scale.min) * f)
                                            .clamp(scale.min, scale.max),
                                    })
                                    .collect();
                                touchpoint.effects = effects
                                    .into_iter()
                                    .map(|(n, aspect, (a, b, c))| ValueEffect {
                                        stakeholder: who(n),
                                        kind: match aspect {
                                            0 => EffectKind::Outcome {
                                                potential: a,
                                                realised: a * b,
                                            },
                                            1 => EffectKind::Cost {
                                                money: a,
                                                time: b,
                                                resources: c,
                                            },
                                            _ => EffectKind::Risk {
                                                probability: b,
                                                impact: c,
                                            },
                                        },
                                    })
                                    .collect();
                            }
                            touchpoint
                        },
                    )
                    .collect();
                let mut journey = Journey {
                    name,
                    steps,
                    stakeholders,
                    touchpoints,
                    settings,
                    personas: Vec::new(),
                    kpis: Vec::new(),
                    insights: Vec::new(),
                    loops: Vec::new(),
                };
                annotate(&mut journey, list_parts);
                journey
            },
        )
}

/// Fill a journey's annotation lists from their parts, naming only what the journey has.
fn annotate(journey: &mut Journey, (personas, kpis, insights, loops): ListParts) {
    let steps: Vec<StepId> = journey.steps.iter().map(|s| s.id).collect();
    let step_at = |n: usize| steps[n % steps.len()];
    let stakeholders: Vec<StakeholderId> = journey.stakeholders.iter().map(|s| s.id).collect();
    let touchpoints: Vec<TouchpointId> = journey.touchpoints.iter().map(|t| t.id).collect();
    if !stakeholders.is_empty() {
        journey.personas = personas
            .0
            .into_iter()
            .zip(personas.1)
            .map(|(id, (who, [name, job, goals, description]))| Persona {
                id: PersonaId(id),
                stakeholder: stakeholders[who % stakeholders.len()],
                name,
                job,
                goals,
                description,
            })
            .collect();
    }
    journey.kpis = kpis
        .0
        .into_iter()
        .zip(kpis.1)
        .map(
            |(id, (step, measure, better, label, unit, [target, actual]))| {
                let measure = Measure::ALL[measure];
                let (min, max) = measure.range();
                Kpi {
                    id: KpiId(id),
                    step: step_at(step),
                    measure,
                    label,
                    unit,
                    target: target.map(|figure| figure.clamp(min, max)),
                    actual: actual.map(|figure| figure.clamp(min, max)),
                    better: Better::ALL[better],
                }
            },
        )
        .collect();
    journey.insights = insights
        .0
        .into_iter()
        .zip(insights.1)
        .map(
            |(id, (kind, on_touchpoint, at, text, [customer_value, business_value, effort]))| {
                let on = if on_touchpoint && !touchpoints.is_empty() {
                    Anchor::Touchpoint(touchpoints[at % touchpoints.len()])
                } else {
                    Anchor::Step(step_at(at))
                };
                Insight {
                    id: InsightId(id),
                    kind: InsightKind::ALL[kind],
                    on,
                    text,
                    customer_value,
                    business_value,
                    effort,
                }
            },
        )
        .collect();
    journey.loops = loops
        .0
        .into_iter()
        .zip(loops.1)
        .map(|(id, (from, to, label))| Loop {
            id: LoopId(id),
            from: step_at(from),
            to: step_at(to),
            label,
        })
        .collect();
}

/// Every shipped document version, the sample and one synthetic journey of `size`: the
/// journeys every way out of the app must carry back unchanged.
pub fn fixtures(size: sightline_engine::Size) -> Vec<(&'static str, Journey)> {
    let shipped = |label, text: &str| {
        let journey = sightline_document::decode(text).unwrap_or_else(|e| panic!("{label}: {e:?}"));
        (label, journey)
    };
    vec![
        shipped("v1.json", include_str!("../fixtures/v1.json")),
        shipped("v2.json", include_str!("../fixtures/v2.json")),
        shipped("v3.json", include_str!("../fixtures/v3.json")),
        shipped("v4.json", include_str!("../fixtures/v4.json")),
        ("sample", sightline_english::sample_journey()),
        ("synthetic", sightline_engine::synthetic_journey(size)),
    ]
}
