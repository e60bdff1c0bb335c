//! The value engine against figures worked out by hand, and its invariants as properties.

use proptest::prelude::*;
use sightline_engine::{
    evaluate, EffectKind, EffortQuadrant, Finding, FindingKind, Journey, Lane, MapQuadrant, Rates,
    Relationship, Role, Settings, Side, Stage, Stakeholder, StakeholderId, StepId, Touchpoint,
    TouchpointId, Valuation, ValueEffect, Weights,
};
use sightline_english::sample_journey;

/// Stakeholders of the sample, in order.
const IT: usize = 0;
const COMMS: usize = 1;
const CFO: usize = 2;
const EMPLOYEES: usize = 3;
const OPERATOR: usize = 4;
const SUPPLIER: usize = 6;

fn step(stage: Stage) -> StepId {
    StepId(stage.index() as u32 + 1)
}

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() <= 1e-9 * expected.abs().max(1.0)
}

#[track_caller]
fn assert_close(actual: f64, expected: f64, what: &str) {
    assert!(
        close(actual, expected),
        "{what}: {actual} is not {expected}"
    );
}

/// V(k,s) of the sample for every step (rows) and stakeholder (columns), worked out by hand
/// from `sample.rs`: time costs 2 a day, the CFO weighs costs twice, the IT manager risks twice.
///
/// Explore:   IT −2·2 = −4; Operator −5.
/// Engage:    IT 8 − 1·2 = 6; Operator 6; Account team −1·2 = −2.
/// Offer:     IT 12; Operator −3 − 0.2·10 = −5.
/// Agree:     IT −3·2 − 2·(0.3·20) = −18; Comms −2·2 = −4; CFO −2·(1·2) = −4;
///            Operator 50 − 4 = 46; Account team −3·2 = −6.
/// Onboard:   Comms 8 − 2·2 = 4; Employees 6 − 1·2 − 0.1·20 = 2;
///            Operator 12 − 6 − 10 = −4; Account team −2·2 = −4; Handset supplier 15.
/// Co-create: Employees 30 − 1·2 = 28; CFO −2·12 = −24; Operator 30 − 5 − 8 − 0.05·40 = 15.
/// Realize:   IT −2·2 − 1·2 = −6; Operator −1 − 1 = −2; Account team −1·2 = −2.
const SAMPLE_V: [[f64; 7]; 7] = [
    [-4.0, 0.0, 0.0, 0.0, -5.0, 0.0, 0.0],
    [6.0, 0.0, 0.0, 0.0, 6.0, -2.0, 0.0],
    [12.0, 0.0, 0.0, 0.0, -5.0, 0.0, 0.0],
    [-18.0, -4.0, -4.0, 0.0, 46.0, -6.0, 0.0],
    [0.0, 4.0, 0.0, 2.0, -4.0, -4.0, 15.0],
    [0.0, 0.0, -24.0, 28.0, 15.0, 0.0, 0.0],
    [-6.0, 0.0, 0.0, 0.0, -2.0, -2.0, 0.0],
];

#[test]
fn sample_value_of_every_step_and_stakeholder() {
    let valuation = evaluate(&sample_journey());
    for (k, row) in SAMPLE_V.iter().enumerate() {
        for (s, expected) in row.iter().enumerate() {
            let actual = valuation.steps[k].by_stakeholder[s].value;
            assert_close(actual, *expected, &format!("V(step {k}, stakeholder {s})"));
        }
    }
    let step_values: Vec<f64> = valuation.steps.iter().map(|s| s.total.value).collect();
    let expected = [-9.0, 10.0, 7.0, 14.0, 13.0, 19.0, -10.0];
    for (actual, expected) in step_values.iter().zip(expected) {
        assert_close(*actual, expected, "V(k)");
    }
    assert_close(valuation.total.value, 44.0, "journey value");
}

