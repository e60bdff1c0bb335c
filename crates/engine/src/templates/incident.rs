//! ITIL incident resolution: a sales representative's e-mail stops working, the managed
//! service provider's desk and engineers restore it, and both sides review what happened.
//!
//! The seven steps reuse stages (diagnosis and resolution both co-create, and confirmation,
//! closure and review all realize value), as real journeys loop.

use crate::build::{money, outcome, risk, time, Draft};
use crate::insight::{Anchor, InsightKind};
use crate::kpi::Measure;
use crate::model::Channel::{App, Document, Email, InPerson, Other, Phone, Web};
use crate::model::Lane::{ConsumerActions, ConsumerHidden, ProviderBackstage};
use crate::model::Lane::{ProviderFrontstage, SupportProcesses};
use crate::model::{Journey, Role, Side, Stage, StakeholderId};
use crate::value::{Rates, Relationship, Settings};

pub use text::IncidentText;

mod text;

/// Everyone the incident touches, consumer side first.
struct People {
    user: StakeholderId,
    service_owner: StakeholderId,
    head_of_sales: StakeholderId,
    provider: StakeholderId,
    agent: StakeholderId,
    engineer: StakeholderId,
    vendor: StakeholderId,
}

/// The incident resolution template, worded by `t`; every figure, id and structure is the
/// same whatever the words.
pub(super) fn journey(t: &IncidentText) -> Journey {
    let settings = Settings {
        relationship: Relationship::Cooperative,
        // Value in thousands of euros; time in hours, an hour worth 50 euros.
        rates: Rates {
            time: 0.05,
            ..Rates::default()
        },
        value_unit: "k€".to_owned(),
        ..Settings::default()
    };
    let mut draft = Draft::new(t.name, settings);
    let (consumer, provider) = (Side::Consumer, Side::Provider);
    let people = People {
        user: draft.stakeholder(t.user, Role::User, consumer, (2, 9)),
        service_owner: draft.stakeholder(t.service_owner, Role::Customer, consumer, (7, 8)),
        head_of_sales: draft.stakeholder(t.head_of_sales, Role::Sponsor, consumer, (8, 5)),
        provider: draft.stakeholder(t.provider, Role::Provider, provider, (8, 7)),
        agent: draft.stakeholder(t.agent, Role::ProviderEmployee, provider, (3, 6)),
        engineer: draft.stakeholder(t.engineer, Role::ProviderEmployee, provider, (4, 7)),
        vendor: draft.stakeholder(t.vendor, Role::Partner, provider, (5, 3)),
    };
    report_and_triage(&mut draft, &people, t);
    diagnose_and_resolve(&mut draft, &people, t);
    confirm_close_and_review(&mut draft, &people, t);
    design_notes(&mut draft, &people, t);
    draft.finish()
}

/// The service desk's targets (triage missed, resolution met, satisfaction missed), the fix
/// that does not hold, and the sales representative the desk serves.
fn design_notes(draft: &mut Draft, p: &People, t: &IncidentText) {
    let sam = &t.sam;
    draft.persona(p.user, [sam.name, sam.role, sam.goals, sam.context]);
    let triage = draft.step_named(t.triage);
    draft.kpi(triage, Measure::Duration, t.minutes, (15.0, 40.0));
    let resolve = draft.step_named(t.resolve);
    draft.kpi(resolve, Measure::Duration, t.hours, (8.0, 6.0));
    let close = draft.step_named(t.close);
    draft.kpi(close, Measure::Csat, "/5", (4.5, 3.9));
    let survey = draft.touchpoint_named(t.rate_support);
    let ask = t.one_question;
    draft.insight(InsightKind::Opportunity, survey, ask, (3, 4, 1));
    let report = Anchor::Step(draft.step_named(t.report));
    let queue = t.whole_team_affected;
    draft.insight(InsightKind::PainPoint, report, queue, (5, 4, 3));
    let confirm = draft.step_named(t.confirm);
    let diagnose = draft.step_named(t.diagnose);
    draft.loop_back(confirm, diagnose, t.fix_did_not_hold);
}

