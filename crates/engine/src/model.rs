//! The journey and what it is made of: steps, lanes, lines, touchpoints and stakeholders.

use serde::{Deserialize, Serialize};

pub use crate::ids::{StakeholderId, StepId, TouchpointId};
use crate::insight::Insight;
use crate::kpi::Kpi;
use crate::loops::Loop;
use crate::persona::Persona;
use crate::value::{Settings, ValueEffect, Weights};

/// A customer journey: the end-to-end experience of a consumer with a provider.
///
/// Touchpoints are kept in one list, each naming its step and lane, so that moving one across
/// steps or lanes is a field change; their order in the list is their order within a cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Journey {
    /// What the journey is about, as the user names it.
    pub name: String,
    /// Steps in journey order (left to right on the blueprint).
    pub steps: Vec<Step>,
    /// Everyone the journey creates or removes value for.
    pub stakeholders: Vec<Stakeholder>,
    /// Touchpoints and service interactions, each placed in a step and a lane.
    pub touchpoints: Vec<Touchpoint>,
    /// How the value engine weighs and judges this journey.
    #[serde(default)]
    pub settings: Settings,
    /// The people behind the stakeholders, as designers picture them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<Persona>,
    /// What each step is measured by: targets and actuals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kpis: Vec<Kpi>,
    /// Pain points and opportunities, scored for prioritising.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub insights: Vec<Insight>,
    /// Where the journey goes back to an earlier step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub loops: Vec<Loop>,
}

/// One step of the journey, anchored to an ITIL 4 stage.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Stable identity of the step.
    pub id: StepId,
    /// The ITIL 4 stage whose purpose this step serves.
    pub stage: Stage,
    /// The user's own name for the step; `None` shows the stage's name in the user's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_name: Option<String>,
}

/// The seven steps of a customer journey in ITIL 4 *Drive Stakeholder Value*.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Understand markets and stakeholders.
    Explore,
    /// Foster relationships.
    Engage,
    /// Shape demand and service offerings.
    Offer,
    /// Align expectations and agree services.
    Agree,
    /// Get on board (or off board).
    Onboard,
    /// Provide and consume: value is co-created.
    CoCreate,
    /// Realize value and improve.
    Realize,
}

impl Stage {
    /// All stages in their canonical order.
    pub const ALL: [Stage; 7] = [
        Stage::Explore,
        Stage::Engage,
        Stage::Offer,
        Stage::Agree,
        Stage::Onboard,
        Stage::CoCreate,
        Stage::Realize,
    ];

    /// Position in [`Stage::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// A stable, language-neutral identifier, the same as in the document format.
    pub fn key(self) -> &'static str {
        [
            "explore",
            "engage",
            "offer",
            "agree",
            "onboard",
            "co-create",
            "realize",
        ][self.index()]
    }
}

/// A horizontal lane of the service blueprint, from the consumer's back office (top) to the
/// provider's support processes (bottom).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lane {
    /// What the consumer does that the provider cannot see: approvals, budgeting, preparing users.
    ConsumerHidden,
    /// What the consumer does in view of the provider.
    ConsumerActions,
    /// What the provider does in view of the consumer.
    ProviderFrontstage,
    /// What the provider does out of the consumer's sight.
    ProviderBackstage,
    /// Internal services that support the provider's backstage.
    SupportProcesses,
}

impl Lane {
    /// All lanes from top to bottom.
    pub const ALL: [Lane; 5] = [
        Lane::ConsumerHidden,
        Lane::ConsumerActions,
        Lane::ProviderFrontstage,
        Lane::ProviderBackstage,
        Lane::SupportProcesses,
    ];

    /// Position in [`Lane::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// A stable, language-neutral identifier, the same as in the document format.
    pub fn key(self) -> &'static str {
        [
            "consumer-hidden",
            "consumer-actions",
            "provider-frontstage",
            "provider-backstage",
            "support-processes",
        ][self.index()]
    }

    /// Whether more than one party can see what happens in this lane: the zone of visibility
    /// lies between the consumer's and the provider's lines of visibility.
    pub fn in_zone_of_visibility(self) -> bool {
        matches!(self, Lane::ConsumerActions | Lane::ProviderFrontstage)
    }

    /// The line drawn directly below this lane, if any.
    pub fn line_below(self) -> Option<Line> {
        Line::ALL.into_iter().find(|line| line.above() == self)
    }
}

/// A boundary between two adjacent lanes of the blueprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Line {
    /// Beyond it the provider cannot see the consumer's activities.
    ConsumerVisibility,
    /// Where consumer and provider meet.
    Interaction,
    /// Beyond it the consumer cannot see the provider's activities.
    ProviderVisibility,
    /// Where the provider's backstage meets its own support processes.
    InternalInteraction,
}

