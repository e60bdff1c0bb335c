//! Journeys to start from: a blank blueprint or a worked example of a common journey.
//!
//! A template's content (its journey, stakeholder and touchpoint names) is document data, like
//! the sample's: once created, the journey is the user's to rename. What a template is called
//! in the picker is UI text, which the app keeps by [`Template::key`]. Its words come from
//! the caller, in the language the user reads ([`JourneyTexts`]); its figures, ids and
//! structure are the same in every language.

mod incident;
mod saas;

use crate::model::Journey;
use crate::sample::{sample_journey_in, SampleText};

pub use incident::IncidentText;
pub use saas::SaasText;

/// The words of every template with content, in one language.
#[derive(Clone, Copy, Debug)]
pub struct JourneyTexts<'a> {
    /// The B2B service purchase, which is the sample.
    pub sample: &'a SampleText,
    /// The incident resolution.
    pub incident: &'a IncidentText,
    /// The SaaS onboarding.
    pub saas: &'a SaasText,
}

/// A journey a user can start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Template {
    /// The seven ITIL steps and nothing else.
    Blank,
    /// A company buying a service: the built-in mobile telephony sample.
    B2bServicePurchase,
    /// A user reports an incident to the service desk, through to its review.
    IncidentResolution,
    /// A team tries a SaaS product, adopts it and pays for it.
    SaasOnboarding,
}

impl Template {
    /// All templates, in the order a picker lists them.
    pub const ALL: [Template; 4] = [
        Template::Blank,
        Template::B2bServicePurchase,
        Template::IncidentResolution,
        Template::SaasOnboarding,
    ];

    /// Position in [`Template::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// A stable, language-neutral identifier.
    pub fn key(self) -> &'static str {
        [
            "blank",
            "b2b-service-purchase",
            "incident-resolution",
            "saas-onboarding",
        ][self.index()]
    }
}

/// [`Template::Blank`]'s journey: the seven steps and nothing else, needing no texts (so that
/// the app can make one without the other templates' words). No name: the app shows an
/// untitled journey until the user names it.
pub fn blank_journey() -> Journey {
    Journey::with_itil_steps("")
}

/// A new journey made from a template, worded by `texts`; every one is sound.
pub fn journey_from(template: Template, texts: &JourneyTexts) -> Journey {
    match template {
        Template::Blank => blank_journey(),
        Template::B2bServicePurchase => sample_journey_in(texts.sample),
        Template::IncidentResolution => incident::journey(texts.incident),
        Template::SaasOnboarding => saas::journey(texts.saas),
    }
}
