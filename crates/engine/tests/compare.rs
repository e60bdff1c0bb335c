//! As-is against to-be: deltas are differences of the two valuations cell by cell, every
//! kind of change is reported once and leads to its place in both journeys, and matching
//! by name and place pairs two journeys made apart.

mod edits;
mod starts;

use edits::any_edit;
use proptest::prelude::*;
use sightline_engine::{
    compare, evaluate, Anchor, Annotation, ChangeKind, Comparison, Edit, EffectKind, Insight,
    InsightId, InsightKind, Journey, Kpi, Lane, ListEdit, Matching, Measure, Spot, Stage,
    StakeholderId, StepId, TouchpointId, Units, ValueEffect,
};
use sightline_english::sample_journey;
use starts::any_start;

/// A journey and one derived from it by edits, as a to-be is from its as-is.
fn any_redesign() -> impl Strategy<Value = (Journey, Journey)> {
    (any_start(), proptest::collection::vec(any_edit(), 0..30)).prop_map(|(as_is, edits)| {
        let mut to_be = as_is.clone();
        for edit in edits {
            let _ = to_be.apply(edit);
        }
        (as_is, to_be)
    })
}

/// The same journey with every id moved by an offset, as if made apart by someone else.
fn renumbered(journey: &Journey, by: u32) -> Journey {
    let mut copy = journey.clone();
    let step = |id: &mut StepId| id.0 += by;
    let stakeholder = |id: &mut StakeholderId| id.0 += by;
    copy.steps.iter_mut().for_each(|s| step(&mut s.id));
    for s in &mut copy.stakeholders {
        stakeholder(&mut s.id);
        s.standing_by_step
            .iter_mut()
            .for_each(|st| step(&mut st.step));
    }
    for t in &mut copy.touchpoints {
        t.id.0 += by;
        step(&mut t.step);
        t.initiator.iter_mut().for_each(stakeholder);
        t.participants.iter_mut().for_each(stakeholder);
        t.emotions
            .iter_mut()
            .for_each(|e| stakeholder(&mut e.stakeholder));
        t.effects
            .iter_mut()
            .for_each(|e| stakeholder(&mut e.stakeholder));
    }
    copy.personas.iter_mut().for_each(|p| {
        p.id.0 += by;
        stakeholder(&mut p.stakeholder);
    });
    copy.kpis.iter_mut().for_each(|k| {
        k.id.0 += by;
        step(&mut k.step);
    });
    copy.insights.iter_mut().for_each(|i| {
        i.id.0 += by;
        i.on = match i.on {
            Anchor::Step(s) => Anchor::Step(StepId(s.0 + by)),
            Anchor::Touchpoint(t) => Anchor::Touchpoint(TouchpointId(t.0 + by)),
        };
    });
    copy.loops.iter_mut().for_each(|l| {
        l.id.0 += by;
        step(&mut l.from);
        step(&mut l.to);
    });
    assert!(copy.problems().is_empty(), "{:?}", copy.problems());
    copy
}

/// V of one cell, read from a fresh valuation of the journey; zero where a side lacks the
/// step or the stakeholder.
fn value_of(journey: &Journey, step: Option<StepId>, who: Option<StakeholderId>) -> f64 {
    let (Some(step), Some(who)) = (step, who) else {
        return 0.0;
    };
    let valuation = evaluate(journey);
    let k = journey
        .step_position(step)
        .expect("the row's step is there");
    let s = journey
        .stakeholders
        .iter()
        .position(|x| x.id == who)
        .expect("the row's stakeholder is there");
    valuation.steps[k].by_stakeholder[s].value
}

