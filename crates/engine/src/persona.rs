//! Personas: the people designers picture behind a stakeholder (the IT manager who compares
//! offers, the employee who waits for a phone), so that a journey is read through their eyes.

use serde::{Deserialize, Serialize};

pub use crate::ids::PersonaId;
use crate::ids::StakeholderId;

/// A persona, always attached to one stakeholder of the journey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Persona {
    /// Stable identity of the persona.
    pub id: PersonaId,
    /// The stakeholder this persona stands for; one stakeholder may have several.
    pub stakeholder: StakeholderId,
    /// What the persona is called ("Claire, IT manager").
    pub name: String,
    /// Their role or job, in the user's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub job: String,
    /// What they want to achieve.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub goals: String,
    /// A short description: context, frustrations, habits.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl Persona {
    /// A persona with only a name.
    pub fn new(id: PersonaId, stakeholder: StakeholderId, name: impl Into<String>) -> Self {
        Persona {
            id,
            stakeholder,
            name: name.into(),
            job: String::new(),
            goals: String::new(),
            description: String::new(),
        }
    }
}
