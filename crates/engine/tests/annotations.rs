//! Steps added, moved and removed; personas, KPIs, pain points and opportunities, loops and
//! touchpoint flags: what each edit does, what it refuses, and what removing a step,
//! touchpoint or stakeholder takes along and undo brings back.

use sightline_engine::{
    prioritise, Anchor, Better, Edit, EditError, FieldName, Group, History, Insight, InsightId,
    InsightKind, Journey, Kpi, KpiId, KpiStatus, ListEdit, Loop, LoopId, Measure, Persona,
    PersonaId, Place, PriorityQuadrant, Problem, Stage, StakeholderId, Step, StepId, TouchpointId,
};
use sightline_english::sample_journey;

fn apply(journey: &mut Journey, history: &mut History, edit: Edit) {
    history
        .apply(journey, edit, None, 0.0)
        .expect("the edit applies");
}

fn stage_names(journey: &Journey) -> Vec<(u32, Stage)> {
    journey.steps.iter().map(|s| (s.id.0, s.stage)).collect()
}

#[test]
fn a_custom_step_goes_between_two_steps_and_steps_reorder_with_their_touchpoints() {
    let mut journey = sample_journey();
    let start = journey.clone();
    let mut history = History::new();
    let agree = journey.steps[3].id;
    let id = journey.next_id::<Step>();
    apply(
        &mut journey,
        &mut history,
        Edit::AddStep {
            id,
            stage: Stage::Offer,
            name: "  Legal review ".into(),
            before: Some(agree),
        },
    );
    assert_eq!(journey.steps[3].id, id);
    assert_eq!(
        journey.steps[3].custom_name.as_deref(),
        Some("Legal review")
    );
    assert_eq!(journey.steps[4].id, agree);

    // Explore to the end: its touchpoints still name it, so they go with it.
    let explore = journey.steps[0].id;
    let explore_touchpoints = journey
        .touchpoints
        .iter()
        .filter(|t| t.step == explore)
        .count();
    apply(
        &mut journey,
        &mut history,
        Edit::MoveStep {
            id: explore,
            before: None,
        },
    );
    assert_eq!(journey.steps.last().map(|s| s.id), Some(explore));
    assert_eq!(
        journey
            .touchpoints
            .iter()
            .filter(|t| t.step == explore)
            .count(),
        explore_touchpoints
    );
    // And back before what is now the first step.
    let first = journey.steps[0].id;
    apply(
        &mut journey,
        &mut history,
        Edit::MoveStep {
            id: explore,
            before: Some(first),
        },
    );
    assert_eq!(journey.steps[0].id, explore);
    apply(
        &mut journey,
        &mut history,
        Edit::SetStage {
            id,
            stage: Stage::Agree,
        },
    );
    assert_eq!(journey.steps[3].stage, Stage::Agree);

    while history.undo(&mut journey) {}
    assert_eq!(journey, start);
    assert_eq!(stage_names(&journey), stage_names(&start));
}

#[test]
fn a_step_cannot_go_before_itself_and_the_last_step_cannot_go() {
    let mut journey = Journey::with_itil_steps("J");
    let first = journey.steps[0].id;
    assert_eq!(
        journey.apply(Edit::MoveStep {
            id: first,
            before: Some(first)
        }),
        Err(EditError::BeforeItself(first))
    );
    assert_eq!(
        journey.apply(Edit::AddStep {
            id: first,
            stage: Stage::Explore,
            name: String::new(),
            before: None
        }),
        Err(EditError::DuplicateStep(first))
    );
    for step in journey.steps.clone().into_iter().skip(1) {
        journey
            .apply(Edit::RemoveStep { id: step.id })
            .expect("not the last");
    }
    assert_eq!(
        journey.apply(Edit::RemoveStep { id: first }),
        Err(EditError::LastStep)
    );
    assert_eq!(journey.steps.len(), 1);
}

