//! The words of the sample journey, one field per text, and (until each language's table
//! carries them all) the English wording the engine's own tests and benches build from.

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

/// The sample's English wording.
pub const ENGLISH: SampleText = SampleText {
    name: "Mobile telephony for Acme Corp",
    it_manager: "IT manager",
    comms_manager: "Communications manager",
    cfo: "CFO",
    employees: "Employees",
    operator: "Operator",
    account_team: "Account team",
    handset_supplier: "Handset supplier",
    audit_costs: "Audit current phone costs",
    benchmark: "Benchmark operators in analyst reports",
    segmentation: "Market segmentation",
    design_offers: "Design offers for large accounts",
    request_meeting: "Request a meeting",
    discovery: "Discovery meeting with account manager",
    qualify_lead: "Qualify the lead in CRM",
    requirements: "Define requirements and budget",
    proposal: "Tailored proposal",
    pricing: "Price the fleet and coverage",
    approval: "CFO approves the negotiated cost",
    negotiate: "Negotiate contract terms",
    contract: "Contract and service levels",
    credit_check: "Credit check of the customer",
    legal_review: "Legal review",
    user_list: "Prepare the list of users",
    order_phones: "Employees order their phones",
    workshop: "Onboarding workshop",
    activation: "Port numbers and activate lines",
    logistics: "Handset logistics",
    allowances: "Manage phone allowances",
    usage: "Employees call and use data",
    support_line: "Business support line",
    network: "Network operations",
    billing: "Billing run",
    monitoring: "Monitor performance against the contract",
    quarterly_review: "Quarterly service review",
    usage_report: "Usage and savings report",
    upsell_analysis: "Analyse usage for upsell",
    long_waits: "Long waits on the support line",
    standard_contract: "Standard contract with pre-approved options",
    negotiation_rounds: "Three rounds of negotiation before approval",
    dashboard: "Self-service usage dashboard",
    remote_workshop: "Shorter, remote onboarding workshop",
    early_upsell: "Upsell pushed before service issues are fixed",
    terms_rejected: "Terms rejected",
    renewal: "Contract renewal",
    days: "days",
    karim: PersonaText {
        name: "Karim",
        role: "Head of IT infrastructure",
        goals: "Reliable coverage for 400 staff, one invoice, no lock-in.",
        context: "Compares offers line by line in a spreadsheet; was burnt by a previous \
                  operator's hidden fees.",
    },
    lea: PersonaText {
        name: "Léa",
        role: "Field sales representative",
        goals: "A phone that works everywhere, ready on her first day.",
        context: "On the road four days a week; calls support only as a last resort and \
                  judges the operator by her first week.",
    },
    martine: PersonaText {
        name: "Martine",
        role: "Chief financial officer",
        goals: "Telecom spend down 15 %, and costs she can predict.",
        context: "",
    },
};