fn report_and_triage(draft: &mut Draft, p: &People, t: &IncidentText) {
    draft.step(Stage::Engage, t.report);
    draft
        .touchpoint(ConsumerHidden, t.work_around, Other)
        .effects([time(p.user, 2.0), risk(p.head_of_sales, 0.4, 20.0)])
        .feels(p.user, -2.0);
    draft
        .touchpoint(ConsumerActions, t.report_on_portal, Web)
        .effects([time(p.user, 0.25)])
        .initiated_by(p.user)
        .with([p.user])
        .feels(p.user, -1.0)
        .scores(5, 2);
    draft
        .touchpoint(ProviderFrontstage, t.log_ticket, Email)
        .effects([time(p.agent, 0.25)])
        .with([p.agent, p.user])
        .scores(4, 3);

    draft.step(Stage::Agree, t.triage);
    draft
        .touchpoint(ProviderFrontstage, t.agree_priority, Phone)
        .effects([outcome(p.user, 4.0, 3.0), time(p.agent, 0.25)])
        .initiated_by(p.agent)
        .with([p.agent, p.user])
        .feels(p.user, 0.0);
    draft
        .touchpoint(ProviderBackstage, t.classify, App)
        .effects([time(p.agent, 0.25), risk(p.provider, 0.2, 5.0)]);
    draft
        .touchpoint(ConsumerHidden, t.reschedule, Document)
        .effects([time(p.head_of_sales, 1.0)]);
}

fn diagnose_and_resolve(draft: &mut Draft, p: &People, t: &IncidentText) {
    draft.step(Stage::CoCreate, t.diagnose);
    draft
        .touchpoint(ConsumerActions, t.send_logs, Email)
        .effects([time(p.user, 0.5)])
        .initiated_by(p.engineer)
        .with([p.user, p.engineer])
        .feels(p.user, -1.0);
    draft
        .touchpoint(ProviderBackstage, t.reproduce, App)
        .effects([time(p.engineer, 3.0)]);
    draft
        .touchpoint(SupportProcesses, t.vendor_check, Phone)
        .effects([time(p.vendor, 1.0), money(p.provider, 0.5)])
        .initiated_by(p.engineer)
        .with([p.engineer, p.vendor]);

    draft.step(Stage::CoCreate, t.resolve);
    draft
        .touchpoint(ProviderBackstage, t.apply_fix, App)
        .effects([time(p.engineer, 1.0), outcome(p.provider, 5.0, 5.0)]);
    draft
        .touchpoint(SupportProcesses, t.emergency_change, Document)
        .effects([time(p.engineer, 0.5), risk(p.provider, 0.1, 10.0)]);
    draft
        .touchpoint(ConsumerActions, t.restored, App)
        .effects([
            outcome(p.user, 10.0, 8.0),
            outcome(p.head_of_sales, 20.0, 14.0),
        ])
        .cited_as_outcome()
        .feels(p.user, 1.0)
        .scores(5, 4);
}

fn confirm_close_and_review(draft: &mut Draft, p: &People, t: &IncidentText) {
    draft.step(Stage::Realize, t.confirm);
    draft
        .touchpoint(ProviderFrontstage, t.ask_to_confirm, Email)
        .effects([time(p.agent, 0.1)])
        .initiated_by(p.agent)
        .with([p.agent, p.user])
        .scores(3, 2);
    draft
        .touchpoint(ConsumerActions, t.confirm_restored, Web)
        .effects([time(p.user, 0.1), outcome(p.service_owner, 3.0, 3.0)])
        .initiated_by(p.user)
        .feels(p.user, 1.0)
        .moment_of_truth();

    draft.step(Stage::Realize, t.close);
    draft
        .touchpoint(ProviderBackstage, t.close_ticket, App)
        .effects([time(p.agent, 0.25)]);
    draft
        .touchpoint(ConsumerActions, t.rate_support, Web)
        // Few users answer the survey, so the provider learns little from it.
        .effects([outcome(p.provider, 2.0, 0.5)])
        .scores(2, 3);

    draft.step(Stage::Realize, t.review);
    draft
        .touchpoint(ProviderFrontstage, t.post_incident_review, InPerson)
        .effects([
            time(p.service_owner, 1.0),
            outcome(p.service_owner, 8.0, 4.0),
        ])
        .initiated_by(p.provider)
        .with([p.service_owner, p.engineer, p.provider])
        .feels(p.service_owner, 1.0);
    draft
        .touchpoint(ProviderBackstage, t.root_cause, Document)
        .effects([
            time(p.engineer, 4.0),
            outcome(p.provider, 10.0, 6.0),
            risk(p.head_of_sales, 0.1, 20.0),
        ]);
    draft
        .touchpoint(SupportProcesses, t.knowledge_base, App)
        .effects([time(p.agent, 0.5), outcome(p.agent, 3.0, 2.0)]);
    draft
        .touchpoint(ConsumerHidden, t.continuity_plan, Document)
        .effects([time(p.service_owner, 2.0)]);
}