/// The sample with its own notes replaced by one of each annotation on its Agree step and a
/// touchpoint there.
fn annotated_sample() -> (Journey, StepId, TouchpointId) {
    let mut journey = sample_journey();
    journey.personas.clear();
    journey.kpis.clear();
    journey.insights.clear();
    journey.loops.clear();
    let agree = journey.steps[3].id;
    let touchpoint = journey
        .touchpoints
        .iter()
        .find(|t| t.step == agree)
        .map(|t| t.id)
        .expect("the sample has touchpoints in Agree");
    let stakeholder = journey.stakeholders[0].id;
    let stakeholder_standing = sightline_engine::StepStanding {
        step: agree,
        influence: 9,
        interest: 9,
    };
    let mut someone = journey.stakeholders[1].clone();
    someone.standing_by_step.push(stakeholder_standing);
    let edits = [
        Edit::SetStakeholder(someone),
        Edit::Persona(ListEdit::Add(Persona::new(
            PersonaId(1),
            stakeholder,
            "Claire",
        ))),
        Edit::Kpi(ListEdit::Add(Kpi::new(KpiId(1), agree, Measure::Duration))),
        Edit::Insight(ListEdit::Add(Insight::new(
            InsightId(1),
            InsightKind::PainPoint,
            Anchor::Step(agree),
            "Contract takes weeks",
        ))),
        Edit::Insight(ListEdit::Add(Insight::new(
            InsightId(2),
            InsightKind::Opportunity,
            Anchor::Touchpoint(touchpoint),
            "E-signature",
        ))),
        Edit::Loop(ListEdit::Add(Loop {
            id: LoopId(1),
            from: agree,
            to: journey.steps[2].id,
            label: "Offer rejected".into(),
        })),
    ];
    for edit in edits {
        journey.apply(edit).expect("sound");
    }
    assert!(journey.problems().is_empty());
    (journey, agree, touchpoint)
}

#[test]
fn removing_a_step_takes_everything_that_names_it_and_undo_brings_it_back_in_place() {
    let (mut journey, agree, touchpoint) = annotated_sample();
    let start = journey.clone();
    let mut history = History::new();
    apply(&mut journey, &mut history, Edit::RemoveStep { id: agree });
    assert!(journey.step(agree).is_none());
    assert!(journey.touchpoint(touchpoint).is_none());
    assert!(journey.touchpoints.iter().all(|t| t.step != agree));
    assert!(journey.kpis.is_empty());
    assert!(journey.insights.is_empty());
    assert!(journey.loops.is_empty());
    assert!(journey.stakeholders.iter().all(|s| s
        .standing_by_step
        .iter()
        .all(|standing| standing.step != agree)));
    assert_eq!(journey.personas.len(), 1, "a persona names no step");
    assert!(journey.problems().is_empty());

    assert!(history.undo(&mut journey));
    assert_eq!(journey, start);
    assert!(history.redo(&mut journey));
    assert!(journey.step(agree).is_none());
}

#[test]
fn deleting_a_touchpoint_takes_its_insights_and_removing_a_stakeholder_its_personas() {
    let (mut journey, _, touchpoint) = annotated_sample();
    let start = journey.clone();
    let mut history = History::new();
    apply(
        &mut journey,
        &mut history,
        Edit::DeleteTouchpoint { id: touchpoint },
    );
    assert_eq!(journey.insights.len(), 1, "the step's pain point stays");
    assert_eq!(journey.insights[0].id, InsightId(1));
    let claire = journey.personas[0].stakeholder;
    apply(
        &mut journey,
        &mut history,
        Edit::RemoveStakeholder { id: claire },
    );
    assert!(journey.personas.is_empty());
    assert!(journey.problems().is_empty());
    while history.undo(&mut journey) {}
    assert_eq!(journey, start);
}

#[test]
fn annotations_naming_what_does_not_exist_or_out_of_range_are_refused() {
    let (mut journey, agree, _) = annotated_sample();
    let before = journey.clone();
    let refusals = [
        Edit::Persona(ListEdit::Add(Persona::new(
            PersonaId(9),
            StakeholderId(999),
            "Nobody's",
        ))),
        Edit::Kpi(ListEdit::Add(Kpi::new(
            KpiId(9),
            StepId(999),
            Measure::Csat,
        ))),
        Edit::Insight(ListEdit::Add(Insight::new(
            InsightId(9),
            InsightKind::Opportunity,
            Anchor::Touchpoint(TouchpointId(999)),
            "x",
        ))),
        Edit::Loop(ListEdit::Add(Loop {
            id: LoopId(9),
            from: agree,
            to: StepId(999),
            label: String::new(),
        })),
    ];
    for edit in refusals {
        let error = journey.apply(edit).expect_err("refused");
        assert!(
            matches!(&error, EditError::Invalid(p) if matches!(p[..], [Problem::MissingReference { .. }])),
            "{error:?}"
        );
    }
    let mut nps = Kpi::new(KpiId(1), agree, Measure::Nps);
    nps.actual = Some(140.0);
    assert_eq!(
        journey.apply(Edit::Kpi(ListEdit::Set(nps))),
        Err(EditError::Invalid(vec![Problem::OutOfRange {
            at: Place::Kpi(KpiId(1)),
            field: FieldName::Actual,
            value: 140.0,
            min: -100.0,
            max: 100.0,
        }]))
    );
    let mut long_unit = Kpi::new(KpiId(1), agree, Measure::Custom);
    long_unit.unit = "working days and nights".into();
    assert!(journey.apply(Edit::Kpi(ListEdit::Set(long_unit))).is_err());
    let mut zero_effort = Insight::new(
        InsightId(1),
        InsightKind::PainPoint,
        Anchor::Step(agree),
        "x",
    );
    zero_effort.effort = 0;
    assert!(journey
        .apply(Edit::Insight(ListEdit::Set(zero_effort)))
        .is_err());
    assert_eq!(
        journey.apply(Edit::Persona(ListEdit::Add(Persona::new(
            PersonaId(1),
            StakeholderId(1),
            "Twin"
        )))),
        Err(EditError::DuplicateItem(Place::Persona(PersonaId(1))))
    );
    assert_eq!(
        journey.apply(Edit::Loop(ListEdit::Remove(LoopId(7)))),
        Err(EditError::NoSuchItem(Place::Loop(LoopId(7))))
    );
    assert_eq!(journey, before);
}

