//! The journey a new user sees first: a company buying mobile telephony from an operator.

use crate::model::{
    Channel, Journey, Lane, Role, Side, Stage, Stakeholder, StakeholderId, StepId, Touchpoint,
    TouchpointId,
};

/// The built-in sample: a B2B mobile telephony contract, from first market scan to the
/// yearly review, with work on both sides of both lines of visibility.
pub fn sample_journey() -> Journey {
    let mut journey = Journey::with_itil_steps("Mobile telephony for Acme Corp");
    journey.stakeholders = [
        ("IT manager", Role::Customer, Side::Consumer),
        ("Communications manager", Role::Customer, Side::Consumer),
        ("CFO", Role::Sponsor, Side::Consumer),
        ("Employees", Role::User, Side::Consumer),
        ("Operator", Role::Provider, Side::Provider),
        ("Account team", Role::ProviderEmployee, Side::Provider),
        ("Handset supplier", Role::Partner, Side::Provider),
    ]
    .into_iter()
    .zip(1..)
    .map(|((name, role, side), id)| Stakeholder {
        id: StakeholderId(id),
        name: name.to_owned(),
        role,
        side,
    })
    .collect();

    use Channel::*;
    use Lane::*;
    let touchpoints = [
        (
            Stage::Explore,
            ConsumerHidden,
            "Audit current phone costs",
            Document,
        ),
        (
            Stage::Explore,
            ConsumerActions,
            "Compare operator offers online",
            Web,
        ),
        (
            Stage::Explore,
            ProviderFrontstage,
            "Business offers web page",
            Web,
        ),
        (
            Stage::Explore,
            ProviderBackstage,
            "Market segmentation",
            Other,
        ),
        (Stage::Engage, ConsumerActions, "Request a meeting", Email),
        (
            Stage::Engage,
            ProviderFrontstage,
            "Discovery meeting with account manager",
            InPerson,
        ),
        (
            Stage::Engage,
            ProviderBackstage,
            "Qualify the lead in CRM",
            App,
        ),
        (
            Stage::Offer,
            ConsumerHidden,
            "Define requirements and budget",
            Document,
        ),
        (
            Stage::Offer,
            ProviderFrontstage,
            "Tailored proposal",
            Document,
        ),
        (
            Stage::Offer,
            ProviderBackstage,
            "Price the fleet and coverage",
            Other,
        ),
        (
            Stage::Agree,
            ConsumerHidden,
            "CFO approves the negotiated cost",
            Document,
        ),
        (
            Stage::Agree,
            ConsumerActions,
            "Negotiate contract terms",
            InPerson,
        ),
        (
            Stage::Agree,
            ProviderFrontstage,
            "Contract and service levels",
            Document,
        ),
        (Stage::Agree, SupportProcesses, "Legal review", Other),
        (
            Stage::Onboard,
            ConsumerHidden,
            "Prepare the list of users",
            Document,
        ),
        (
            Stage::Onboard,
            ConsumerActions,
            "Employees order their phones",
            Web,
        ),
        (
            Stage::Onboard,
            ProviderFrontstage,
            "Onboarding workshop",
            InPerson,
        ),
        (
            Stage::Onboard,
            ProviderBackstage,
            "Port numbers and activate lines",
            App,
        ),
        (Stage::Onboard, SupportProcesses, "Handset logistics", Other),
        (
            Stage::CoCreate,
            ConsumerActions,
            "Employees call and use data",
            App,
        ),
        (
            Stage::CoCreate,
            ProviderFrontstage,
            "Business support line",
            Phone,
        ),
        (
            Stage::CoCreate,
            ProviderBackstage,
            "Network operations",
            Other,
        ),
        (Stage::CoCreate, SupportProcesses, "Billing run", Other),
        (
            Stage::Realize,
            ConsumerHidden,
            "Monitor performance against the contract",
            Document,
        ),
        (
            Stage::Realize,
            ConsumerActions,
            "Quarterly service review",
            InPerson,
        ),
        (
            Stage::Realize,
            ProviderFrontstage,
            "Usage and savings report",
            Document,
        ),
    ];
    journey.touchpoints = touchpoints
        .into_iter()
        .zip(1..)
        .map(|((stage, lane, name, channel), id)| Touchpoint {
            id: TouchpointId(id),
            step: step_of(stage),
            lane,
            name: name.to_owned(),
            channel,
        })
        .collect();
    journey
}

/// Steps of [`Journey::with_itil_steps`] are numbered from 1 in stage order.
fn step_of(stage: Stage) -> StepId {
    StepId(stage.index() as u32 + 1)
}
