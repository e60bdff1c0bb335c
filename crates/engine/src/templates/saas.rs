//! SaaS onboarding: a team admin tries a planning tool, brings the team in, pays for it and
//! reviews adoption with the vendor's customer success manager.
//!
//! Onboarding happens twice, as it does: the admin activates the workspace alone, gets a
//! first result, and only then onboards the team.

use crate::build::{money, outcome, risk, time, Draft};
use crate::insight::InsightKind;
use crate::kpi::Measure;
use crate::model::Channel::{App, Document, Email, Other, Phone, Web};
use crate::model::Lane::{ConsumerActions, ConsumerHidden, ProviderBackstage};
use crate::model::Lane::{ProviderFrontstage, SupportProcesses};
use crate::model::{Journey, Role, Side, Stage, StakeholderId};
use crate::value::{Rates, Settings};

/// Everyone the subscription touches, consumer side first.
struct People {
    members: StakeholderId,
    admin: StakeholderId,
    finance: StakeholderId,
    vendor: StakeholderId,
    success_manager: StakeholderId,
    payments: StakeholderId,
}

/// The SaaS onboarding template.
pub(super) fn journey() -> Journey {
    let settings = Settings {
        // Value in thousands of euros; time in hours, an hour worth 40 euros.
        rates: Rates {
            time: 0.04,
            ..Rates::default()
        },
        value_unit: "k€".to_owned(),
        ..Settings::default()
    };
    let mut draft = Draft::new("SaaS onboarding: a planning tool for a studio", settings);
    let (consumer, provider) = (Side::Consumer, Side::Provider);
    let people = People {
        members: draft.stakeholder("Team members", Role::User, consumer, (3, 7)),
        admin: draft.stakeholder("Team admin", Role::Customer, consumer, (7, 9)),
        finance: draft.stakeholder("Finance manager", Role::Sponsor, consumer, (9, 3)),
        vendor: draft.stakeholder("SaaS vendor", Role::Provider, provider, (6, 8)),
        success_manager: draft.stakeholder(
            "Customer success manager",
            Role::ProviderEmployee,
            provider,
            (3, 8),
        ),
        payments: draft.stakeholder("Payment provider", Role::Partner, provider, (2, 2)),
    };
    sign_up_and_activate(&mut draft, &people);
    invite_the_team(&mut draft, &people);
    convert_and_review(&mut draft, &people);
    design_notes(&mut draft, &people);
    draft.finish()
}

/// Activation and conversion targets, the admin the product is sold to, and the way back to
/// inviting more people once a review shows who is missing.
fn design_notes(draft: &mut Draft, p: &People) {
    draft.persona(
        p.admin,
        [
            "Priya",
            "Team lead, product operations",
            "Plan the quarter in one place the whole team uses.",
            "Tries three tools in a week and keeps the one her team adopts without training.",
        ],
    );
    let activation = draft.step_named("Activation");
    draft.kpi(activation, Measure::Duration, "days", (1.0, 3.0));
    let conversion = draft.step_named("Conversion to paid");
    let rate = draft.kpi(conversion, Measure::Custom, "%", (25.0, 18.0));
    rate.label = Some("Trial-to-paid conversion".to_owned());
    let invite = draft.touchpoint_named("Invite team members");
    let bulk = "Invite a whole team from the company directory";
    draft.insight(InsightKind::Opportunity, invite, bulk, (4, 5, 3));
    let review = draft.step_named("Adoption review");
    let team_invite = draft.step_named("Team invite");
    draft.loop_back(review, team_invite, "Another team wants in");
}

