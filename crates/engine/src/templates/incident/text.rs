//! The words of the incident resolution template, one field per text, written by each
//! language beside its other texts.

use crate::sample::PersonaText;

/// Every text of the incident resolution template; the figures stay in
/// [`super::journey`].
#[derive(Clone, Copy, Debug)]
pub struct IncidentText {
    /// The journey's name.
    pub name: &'static str,
    /// The user whose e-mail stops working.
    pub user: &'static str,
    /// The consumer's owner of the e-mail service.
    pub service_owner: &'static str,
    /// The sponsor, whose team loses sales.
    pub head_of_sales: &'static str,
    /// The provider.
    pub provider: &'static str,
    /// The provider's service desk agent.
    pub agent: &'static str,
    /// The provider's engineer who resolves the incident.
    pub engineer: &'static str,
    /// The provider's partner behind the mail platform.
    pub vendor: &'static str,
    /// The step «Report».
    pub report: &'static str,
    /// The step «Triage».
    pub triage: &'static str,
    /// The step «Diagnose».
    pub diagnose: &'static str,
    /// The step «Resolve».
    pub resolve: &'static str,
    /// The step «Confirm».
    pub confirm: &'static str,
    /// The step «Close».
    pub close: &'static str,
    /// The step «Review».
    pub review: &'static str,
    /// «Sales team works around lost e-mail».
    pub work_around: &'static str,
    /// «Report the incident on the portal».
    pub report_on_portal: &'static str,
    /// «Log the ticket and acknowledge it».
    pub log_ticket: &'static str,
    /// «Agree priority and target time».
    pub agree_priority: &'static str,
    /// «Classify and route to resolvers».
    pub classify: &'static str,
    /// «Reschedule client calls».
    pub reschedule: &'static str,
    /// «Send logs and screenshots».
    pub send_logs: &'static str,
    /// «Reproduce the fault and find its cause».
    pub reproduce: &'static str,
    /// «Vendor checks the mail gateway».
    pub vendor_check: &'static str,
    /// «Apply and test the fix».
    pub apply_fix: &'static str,
    /// «Emergency change approval».
    pub emergency_change: &'static str,
    /// «E-mail works again».
    pub restored: &'static str,
    /// «Ask the user to confirm the fix».
    pub ask_to_confirm: &'static str,
    /// «Confirm that service is restored».
    pub confirm_restored: &'static str,
    /// «Close the ticket with resolution notes».
    pub close_ticket: &'static str,
    /// «Rate the support received».
    pub rate_support: &'static str,
    /// «Post-incident review».
    pub post_incident_review: &'static str,
    /// «Remove the root cause».
    pub root_cause: &'static str,
    /// «Update the knowledge base».
    pub knowledge_base: &'static str,
    /// «Update the continuity plan».
    pub continuity_plan: &'static str,
    /// The opportunity «Ask one question in the confirmation e-mail instead of a survey».
    pub one_question: &'static str,
    /// The pain point «No way to tell the desk the whole sales team is affected».
    pub whole_team_affected: &'static str,
    /// The way back «The fix did not hold».
    pub fix_did_not_hold: &'static str,
    /// The unit of the triage time KPI (minutes).
    pub minutes: &'static str,
    /// The unit of the resolution time KPI (hours).
    pub hours: &'static str,
    /// The persona of the sales representative.
    pub sam: PersonaText,
}
