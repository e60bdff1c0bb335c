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

/// The incident resolution template.
pub(super) fn journey() -> Journey {
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
    let mut draft = Draft::new("Incident resolution: sales e-mail down", settings);
    let (consumer, provider) = (Side::Consumer, Side::Provider);
    let people = People {
        user: draft.stakeholder("Sales representative", Role::User, consumer, (2, 9)),
        service_owner: draft.stakeholder("IT service owner", Role::Customer, consumer, (7, 8)),
        head_of_sales: draft.stakeholder("Head of sales", Role::Sponsor, consumer, (8, 5)),
        provider: draft.stakeholder("Managed service provider", Role::Provider, provider, (8, 7)),
        agent: draft.stakeholder(
            "Service desk agent",
            Role::ProviderEmployee,
            provider,
            (3, 6),
        ),
        engineer: draft.stakeholder(
            "Resolver engineer",
            Role::ProviderEmployee,
            provider,
            (4, 7),
        ),
        vendor: draft.stakeholder("Mail platform vendor", Role::Partner, provider, (5, 3)),
    };
    report_and_triage(&mut draft, &people);
    diagnose_and_resolve(&mut draft, &people);
    confirm_close_and_review(&mut draft, &people);
    design_notes(&mut draft, &people);
    draft.finish()
}

/// The service desk's targets (triage missed, resolution met, satisfaction missed), the fix
/// that does not hold, and the sales representative the desk serves.
fn design_notes(draft: &mut Draft, p: &People) {
    draft.persona(
        p.user,
        [
            "Sam",
            "Sales representative",
            "Back to e-mailing customers within the hour.",
            "Works from customer sites; reports problems from a phone, between meetings.",
        ],
    );
    let triage = draft.step_named("Triage");
    draft.kpi(triage, Measure::Duration, "min", (15.0, 40.0));
    let resolve = draft.step_named("Resolve");
    draft.kpi(resolve, Measure::Duration, "h", (8.0, 6.0));
    let close = draft.step_named("Close");
    draft.kpi(close, Measure::Csat, "/5", (4.5, 3.9));
    let survey = draft.touchpoint_named("Rate the support received");
    let ask = "Ask one question in the confirmation e-mail instead of a survey";
    draft.insight(InsightKind::Opportunity, survey, ask, (3, 4, 1));
    let report = Anchor::Step(draft.step_named("Report"));
    let queue = "No way to tell the desk the whole sales team is affected";
    draft.insight(InsightKind::PainPoint, report, queue, (5, 4, 3));
    let confirm = draft.step_named("Confirm");
    let diagnose = draft.step_named("Diagnose");
    draft.loop_back(confirm, diagnose, "The fix did not hold");
}

fn report_and_triage(draft: &mut Draft, p: &People) {
    draft.step(Stage::Engage, "Report");
    draft
        .touchpoint(ConsumerHidden, "Sales team works around lost e-mail", Other)
        .effects([time(p.user, 2.0), risk(p.head_of_sales, 0.4, 20.0)])
        .feels(p.user, -2.0);
    draft
        .touchpoint(ConsumerActions, "Report the incident on the portal", Web)
        .effects([time(p.user, 0.25)])
        .initiated_by(p.user)
        .with([p.user])
        .feels(p.user, -1.0)
        .scores(5, 2);
    draft
        .touchpoint(
            ProviderFrontstage,
            "Log the ticket and acknowledge it",
            Email,
        )
        .effects([time(p.agent, 0.25)])
        .with([p.agent, p.user])
        .scores(4, 3);

    draft.step(Stage::Agree, "Triage");
    draft
        .touchpoint(ProviderFrontstage, "Agree priority and target time", Phone)
        .effects([outcome(p.user, 4.0, 3.0), time(p.agent, 0.25)])
        .initiated_by(p.agent)
        .with([p.agent, p.user])
        .feels(p.user, 0.0);
    draft
        .touchpoint(ProviderBackstage, "Classify and route to resolvers", App)
        .effects([time(p.agent, 0.25), risk(p.provider, 0.2, 5.0)]);
    draft
        .touchpoint(ConsumerHidden, "Reschedule client calls", Document)
        .effects([time(p.head_of_sales, 1.0)]);
}

