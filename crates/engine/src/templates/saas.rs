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

pub use text::SaasText;

mod text;

/// Everyone the subscription touches, consumer side first.
struct People {
    members: StakeholderId,
    admin: StakeholderId,
    finance: StakeholderId,
    vendor: StakeholderId,
    success_manager: StakeholderId,
    payments: StakeholderId,
}

/// The SaaS onboarding template, worded by `t`; every figure, id and structure is the same
/// whatever the words.
pub(super) fn journey(t: &SaasText) -> Journey {
    let settings = Settings {
        // Value in thousands of euros; time in hours, an hour worth 40 euros.
        rates: Rates {
            time: 0.04,
            ..Rates::default()
        },
        value_unit: "k€".to_owned(),
        ..Settings::default()
    };
    let mut draft = Draft::new(t.name, settings);
    let (consumer, provider) = (Side::Consumer, Side::Provider);
    let people = People {
        members: draft.stakeholder(t.members, Role::User, consumer, (3, 7)),
        admin: draft.stakeholder(t.admin, Role::Customer, consumer, (7, 9)),
        finance: draft.stakeholder(t.finance, Role::Sponsor, consumer, (9, 3)),
        vendor: draft.stakeholder(t.vendor, Role::Provider, provider, (6, 8)),
        success_manager: draft.stakeholder(
            t.success_manager,
            Role::ProviderEmployee,
            provider,
            (3, 8),
        ),
        payments: draft.stakeholder(t.payments, Role::Partner, provider, (2, 2)),
    };
    sign_up_and_activate(&mut draft, &people, t);
    invite_the_team(&mut draft, &people, t);
    convert_and_review(&mut draft, &people, t);
    design_notes(&mut draft, &people, t);
    draft.finish()
}

/// Activation and conversion targets, the admin the product is sold to, and the way back to
/// inviting more people once a review shows who is missing.
fn design_notes(draft: &mut Draft, p: &People, t: &SaasText) {
    let priya = &t.priya;
    draft.persona(
        p.admin,
        [priya.name, priya.role, priya.goals, priya.context],
    );
    let activation = draft.step_named(t.activation);
    draft.kpi(activation, Measure::Duration, t.days, (1.0, 3.0));
    let conversion = draft.step_named(t.conversion);
    let rate = draft.kpi(conversion, Measure::Custom, "%", (25.0, 18.0));
    rate.label = Some(t.conversion_rate.to_owned());
    let invite = draft.touchpoint_named(t.invite_members);
    let bulk = t.invite_from_directory;
    draft.insight(InsightKind::Opportunity, invite, bulk, (4, 5, 3));
    let review = draft.step_named(t.adoption_review);
    let team_invite = draft.step_named(t.team_invite);
    draft.loop_back(review, team_invite, t.another_team);
}

fn sign_up_and_activate(draft: &mut Draft, p: &People, t: &SaasText) {
    draft.step(Stage::Engage, t.trial_sign_up);
    draft
        .touchpoint(ConsumerHidden, t.shortlist, Web)
        .effects([time(p.admin, 4.0)]);
    draft
        .touchpoint(ConsumerActions, t.sign_up, Web)
        .effects([time(p.admin, 0.2)])
        .initiated_by(p.admin)
        .with([p.admin])
        .feels(p.admin, 1.0);
    draft
        .touchpoint(ProviderFrontstage, t.welcome_email, Email)
        .scores(2, 2);
    draft
        .touchpoint(ProviderBackstage, t.score_sign_up, App)
        .effects([money(p.vendor, 0.05)]);

    draft.step(Stage::Onboard, t.activation);
    draft
        .touchpoint(ConsumerActions, t.import_project, App)
        .effects([time(p.admin, 2.0), risk(p.admin, 0.3, 2.0)])
        .initiated_by(p.admin)
        .feels(p.admin, -1.0)
        // The fiddly import matters most and gets the least help.
        .scores(5, 2);
    draft
        .touchpoint(ProviderFrontstage, t.guided_tour, App)
        .effects([money(p.vendor, 0.2)])
        .scores(2, 5);
    draft
        .touchpoint(SupportProcesses, t.provision, Other)
        .effects([money(p.vendor, 0.1)]);

    draft.step(Stage::CoCreate, t.first_value);
    draft
        .touchpoint(ConsumerActions, t.first_plan, App)
        .effects([outcome(p.admin, 10.0, 6.0)])
        .cited_as_outcome()
        .feels(p.admin, 2.0)
        .scores(5, 4);
    draft
        .touchpoint(ProviderBackstage, t.mark_activated, App)
        .effects([outcome(p.vendor, 2.0, 2.0)]);
}

fn invite_the_team(draft: &mut Draft, p: &People, t: &SaasText) {
    draft.step(Stage::Onboard, t.team_invite);
    draft
        .touchpoint(ConsumerHidden, t.decide_who_joins, Document)
        .effects([time(p.admin, 0.5)]);
    draft
        .touchpoint(ConsumerActions, t.invite_members, Email)
        .effects([outcome(p.members, 8.0, 4.0), time(p.members, 1.0)])
        .initiated_by(p.admin)
        .with([p.admin, p.members])
        .feels(p.members, 0.0);
    draft
        .touchpoint(ProviderFrontstage, t.success_call, Phone)
        .effects([time(p.success_manager, 0.5), outcome(p.admin, 4.0, 4.0)])
        .initiated_by(p.success_manager)
        .with([p.admin, p.success_manager])
        .feels(p.admin, 1.0);
}

fn convert_and_review(draft: &mut Draft, p: &People, t: &SaasText) {
    draft.step(Stage::Agree, t.conversion);
    draft
        .touchpoint(ConsumerHidden, t.approve_subscription, Document)
        .effects([time(p.finance, 0.5)])
        .feels(p.finance, 0.0);
    draft
        .touchpoint(ConsumerActions, t.choose_plan, Web)
        .effects([money(p.finance, 2.4), risk(p.admin, 0.2, 5.0)])
        .initiated_by(p.admin)
        .with([p.admin, p.finance]);
    draft
        .touchpoint(ProviderFrontstage, t.checkout, Web)
        .effects([outcome(p.vendor, 2.4, 2.4)]);
    draft
        .touchpoint(SupportProcesses, t.card_payment, Other)
        .effects([money(p.vendor, 0.07), outcome(p.payments, 0.07, 0.07)]);

    draft.step(Stage::Realize, t.adoption_review);
    draft
        .touchpoint(ProviderFrontstage, t.review_call, Phone)
        .effects([
            time(p.success_manager, 1.0),
            time(p.admin, 1.0),
            outcome(p.admin, 6.0, 3.0),
        ])
        .initiated_by(p.success_manager)
        .with([p.admin, p.finance, p.success_manager])
        .feels(p.finance, 1.0);
    draft
        .touchpoint(ProviderBackstage, t.health_score, App)
        .effects([risk(p.vendor, 0.25, 10.0)]);
    draft
        .touchpoint(ConsumerHidden, t.time_saved, Document)
        .effects([outcome(p.finance, 10.0, 5.0), time(p.admin, 1.0)]);
}