impl Line {
    /// All lines from top to bottom.
    pub const ALL: [Line; 4] = [
        Line::ConsumerVisibility,
        Line::Interaction,
        Line::ProviderVisibility,
        Line::InternalInteraction,
    ];

    /// Position in [`Line::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// A stable, language-neutral identifier, the same as in the document format.
    pub fn key(self) -> &'static str {
        [
            "consumer-visibility",
            "interaction",
            "provider-visibility",
            "internal-interaction",
        ][self.index()]
    }

    /// The lane just above the line.
    pub fn above(self) -> Lane {
        Lane::ALL[self.index()]
    }

    /// The lane just below the line.
    pub fn below(self) -> Lane {
        Lane::ALL[self.index() + 1]
    }

    /// Whether the line runs inside the zone of visibility, which only the line of
    /// interaction does: the two lines of visibility are the zone's edges.
    pub fn inside_zone_of_visibility(self) -> bool {
        self.above().in_zone_of_visibility() && self.below().in_zone_of_visibility()
    }
}

/// A touchpoint or service interaction placed on the blueprint.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Touchpoint {
    /// Stable identity of the touchpoint.
    pub id: TouchpointId,
    /// The step it belongs to.
    pub step: StepId,
    /// The lane it sits in.
    pub lane: Lane,
    /// What happens, in the user's words.
    pub name: String,
    /// Through what the parties meet.
    pub channel: Channel,
    /// Who starts the interaction, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiator: Option<StakeholderId>,
    /// Who takes part (the initiator included or not, as the user records it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<StakeholderId>,
    /// Whether clients would cite this as the benefit itself or as how it is delivered.
    #[serde(default)]
    pub element: ElementKind,
    /// How much the customer cares about this touchpoint, 1 to 5.
    #[serde(default = "middle_score")]
    pub importance: u8,
    /// How much effort the provider spends on it, 1 to 5.
    #[serde(default = "middle_score")]
    pub effort: u8,
    /// How each participating stakeholder feels here, on the journey's emotion scale.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emotions: Vec<Emotion>,
    /// What this touchpoint does to stakeholders' value.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub effects: Vec<ValueEffect>,
    /// Whether the service is likely to fail here (a fail point, in blueprint terms).
    #[serde(default, skip_serializing_if = "is_false")]
    pub fail_point: bool,
    /// Whether this is a moment of truth: where the customer forms a lasting judgement.
    #[serde(default, skip_serializing_if = "is_false")]
    pub moment_of_truth: bool,
    /// Another journey of the library this touchpoint leads to, by its library id. Named
    /// `linked_journey` in documents, as the format has always called it.
    #[serde(
        default,
        rename = "linked_journey",
        skip_serializing_if = "Option::is_none"
    )]
    pub leads_to: Option<String>,
}

impl Touchpoint {
    /// A touchpoint with no participants, emotions or effects yet, and middle scores.
    pub fn new(id: TouchpointId, step: StepId, lane: Lane, name: impl Into<String>) -> Self {
        Touchpoint {
            id,
            step,
            lane,
            name: name.into(),
            channel: Channel::Other,
            initiator: None,
            participants: Vec::new(),
            element: ElementKind::default(),
            importance: middle_score(),
            effort: middle_score(),
            emotions: Vec::new(),
            effects: Vec::new(),
            fail_point: false,
            moment_of_truth: false,
            leads_to: None,
        }
    }
}

/// Flags are written only when set, which keeps documents without them as they were.
fn is_false(flag: &bool) -> bool {
    !flag
}

/// Scores from 1 to 5 start in the middle until the user says otherwise.
fn middle_score() -> u8 {
    3
}

/// The two kinds of element clients cite when they speak about a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ElementKind {
    /// How the service is delivered (clients cite far more of these).
    #[default]
    Process,
    /// The main benefit itself.
    Outcome,
}

impl ElementKind {
    /// Both kinds, process first.
    pub const ALL: [ElementKind; 2] = [ElementKind::Process, ElementKind::Outcome];

    /// Position in [`ElementKind::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// How one stakeholder feels at one touchpoint.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Emotion {
    /// Who feels it.
    pub stakeholder: StakeholderId,
    /// How good or bad, on the journey's emotion scale.
    pub value: f64,
}

/// The medium of a touchpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    /// Face to face, on either party's premises.
    InPerson,
    /// A phone or video call.
    Phone,
    /// E-mail.
    Email,
    /// A web site or portal.
    Web,
    /// A mobile or desktop application.
    App,
    /// A document: contract, invoice, report.
    Document,
    /// Anything else.
    Other,
}

impl Channel {
    /// All channels, in the order a picker lists them.
    pub const ALL: [Channel; 7] = [
        Channel::InPerson,
        Channel::Phone,
        Channel::Email,
        Channel::Web,
        Channel::App,
        Channel::Document,
        Channel::Other,
    ];