#[test]
fn a_kpi_is_missed_when_its_actual_falls_short_of_its_target_in_its_direction() {
    let mut kpi = Kpi::new(KpiId(1), StepId(1), Measure::Csat);
    assert_eq!(kpi.better, Better::Higher);
    assert_eq!(kpi.status(), KpiStatus::Unknown);
    kpi.target = Some(4.0);
    assert_eq!(kpi.status(), KpiStatus::Unknown);
    kpi.actual = Some(3.6);
    assert_eq!(kpi.status(), KpiStatus::Missed);
    kpi.actual = Some(4.0);
    assert_eq!(kpi.status(), KpiStatus::Met);

    let mut duration = Kpi::new(KpiId(2), StepId(1), Measure::Duration);
    assert_eq!(duration.better, Better::Lower);
    duration.target = Some(5.0);
    duration.actual = Some(8.0);
    assert_eq!(duration.status(), KpiStatus::Missed);
    duration.actual = Some(2.0);
    assert_eq!(duration.status(), KpiStatus::Met);
}

#[test]
fn the_usual_direction_follows_the_measure_and_one_the_user_chose_stays() {
    let mut kpi = Kpi::new(KpiId(1), StepId(1), Measure::Csat);
    kpi.set_measure(Measure::Duration);
    assert_eq!(
        (kpi.measure, kpi.better),
        (Measure::Duration, Better::Lower)
    );
    kpi.set_measure(Measure::Nps);
    assert_eq!((kpi.measure, kpi.better), (Measure::Nps, Better::Higher));
    kpi.set_measure(Measure::Custom);
    assert_eq!(
        kpi.better,
        Better::Higher,
        "same usual direction, nothing to follow"
    );

    // Lower CSAT is better here, say a complaint rate named by the user: that stays.
    let mut chosen = Kpi::new(KpiId(2), StepId(1), Measure::Csat);
    chosen.better = Better::Lower;
    chosen.set_measure(Measure::Ces);
    assert_eq!(
        (chosen.measure, chosen.better),
        (Measure::Ces, Better::Lower)
    );
    let mut faster = Kpi::new(KpiId(3), StepId(1), Measure::Duration);
    faster.better = Better::Higher;
    faster.set_measure(Measure::CostToServe);
    assert_eq!(faster.better, Better::Higher);
}

#[test]
fn pain_points_and_opportunities_rank_quick_wins_first_then_by_value_per_effort() {
    let mut journey = Journey::with_itil_steps("J");
    let step = journey.steps[0].id;
    // (customer value, business value, effort)
    let scores = [
        (2, 2, 5),
        (5, 5, 5),
        (4, 4, 1),
        (5, 4, 2),
        (1, 1, 1),
        (3, 3, 2),
    ];
    for (n, (customer, business, effort)) in (1..).zip(scores) {
        let mut insight = Insight::new(
            InsightId(n),
            InsightKind::Opportunity,
            Anchor::Step(step),
            "",
        );
        insight.customer_value = customer;
        insight.business_value = business;
        insight.effort = effort;
        journey
            .apply(Edit::Insight(ListEdit::Add(insight)))
            .expect("sound");
    }
    let ranked: Vec<(u32, PriorityQuadrant)> = prioritise(&journey)
        .into_iter()
        .map(|p| (p.insight.0, p.quadrant))
        .collect();
    assert_eq!(
        ranked,
        [
            (3, PriorityQuadrant::QuickWin),     // 4 / 1
            (4, PriorityQuadrant::QuickWin),     // 4.5 / 2
            (2, PriorityQuadrant::MajorProject), // 5 / 5
            (6, PriorityQuadrant::FillIn),       // 3 / 2
            (5, PriorityQuadrant::FillIn),       // 1 / 1
            (1, PriorityQuadrant::MoneyPit),     // 2 / 5
        ]
    );
}

