//! The words of the SaaS onboarding template, one field per text, written by each language
//! beside its other texts.

use crate::sample::PersonaText;

/// Every text of the SaaS onboarding template; the figures stay in [`super::journey`].
#[derive(Clone, Copy, Debug)]
pub struct SaasText {
    /// The journey's name.
    pub name: &'static str,
    /// The team that will use the tool.
    pub members: &'static str,
    /// The team admin who chooses it.
    pub admin: &'static str,
    /// The sponsor, who pays for it.
    pub finance: &'static str,
    /// The provider.
    pub vendor: &'static str,
    /// The provider's customer success manager.
    pub success_manager: &'static str,
    /// The provider's payment partner.
    pub payments: &'static str,
    /// The step «Trial sign-up».
    pub trial_sign_up: &'static str,
    /// The step «Activation».
    pub activation: &'static str,
    /// The step «First value».
    pub first_value: &'static str,
    /// The step «Team invite».
    pub team_invite: &'static str,
    /// The step «Conversion to paid».
    pub conversion: &'static str,
    /// The step «Adoption review».
    pub adoption_review: &'static str,
    /// «Shortlist tools for the team».
    pub shortlist: &'static str,
    /// «Sign up for the 14-day trial».
    pub sign_up: &'static str,
    /// «Welcome e-mail with a checklist».
    pub welcome_email: &'static str,
    /// «Score the sign-up for sales».
    pub score_sign_up: &'static str,
    /// «Import the first project».
    pub import_project: &'static str,
    /// «Guided tour in the app».
    pub guided_tour: &'static str,
    /// «Provision the workspace».
    pub provision: &'static str,
    /// «Ship the first plan».
    pub first_plan: &'static str,
    /// «Mark the account as activated».
    pub mark_activated: &'static str,
    /// «Decide who joins the workspace».
    pub decide_who_joins: &'static str,
    /// «Invite team members».
    pub invite_members: &'static str,
    /// «Success call for new teams».
    pub success_call: &'static str,
    /// «Approve the subscription».
    pub approve_subscription: &'static str,
    /// «Choose a plan and pay».
    pub choose_plan: &'static str,
    /// «Checkout and first invoice».
    pub checkout: &'static str,
    /// «Card payment processing».
    pub card_payment: &'static str,
    /// «Adoption review call».
    pub review_call: &'static str,
    /// «Health score flags renewal risk».
    pub health_score: &'static str,
    /// «Report time saved to finance».
    pub time_saved: &'static str,
    /// The opportunity «Invite a whole team from the company directory».
    pub invite_from_directory: &'static str,
    /// The way back «Another team wants in».
    pub another_team: &'static str,
    /// The custom KPI «Trial-to-paid conversion».
    pub conversion_rate: &'static str,
    /// The unit of the activation time KPI (days).
    pub days: &'static str,
    /// The persona of the team admin.
    pub priya: PersonaText,
}
