//! Writing journeys in code: the one way the sample and the templates are written.
//!
//! A [`Draft`] hands out ids in the order things are added, so a journey written with it
//! reads top to bottom like the blueprint, and the effect helpers keep each value effect on
//! one line.

use crate::ids::{InsightId, KpiId, LoopId, PersonaId};
use crate::insight::{Anchor, Insight, InsightKind};
use crate::kpi::{Kpi, Measure};
use crate::loops::Loop;
use crate::model::{
    Channel, ElementKind, Emotion, Journey, Lane, Role, Side, Stage, Stakeholder, StakeholderId,
    Step, StepId, StepStanding, Touchpoint, TouchpointId,
};
use crate::persona::Persona;
use crate::value::{EffectKind, Settings, ValueEffect, Weights};

/// A journey being written, one step at a time: touchpoints go into the step last added or
/// entered.
pub(crate) struct Draft {
    journey: Journey,
    step: StepId,
}

impl Draft {
    /// A journey with no steps yet; add them with [`Draft::step`].
    pub(crate) fn new(name: &str, settings: Settings) -> Self {
        let mut draft = Draft::itil(name, settings);
        draft.journey.steps.clear();
        draft
    }

    /// A journey with the seven ITIL steps, numbered from 1 in stage order.
    pub(crate) fn itil(name: &str, settings: Settings) -> Self {
        let mut journey = Journey::with_itil_steps(name);
        journey.settings = settings;
        Draft {
            journey,
            step: Draft::itil_step(Stage::Explore),
        }
    }

    /// The step of [`Draft::itil`] that serves this stage.
    pub(crate) fn itil_step(stage: Stage) -> StepId {
        StepId(stage.index() as u32 + 1)
    }

    /// Add touchpoints to the step of [`Draft::itil`] that serves this stage from now on.
    pub(crate) fn enter(&mut self, stage: Stage) {
        self.step = Draft::itil_step(stage);
    }

    /// Add a step serving `stage` under its own name, and touchpoints to it from now on.
    pub(crate) fn step(&mut self, stage: Stage, name: &str) -> StepId {
        self.step = StepId(self.journey.steps.len() as u32 + 1);
        self.journey.steps.push(Step {
            id: self.step,
            stage,
            custom_name: Some(name.to_owned()),
        });
        self.step
    }

    /// Add a stakeholder with its (influence, interest) and equal weights.
    pub(crate) fn stakeholder(
        &mut self,
        name: &str,
        role: Role,
        side: Side,
        (influence, interest): (u8, u8),
    ) -> StakeholderId {
        let id = self.journey.next_id::<Stakeholder>();
        let mut stakeholder = Stakeholder::new(id, name, role, side);
        stakeholder.influence = influence;
        stakeholder.interest = interest;
        self.journey.stakeholders.push(stakeholder);
        id
    }

    /// Give a stakeholder its own weights.
    pub(crate) fn weigh(&mut self, id: StakeholderId, weights: Weights) {
        if let Some(stakeholder) = self.stakeholder_mut(id) {
            stakeholder.weights = weights;
        }
    }

    /// Give a stakeholder another (influence, interest) in one step.
    pub(crate) fn standing(&mut self, id: StakeholderId, step: StepId, (i, j): (u8, u8)) {
        if let Some(stakeholder) = self.stakeholder_mut(id) {
            stakeholder.standing_by_step.push(StepStanding {
                step,
                influence: i,
                interest: j,
            });
        }
    }

    fn stakeholder_mut(&mut self, id: StakeholderId) -> Option<&mut Stakeholder> {
        self.journey.stakeholders.iter_mut().find(|s| s.id == id)
    }