fn assert_every_cell_is_the_difference(as_is: &Journey, to_be: &Journey, c: &Comparison) {
    for row in &c.steps {
        for (who, cell) in c.stakeholders.iter().zip(&row.by_stakeholder) {
            let expected = value_of(to_be, row.step.to_be, who.stakeholder.to_be)
                - value_of(as_is, row.step.as_is, who.stakeholder.as_is);
            assert_eq!(cell.value(), expected, "step {:?}, {:?}", row.step, who);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn delta_v_is_v_to_be_minus_v_as_is_in_every_cell((as_is, to_be) in any_redesign()) {
        let c = compare(&as_is, &to_be, Matching::ById);
        assert_every_cell_is_the_difference(&as_is, &to_be, &c);
        assert_every_cell_is_the_difference(
            &as_is,
            &to_be,
            &compare(&as_is, &to_be, Matching::ByNameAndPlace),
        );
        // Every step and stakeholder of each journey has one row, and a pair by id is one id.
        for (count, ids) in [
            (as_is.steps.len(), c.steps.iter().filter_map(|r| r.step.as_is).count()),
            (to_be.steps.len(), c.steps.iter().filter_map(|r| r.step.to_be).count()),
            (as_is.stakeholders.len(), c.stakeholders.iter().filter_map(|r| r.stakeholder.as_is).count()),
            (to_be.stakeholders.len(), c.stakeholders.iter().filter_map(|r| r.stakeholder.to_be).count()),
        ] {
            prop_assert_eq!(count, ids);
        }
        for row in &c.steps {
            if let (Some(a), Some(b)) = (row.step.as_is, row.step.to_be) {
                prop_assert_eq!(a, b);
            }
        }
        let summed: f64 = c.steps.iter().map(|r| r.total.value()).sum();
        prop_assert!((summed - c.total.value()).abs() <= 1e-9 * (1.0 + c.total.as_is.value.abs() + c.total.to_be.value.abs()));
    }

    #[test]
    fn a_journey_compared_with_itself_or_a_copy_made_apart_has_no_difference(
        (_, journey) in any_redesign(),
    ) {
        let same = compare(&journey, &journey, Matching::ById);
        prop_assert!(same.is_unchanged(), "{:?}", same.changes);
        let apart = compare(&journey, &renumbered(&journey, 1000), Matching::ByNameAndPlace);
        prop_assert!(apart.is_unchanged(), "{:?}", apart.changes);
    }

    /// A renamed touchpoint keeps its id: it must never read as one removed and one added.
    #[test]
    fn a_rename_with_the_same_id_is_a_rename((as_is, _) in any_redesign(), pick in 0usize..64, name in "[a-z]{1,12}") {
        prop_assume!(!as_is.touchpoints.is_empty());
        let id = as_is.touchpoints[pick % as_is.touchpoints.len()].id;
        let mut to_be = as_is.clone();
        prop_assume!(to_be.apply(Edit::RenameTouchpoint { id, name: name.clone() }).is_ok());
        prop_assume!(to_be != as_is);
        let c = compare(&as_is, &to_be, Matching::ById);
        let kinds: Vec<ChangeKind> = c.changes.iter().map(|change| change.kind).collect();
        prop_assert_eq!(kinds, vec![ChangeKind::TouchpointRenamed]);
    }
}

#[test]
fn the_sample_compared_with_itself_has_zero_deltas_in_its_unit() {
    let journey = sample_journey();
    for matching in [Matching::ById, Matching::ByNameAndPlace] {
        let c = compare(&journey, &journey, matching);
        assert!(c.is_unchanged());
        assert_eq!(c.unit, Units::Same("k€".to_owned()));
        assert_eq!(c.steps.len(), journey.steps.len());
        assert_eq!(c.stakeholders.len(), journey.stakeholders.len());
        assert!(c
            .steps
            .iter()
            .all(|s| s.total.value() == 0.0 && s.total.leakage() == 0.0));
    }
}

#[test]
fn differing_units_are_said_and_the_numbers_still_subtracted() {
    let as_is = sample_journey();
    let mut to_be = as_is.clone();
    to_be.settings.value_unit = "h".to_owned();
    let c = compare(&as_is, &to_be, Matching::ById);
    assert_eq!(
        c.unit,
        Units::Differ {
            as_is: "k€".to_owned(),
            to_be: "h".to_owned()
        }
    );
    assert_eq!(c.total.value(), 0.0);
}

/// The as-is and to-be of one kind of change, made on the sample: a removal is the addition
/// compared the other way round, so that nothing else goes with it (removing a step takes
/// its touchpoints along).
fn redesign_with(kind: ChangeKind) -> (Journey, Journey) {
    let sample = sample_journey();
    let step = sample.steps[2].id;
    let touchpoint = sample.touchpoints[0].id;
    let stakeholder = sample.stakeholders[0].id;
    let kpi = sample.kpis[0].clone();
    let insight = sample.insights[0].clone();
    let edit = |journey: &Journey, edit: Edit| {
        let mut changed = journey.clone();
        changed
            .apply(edit)
            .expect("the sample has what the edit names");
        changed
    };
    let new_step = Edit::AddStep {
        id: sample.next_id::<sightline_engine::Step>(),
        stage: Stage::Offer,
        name: "Pilot".to_owned(),
        before: Some(step),
    };
    let new_touchpoint = Edit::AddTouchpoint {
        id: sample.next_id::<sightline_engine::Touchpoint>(),
        step,
        lane: Lane::ProviderBackstage,
        name: "Check stock".to_owned(),
    };
    let mut new_kpi = Kpi::new(sample.next_id::<Kpi>(), step, Measure::Nps);
    new_kpi.target = Some(30.0);
    let new_insight = Insight::new(
        sample.next_id::<Insight>(),
        InsightKind::Opportunity,
        Anchor::Touchpoint(touchpoint),
        "Bundle the handsets",
    );
    let forward = |change: Edit| (sample.clone(), edit(&sample, change));
    let backward = |change: Edit| (edit(&sample, change), sample.clone());
    match kind {
        ChangeKind::StepAdded => forward(new_step),
        ChangeKind::StepRemoved => backward(new_step),
        ChangeKind::StepRenamed => forward(Edit::RenameStep {
            id: step,
            name: "Proposal".to_owned(),
        }),
        ChangeKind::StepRestaged => forward(Edit::SetStage {
            id: step,
            stage: Stage::Engage,
        }),
        ChangeKind::StepReordered => forward(Edit::MoveStep {
            id: sample.steps[6].id,
            before: Some(sample.steps[0].id),
        }),
        ChangeKind::TouchpointAdded => forward(new_touchpoint),
        ChangeKind::TouchpointRemoved => backward(new_touchpoint),
        ChangeKind::TouchpointRenamed => forward(Edit::RenameTouchpoint {
            id: touchpoint,
            name: "Collect the phone bills".to_owned(),
        }),
        ChangeKind::TouchpointMoved => forward(Edit::SetLane {
            id: touchpoint,
            lane: Lane::SupportProcesses,
        }),
        ChangeKind::EffectsChanged => forward(Edit::AddEffect {
            id: touchpoint,
            effect: ValueEffect {
                stakeholder,
                kind: EffectKind::Risk {
                    probability: 0.5,
                    impact: 4.0,
                },
            },
        }),
        ChangeKind::EmotionsChanged => forward(Edit::SetEmotion {
            id: touchpoint,
            stakeholder,
            value: Some(-2.0),
        }),
        ChangeKind::KpiAdded => forward(Edit::Kpi(ListEdit::Add(new_kpi))),
        ChangeKind::KpiRemoved => backward(Edit::Kpi(ListEdit::Add(new_kpi))),
        ChangeKind::KpiChanged => forward(Edit::Kpi(ListEdit::Set(Kpi {
            actual: Some(1.0),
            ..kpi
        }))),
        ChangeKind::InsightAdded => forward(Edit::Insight(ListEdit::Add(new_insight))),
        ChangeKind::InsightRemoved => backward(Edit::Insight(ListEdit::Add(new_insight))),
        ChangeKind::InsightChanged => forward(Edit::Insight(ListEdit::Set(Insight {
            effort: 5,
            ..insight
        }))),
    }
}

#[test]
fn every_kind_of_change_is_reported_exactly_once_and_only_it() {
    for kind in ChangeKind::ALL {
        let (as_is, to_be) = redesign_with(kind);
        let c = compare(&as_is, &to_be, Matching::ById);
        let kinds: Vec<ChangeKind> = c.changes.iter().map(|change| change.kind).collect();
        assert_eq!(kinds, vec![kind], "{kind:?}");
        assert_every_cell_is_the_difference(&as_is, &to_be, &c);
    }
}

#[test]
fn each_change_leads_to_its_place_in_both_journeys() {
    let spot = |kind| {
        let (as_is, to_be) = redesign_with(kind);
        let change = compare(&as_is, &to_be, Matching::ById).changes[0];
        (change.as_is, change.to_be)
    };
    let sample = sample_journey();
    let step = sample.steps[2].id;
    let touchpoint = &sample.touchpoints[0];
    let at_step = |step| Spot {
        step,
        touchpoint: None,
        annotation: None,
    };
    let at_touchpoint = Spot {
        step: touchpoint.step,
        touchpoint: Some(touchpoint.id),
        annotation: None,
    };
    // An added touchpoint leads to itself in the to-be and to its step in the as-is.
    let added = sample.next_id::<sightline_engine::Touchpoint>();
    assert_eq!(
        spot(ChangeKind::TouchpointAdded),
        (
            Some(at_step(step)),
            Some(Spot {
                touchpoint: Some(added),
                ..at_step(step)
            })
        )
    );
    assert_eq!(
        spot(ChangeKind::TouchpointRenamed),
        (Some(at_touchpoint), Some(at_touchpoint))
    );
    assert_eq!(
        spot(ChangeKind::StepRenamed),
        (Some(at_step(step)), Some(at_step(step)))
    );
    let added_step = sample.next_id::<sightline_engine::Step>();
    assert_eq!(
        spot(ChangeKind::StepAdded),
        (None, Some(at_step(added_step)))
    );
    let kpi = Spot {
        annotation: Some(Annotation::Kpi(sample.kpis[0].id)),
        ..at_step(sample.kpis[0].step)
    };
    assert_eq!(spot(ChangeKind::KpiChanged), (Some(kpi), Some(kpi)));
    let new_insight = InsightId(sample.next_id::<Insight>().0);
    assert_eq!(
        spot(ChangeKind::InsightRemoved),
        (
            Some(Spot {
                annotation: Some(Annotation::Insight(new_insight)),
                ..at_touchpoint
            }),
            Some(at_step(touchpoint.step))
        )
    );
}

#[test]
fn a_step_that_stops_removing_value_resolves_its_finding() {
    let as_is = sample_journey();
    let explore = as_is.steps[0].id;
    let mut to_be = as_is.clone();
    let touchpoint = to_be
        .touchpoints
        .iter()
        .find(|t| t.step == explore)
        .expect("Explore has a touchpoint")
        .id;
    to_be
        .apply(Edit::AddEffect {
            id: touchpoint,
            effect: ValueEffect {
                stakeholder: as_is.stakeholders[0].id,
                kind: EffectKind::Outcome {
                    potential: 20.0,
                    realised: 20.0,
                },
            },
        })
        .expect("the touchpoint is there");
    let c = compare(&as_is, &to_be, Matching::ById);
    assert!(c.steps[0].total.value() == 20.0);
    assert_eq!(c.steps[0].stage, Stage::Explore);
    let resolved: Vec<_> = c
        .findings
        .resolved
        .iter()
        .map(|f| (f.finding.kind, f.step.as_is, f.step.to_be))
        .collect();
    assert!(resolved.contains(&(
        sightline_engine::FindingKind::RemovesValue,
        Some(explore),
        Some(explore)
    )));
    assert!(c.findings.appeared.iter().all(|f| f.step.to_be.is_some()));
}

#[test]
fn two_journeys_made_apart_are_matched_by_name_and_place() {
    let as_is = sample_journey();
    let mut to_be = renumbered(&as_is, 500);
    // The to-be reorders two touchpoints of one cell and adds one: ids say nothing here.
    let cell = (to_be.touchpoints[0].step, to_be.touchpoints[0].lane);
    let second = to_be
        .touchpoints
        .iter()
        .skip(1)
        .position(|t| (t.step, t.lane) == cell)
        .map(|p| p + 1);
    if let Some(second) = second {
        to_be.touchpoints.swap(0, second);
    }
    let id = to_be.next_id::<sightline_engine::Touchpoint>();
    to_be
        .apply(Edit::AddTouchpoint {
            id,
            step: cell.0,
            lane: Lane::ProviderFrontstage,
            name: "Site visit".to_owned(),
        })
        .expect("the step is there");
    let by_name = compare(&as_is, &to_be, Matching::ByNameAndPlace);
    let kinds: Vec<ChangeKind> = by_name.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, vec![ChangeKind::TouchpointAdded]);
    assert_eq!(
        by_name.changes[0].to_be.and_then(|s| s.touchpoint),
        Some(id)
    );
    assert_eq!(
        by_name.changes[0].as_is.map(|s| s.step),
        Some(as_is.touchpoints[0].step)
    );
    assert_every_cell_is_the_difference(&as_is, &to_be, &by_name);
    // By id, nothing pairs: every step and touchpoint reads as removed and added.
    let by_id = compare(&as_is, &to_be, Matching::ById);
    let removed = by_id
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::StepRemoved)
        .count();
    assert_eq!(removed, as_is.steps.len());
}

