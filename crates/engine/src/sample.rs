//! The journey a new user sees first: a company buying mobile telephony from an operator.
//!
//! Its figures are realistic in shape and chosen so that every kind of finding appears once
//! or more; the golden test in `tests/valuation.rs` checks each of them by hand.

use crate::model::{
    Channel, ElementKind, Emotion, Journey, Lane, Role, Side, Stage, Stakeholder, StakeholderId,
    StepId, StepStanding, Touchpoint, TouchpointId,
};
use crate::value::{EffectKind, Rates, Relationship, Settings, ValueEffect, Weights};

const IT_MANAGER: StakeholderId = StakeholderId(1);
const COMMS_MANAGER: StakeholderId = StakeholderId(2);
const CFO: StakeholderId = StakeholderId(3);
const EMPLOYEES: StakeholderId = StakeholderId(4);
const OPERATOR: StakeholderId = StakeholderId(5);
const ACCOUNT_TEAM: StakeholderId = StakeholderId(6);
const HANDSET_SUPPLIER: StakeholderId = StakeholderId(7);

/// The built-in sample: a B2B mobile telephony contract, from first market scan to the
/// quarterly review, with work on both sides of both lines of visibility.
pub fn sample_journey() -> Journey {
    let mut journey = Journey::with_itil_steps("Mobile telephony for Acme Corp");
    journey.settings = Settings {
        relationship: Relationship::Partnership,
        // Value in thousands of euros; a day of a manager's time is worth 2.
        rates: Rates {
            money: 1.0,
            time: 2.0,
            resources: 1.0,
        },
        value_unit: "k€".to_owned(),
        ..Settings::default()
    };
    journey.stakeholders = stakeholders();
    journey.touchpoints = touchpoints();
    journey
}

fn stakeholders() -> Vec<Stakeholder> {
    let people = [
        (
            IT_MANAGER,
            "IT manager",
            Role::Customer,
            Side::Consumer,
            8,
            9,
        ),
        (
            COMMS_MANAGER,
            "Communications manager",
            Role::Customer,
            Side::Consumer,
            6,
            8,
        ),
        (CFO, "CFO", Role::Sponsor, Side::Consumer, 9, 4),
        (EMPLOYEES, "Employees", Role::User, Side::Consumer, 3, 8),
        (OPERATOR, "Operator", Role::Provider, Side::Provider, 9, 9),
        (
            ACCOUNT_TEAM,
            "Account team",
            Role::ProviderEmployee,
            Side::Provider,
            4,
            9,
        ),
        (
            HANDSET_SUPPLIER,
            "Handset supplier",
            Role::Partner,
            Side::Provider,
            2,
            3,
        ),
    ];
    people
        .into_iter()
        .map(|(id, name, role, side, influence, interest)| {
            let mut stakeholder = Stakeholder::new(id, name, role, side);
            stakeholder.influence = influence;
            stakeholder.interest = interest;
            match id {
                // The CFO weighs money twice, and becomes a close stakeholder while agreeing.
                CFO => {
                    stakeholder.weights = Weights {
                        costs: 2.0,
                        ..Weights::default()
                    };
                    stakeholder.standing_by_step = vec![StepStanding {
                        step: step_of(Stage::Agree),
                        influence: 10,
                        interest: 9,
                    }];
                }
                // The IT manager answers for service continuity, so fears lock-in twice as much.
                IT_MANAGER => {
                    stakeholder.weights = Weights {
                        risks: 2.0,
                        ..Weights::default()
                    }
                }
                _ => {}
            }
            stakeholder
        })
        .collect()
}

fn outcome(stakeholder: StakeholderId, potential: f64, realised: f64) -> ValueEffect {
    ValueEffect {
        stakeholder,
        kind: EffectKind::Outcome {
            potential,
            realised,
        },
    }
}

fn money(stakeholder: StakeholderId, money: f64) -> ValueEffect {
    ValueEffect {
        stakeholder,
        kind: EffectKind::Cost {
            money,
            time: 0.0,
            resources: 0.0,
        },
    }
}

fn days(stakeholder: StakeholderId, time: f64) -> ValueEffect {
    ValueEffect {
        stakeholder,
        kind: EffectKind::Cost {
            money: 0.0,
            time,
            resources: 0.0,
        },
    }
}