#[test]
fn sample_leakage_is_the_weighted_unrealised_potential() {
    let valuation = evaluate(&sample_journey());
    // Only three cells leave potential unrealised: IT in Engage (10 − 8) and Offer (20 − 12),
    // Employees in Onboard (10 − 6) and Co-create (40 − 30).
    let mut leaks = Vec::new();
    for (k, step) in valuation.steps.iter().enumerate() {
        for (s, figures) in step.by_stakeholder.iter().enumerate() {
            if figures.leakage != 0.0 {
                leaks.push((k, s, figures.leakage));
            }
        }
    }
    assert_eq!(
        leaks,
        [
            (1, IT, 2.0),
            (2, IT, 8.0),
            (4, EMPLOYEES, 4.0),
            (5, EMPLOYEES, 10.0)
        ]
    );
    assert_close(valuation.total.leakage, 24.0, "journey leakage");
}

#[test]
fn sample_sides_totals_and_cumulative_curves() {
    let valuation = evaluate(&sample_journey());
    let agree = &valuation.steps[Stage::Agree.index()];
    assert_close(agree.by_side.consumer.value, -26.0, "consumer in Agree");
    assert_close(agree.by_side.provider.value, 40.0, "provider in Agree");
    assert_close(agree.by_side.other.value, 0.0, "others in Agree");
    // Consumer: −4 + 6 + 12 − 26 + 6 + 4 − 6 = −8; provider: −5 + 4 − 5 + 40 + 7 + 15 − 4 = 52.
    assert_close(
        valuation.by_side.consumer.value,
        -8.0,
        "consumer over the journey",
    );
    assert_close(
        valuation.by_side.provider.value,
        52.0,
        "provider over the journey",
    );
    let it_curve = [-4.0, 2.0, 14.0, -4.0, -4.0, -4.0, -10.0];
    for (actual, expected) in valuation.cumulative[IT].iter().zip(it_curve) {
        assert_close(*actual, expected, "IT manager's cumulative value");
    }
    assert_close(
        valuation.by_stakeholder[OPERATOR].value,
        51.0,
        "operator's journey value",
    );
    // Costs and risks are reported before weighting: the CFO's 12 of money stays 12.
    let co_create = &valuation.steps[Stage::CoCreate.index()];
    assert_close(
        co_create.by_stakeholder[CFO].cost,
        12.0,
        "CFO's cost in Co-create",
    );
    assert_close(
        co_create.by_stakeholder[OPERATOR].risk,
        2.0,
        "operator's risk in Co-create",
    );
    assert_close(
        valuation.by_stakeholder[SUPPLIER].outcome,
        15.0,
        "supplier's outcome",
    );
}

#[test]
fn sample_findings_one_of_each_kind_at_least() {
    let valuation = evaluate(&sample_journey());
    let f = |kind, stage, stakeholder: Option<usize>, side, amount| Finding {
        kind,
        step: step(stage),
        stakeholder: stakeholder.map(|s| StakeholderId(s as u32 + 1)),
        side,
        amount,
    };
    let expected = [
        f(FindingKind::RemovesValue, Stage::Explore, None, None, -9.0),
        f(FindingKind::NoInteraction, Stage::Explore, None, None, 4.0),
        f(
            FindingKind::UnrealisedPotential,
            Stage::Offer,
            Some(IT),
            None,
            8.0,
        ),
        // Offer: the consumer gains 12 while the provider loses 5.
        f(
            FindingKind::OneSidedBenefit,
            Stage::Offer,
            None,
            Some(Side::Consumer),
            17.0,
        ),
        // Agree: the provider gains 40 while the consumer loses 26.
        f(
            FindingKind::OneSidedBenefit,
            Stage::Agree,
            None,
            Some(Side::Provider),
            66.0,
        ),
        f(
            FindingKind::UnrealisedPotential,
            Stage::Onboard,
            Some(EMPLOYEES),
            None,
            4.0,
        ),
        f(FindingKind::RemovesValue, Stage::Realize, None, None, -10.0),
        f(
            FindingKind::RealizeWithoutOutcome,
            Stage::Realize,
            None,
            None,
            -10.0,
        ),
        // 11 of 29 activities are in the zone; Explore has none there.
        f(
            FindingKind::NarrowZone,
            Stage::Explore,
            None,
            None,
            11.0 / 29.0,
        ),
    ];
    assert_eq!(
        valuation.findings.len(),
        expected.len(),
        "{:#?}",
        valuation.findings
    );
    for (actual, expected) in valuation.findings.iter().zip(&expected) {
        assert_eq!(
            (actual.kind, actual.step, actual.stakeholder, actual.side),
            (
                expected.kind,
                expected.step,
                expected.stakeholder,
                expected.side
            )
        );
        assert_close(
            actual.amount,
            expected.amount,
            &format!("{:?} amount", actual.kind),
        );
    }
}