#[test]
fn flags_and_links_to_other_journeys_are_set_and_undone_and_hostile_links_refused() {
    let mut journey = sample_journey();
    let id = journey.touchpoints[4].id;
    journey
        .apply(Edit::SetFlags {
            id,
            fail_point: false,
            moment_of_truth: false,
        })
        .expect("exists");
    let start = journey.clone();
    let mut history = History::new();
    apply(
        &mut journey,
        &mut history,
        Edit::SetFlags {
            id,
            fail_point: true,
            moment_of_truth: true,
        },
    );
    apply(
        &mut journey,
        &mut history,
        Edit::SetLeadsTo {
            id,
            journey: Some("k3x9-2f_a".into()),
        },
    );
    let touchpoint = journey.touchpoint(id).expect("exists");
    assert!(touchpoint.fail_point && touchpoint.moment_of_truth);
    assert_eq!(touchpoint.leads_to.as_deref(), Some("k3x9-2f_a"));
    for hostile in ["", "\"><img src=x>", "a b", &"x".repeat(65)] {
        assert_eq!(
            journey.apply(Edit::SetLeadsTo {
                id,
                journey: Some(hostile.to_owned())
            }),
            Err(EditError::Invalid(vec![Problem::BadJourneyLink(id)]))
        );
    }
    while history.undo(&mut journey) {}
    assert_eq!(journey, start);
}

#[test]
fn typing_in_a_persona_kpi_insight_or_loop_merges_per_item() {
    let (journey, _, _) = annotated_sample();
    let persona = journey.personas[0].clone();
    assert_eq!(
        Group::of(&Edit::Persona(ListEdit::Set(persona.clone()))),
        Some(Group::Persona(persona.id))
    );
    assert_eq!(Group::of(&Edit::Persona(ListEdit::Add(persona))), None);
    let mut journey = journey;
    let start = journey.clone();
    let mut history = History::new();
    let mut kpi = journey.kpis[0].clone();
    for (n, target) in [(0.0, 1.0), (200.0, 12.0), (400.0, 120.0)] {
        kpi.target = Some(target);
        let edit = Edit::Kpi(ListEdit::Set(kpi.clone()));
        let group = Group::of(&edit);
        history.apply(&mut journey, edit, group, n).expect("sound");
    }
    assert_eq!(journey.kpis[0].target, Some(120.0));
    assert!(history.undo(&mut journey));
    assert_eq!(journey, start);
    assert!(!history.can_undo());
}

#[test]
fn new_ids_follow_the_highest_in_use() {
    let (journey, _, _) = annotated_sample();
    assert_eq!(journey.next_id::<Persona>(), PersonaId(2));
    assert_eq!(journey.next_id::<Insight>(), InsightId(3));
    assert_eq!(journey.next_id::<Kpi>(), KpiId(2));
    assert_eq!(journey.next_id::<Loop>(), LoopId(2));
    assert_eq!(journey.next_id::<Step>(), StepId(8));
}

#[test]
fn the_sample_shows_personas_missed_kpis_every_priority_quadrant_loops_and_flags() {
    let journey = sample_journey();
    assert!(journey.problems().is_empty());
    assert_eq!(journey.personas.len(), 3);
    let missed = journey
        .kpis
        .iter()
        .filter(|kpi| kpi.status() == KpiStatus::Missed)
        .count();
    assert_eq!((journey.kpis.len(), missed), (6, 4));
    let quadrants: Vec<PriorityQuadrant> =
        prioritise(&journey).iter().map(|p| p.quadrant).collect();
    for quadrant in PriorityQuadrant::ALL {
        assert!(quadrants.contains(&quadrant), "{quadrant:?}");
    }
    assert!(journey
        .insights
        .iter()
        .all(|i| i.on != Anchor::Touchpoint(TouchpointId(0))));
    assert_eq!(journey.loops.len(), 2);
    let flagged = |flag: fn(&sightline_engine::Touchpoint) -> bool| {
        journey.touchpoints.iter().filter(|t| flag(t)).count()
    };
    assert_eq!(flagged(|t| t.fail_point), 2);
    assert_eq!(flagged(|t| t.moment_of_truth), 2);
}