    /// Position in [`Channel::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Someone the journey creates or removes value for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stakeholder {
    /// Stable identity of the stakeholder.
    pub id: StakeholderId,
    /// Who they are, in the user's words.
    pub name: String,
    /// Their role in the service relationship.
    pub role: Role,
    /// Which party they belong to.
    pub side: Side,
    /// Power over the journey, 0 to 10.
    #[serde(default = "middle_standing")]
    pub influence: u8,
    /// Stake in the journey, 0 to 10.
    #[serde(default = "middle_standing")]
    pub interest: u8,
    /// Influence and interest where they differ from the above in a given step.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standing_by_step: Vec<StepStanding>,
    /// How this stakeholder weighs outcomes, costs and risks.
    #[serde(default)]
    pub weights: Weights,
}

/// Influence and interest start in the middle of their 0–10 range.
fn middle_standing() -> u8 {
    5
}

/// A stakeholder's influence and interest in one step, overriding its journey-wide standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepStanding {
    /// The step.
    pub step: StepId,
    /// Influence in that step, 0 to 10.
    pub influence: u8,
    /// Interest in that step, 0 to 10.
    pub interest: u8,
}

impl Stakeholder {
    /// A stakeholder with middle standing and equal weights.
    pub fn new(id: StakeholderId, name: impl Into<String>, role: Role, side: Side) -> Self {
        Stakeholder {
            id,
            name: name.into(),
            role,
            side,
            influence: middle_standing(),
            interest: middle_standing(),
            standing_by_step: Vec::new(),
            weights: Weights::default(),
        }
    }

    /// Influence and interest in a step: the step's override if any, else the journey-wide one.
    pub fn standing_in(&self, step: StepId) -> (u8, u8) {
        self.standing_by_step
            .iter()
            .find(|standing| standing.step == step)
            .map_or((self.influence, self.interest), |s| {
                (s.influence, s.interest)
            })
    }
}

/// A stakeholder's role in ITIL 4 terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Authorises the budget for service consumption.
    Sponsor,
    /// Defines the requirements and owns the outcomes.
    Customer,
    /// Uses the service.
    User,
    /// Provides the service.
    Provider,
    /// Works for the provider.
    ProviderEmployee,
    /// Partner or supplier of either party.
    Partner,
    /// Owns a share of a party.
    Shareholder,
    /// Sets rules the parties must follow.
    Regulator,
    /// Society and community: jobs, taxes, environment.
    Society,
    /// A charity affected by the service.
    Charity,
    /// Any other stakeholder.
    Other,
}

impl Role {
    /// All roles, in the order a picker lists them.
    pub const ALL: [Role; 11] = [
        Role::Sponsor,
        Role::Customer,
        Role::User,
        Role::Provider,
        Role::ProviderEmployee,
        Role::Partner,
        Role::Shareholder,
        Role::Regulator,
        Role::Society,
        Role::Charity,
        Role::Other,
    ];

    /// Position in [`Role::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The party a stakeholder belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Side {
    /// The service consumer's organisation.
    Consumer,
    /// The service provider's organisation.
    Provider,
    /// Neither party: regulators, society, charities.
    Other,
}

impl Side {
    /// All sides: consumer, provider, other.
    pub const ALL: [Side; 3] = [Side::Consumer, Side::Provider, Side::Other];

    /// Position in [`Side::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}

impl Journey {
    /// A journey with the seven ITIL steps, in order, and nothing else.
    pub fn with_itil_steps(name: impl Into<String>) -> Self {
        let steps = Stage::ALL
            .into_iter()
            .zip(1..)
            .map(|(stage, n)| Step {
                id: StepId(n),
                stage,
                custom_name: None,
            })
            .collect();
        Journey {
            name: name.into(),
            steps,
            stakeholders: Vec::new(),
            touchpoints: Vec::new(),
            settings: Settings::default(),
            personas: Vec::new(),
            kpis: Vec::new(),
            insights: Vec::new(),
            loops: Vec::new(),
        }
    }

    /// The step with this id.
    pub fn step(&self, id: StepId) -> Option<&Step> {
        self.steps.iter().find(|step| step.id == id)
    }

    /// The touchpoint with this id.
    pub fn touchpoint(&self, id: TouchpointId) -> Option<&Touchpoint> {
        self.touchpoints
            .iter()
            .find(|touchpoint| touchpoint.id == id)
    }

    /// Touchpoints of one blueprint cell, in their order.
    pub fn touchpoints_in(&self, step: StepId, lane: Lane) -> impl Iterator<Item = &Touchpoint> {
        self.touchpoints
            .iter()
            .filter(move |t| t.step == step && t.lane == lane)
    }

    /// Where a step stands in the journey's order.
    pub fn step_position(&self, id: StepId) -> Option<usize> {
        self.steps.iter().position(|step| step.id == id)
    }
}
