//! The stored document: round trips, every shipped version, and every way a text can be wrong.

use sightline_document::{decode, encode, encode_pretty, LoadError, FORMAT, VERSION};
use sightline_engine::{
    synthetic_journey, Anchor, Better, Edit, FieldName, Insight, InsightId, InsightKind, Journey,
    Kpi, KpiId, ListEdit, Loop, LoopId, Measure, Persona, PersonaId, Place, Problem, Settings,
    Size, StakeholderId, StepId, TouchpointId, Weights,
};
use sightline_english::sample_journey;

#[test]
fn sample_journey_round_trips_through_the_document_format() {
    let journey = sample_journey();
    let text = encode(&journey);
    assert!(text.starts_with(&format!(r#"{{"format":"{FORMAT}","version":{VERSION},"#)));
    assert_eq!(decode(&text), Ok(journey));
}

/// A journey stored and read back must be equal to itself, floats to the last bit: the
/// default JSON parser was off by one ulp on some, so a reload changed figures.
#[test]
fn every_fixture_round_trips_exactly_through_the_document_format() {
    let synthetic = synthetic_journey(Size {
        steps: 70,
        touchpoints: 500,
        stakeholders: 20,
        effects: 1_000,
    });
    for (label, text) in [
        ("v1.json", include_str!("fixtures/v1.json").to_owned()),
        ("v2.json", include_str!("fixtures/v2.json").to_owned()),
        ("v3.json", include_str!("fixtures/v3.json").to_owned()),
        ("v4.json", include_str!("fixtures/v4.json").to_owned()),
        ("synthetic", encode(&synthetic)),
    ] {
        let journey = decode(&text).expect("fixture loads");
        assert_eq!(decode(&encode(&journey)), Ok(journey), "{label}");
    }
    assert_eq!(decode(&encode(&synthetic)), Ok(synthetic));
}

/// Each format version that ever shipped keeps a fixture, and each must still load.
#[test]
fn version_1_fixture_loads_with_neutral_value_fields() {
    let journey = decode(include_str!("fixtures/v1.json")).expect("v1 fixture loads");
    assert_eq!(journey.name, "Mobile telephony for Acme Corp");
    assert_eq!(journey.steps.len(), 7);
    assert_eq!(journey.touchpoints.len(), 26);
    assert_eq!(journey.stakeholders.len(), 7);
    assert_eq!(journey.settings, Settings::default());
    let stakeholder = &journey.stakeholders[0];
    assert_eq!((stakeholder.influence, stakeholder.interest), (5, 5));
    assert_eq!(stakeholder.weights, Weights::default());
    let touchpoint = &journey.touchpoints[0];
    assert_eq!((touchpoint.importance, touchpoint.effort), (3, 3));
    assert!(journey
        .touchpoints
        .iter()
        .all(|t| t.effects.is_empty() && t.emotions.is_empty()));
}

#[test]
fn version_2_fixture_loads_with_its_value_model() {
    let journey = decode(include_str!("fixtures/v2.json")).expect("v2 fixture loads");
    assert_eq!(journey.touchpoints.len(), 29);
    let effects: usize = journey.touchpoints.iter().map(|t| t.effects.len()).sum();
    assert_eq!(effects, 38);
    assert_eq!(journey.stakeholders[2].weights.costs, 2.0);
    assert_eq!(
        journey.settings.value_unit, "",
        "version 2 had no unit of value"
    );
}

#[test]
fn version_3_fixture_loads_with_its_unit_of_value() {
    let journey = decode(include_str!("fixtures/v3.json")).expect("v3 fixture loads");
    assert_eq!(journey, sample_as_version_3_knew_it());
    assert_eq!(journey.settings.value_unit, "k€");
}

/// The sample without what came with version 4 (the sample itself gained personas, KPIs,
/// pain points and opportunities, loops and flags then).
fn sample_as_version_3_knew_it() -> Journey {
    let mut journey = sample_journey();
    journey.personas.clear();
    journey.kpis.clear();
    journey.insights.clear();
    journey.loops.clear();
    for touchpoint in &mut journey.touchpoints {
        touchpoint.fail_point = false;
        touchpoint.moment_of_truth = false;
        touchpoint.leads_to = None;
    }
    journey
}

/// The sample with something in every field version 4 added, built through the edits a
/// user makes. `fixtures/v4.json` is this journey as `encode_pretty` wrote it when version 4
/// shipped, and `fixtures/link-v3.txt` its link as `encode_link` wrote it then.
fn annotated_sample() -> Journey {
    let mut journey = sample_as_version_3_knew_it();
    let (it_manager, employees) = (StakeholderId(1), StakeholderId(4));
    let (offer, agree, onboard, co_create, realize) =
        (StepId(3), StepId(4), StepId(5), StepId(6), StepId(7));
    let discovery_meeting = TouchpointId(6);
    let (port_numbers, support_line, savings_report) =
        (TouchpointId(19), TouchpointId(23), TouchpointId(28));
    let kpi = |id, step, measure, label: Option<&str>, unit: &str, target, actual, better| {
        Edit::Kpi(ListEdit::Add(Kpi {
            id: KpiId(id),
            step,
            measure,
            label: label.map(str::to_owned),
            unit: unit.to_owned(),
            target,
            actual,
            better,
        }))
    };
    let insight = |id, kind, on, text: &str, [customer_value, business_value, effort]: [u8; 3]| {
        Edit::Insight(ListEdit::Add(Insight {
            id: InsightId(id),
            kind,
            on,
            text: text.to_owned(),
            customer_value,
            business_value,
            effort,
        }))
    };
    let (pain, opportunity) = (InsightKind::PainPoint, InsightKind::Opportunity);
    let edits = [
        Edit::Persona(ListEdit::Add(Persona {
            id: PersonaId(1),
            stakeholder: it_manager,
            name: "Claire, IT manager".to_owned(),
            job: "Runs IT for 400 staff on three sites".to_owned(),
            goals: "One contract, one bill, fewer tickets".to_owned(),
            description: "Compares offers in a spreadsheet; was burned by roaming fees before."
                .to_owned(),
        })),
        Edit::Persona(ListEdit::Add(Persona::new(
            PersonaId(2),
            employees,
            "Sam, field sales",
        ))),
        kpi(
            1,
            agree,
            Measure::Duration,
            Some("Time to signature"),
            "days",
            Some(10.0),
            Some(14.0),
            Better::Lower,
        ),
        kpi(
            2,
            onboard,
            Measure::Ces,
            None,
            "",
            Some(5.5),
            None,
            Better::Higher,
        ),
        kpi(
            3,
            co_create,
            Measure::Nps,
            None,
            "",
            Some(30.0),
            Some(-12.5),
            Better::Higher,
        ),
        kpi(
            4,
            co_create,
            Measure::CostToServe,
            None,
            "k€",
            None,
            Some(3.2),
            Better::Lower,
        ),
        kpi(
            5,
            realize,
            Measure::Csat,
            None,
            "/ 5",
            Some(4.5),
            Some(4.6),
            Better::Higher,
        ),
        kpi(
            6,
            onboard,
            Measure::Custom,
            Some("Lines live on day one"),
            "%",
            Some(95.0),
            Some(88.5),
            Better::Higher,
        ),
        kpi(
            7,
            co_create,
            Measure::Custom,
            Some("Tickets per 100 users"),
            "",
            None,
            None,
            Better::Lower,
        ),
        insight(
            1,
            pain,
            Anchor::Touchpoint(port_numbers),
            "Numbers ported a day late: staff without phones",
            [5, 4, 3],
        ),
        insight(
            2,
            pain,
            Anchor::Step(agree),
            "Terms go back and forth three times",
            [4, 3, 2],
        ),
        insight(
            3,
            opportunity,
            Anchor::Step(co_create),
            "Self-service portal for allowances",
            [3, 4, 4],
        ),
        insight(
            4,
            opportunity,
            Anchor::Touchpoint(savings_report),
            "Show savings against the old contract",
            [4, 5, 1],
        ),
        Edit::Loop(ListEdit::Add(Loop {
            id: LoopId(1),
            from: agree,
            to: offer,
            label: "Terms rejected".to_owned(),
        })),
        Edit::Loop(ListEdit::Add(Loop {
            id: LoopId(2),
            from: realize,
            to: co_create,
            label: String::new(),
        })),
        Edit::SetFlags {
            id: port_numbers,
            fail_point: true,
            moment_of_truth: false,
        },
        Edit::SetFlags {
            id: discovery_meeting,
            fail_point: false,
            moment_of_truth: true,
        },
        Edit::SetFlags {
            id: support_line,
            fail_point: true,
            moment_of_truth: true,
        },
        Edit::SetLeadsTo {
            id: support_line,
            journey: Some("18c4a2f9e10-5b3e9d01".to_owned()),
        },
    ];
    for edit in edits {
        journey
            .apply(edit.clone())
            .unwrap_or_else(|e| panic!("{edit:?}: {e:?}"));
    }
    journey
}

#[test]
fn version_4_fixture_is_the_sample_with_every_annotation() {
    let text = include_str!("fixtures/v4.json");
    assert!(text.contains("\"version\": 4,\n"));
    let journey = decode(text).expect("v4 fixture loads");
    assert_eq!(journey, annotated_sample());
    // Something in every field version 4 added.
    assert_eq!(journey.personas.len(), 2);
    let measures: Vec<Measure> = journey.kpis.iter().map(|kpi| kpi.measure).collect();
    assert!(Measure::ALL.iter().all(|m| measures.contains(m)));
    let figures = |kpi: &Kpi| (kpi.target.is_some(), kpi.actual.is_some());
    for set in [(true, true), (true, false), (false, true), (false, false)] {
        assert!(
            journey.kpis.iter().any(|kpi| figures(kpi) == set),
            "{set:?}"
        );
    }
    for kind in InsightKind::ALL {
        let on = |kpi: &Insight| matches!(kpi.on, Anchor::Touchpoint(_));
        let of_kind = journey.insights.iter().filter(|i| i.kind == kind);
        assert_eq!(of_kind.clone().filter(|i| on(i)).count(), 1, "{kind:?}");
        assert_eq!(of_kind.filter(|i| !on(i)).count(), 1, "{kind:?}");
    }
    assert_eq!(journey.loops.len(), 2);
    let flagged = |f: fn(&sightline_engine::Touchpoint) -> bool| {
        journey.touchpoints.iter().filter(|t| f(t)).count()
    };
    assert_eq!(flagged(|t| t.fail_point), 2);
    assert_eq!(flagged(|t| t.moment_of_truth), 2);
    assert_eq!(flagged(|t| t.leads_to.is_some()), 1);
}

/// What version 4 added is left out when empty, so a journey without it is written as
/// version 3 wrote it: the sample's file is the version 3 fixture but for the version.
#[test]
fn a_journey_without_annotations_is_written_as_version_3_wrote_it() {
    let file = encode_pretty(&sample_as_version_3_knew_it());
    let version_3 = include_str!("fixtures/v3.json").replacen(
        "\"version\": 3,",
        &format!("\"version\": {VERSION},"),
        1,
    );
    assert_eq!(file.trim_end(), version_3.trim_end());
}

#[test]
fn a_link_to_another_journey_that_is_not_a_library_id_is_refused_on_load() {
    let text = encode(&annotated_sample());
    let hostile = text.replacen(
        r#""linked_journey":"18c4a2f9e10-5b3e9d01""#,
        r#""linked_journey":"javascript:alert(1)""#,
        1,
    );
    assert_ne!(hostile, text);
    assert_eq!(
        problems_of(&hostile),
        [Problem::BadJourneyLink(TouchpointId(23))]
    );
}

#[test]
fn an_unknown_measure_is_a_bad_field_with_its_path() {
    let text = encode(&annotated_sample());
    let bad = text.replacen(r#""measure":"nps""#, r#""measure":"vibes""#, 1);
    assert_ne!(bad, text);
    assert_eq!(
        decode(&bad),
        Err(LoadError::BadField {
            path: "journey.kpis[2].measure".into()
        })
    );
}

/// An empty unit is left out, so a journey without one writes what version 2 wrote.
#[test]
fn a_journey_without_a_unit_writes_no_unit_field() {
    let mut journey = sample_journey();
    assert!(encode(&journey).contains(r#""value_unit":"k€""#));
    journey.settings.value_unit.clear();
    assert!(!encode(&journey).contains("value_unit"));
}

#[test]
fn a_unit_of_value_that_breaks_the_rules_is_refused_on_load() {
    let long = sample_with(
        r#""value_unit":"k€""#,
        r#""value_unit":"thousands of euros""#,
    );
    assert_eq!(
        problems_of(&long),
        [Problem::ValueUnitTooLong { chars: 18 }]
    );
    let broken = sample_with(r#""value_unit":"k€""#, r#""value_unit":"k€\n""#);
    assert_eq!(problems_of(&broken), [Problem::ValueUnitControlCharacter]);
}

#[test]
fn garbage_is_reported_as_not_json_with_its_position() {
    assert_eq!(
        decode("{not json"),
        Err(LoadError::NotJson { line: 1, column: 2 })
    );
    let truncated = &encode(&sample_journey())[..200];
    assert!(matches!(decode(truncated), Err(LoadError::NotJson { .. })));
}

#[test]
fn other_json_is_not_a_journey() {
    for text in [
        "[]",
        "42",
        r#"{"format":"excalidraw","version":1}"#,
        r#"{"journey":{}}"#,
    ] {
        assert_eq!(decode(text), Err(LoadError::NotAJourney), "{text}");
    }
}

#[test]
fn a_document_from_a_newer_sightline_is_refused_not_half_read() {
    let text =
        encode(&sample_journey()).replacen(&format!(r#""version":{VERSION}"#), r#""version":7"#, 1);
    assert_eq!(decode(&text), Err(LoadError::NewerVersion(7)));
}

#[test]
fn a_bad_field_is_named_by_its_path() {
    let text = encode(&sample_journey()).replacen(
        r#""lane":"provider-backstage""#,
        r#""lane":"attic""#,
        1,
    );
    assert_eq!(
        decode(&text),
        Err(LoadError::BadField {
            path: "journey.touchpoints[2].lane".into()
        })
    );
    let text =
        encode(&sample_journey()).replacen(r#""name":"Mobile telephony for Acme Corp","#, "", 1);
    assert_eq!(
        decode(&text),
        Err(LoadError::BadField {
            path: "journey".into()
        })
    );
}

#[test]
fn a_journey_that_breaks_an_invariant_is_unsound() {
    let mut journey = sample_journey();
    journey.touchpoints[0].step = StepId(77);
    assert_eq!(
        decode(&encode(&journey)),
        Err(LoadError::Unsound(vec![Problem::TouchpointInMissingStep {
            touchpoint: TouchpointId(1),
            step: StepId(77)
        }]))
    );
}

/// Replace the first occurrence of `from` in the sample's document, which must exist.
fn sample_with(from: &str, to: &str) -> String {
    let text = encode(&sample_journey());
    assert!(text.contains(from), "the sample has {from}");
    text.replacen(from, to, 1)
}

fn problems_of(text: &str) -> Vec<Problem> {
    match decode(text) {
        Err(LoadError::Unsound(problems)) => problems,
        other => panic!("expected an unsound journey, got {other:?}"),
    }
}

#[test]
fn a_negative_impact_is_refused_with_its_field() {
    let problems = problems_of(&sample_with(
        r#""probability":0.2,"impact":10.0"#,
        r#""probability":0.2,"impact":-10.0"#,
    ));
    assert_eq!(
        problems,
        [Problem::OutOfRange {
            at: Place::Effect(TouchpointId(10), 0),
            field: FieldName::Impact,
            value: -10.0,
            min: 0.0,
            max: f64::INFINITY
        }]
    );
}

#[test]
fn a_probability_above_one_is_refused_with_its_field() {
    let problems = problems_of(&sample_with(r#""probability":0.2"#, r#""probability":1.4"#));
    assert!(matches!(
        problems.as_slice(),
        [Problem::OutOfRange {
            at: Place::Effect(TouchpointId(10), 0),
            field: FieldName::Probability,
            ..
        }]
    ));
}

#[test]
fn realised_above_potential_is_refused() {
    let problems = problems_of(&sample_with(
        r#""potential":10.0,"realised":8.0"#,
        r#""potential":10.0,"realised":18.0"#,
    ));
    assert_eq!(
        problems,
        [Problem::RealisedAbovePotential {
            touchpoint: TouchpointId(6),
            effect: 0
        }]
    );
}

#[test]
fn an_effect_for_a_missing_stakeholder_is_refused() {
    let mut journey = sample_journey();
    journey.touchpoints[0].effects[0].stakeholder = StakeholderId(99);
    assert_eq!(
        problems_of(&encode(&journey)),
        [Problem::MissingStakeholder {
            touchpoint: TouchpointId(1),
            field: FieldName::Effects,
            stakeholder: StakeholderId(99)
        }]
    );
}

#[test]
fn a_wrong_aspect_is_a_bad_field_with_its_path() {
    let text = sample_with(r#""aspect":"risk""#, r#""aspect":"luck""#);
    assert_eq!(
        decode(&text),
        Err(LoadError::BadField {
            path: "journey.touchpoints[9].effects[0]".into()
        })
    );
}