#[test]
fn a_custom_step_renamed_in_a_journey_made_apart_pairs_by_its_stage() {
    let mut as_is = Journey::with_itil_steps("Apart");
    as_is
        .apply(Edit::AddStep {
            id: StepId(8),
            stage: Stage::Offer,
            name: "Pilot".to_owned(),
            before: Some(StepId(4)),
        })
        .expect("step 4 is there");
    let mut to_be = renumbered(&as_is, 20);
    to_be
        .apply(Edit::RenameStep {
            id: StepId(28),
            name: "Trial".to_owned(),
        })
        .expect("the step is there");
    let c = compare(&as_is, &to_be, Matching::ByNameAndPlace);
    let kinds: Vec<ChangeKind> = c.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, vec![ChangeKind::StepRenamed]);
    assert_eq!(c.changes[0].as_is.map(|s| s.step), Some(StepId(8)));
    assert_eq!(c.changes[0].to_be.map(|s| s.step), Some(StepId(28)));
}

/// A reused id: the as-is's last touchpoint was deleted and the next one added got its id,
/// in another step and under another name; it is another touchpoint, not a rename.
#[test]
fn an_id_reused_for_another_touchpoint_reads_as_removed_and_added() {
    let as_is = sample_journey();
    let last = as_is
        .touchpoints
        .iter()
        .map(|t| t.id)
        .max()
        .expect("touchpoints");
    let mut to_be = as_is.clone();
    let last_step = to_be.touchpoint(last).expect("there").step;
    let elsewhere = to_be
        .steps
        .iter()
        .find(|s| s.id != last_step)
        .expect("another step")
        .id;
    to_be
        .apply(Edit::DeleteTouchpoint { id: last })
        .expect("there");
    to_be
        .apply(Edit::AddTouchpoint {
            id: to_be.next_id::<sightline_engine::Touchpoint>(),
            step: elsewhere,
            lane: Lane::ConsumerHidden,
            name: "Budget review".to_owned(),
        })
        .expect("the step is there");
    assert!(to_be.touchpoint(last).is_some(), "the id came back");
    let c = compare(&as_is, &to_be, Matching::ById);
    let kinds: Vec<ChangeKind> = c
        .changes
        .iter()
        .map(|c| c.kind)
        .filter(|k| {
            matches!(
                k,
                ChangeKind::TouchpointAdded
                    | ChangeKind::TouchpointRemoved
                    | ChangeKind::TouchpointRenamed
                    | ChangeKind::TouchpointMoved
            )
        })
        .collect();
    assert_eq!(
        kinds,
        vec![ChangeKind::TouchpointAdded, ChangeKind::TouchpointRemoved]
    );
}
