//! Which edits leave the figures alone: an app may keep its valuation after an edit that
//! [`Edit::leaves_figures`] names, so `evaluate` must give the same valuation before and
//! after any such edit, applied or refused.

mod edits;
mod starts;

use edits::any_edit;
use proptest::prelude::*;
use sightline_engine::{
    evaluate, Anchor, Channel, Edit, EffectKind, Insight, InsightKind, Kpi, ListEdit, Loop,
    Measure, Persona, ValueEffect,
};
use sightline_english::sample_journey;
use starts::any_start;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Every kind of edit is generated and applied in turn, so the journey changes under the
    /// figure-free ones too; each of those is checked against a fresh valuation.
    #[test]
    fn an_edit_that_leaves_figures_leaves_the_valuation_equal(
        start in any_start(),
        edits in proptest::collection::vec(any_edit(), 1..40),
    ) {
        let mut journey = start;
        for edit in edits {
            let leaves = edit.leaves_figures();
            let before = leaves.then(|| evaluate(&journey));
            let _ = journey.apply(edit.clone());
            if let Some(before) = before {
                prop_assert_eq!(evaluate(&journey), before, "after {:?}", edit);
            }
        }
    }
}

/// One applied edit of every figure-free kind, each of the lists added to, changed and
/// removed from, so none of them passes only by being refused.
#[test]
fn every_figure_free_kind_applied_to_the_sample_keeps_its_valuation() {
    let mut journey = sample_journey();
    let valuation = evaluate(&journey);
    let step = journey.steps[1].id;
    let touchpoint = journey.touchpoints[0].id;
    let stakeholder = journey.stakeholders[0].id;
    let persona = Persona::new(journey.next_id::<Persona>(), stakeholder, "Pat");
    let kpi = Kpi::new(journey.next_id::<Kpi>(), step, Measure::Duration);
    let on = Anchor::Touchpoint(touchpoint);
    let insight = Insight::new(
        journey.next_id::<Insight>(),
        InsightKind::PainPoint,
        on,
        "Slow",
    );
    let a_loop = Loop {
        id: journey.next_id::<Loop>(),
        from: step,
        to: journey.steps[0].id,
        label: String::new(),
    };
    let mut kpi_met = kpi.clone();
    kpi_met.target = Some(3.0);
    kpi_met.actual = Some(2.0);
    let edits = vec![
        Edit::RenameJourney {
            name: "Renamed".to_owned(),
        },
        Edit::RenameTouchpoint {
            id: touchpoint,
            name: "Call back".to_owned(),
        },
        Edit::RenameStep {
            id: step,
            name: "Shortlist".to_owned(),
        },
        Edit::SetChannel {
            id: touchpoint,
            channel: Channel::Phone,
        },
        Edit::SetFlags {
            id: touchpoint,
            fail_point: true,
            moment_of_truth: true,
        },
        Edit::SetLeadsTo {
            id: touchpoint,
            journey: Some("j-2".to_owned()),
        },
        Edit::Persona(ListEdit::Add(persona.clone())),
        Edit::Persona(ListEdit::Remove(persona.id)),
        Edit::Kpi(ListEdit::Add(kpi)),
        Edit::Kpi(ListEdit::Set(kpi_met.clone())),
        Edit::Kpi(ListEdit::Remove(kpi_met.id)),
        Edit::Insight(ListEdit::Add(insight.clone())),
        Edit::Insight(ListEdit::Remove(insight.id)),
        Edit::Loop(ListEdit::Add(a_loop.clone())),
        Edit::Loop(ListEdit::Remove(a_loop.id)),
    ];
    for edit in edits {
        assert!(edit.leaves_figures(), "{edit:?}");
        journey
            .apply(edit.clone())
            .expect("the sample has what the edit names");
        assert_eq!(evaluate(&journey), valuation, "after {edit:?}");
    }
}

#[test]
fn edits_the_valuation_reads_count_as_moving_figures() {
    let journey = sample_journey();
    let touchpoint = journey.touchpoints[0].id;
    let stakeholder = journey.stakeholders[0].id;
    let effect = ValueEffect {
        stakeholder,
        kind: EffectKind::Risk {
            probability: 0.5,
            impact: 2.0,
        },
    };
    let moving = [
        Edit::AddEffect {
            id: touchpoint,
            effect,
        },
        Edit::DeleteTouchpoint { id: touchpoint },
        Edit::SetScores {
            id: touchpoint,
            importance: 1,
            effort: 5,
        },
        Edit::SetSettings(journey.settings.clone()),
        Edit::RemoveStakeholder { id: stakeholder },
    ];
    for edit in moving {
        assert!(!edit.leaves_figures(), "{edit:?}");
    }
    let rename = Edit::RenameTouchpoint {
        id: touchpoint,
        name: "Renamed".to_owned(),
    };
    assert!(rename.leaves_figures());
}