fn diagnose_and_resolve(draft: &mut Draft, p: &People) {
    draft.step(Stage::CoCreate, "Diagnose");
    draft
        .touchpoint(ConsumerActions, "Send logs and screenshots", Email)
        .effects([time(p.user, 0.5)])
        .initiated_by(p.engineer)
        .with([p.user, p.engineer])
        .feels(p.user, -1.0);
    draft
        .touchpoint(
            ProviderBackstage,
            "Reproduce the fault and find its cause",
            App,
        )
        .effects([time(p.engineer, 3.0)]);
    draft
        .touchpoint(SupportProcesses, "Vendor checks the mail gateway", Phone)
        .effects([time(p.vendor, 1.0), money(p.provider, 0.5)])
        .initiated_by(p.engineer)
        .with([p.engineer, p.vendor]);

    draft.step(Stage::CoCreate, "Resolve");
    draft
        .touchpoint(ProviderBackstage, "Apply and test the fix", App)
        .effects([time(p.engineer, 1.0), outcome(p.provider, 5.0, 5.0)]);
    draft
        .touchpoint(SupportProcesses, "Emergency change approval", Document)
        .effects([time(p.engineer, 0.5), risk(p.provider, 0.1, 10.0)]);
    draft
        .touchpoint(ConsumerActions, "E-mail works again", App)
        .effects([
            outcome(p.user, 10.0, 8.0),
            outcome(p.head_of_sales, 20.0, 14.0),
        ])
        .cited_as_outcome()
        .feels(p.user, 1.0)
        .scores(5, 4);
}

fn confirm_close_and_review(draft: &mut Draft, p: &People) {
    draft.step(Stage::Realize, "Confirm");
    draft
        .touchpoint(ProviderFrontstage, "Ask the user to confirm the fix", Email)
        .effects([time(p.agent, 0.1)])
        .initiated_by(p.agent)
        .with([p.agent, p.user])
        .scores(3, 2);
    draft
        .touchpoint(ConsumerActions, "Confirm that service is restored", Web)
        .effects([time(p.user, 0.1), outcome(p.service_owner, 3.0, 3.0)])
        .initiated_by(p.user)
        .feels(p.user, 1.0)
        .moment_of_truth();

    draft.step(Stage::Realize, "Close");
    draft
        .touchpoint(
            ProviderBackstage,
            "Close the ticket with resolution notes",
            App,
        )
        .effects([time(p.agent, 0.25)]);
    draft
        .touchpoint(ConsumerActions, "Rate the support received", Web)
        // Few users answer the survey, so the provider learns little from it.
        .effects([outcome(p.provider, 2.0, 0.5)])
        .scores(2, 3);

    draft.step(Stage::Realize, "Review");
    draft
        .touchpoint(ProviderFrontstage, "Post-incident review", InPerson)
        .effects([
            time(p.service_owner, 1.0),
            outcome(p.service_owner, 8.0, 4.0),
        ])
        .initiated_by(p.provider)
        .with([p.service_owner, p.engineer, p.provider])
        .feels(p.service_owner, 1.0);
    draft
        .touchpoint(ProviderBackstage, "Remove the root cause", Document)
        .effects([
            time(p.engineer, 4.0),
            outcome(p.provider, 10.0, 6.0),
            risk(p.head_of_sales, 0.1, 20.0),
        ]);
    draft
        .touchpoint(SupportProcesses, "Update the knowledge base", App)
        .effects([time(p.agent, 0.5), outcome(p.agent, 3.0, 2.0)]);
    draft
        .touchpoint(ConsumerHidden, "Update the continuity plan", Document)
        .effects([time(p.service_owner, 2.0)]);
}