    /// Add a touchpoint at the end of a cell of the current step; describe it further on what
    /// this returns.
    pub(crate) fn touchpoint(
        &mut self,
        lane: Lane,
        name: &str,
        channel: Channel,
    ) -> TouchpointDraft<'_> {
        let step = self.step;
        let id = TouchpointId(self.journey.touchpoints.len() as u32 + 1);
        let touchpoints = &mut self.journey.touchpoints;
        touchpoints.push(Touchpoint {
            channel,
            ..Touchpoint::new(id, step, lane, name)
        });
        let last = touchpoints.len() - 1;
        TouchpointDraft(&mut touchpoints[last])
    }

    /// Add a persona of a stakeholder: name, job, goals, description.
    pub(crate) fn persona(&mut self, stakeholder: StakeholderId, texts: [&str; 4]) {
        let [name, job, goals, description] = texts.map(str::to_owned);
        let id = PersonaId(self.journey.personas.len() as u32 + 1);
        self.journey.personas.push(Persona {
            id,
            stakeholder,
            name,
            job,
            goals,
            description,
        });
    }

    /// Add a KPI to a step, with its unit and (target, actual); returns it to be named.
    pub(crate) fn kpi(
        &mut self,
        step: StepId,
        measure: Measure,
        unit: &str,
        (target, actual): (f64, f64),
    ) -> &mut Kpi {
        let id = KpiId(self.journey.kpis.len() as u32 + 1);
        let kpis = &mut self.journey.kpis;
        kpis.push(Kpi {
            unit: unit.to_owned(),
            target: Some(target),
            actual: Some(actual),
            ..Kpi::new(id, step, measure)
        });
        let last = kpis.len() - 1;
        &mut kpis[last]
    }

    /// Note a pain point or opportunity with its (customer value, business value, effort).
    pub(crate) fn insight(
        &mut self,
        kind: InsightKind,
        on: Anchor,
        text: &str,
        (customer_value, business_value, effort): (u8, u8, u8),
    ) {
        let id = InsightId(self.journey.insights.len() as u32 + 1);
        self.journey.insights.push(Insight {
            customer_value,
            business_value,
            effort,
            ..Insight::new(id, kind, on, text)
        });
    }

    /// Record that after step `from` the journey can go back to step `to`.
    pub(crate) fn loop_back(&mut self, from: StepId, to: StepId, label: &str) {
        let id = LoopId(self.journey.loops.len() as u32 + 1);
        self.journey.loops.push(Loop {
            id,
            from,
            to,
            label: label.to_owned(),
        });
    }

    /// The step with this own name, to measure or loop back to.
    pub(crate) fn step_named(&self, name: &str) -> StepId {
        let found = self.journey.steps.iter();
        let mut found = found.filter(|s| s.custom_name.as_deref() == Some(name));
        found.next().map_or(StepId(0), |s| s.id)
    }

    /// The touchpoint with this name, to note insights on.
    pub(crate) fn touchpoint_named(&self, name: &str) -> Anchor {
        let found = self.journey.touchpoints.iter().find(|t| t.name == name);
        Anchor::Touchpoint(found.map_or(TouchpointId(0), |t| t.id))
    }

    /// The finished journey.
    pub(crate) fn finish(self) -> Journey {
        self.journey
    }
}

/// A touchpoint being written; each method says one more thing about it.
pub(crate) struct TouchpointDraft<'a>(&'a mut Touchpoint);

impl TouchpointDraft<'_> {
    /// What it does to stakeholders' value.
    pub(crate) fn effects(self, effects: impl IntoIterator<Item = ValueEffect>) -> Self {
        self.0.effects.extend(effects);
        self
    }

    /// Who starts it.
    pub(crate) fn initiated_by(self, stakeholder: StakeholderId) -> Self {
        self.0.initiator = Some(stakeholder);
        self
    }

    /// Who takes part.
    pub(crate) fn with(self, participants: impl IntoIterator<Item = StakeholderId>) -> Self {
        self.0.participants.extend(participants);
        self
    }

    /// How one stakeholder feels here.
    pub(crate) fn feels(self, stakeholder: StakeholderId, value: f64) -> Self {
        self.0.emotions.push(Emotion { stakeholder, value });
        self
    }

    /// Customer importance and provider effort, 1 to 5.
    pub(crate) fn scores(self, importance: u8, effort: u8) -> Self {
        self.0.importance = importance;
        self.0.effort = effort;
        self
    }

    /// Clients would cite it as the benefit itself.
    pub(crate) fn cited_as_outcome(self) -> Self {
        self.0.element = ElementKind::Outcome;
        self
    }

    /// The service is likely to fail here.
    pub(crate) fn fail_point(self) -> Self {
        self.0.fail_point = true;
        self
    }

    /// The customer forms a lasting judgement here.
    pub(crate) fn moment_of_truth(self) -> Self {
        self.0.moment_of_truth = true;
        self
    }
}

/// An outcome: what could be delivered and what is.
pub(crate) fn outcome(stakeholder: StakeholderId, potential: f64, realised: f64) -> ValueEffect {
    ValueEffect {
        stakeholder,
        kind: EffectKind::Outcome {
            potential,
            realised,
        },
    }
}

/// A cost in money.
pub(crate) fn money(stakeholder: StakeholderId, money: f64) -> ValueEffect {
    ValueEffect {
        stakeholder,
        kind: EffectKind::Cost {
            money,
            time: 0.0,
            resources: 0.0,
        },
    }
}

/// A cost in time.
pub(crate) fn time(stakeholder: StakeholderId, time: f64) -> ValueEffect {
    ValueEffect {
        stakeholder,
        kind: EffectKind::Cost {
            money: 0.0,
            time,
            resources: 0.0,
        },
    }
}

/// A risk: its probability and its impact if it happens.
pub(crate) fn risk(stakeholder: StakeholderId, probability: f64, impact: f64) -> ValueEffect {
    ValueEffect {
        stakeholder,
        kind: EffectKind::Risk {
            probability,
            impact,
        },
    }
}
