//! Templates: every journey a user can start from is sound, fills the blueprint and gives the
//! value engine something to say.

use sightline_engine::{evaluate, journey_from, Figures, Journey, Lane, Problem, Side, Template};
use sightline_english::sample_journey;
use sightline_english::JOURNEY_TEXTS as ENGLISH;

/// The templates with content; the blank one has none by design.
fn worked_examples() -> impl Iterator<Item = (Template, Journey)> {
    Template::ALL
        .into_iter()
        .filter(|t| *t != Template::Blank)
        .map(|t| (t, journey_from(t, &ENGLISH)))
}

#[test]
fn every_template_is_sound() {
    for template in Template::ALL {
        let problems = journey_from(template, &ENGLISH).problems();
        assert_eq!(problems, Vec::<Problem>::new(), "{template:?}");
    }
}

#[test]
fn blank_is_the_seven_itil_steps_and_nothing_else() {
    assert_eq!(
        journey_from(Template::Blank, &ENGLISH),
        Journey::with_itil_steps("")
    );
}

#[test]
fn a_service_purchase_is_the_sample() {
    assert_eq!(
        journey_from(Template::B2bServicePurchase, &ENGLISH),
        sample_journey()
    );
}

#[test]
fn worked_examples_fill_every_step_and_every_lane() {
    for (template, journey) in worked_examples() {
        for step in &journey.steps {
            assert!(
                journey.touchpoints.iter().any(|t| t.step == step.id),
                "{template:?}: step {:?} is empty",
                step.custom_name
            );
        }
        for lane in Lane::ALL {
            assert!(
                journey.touchpoints.iter().any(|t| t.lane == lane),
                "{template:?}: lane {lane:?} is empty"
            );
        }
    }
}

#[test]
fn worked_examples_have_stakeholders_on_both_sides_with_effects_and_emotions() {
    for (template, journey) in worked_examples() {
        for side in [Side::Consumer, Side::Provider] {
            let on_side = journey.stakeholders.iter().filter(|s| s.side == side);
            assert!(on_side.count() >= 2, "{template:?}: {side:?}");
        }
        for stakeholder in &journey.stakeholders {
            let affected = journey
                .touchpoints
                .iter()
                .flat_map(|t| &t.effects)
                .any(|e| e.stakeholder == stakeholder.id);
            assert!(affected, "{template:?}: {} has no effect", stakeholder.name);
        }
        let emotions = journey.touchpoints.iter().flat_map(|t| &t.emotions).count();
        let scored = journey.touchpoints.iter().filter(|t| t.importance != 3);
        assert!(emotions >= 3 && scored.count() >= 3, "{template:?}");
    }
}

#[test]
fn worked_examples_evaluate_to_numbers_and_findings() {
    let finite = |f: &Figures| {
        [f.outcome, f.potential, f.cost, f.risk, f.value, f.leakage]
            .iter()
            .all(|x| x.is_finite())
    };
    for (template, journey) in worked_examples() {
        let valuation = evaluate(&journey);
        assert!(finite(&valuation.total), "{template:?}");
        assert!(valuation.by_stakeholder.iter().all(finite), "{template:?}");
        for step in &valuation.steps {
            assert!(step.by_stakeholder.iter().all(finite), "{template:?}");
            assert!(step.emotion.iter().flatten().all(|e| e.is_finite()));
        }
        assert!(valuation.total.value != 0.0 && valuation.total.leakage > 0.0);
        assert!(!valuation.findings.is_empty(), "{template:?} says nothing");
    }
}

#[test]
fn every_template_round_trips_through_json() {
    for template in Template::ALL {
        let journey = journey_from(template, &ENGLISH);
        let json = serde_json::to_string(&journey).unwrap();
        let back: Journey = serde_json::from_str(&json).unwrap();
        assert_eq!(back, journey, "{template:?}");
        // To the float bit, which `Debug` spells out and `==` does not (`-0.0 == 0.0`).
        assert_eq!(format!("{back:?}"), format!("{journey:?}"));
    }
}

#[test]
fn template_keys_are_distinct_and_in_picker_order() {
    for (position, template) in Template::ALL.into_iter().enumerate() {
        assert_eq!(template.index(), position);
    }
    let keys: Vec<&str> = Template::ALL.into_iter().map(Template::key).collect();
    assert_eq!(
        keys,
        [
            "blank",
            "b2b-service-purchase",
            "incident-resolution",
            "saas-onboarding"
        ]
    );
}

/// The content templates state their amounts in thousands of euros, so their charts say so.
#[test]
fn content_templates_name_their_unit_of_value() {
    for template in [
        Template::B2bServicePurchase,
        Template::IncidentResolution,
        Template::SaasOnboarding,
    ] {
        assert_eq!(
            journey_from(template, &ENGLISH).settings.value_unit,
            "k€",
            "{template:?}"
        );
    }
    assert_eq!(
        journey_from(Template::Blank, &ENGLISH).settings.value_unit,
        ""
    );
}

/// A designer starting from a worked example sees every kind of annotation filled in: a
/// persona, a missed KPI, a pain point or opportunity and a way back.
#[test]
fn worked_examples_show_personas_missed_kpis_insights_and_loops() {
    for (template, journey) in worked_examples() {
        assert!(!journey.personas.is_empty(), "{template:?} has no persona");
        let missed = journey
            .kpis
            .iter()
            .any(|kpi| kpi.status() == sightline_engine::KpiStatus::Missed);
        assert!(missed, "{template:?} misses no KPI");
        assert!(!journey.insights.is_empty(), "{template:?} notes nothing");
        let back = journey
            .loops
            .iter()
            .all(|l| journey.step_position(l.to) < journey.step_position(l.from));
        assert!(
            !journey.loops.is_empty() && back,
            "{template:?} never goes back"
        );
    }
}