#[test]
fn sample_map_visibility_experience_and_effort() {
    let journey = sample_journey();
    let valuation = evaluate(&journey);
    let explore = &valuation.steps[Stage::Explore.index()];
    let agree = &valuation.steps[Stage::Agree.index()];
    assert_eq!(explore.map[CFO], MapQuadrant::KeepSatisfied);
    assert_eq!(
        agree.map[CFO],
        MapQuadrant::ManageClosely,
        "the CFO's standing in Agree"
    );
    assert_eq!(explore.map[IT], MapQuadrant::ManageClosely);
    assert_eq!(explore.map[EMPLOYEES], MapQuadrant::KeepInformed);
    assert_eq!(explore.map[SUPPLIER], MapQuadrant::Monitor);

    assert_eq!(
        (
            explore.visibility.hidden_by_consumer,
            explore.visibility.in_zone,
            explore.visibility.hidden_by_provider
        ),
        (2, 0, 2)
    );
    let overall = valuation.visibility;
    assert_eq!(
        (
            overall.hidden_by_consumer,
            overall.in_zone,
            overall.hidden_by_provider
        ),
        (7, 11, 11)
    );

    // Emotions on −2…+2: Employees feel +1 then −2 in Co-create, a mean of −0.5, or −0.25;
    // the IT manager's −1 while negotiating is −0.5, the lowest point.
    let co_create = &valuation.steps[Stage::CoCreate.index()];
    assert_eq!(co_create.emotion[EMPLOYEES], Some(-0.25));
    assert_eq!(agree.emotion[CFO], Some(0.0));
    assert_eq!(agree.emotion[COMMS], None);
    let low = valuation
        .lowest_emotion
        .expect("the sample records emotions");
    assert_eq!(
        (low.step, low.stakeholder, low.emotion),
        (step(Stage::Agree), StakeholderId(1), -0.5)
    );

    assert_eq!(
        (valuation.elements.outcome, valuation.elements.process),
        (2, 27)
    );
    let quadrant_of = |name: &str| {
        let id = journey
            .touchpoints
            .iter()
            .find(|t| t.name == name)
            .expect("in the sample")
            .id;
        valuation
            .importance_effort
            .iter()
            .find(|(t, _)| *t == id)
            .map(|(_, q)| *q)
    };
    assert_eq!(
        quadrant_of("Onboarding workshop"),
        Some(EffortQuadrant::MisdirectedEffort)
    );
    assert_eq!(
        quadrant_of("Business support line"),
        Some(EffortQuadrant::Neglected)
    );
    assert_eq!(
        quadrant_of("Employees call and use data"),
        Some(EffortQuadrant::WellInvested)
    );
    assert_eq!(quadrant_of("Legal review"), Some(EffortQuadrant::KeptLean));
}

/// A small journey built for this test: two steps, a customer and a provider, non-unit rates
/// and weights, so every term of the formulas shows.
fn small_journey() -> Journey {
    let mut journey = Journey::with_itil_steps("Two-step test");
    journey.steps.truncate(2);
    journey.settings = Settings {
        rates: Rates {
            money: 1.0,
            time: 10.0,
            resources: 3.0,
        },
        relationship: Relationship::Cooperative,
        ..Settings::default()
    };
    let customer = Stakeholder {
        weights: Weights {
            outcomes: 2.0,
            costs: 1.0,
            risks: 0.5,
        },
        ..Stakeholder::new(StakeholderId(1), "Customer", Role::Customer, Side::Consumer)
    };
    let provider = Stakeholder::new(StakeholderId(2), "Provider", Role::Provider, Side::Provider);
    journey.stakeholders = vec![customer, provider];
    let effect = |s: u32, kind| ValueEffect {
        stakeholder: StakeholderId(s),
        kind,
    };
    journey.touchpoints = vec![
        Touchpoint {
            effects: vec![
                effect(
                    1,
                    EffectKind::Outcome {
                        potential: 10.0,
                        realised: 4.0,
                    },
                ),
                effect(
                    1,
                    EffectKind::Cost {
                        money: 1.0,
                        time: 0.5,
                        resources: 2.0,
                    },
                ),
                effect(
                    1,
                    EffectKind::Risk {
                        probability: 0.5,
                        impact: 8.0,
                    },
                ),
                effect(
                    2,
                    EffectKind::Cost {
                        money: 3.0,
                        time: 0.0,
                        resources: 0.0,
                    },
                ),
            ],
            ..Touchpoint::new(TouchpointId(1), StepId(1), Lane::ProviderFrontstage, "Demo")
        },
        Touchpoint {
            effects: vec![effect(
                2,
                EffectKind::Outcome {
                    potential: 5.0,
                    realised: 5.0,
                },
            )],
            ..Touchpoint::new(
                TouchpointId(2),
                StepId(2),
                Lane::ProviderBackstage,
                "Invoice",
            )
        },
    ];
    journey
}