fn sign_up_and_activate(draft: &mut Draft, p: &People) {
    draft.step(Stage::Engage, "Trial sign-up");
    draft
        .touchpoint(ConsumerHidden, "Shortlist tools for the team", Web)
        .effects([time(p.admin, 4.0)]);
    draft
        .touchpoint(ConsumerActions, "Sign up for the 14-day trial", Web)
        .effects([time(p.admin, 0.2)])
        .initiated_by(p.admin)
        .with([p.admin])
        .feels(p.admin, 1.0);
    draft
        .touchpoint(ProviderFrontstage, "Welcome e-mail with a checklist", Email)
        .scores(2, 2);
    draft
        .touchpoint(ProviderBackstage, "Score the sign-up for sales", App)
        .effects([money(p.vendor, 0.05)]);

    draft.step(Stage::Onboard, "Activation");
    draft
        .touchpoint(ConsumerActions, "Import the first project", App)
        .effects([time(p.admin, 2.0), risk(p.admin, 0.3, 2.0)])
        .initiated_by(p.admin)
        .feels(p.admin, -1.0)
        // The fiddly import matters most and gets the least help.
        .scores(5, 2);
    draft
        .touchpoint(ProviderFrontstage, "Guided tour in the app", App)
        .effects([money(p.vendor, 0.2)])
        .scores(2, 5);
    draft
        .touchpoint(SupportProcesses, "Provision the workspace", Other)
        .effects([money(p.vendor, 0.1)]);

    draft.step(Stage::CoCreate, "First value");
    draft
        .touchpoint(ConsumerActions, "Ship the first plan", App)
        .effects([outcome(p.admin, 10.0, 6.0)])
        .cited_as_outcome()
        .feels(p.admin, 2.0)
        .scores(5, 4);
    draft
        .touchpoint(ProviderBackstage, "Mark the account as activated", App)
        .effects([outcome(p.vendor, 2.0, 2.0)]);
}

fn invite_the_team(draft: &mut Draft, p: &People) {
    draft.step(Stage::Onboard, "Team invite");
    draft
        .touchpoint(ConsumerHidden, "Decide who joins the workspace", Document)
        .effects([time(p.admin, 0.5)]);
    draft
        .touchpoint(ConsumerActions, "Invite team members", Email)
        .effects([outcome(p.members, 8.0, 4.0), time(p.members, 1.0)])
        .initiated_by(p.admin)
        .with([p.admin, p.members])
        .feels(p.members, 0.0);
    draft
        .touchpoint(ProviderFrontstage, "Success call for new teams", Phone)
        .effects([time(p.success_manager, 0.5), outcome(p.admin, 4.0, 4.0)])
        .initiated_by(p.success_manager)
        .with([p.admin, p.success_manager])
        .feels(p.admin, 1.0);
}

fn convert_and_review(draft: &mut Draft, p: &People) {
    draft.step(Stage::Agree, "Conversion to paid");
    draft
        .touchpoint(ConsumerHidden, "Approve the subscription", Document)
        .effects([time(p.finance, 0.5)])
        .feels(p.finance, 0.0);
    draft
        .touchpoint(ConsumerActions, "Choose a plan and pay", Web)
        .effects([money(p.finance, 2.4), risk(p.admin, 0.2, 5.0)])
        .initiated_by(p.admin)
        .with([p.admin, p.finance]);
    draft
        .touchpoint(ProviderFrontstage, "Checkout and first invoice", Web)
        .effects([outcome(p.vendor, 2.4, 2.4)]);
    draft
        .touchpoint(SupportProcesses, "Card payment processing", Other)
        .effects([money(p.vendor, 0.07), outcome(p.payments, 0.07, 0.07)]);

    draft.step(Stage::Realize, "Adoption review");
    draft
        .touchpoint(ProviderFrontstage, "Adoption review call", Phone)
        .effects([
            time(p.success_manager, 1.0),
            time(p.admin, 1.0),
            outcome(p.admin, 6.0, 3.0),
        ])
        .initiated_by(p.success_manager)
        .with([p.admin, p.finance, p.success_manager])
        .feels(p.finance, 1.0);
    draft
        .touchpoint(ProviderBackstage, "Health score flags renewal risk", App)
        .effects([risk(p.vendor, 0.25, 10.0)]);
    draft
        .touchpoint(ConsumerHidden, "Report time saved to finance", Document)
        .effects([outcome(p.finance, 10.0, 5.0), time(p.admin, 1.0)]);
}
