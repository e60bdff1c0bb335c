//! The words of the sample journey, one field per text. Each language writes them beside its
//! other texts (English in `sightline-english`, the others in `sightline-strings`).

/// A persona's four texts.
#[derive(Clone, Copy, Debug)]
pub struct PersonaText {
    /// The persona's first name.
    pub name: &'static str,
    /// The persona's job.
    pub role: &'static str,
    /// What the persona wants.
    pub goals: &'static str,
    /// The persona's circumstances.
    pub context: &'static str,
}

/// Every text of the sample journey; the figures stay in [`super::sample_journey_in`].
#[derive(Clone, Copy, Debug)]
pub struct SampleText {
    /// The journey's name.
    pub name: &'static str,
    /// The consumer's IT manager.
    pub it_manager: &'static str,
    /// The consumer's communications manager.
    pub comms_manager: &'static str,
    /// The consumer's chief financial officer.
    pub cfo: &'static str,
    /// The consumer's employees, who use the phones.
    pub employees: &'static str,
    /// The provider.
    pub operator: &'static str,
    /// The provider's account team.
    pub account_team: &'static str,
    /// The provider's handset partner.
    pub handset_supplier: &'static str,
    /// The text «Audit current phone costs» in English.
    pub audit_costs: &'static str,
    /// The text «Benchmark operators in analyst reports» in English.
    pub benchmark: &'static str,
    /// The text «Market segmentation» in English.
    pub segmentation: &'static str,
    /// The text «Design offers for large accounts» in English.
    pub design_offers: &'static str,
    /// The text «Request a meeting» in English.
    pub request_meeting: &'static str,
    /// The text «Discovery meeting with account manager» in English.
    pub discovery: &'static str,
    /// The text «Qualify the lead in CRM» in English.
    pub qualify_lead: &'static str,
    /// The text «Define requirements and budget» in English.
    pub requirements: &'static str,
    /// The text «Tailored proposal» in English.
    pub proposal: &'static str,
    /// The text «Price the fleet and coverage» in English.
    pub pricing: &'static str,
    /// The text «CFO approves the negotiated cost» in English.
    pub approval: &'static str,
    /// The text «Negotiate contract terms» in English.
    pub negotiate: &'static str,
    /// The text «Contract and service levels» in English.
    pub contract: &'static str,
    /// The text «Credit check of the customer» in English.
    pub credit_check: &'static str,
    /// The text «Legal review» in English.
    pub legal_review: &'static str,
    /// The text «Prepare the list of users» in English.
    pub user_list: &'static str,
    /// The text «Employees order their phones» in English.
    pub order_phones: &'static str,
    /// The text «Onboarding workshop» in English.
    pub workshop: &'static str,
    /// The text «Port numbers and activate lines» in English.
    pub activation: &'static str,
    /// The text «Handset logistics» in English.
    pub logistics: &'static str,
    /// The text «Manage phone allowances» in English.
    pub allowances: &'static str,
    /// The text «Employees call and use data» in English.
    pub usage: &'static str,
    /// The text «Business support line» in English.
    pub support_line: &'static str,
    /// The text «Network operations» in English.
    pub network: &'static str,
    /// The text «Billing run» in English.
    pub billing: &'static str,
    /// The text «Monitor performance against the contract» in English.
    pub monitoring: &'static str,
    /// The text «Quarterly service review» in English.
    pub quarterly_review: &'static str,
    /// The text «Usage and savings report» in English.
    pub usage_report: &'static str,
    /// The text «Analyse usage for upsell» in English.
    pub upsell_analysis: &'static str,
    /// The text «Long waits on the support line» in English.
    pub long_waits: &'static str,
    /// The text «Standard contract with pre-approved options» in English.
    pub standard_contract: &'static str,
    /// The text «Three rounds of negotiation before approval» in English.
    pub negotiation_rounds: &'static str,
    /// The text «Self-service usage dashboard» in English.
    pub dashboard: &'static str,
    /// The text «Shorter, remote onboarding workshop» in English.
    pub remote_workshop: &'static str,
    /// The text «Upsell pushed before service issues are fixed» in English.
    pub early_upsell: &'static str,
    /// The text «Terms rejected» in English.
    pub terms_rejected: &'static str,
    /// The text «Contract renewal» in English.
    pub renewal: &'static str,
    /// The unit of the duration KPIs (days).
    pub days: &'static str,
    /// The persona of the karim stakeholder.
    pub karim: PersonaText,
    /// The persona of the lea stakeholder.
    pub lea: PersonaText,
    /// The persona of the martine stakeholder.
    pub martine: PersonaText,
}