#[test]
fn small_journey_figures_by_hand() {
    let valuation = evaluate(&small_journey());
    // Step 1, customer: O = 4, P = 10, C = 1 + 0.5·10 + 2·3 = 12, R = 0.5·8 = 4.
    // V = 2·4 − 1·12 − 0.5·4 = −6; L = 2·(10 − 4) = 12.
    let customer = valuation.steps[0].by_stakeholder[0];
    assert_eq!(
        (
            customer.outcome,
            customer.potential,
            customer.cost,
            customer.risk
        ),
        (4.0, 10.0, 12.0, 4.0)
    );
    assert_eq!((customer.value, customer.leakage), (-6.0, 12.0));
    // Step 1, provider: C = 3, V = −3. Step 2, provider: O = P = 5, V = 5.
    assert_eq!(valuation.steps[0].by_stakeholder[1].value, -3.0);
    assert_eq!(valuation.steps[1].by_stakeholder[1].value, 5.0);
    assert_eq!(valuation.steps[1].by_stakeholder[0].value, 0.0);
    assert_eq!(
        valuation
            .steps
            .iter()
            .map(|s| s.total.value)
            .collect::<Vec<_>>(),
        [-9.0, 5.0]
    );
    assert_eq!(valuation.cumulative, [vec![-6.0, -6.0], vec![-3.0, 2.0]]);
    assert_eq!(valuation.total.value, -4.0);

    // Step 1 removes 9; the customer leaves 60 % of its potential unrealised (above 30 %).
    // Step 2: the provider gains 5 while the customer neither gains nor loses, so no
    // one-sided finding; its only touchpoint is backstage, so there is no interaction.
    // A cooperative relationship is never judged for a narrow zone.
    let kinds: Vec<(FindingKind, StepId, f64)> = valuation
        .findings
        .iter()
        .map(|f| (f.kind, f.step, f.amount))
        .collect();
    assert_eq!(
        kinds,
        [
            (FindingKind::RemovesValue, StepId(1), -9.0),
            (FindingKind::UnrealisedPotential, StepId(1), 12.0),
            (FindingKind::NoInteraction, StepId(2), 1.0),
        ]
    );
}

#[test]
fn a_partnership_with_all_benefit_on_one_side_is_flagged() {
    let mut journey = small_journey();
    journey.settings.relationship = Relationship::Partnership;
    // Step 2: the provider gains 5, the customer 1 (outcome 0.5 weighted 2): 5/6 > 0.8.
    journey.touchpoints[1].effects.push(ValueEffect {
        stakeholder: StakeholderId(1),
        kind: EffectKind::Outcome {
            potential: 0.5,
            realised: 0.5,
        },
    });
    let valuation = evaluate(&journey);
    let one_sided: Vec<&Finding> = valuation
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::OneSidedBenefit)
        .collect();
    assert_eq!(one_sided.len(), 1);
    assert_eq!(
        (one_sided[0].step, one_sided[0].side, one_sided[0].amount),
        (StepId(2), Some(Side::Provider), 4.0)
    );
    // One of two activities is in the zone: 0.5 is not below the 0.4 threshold.
    assert!(valuation
        .findings
        .iter()
        .all(|f| f.kind != FindingKind::NarrowZone));
}

