//! The journey a new user sees first: a company buying mobile telephony from an operator.
//!
//! Its figures are realistic in shape and chosen so that every kind of finding appears once
//! or more; the golden test in `tests/valuation.rs` checks each of them by hand.

use crate::build::{money, outcome, risk, time, Draft};
use crate::insight::{Anchor, InsightKind};
use crate::kpi::Measure;
use crate::model::Channel::{App, Document, Email, InPerson, Other, Phone, Web};
use crate::model::Lane::{ConsumerActions, ConsumerHidden, ProviderBackstage};
use crate::model::Lane::{ProviderFrontstage, SupportProcesses};
use crate::model::{Journey, Role, Side, Stage, StakeholderId};
use crate::value::{Rates, Relationship, Settings, Weights};

pub use text::{PersonaText, SampleText};

mod text;

/// The sample's stakeholders, consumer side first.
struct People {
    it_manager: StakeholderId,
    comms_manager: StakeholderId,
    cfo: StakeholderId,
    employees: StakeholderId,
    operator: StakeholderId,
    account_team: StakeholderId,
    handset_supplier: StakeholderId,
}

/// The built-in sample: a B2B mobile telephony contract, from first market scan to the
/// quarterly review, with work on both sides of both lines of visibility, worded by `t`.
/// Every figure, id and structure is the same whatever the words.
pub fn sample_journey_in(t: &SampleText) -> Journey {
    let settings = Settings {
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
    let mut draft = Draft::itil(t.name, settings);
    let people = stakeholders(&mut draft, t);
    touchpoints(&mut draft, &people, t);
    design_notes(&mut draft, &people, t);
    draft.finish()
}

fn stakeholders(draft: &mut Draft, t: &SampleText) -> People {
    let (consumer, provider) = (Side::Consumer, Side::Provider);
    let people = People {
        it_manager: draft.stakeholder(t.it_manager, Role::Customer, consumer, (8, 9)),
        comms_manager: draft.stakeholder(t.comms_manager, Role::Customer, consumer, (6, 8)),
        cfo: draft.stakeholder(t.cfo, Role::Sponsor, consumer, (9, 4)),
        employees: draft.stakeholder(t.employees, Role::User, consumer, (3, 8)),
        operator: draft.stakeholder(t.operator, Role::Provider, provider, (9, 9)),
        account_team: draft.stakeholder(t.account_team, Role::ProviderEmployee, provider, (4, 9)),
        handset_supplier: draft.stakeholder(t.handset_supplier, Role::Partner, provider, (2, 3)),
    };
    // The CFO weighs money twice, and becomes a close stakeholder while agreeing.
    let costs_twice = Weights {
        costs: 2.0,
        ..Weights::default()
    };
    draft.weigh(people.cfo, costs_twice);
    draft.standing(people.cfo, Draft::itil_step(Stage::Agree), (10, 9));
    // The IT manager answers for service continuity, so fears lock-in twice as much.
    let risks_twice = Weights {
        risks: 2.0,
        ..Weights::default()
    };
    draft.weigh(people.it_manager, risks_twice);
    people
}

fn touchpoints(draft: &mut Draft, p: &People, t: &SampleText) {
    draft.enter(Stage::Explore);
    draft
        .touchpoint(ConsumerHidden, t.audit_costs, Document)
        .effects([time(p.it_manager, 2.0)]);
    draft.touchpoint(ConsumerHidden, t.benchmark, Web);
    draft
        .touchpoint(ProviderBackstage, t.segmentation, Other)
        .effects([money(p.operator, 5.0)]);
    draft.touchpoint(ProviderBackstage, t.design_offers, Other);

    draft.enter(Stage::Engage);
    draft.touchpoint(ConsumerActions, t.request_meeting, Email);
    draft
        .touchpoint(ProviderFrontstage, t.discovery, InPerson)
        .effects([
            outcome(p.it_manager, 10.0, 8.0),
            time(p.it_manager, 1.0),
            time(p.account_team, 1.0),
            outcome(p.operator, 6.0, 6.0),
        ])
        .initiated_by(p.it_manager)
        .with([p.it_manager, p.account_team]);
    draft.touchpoint(ProviderBackstage, t.qualify_lead, App);

    draft.enter(Stage::Offer);
    draft.touchpoint(ConsumerHidden, t.requirements, Document);
    draft
        .touchpoint(ProviderFrontstage, t.proposal, Document)
        .effects([outcome(p.it_manager, 20.0, 12.0), money(p.operator, 3.0)]);
    draft
        .touchpoint(ProviderBackstage, t.pricing, Other)
        .effects([risk(p.operator, 0.2, 10.0)]);

    draft.enter(Stage::Agree);
    draft
        .touchpoint(ConsumerHidden, t.approval, Document)
        .effects([time(p.cfo, 1.0)])
        .feels(p.cfo, 0.0);
    draft
        .touchpoint(ConsumerActions, t.negotiate, InPerson)
        .effects([
            time(p.it_manager, 3.0),
            time(p.comms_manager, 2.0),
            time(p.account_team, 3.0),
        ])
        .initiated_by(p.it_manager)
        .with([p.it_manager, p.comms_manager, p.account_team])
        .feels(p.it_manager, -1.0);
    draft
        .touchpoint(ProviderFrontstage, t.contract, Document)
        .effects([
            risk(p.it_manager, 0.3, 20.0),
            outcome(p.operator, 50.0, 50.0),
        ]);
    draft.touchpoint(ProviderBackstage, t.credit_check, App);
    draft
        .touchpoint(SupportProcesses, t.legal_review, Other)
        .effects([money(p.operator, 4.0)]);

    draft.enter(Stage::Onboard);
    draft
        .touchpoint(ConsumerHidden, t.user_list, Document)
        .effects([time(p.comms_manager, 2.0)]);
    draft
        .touchpoint(ConsumerActions, t.order_phones, Web)
        .effects([time(p.employees, 1.0), outcome(p.employees, 10.0, 6.0)])
        .feels(p.employees, 1.0)
        .moment_of_truth();
    draft
        .touchpoint(ProviderFrontstage, t.workshop, InPerson)
        .effects([
            outcome(p.comms_manager, 8.0, 8.0),
            time(p.account_team, 2.0),
        ])
        .initiated_by(p.account_team)
        .with([p.comms_manager, p.employees, p.account_team])
        .feels(p.comms_manager, 2.0)
        // The provider's showcase, which customers rate as a formality.
        .scores(2, 5);
    draft
        .touchpoint(ProviderBackstage, t.activation, App)
        .effects([
            money(p.operator, 6.0),
            risk(p.employees, 0.1, 20.0),
            outcome(p.operator, 12.0, 12.0),
        ])
        .cited_as_outcome()
        .fail_point();
    draft
        .touchpoint(SupportProcesses, t.logistics, Other)
        .effects([
            outcome(p.handset_supplier, 15.0, 15.0),
            money(p.operator, 10.0),
        ]);

    draft.enter(Stage::CoCreate);
    draft.touchpoint(ConsumerHidden, t.allowances, Document);
    draft
        .touchpoint(ConsumerActions, t.usage, App)
        .effects([outcome(p.employees, 40.0, 30.0)])
        .cited_as_outcome()
        .feels(p.employees, 1.0)
        .scores(5, 5);
    draft
        .touchpoint(ProviderFrontstage, t.support_line, Phone)
        .effects([time(p.employees, 1.0), money(p.operator, 5.0)])
        .initiated_by(p.employees)
        .with([p.employees, p.operator])
        .feels(p.employees, -2.0)
        // What users value most is staffed least.
        .scores(5, 2)
        .fail_point()
        .moment_of_truth();
    draft
        .touchpoint(ProviderBackstage, t.network, Other)
        .effects([money(p.operator, 8.0), risk(p.operator, 0.05, 40.0)]);
    draft
        .touchpoint(SupportProcesses, t.billing, Other)
        .effects([outcome(p.operator, 30.0, 30.0), money(p.cfo, 12.0)]);

    draft.enter(Stage::Realize);
    draft
        .touchpoint(ConsumerHidden, t.monitoring, Document)
        .effects([time(p.it_manager, 2.0)]);
    draft
        .touchpoint(ConsumerActions, t.quarterly_review, InPerson)
        .effects([time(p.it_manager, 1.0), time(p.account_team, 1.0)])
        .initiated_by(p.account_team)
        .with([p.it_manager, p.comms_manager, p.account_team])
        .feels(p.comms_manager, 1.0);
    draft
        .touchpoint(ProviderFrontstage, t.usage_report, Document)
        .effects([money(p.operator, 1.0)]);
    draft
        .touchpoint(ProviderBackstage, t.upsell_analysis, Other)
        .effects([money(p.operator, 1.0)]);
}

/// What the designers noted on the journey: who the people are, what each step is measured
/// by (three targets missed), pain points and opportunities in every priority quadrant, and
/// the two ways back.
fn design_notes(draft: &mut Draft, p: &People, t: &SampleText) {
    for (who, persona) in [
        (p.it_manager, &t.karim),
        (p.employees, &t.lea),
        (p.cfo, &t.martine),
    ] {
        draft.persona(
            who,
            [persona.name, persona.role, persona.goals, persona.context],
        );
    }

    let step = Draft::itil_step;
    draft.kpi(step(Stage::Offer), Measure::Duration, t.days, (10.0, 14.0));
    draft.kpi(step(Stage::Agree), Measure::Duration, t.days, (20.0, 35.0));
    draft.kpi(step(Stage::Onboard), Measure::Csat, "/5", (4.5, 4.6));
    draft.kpi(step(Stage::CoCreate), Measure::Ces, "/7", (5.5, 4.2));
    draft.kpi(
        step(Stage::CoCreate),
        Measure::CostToServe,
        "k€",
        (8.0, 5.0),
    );
    draft.kpi(step(Stage::Realize), Measure::Nps, "", (30.0, 12.0));

    use InsightKind::{Opportunity, PainPoint};
    let support = draft.touchpoint_named(t.support_line);
    draft.insight(PainPoint, support, t.long_waits, (5, 3, 3));
    let negotiate = draft.touchpoint_named(t.negotiate);
    let standard = t.standard_contract;
    draft.insight(Opportunity, negotiate, standard, (4, 4, 2));
    let agree = Anchor::Step(step(Stage::Agree));
    let rounds = t.negotiation_rounds;
    draft.insight(PainPoint, agree, rounds, (3, 4, 4));
    let report = draft.touchpoint_named(t.usage_report);
    draft.insight(Opportunity, report, t.dashboard, (4, 5, 5));
    let workshop = draft.touchpoint_named(t.workshop);
    let shorter = t.remote_workshop;
    draft.insight(Opportunity, workshop, shorter, (2, 3, 2));
    let upsell = draft.touchpoint_named(t.upsell_analysis);
    let early = t.early_upsell;
    draft.insight(PainPoint, upsell, early, (2, 2, 4));

    draft.loop_back(step(Stage::Agree), step(Stage::Offer), t.terms_rejected);
    draft.loop_back(step(Stage::Realize), step(Stage::Agree), t.renewal);
}