fn risk(stakeholder: StakeholderId, probability: f64, impact: f64) -> ValueEffect {
    ValueEffect {
        stakeholder,
        kind: EffectKind::Risk {
            probability,
            impact,
        },
    }
}

fn feels(stakeholder: StakeholderId, value: f64) -> Emotion {
    Emotion { stakeholder, value }
}

fn touchpoints() -> Vec<Touchpoint> {
    use Channel::*;
    use Lane::*;
    use Stage::*;
    let plain = [
        (
            Explore,
            ConsumerHidden,
            "Audit current phone costs",
            Document,
            vec![days(IT_MANAGER, 2.0)],
        ),
        (
            Explore,
            ConsumerHidden,
            "Benchmark operators in analyst reports",
            Web,
            vec![],
        ),
        (
            Explore,
            ProviderBackstage,
            "Market segmentation",
            Other,
            vec![money(OPERATOR, 5.0)],
        ),
        (
            Explore,
            ProviderBackstage,
            "Design offers for large accounts",
            Other,
            vec![],
        ),
        (Engage, ConsumerActions, "Request a meeting", Email, vec![]),
        (
            Engage,
            ProviderFrontstage,
            "Discovery meeting with account manager",
            InPerson,
            vec![
                outcome(IT_MANAGER, 10.0, 8.0),
                days(IT_MANAGER, 1.0),
                days(ACCOUNT_TEAM, 1.0),
                outcome(OPERATOR, 6.0, 6.0),
            ],
        ),
        (
            Engage,
            ProviderBackstage,
            "Qualify the lead in CRM",
            App,
            vec![],
        ),
        (
            Offer,
            ConsumerHidden,
            "Define requirements and budget",
            Document,
            vec![],
        ),
        (
            Offer,
            ProviderFrontstage,
            "Tailored proposal",
            Document,
            vec![outcome(IT_MANAGER, 20.0, 12.0), money(OPERATOR, 3.0)],
        ),
        (
            Offer,
            ProviderBackstage,
            "Price the fleet and coverage",
            Other,
            vec![risk(OPERATOR, 0.2, 10.0)],
        ),
        (
            Agree,
            ConsumerHidden,
            "CFO approves the negotiated cost",
            Document,
            vec![days(CFO, 1.0)],
        ),
        (
            Agree,
            ConsumerActions,
            "Negotiate contract terms",
            InPerson,
            vec![
                days(IT_MANAGER, 3.0),
                days(COMMS_MANAGER, 2.0),
                days(ACCOUNT_TEAM, 3.0),
            ],
        ),
        (
            Agree,
            ProviderFrontstage,
            "Contract and service levels",
            Document,
            vec![risk(IT_MANAGER, 0.3, 20.0), outcome(OPERATOR, 50.0, 50.0)],
        ),
        (
            Agree,
            ProviderBackstage,
            "Credit check of the customer",
            App,
            vec![],
        ),
        (
            Agree,
            SupportProcesses,
            "Legal review",
            Other,
            vec![money(OPERATOR, 4.0)],
        ),
        (
            Onboard,
            ConsumerHidden,
            "Prepare the list of users",
            Document,
            vec![days(COMMS_MANAGER, 2.0)],
        ),
        (
            Onboard,
            ConsumerActions,
            "Employees order their phones",
            Web,
            vec![days(EMPLOYEES, 1.0), outcome(EMPLOYEES, 10.0, 6.0)],
        ),
        (
            Onboard,
            ProviderFrontstage,
            "Onboarding workshop",
            InPerson,
            vec![outcome(COMMS_MANAGER, 8.0, 8.0), days(ACCOUNT_TEAM, 2.0)],
        ),
        (
            Onboard,
            ProviderBackstage,
            "Port numbers and activate lines",
            App,
            vec![
                money(OPERATOR, 6.0),
                risk(EMPLOYEES, 0.1, 20.0),
                outcome(OPERATOR, 12.0, 12.0),
            ],
        ),
        (
            Onboard,
            SupportProcesses,
            "Handset logistics",
            Other,
            vec![outcome(HANDSET_SUPPLIER, 15.0, 15.0), money(OPERATOR, 10.0)],
        ),
        (
            CoCreate,
            ConsumerHidden,
            "Manage phone allowances",
            Document,
            vec![],
        ),
        (
            CoCreate,
            ConsumerActions,
            "Employees call and use data",
            App,
            vec![outcome(EMPLOYEES, 40.0, 30.0)],
        ),
        (
            CoCreate,
            ProviderFrontstage,
            "Business support line",
            Phone,
            vec![days(EMPLOYEES, 1.0), money(OPERATOR, 5.0)],
        ),
        (
            CoCreate,
            ProviderBackstage,
            "Network operations",
            Other,
            vec![money(OPERATOR, 8.0), risk(OPERATOR, 0.05, 40.0)],
        ),
        (
            CoCreate,
            SupportProcesses,
            "Billing run",
            Other,
            vec![outcome(OPERATOR, 30.0, 30.0), money(CFO, 12.0)],
        ),
        (
            Realize,
            ConsumerHidden,
            "Monitor performance against the contract",
            Document,
            vec![days(IT_MANAGER, 2.0)],
        ),
        (
            Realize,
            ConsumerActions,
            "Quarterly service review",
            InPerson,
            vec![days(IT_MANAGER, 1.0), days(ACCOUNT_TEAM, 1.0)],
        ),
        (
            Realize,
            ProviderFrontstage,
            "Usage and savings report",
            Document,
            vec![money(OPERATOR, 1.0)],
        ),
        (
            Realize,
            ProviderBackstage,
            "Analyse usage for upsell",
            Other,
            vec![money(OPERATOR, 1.0)],
        ),
    ];
    let mut touchpoints: Vec<Touchpoint> = plain
        .into_iter()
        .zip(1..)
        .map(|((stage, lane, name, channel, effects), id)| Touchpoint {
            channel,
            effects,
            ..Touchpoint::new(TouchpointId(id), step_of(stage), lane, name)
        })
        .collect();
    let mut detail = |name: &str, describe: &dyn Fn(&mut Touchpoint)| {
        if let Some(touchpoint) = touchpoints.iter_mut().find(|t| t.name == name) {
            describe(touchpoint);
        }
    };
    detail("Discovery meeting with account manager", &|t| {
        t.initiator = Some(IT_MANAGER);
        t.participants = vec![IT_MANAGER, ACCOUNT_TEAM];
    });
    detail("Negotiate contract terms", &|t| {
        t.initiator = Some(IT_MANAGER);
        t.participants = vec![IT_MANAGER, COMMS_MANAGER, ACCOUNT_TEAM];
        t.emotions = vec![feels(IT_MANAGER, -1.0)];
    });
    detail("CFO approves the negotiated cost", &|t| {
        t.emotions = vec![feels(CFO, 0.0)]
    });
    detail("Employees order their phones", &|t| {
        t.emotions = vec![feels(EMPLOYEES, 1.0)]
    });
    detail("Onboarding workshop", &|t| {
        t.initiator = Some(ACCOUNT_TEAM);
        t.participants = vec![COMMS_MANAGER, EMPLOYEES, ACCOUNT_TEAM];
        t.emotions = vec![feels(COMMS_MANAGER, 2.0)];
        // The provider's showcase, which customers rate as a formality.
        t.importance = 2;
        t.effort = 5;
    });
    detail("Port numbers and activate lines", &|t| {
        t.element = ElementKind::Outcome
    });
    detail("Employees call and use data", &|t| {
        t.element = ElementKind::Outcome;
        t.emotions = vec![feels(EMPLOYEES, 1.0)];
        t.importance = 5;
        t.effort = 5;
    });
    detail("Business support line", &|t| {
        t.initiator = Some(EMPLOYEES);
        t.participants = vec![EMPLOYEES, OPERATOR];
        t.emotions = vec![feels(EMPLOYEES, -2.0)];
        // What users value most is staffed least.
        t.importance = 5;
        t.effort = 2;
    });
    detail("Quarterly service review", &|t| {
        t.initiator = Some(ACCOUNT_TEAM);
        t.participants = vec![IT_MANAGER, COMMS_MANAGER, ACCOUNT_TEAM];
        t.emotions = vec![feels(COMMS_MANAGER, 1.0)];
    });
    touchpoints
}

/// Steps of [`Journey::with_itil_steps`] are numbered from 1 in stage order.
fn step_of(stage: Stage) -> StepId {
    StepId(stage.index() as u32 + 1)
}