#[test]
fn an_empty_journey_values_to_zero_and_finds_only_missing_interaction() {
    let journey = Journey::with_itil_steps("Empty");
    let valuation = evaluate(&journey);
    assert_eq!(valuation.total.value, 0.0);
    assert_eq!(valuation.lowest_emotion, None);
    assert!(valuation.findings.iter().all(|f| matches!(
        f.kind,
        FindingKind::NoInteraction | FindingKind::RealizeWithoutOutcome
    )));
    assert_eq!(
        valuation.findings.len(),
        8,
        "seven steps without interaction, Realize untracked"
    );
}

// ---- Properties ----

fn any_kind() -> impl Strategy<Value = EffectKind> {
    let amount = 0.0..1_000.0f64;
    prop_oneof![
        (amount.clone(), 0.0..=1.0f64).prop_map(|(potential, share)| EffectKind::Outcome {
            potential,
            realised: potential * share,
        }),
        (amount.clone(), amount.clone(), amount.clone()).prop_map(|(money, time, resources)| {
            EffectKind::Cost {
                money,
                time,
                resources,
            }
        }),
        (0.0..=1.0f64, amount).prop_map(|(probability, impact)| EffectKind::Risk {
            probability,
            impact
        }),
    ]
}

/// A random sound journey: the seven steps, up to 6 stakeholders with random weights, and
/// touchpoints with random effects.
fn any_journey() -> impl Strategy<Value = Journey> {
    let stakeholders =
        proptest::collection::vec((0.0..3.0f64, 0.0..3.0f64, 0.0..3.0f64, 0..3u8), 1..6);
    let touchpoints = proptest::collection::vec(
        (
            1..=7u32,
            0..5usize,
            proptest::collection::vec((0..6u32, any_kind()), 0..5),
        ),
        0..25,
    );
    (stakeholders, touchpoints).prop_map(|(stakeholders, touchpoints)| {
        let mut journey = Journey::with_itil_steps("Random");
        let count = stakeholders.len() as u32;
        journey.stakeholders = stakeholders
            .into_iter()
            .zip(1..)
            .map(|((outcomes, costs, risks, side), id)| Stakeholder {
                weights: Weights {
                    outcomes,
                    costs,
                    risks,
                },
                ..Stakeholder::new(
                    StakeholderId(id),
                    format!("S{id}"),
                    Role::Other,
                    [Side::Consumer, Side::Provider, Side::Other][side as usize],
                )
            })
            .collect();
        journey.touchpoints = touchpoints
            .into_iter()
            .zip(1..)
            .map(|((step, lane, effects), id)| Touchpoint {
                effects: effects
                    .into_iter()
                    .map(|(s, kind)| ValueEffect {
                        stakeholder: StakeholderId(s % count + 1),
                        kind,
                    })
                    .collect(),
                ..Touchpoint::new(
                    TouchpointId(id),
                    StepId(step),
                    Lane::ALL[lane],
                    format!("T{id}"),
                )
            })
            .collect();
        journey
    })
}

proptest! {
    #[test]
    fn an_effect_with_zero_amounts_changes_nothing(journey in any_journey(), which in 0..3usize, at in any::<prop::sample::Index>()) {
        prop_assume!(!journey.touchpoints.is_empty());
        let before = evaluate(&journey);
        let mut changed = journey.clone();
        let kind = [
            EffectKind::Outcome { potential: 0.0, realised: 0.0 },
            EffectKind::Cost { money: 0.0, time: 0.0, resources: 0.0 },
            EffectKind::Risk { probability: 0.0, impact: 0.0 },
        ][which];
        let touchpoint = at.index(changed.touchpoints.len());
        changed.touchpoints[touchpoint].effects.push(ValueEffect { stakeholder: StakeholderId(1), kind });
        let after = evaluate(&changed);
        prop_assert_eq!(&before.steps.iter().map(|s| &s.by_stakeholder).collect::<Vec<_>>(), &after.steps.iter().map(|s| &s.by_stakeholder).collect::<Vec<_>>());
        // Only "Realize tracks no outcome" may change, since a zero outcome is still tracked.
        let without_realize = |v: &Valuation| v.findings.iter().filter(|f| f.kind != FindingKind::RealizeWithoutOutcome).copied().collect::<Vec<_>>();
        prop_assert_eq!(without_realize(&before), without_realize(&after));
    }

    #[test]
    fn reordering_stakeholders_or_touchpoints_changes_no_per_stakeholder_figure(journey in any_journey(), seed in any::<u64>()) {
        let before = evaluate(&journey);
        let mut shuffled = journey.clone();
        // A deterministic shuffle from the seed: rotate both lists, then reverse touchpoints.
        let n = shuffled.stakeholders.len();
        shuffled.stakeholders.rotate_left((seed as usize) % n);
        if !shuffled.touchpoints.is_empty() {
            let m = shuffled.touchpoints.len();
            shuffled.touchpoints.rotate_left((seed as usize / 7) % m);
        }
        if seed % 2 == 0 {
            shuffled.touchpoints.reverse();
        }
        let after = evaluate(&shuffled);
        for (id, figures) in before.stakeholders.iter().zip(0..) {
            let moved = after.stakeholders.iter().position(|s| s == id).expect("same stakeholders");
            for (x, y) in before.steps.iter().zip(&after.steps) {
                let (p, q) = (&x.by_stakeholder[figures], &y.by_stakeholder[moved]);
                prop_assert!(close(p.value, q.value) && close(p.leakage, q.leakage), "{:?} vs {:?}", p, q);
            }
        }
    }

    #[test]
    fn value_is_linear_in_each_effects_amounts(journey in any_journey(), factor in 0.0..10.0f64) {
        // Scaling every amount (not probabilities) by a factor scales every V and L by it.
        let mut scaled = journey.clone();
        for effect in scaled.touchpoints.iter_mut().flat_map(|t| &mut t.effects) {
            effect.kind = match effect.kind {
                EffectKind::Outcome { potential, realised } => EffectKind::Outcome { potential: potential * factor, realised: realised * factor },
                EffectKind::Cost { money, time, resources } => EffectKind::Cost { money: money * factor, time: time * factor, resources: resources * factor },
                EffectKind::Risk { probability, impact } => EffectKind::Risk { probability, impact: impact * factor },
            };
        }
        let (before, after) = (evaluate(&journey), evaluate(&scaled));
        for (x, y) in before.steps.iter().zip(&after.steps) {
            for (p, q) in x.by_stakeholder.iter().zip(&y.by_stakeholder) {
                prop_assert!((p.value * factor - q.value).abs() <= 1e-6 * (1.0 + q.value.abs()), "{} · {} vs {}", p.value, factor, q.value);
                prop_assert!((p.leakage * factor - q.leakage).abs() <= 1e-6 * (1.0 + q.leakage.abs()));
            }
        }
    }

    #[test]
    fn leakage_is_never_negative_and_findings_point_at_existing_steps(journey in any_journey()) {
        let valuation = evaluate(&journey);
        for step in &valuation.steps {
            for figures in &step.by_stakeholder {
                prop_assert!(figures.leakage >= 0.0, "leakage {}", figures.leakage);
            }
        }
        for finding in &valuation.findings {
            prop_assert!(journey.step(finding.step).is_some(), "{:?}", finding);
            if let Some(stakeholder) = finding.stakeholder {
                prop_assert!(journey.stakeholders.iter().any(|s| s.id == stakeholder));
            }
        }
    }
}

/// The benchmark journey must have the size it claims, be sound, and give findings, so that
/// the benchmark measures real work.
#[test]
fn the_synthetic_benchmark_journey_has_its_size_and_is_sound() {
    let journey = sightline_engine::synthetic_journey(sightline_engine::Size::BENCHMARK);
    assert_eq!(journey.steps.len(), 1_000);
    assert_eq!(journey.touchpoints.len(), 10_000);
    assert_eq!(journey.stakeholders.len(), 50);
    let effects: usize = journey.touchpoints.iter().map(|t| t.effects.len()).sum();
    assert_eq!(effects, 30_000);
    assert_eq!(journey.problems(), Vec::new());
    let valuation = evaluate(&journey);
    assert_eq!(valuation.steps.len(), 1_000);
    assert!(!valuation.findings.is_empty());
}
