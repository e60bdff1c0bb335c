//! Every text the user sees, in one place, so that Sightline can be translated.
//!
//! Components never hold literal UI text: they read [`strings()`]. A translation is one more
//! [`Strings`] value; texts that embed figures or names are functions so that each language
//! can order its words freely.

use sightline_document::LoadError;
use sightline_engine::{Channel, Lane, Line, Place, Problem, Stage};

/// The user interface texts of one language.
pub struct Strings {
    /// The product name, used as the page title.
    pub app_name: &'static str,
    /// Names of the ITIL 4 stages, in [`Stage::ALL`] order.
    pub stages: [&'static str; 7],
    /// Names of the blueprint lanes, in [`Lane::ALL`] order.
    pub lanes: [&'static str; 5],
    /// Names of the blueprint lines, in [`Line::ALL`] order.
    pub lines: [&'static str; 4],
    /// Names of the channels, in [`Channel::ALL`] order.
    pub channels: [&'static str; 7],
    /// Label of the shaded band where both parties see what happens.
    pub zone_of_visibility: &'static str,
    /// Accessible name of the blueprint table.
    pub blueprint: &'static str,
    /// Header of the lane column.
    pub lanes_header: &'static str,
    /// Name given to a touchpoint when it is created.
    pub new_touchpoint: &'static str,
    /// Visible text of the button that adds a touchpoint to a cell.
    pub add_symbol: &'static str,
    /// Accessible name of the button that adds a touchpoint to one cell.
    pub add_touchpoint_to: fn(step: &str, lane: &str) -> String,
    /// Accessible name of a step's name field.
    pub step_name_of: fn(stage: &str) -> String,
    /// One-line figures shown under a step's name.
    pub step_summary: fn(touchpoints: usize, in_zone: usize) -> String,
    /// Heading of the touchpoint editor.
    pub touchpoint_editor: &'static str,
    /// Label of the touchpoint's name field.
    pub name: &'static str,
    /// Label of the touchpoint's channel picker.
    pub channel: &'static str,
    /// Label of the touchpoint's lane picker.
    pub lane: &'static str,
    /// Button that deletes the selected touchpoint.
    pub delete_touchpoint: &'static str,
    /// Button that closes the touchpoint editor.
    pub done: &'static str,
    /// Button that dismisses a notice.
    pub dismiss: &'static str,
    /// Accessible name of the notices region.
    pub notices: &'static str,
    /// Told when the saved journey could not be read and was set aside.
    pub saved_journey_unreadable: fn(reason: &str, kept_under: &str) -> String,
    /// Told when the saved journey could not be read nor set aside; autosave stops to keep it.
    pub saved_journey_unreadable_not_kept: fn(reason: &str) -> String,
    /// Told when the browser's storage is full.
    pub storage_full: &'static str,
    /// Told when the browser refuses storage altogether.
    pub storage_unavailable: &'static str,
    /// Why a document could not be read, in plain words.
    pub load_error: fn(&LoadError) -> String,
    /// What is wrong with one part of a journey, naming the field.
    pub problem: fn(&Problem) -> String,
}

/// The texts of the user's language. Only English exists so far.
pub fn strings() -> &'static Strings {
    &EN
}

impl Strings {
    /// The name of an ITIL stage.
    pub fn stage(&self, stage: Stage) -> &'static str {
        self.stages[stage.index()]
    }

    /// The name of a blueprint lane.
    pub fn lane(&self, lane: Lane) -> &'static str {
        self.lanes[lane.index()]
    }

    /// The name of a blueprint line.
    pub fn line(&self, line: Line) -> &'static str {
        self.lines[line.index()]
    }

    /// The name of a channel.
    pub fn channel(&self, channel: Channel) -> &'static str {
        self.channels[channel.index()]
    }
}

static EN: Strings = Strings {
    app_name: "Sightline",
    stages: [
        "Explore",
        "Engage",
        "Offer",
        "Agree",
        "Onboard",
        "Co-create",
        "Realize",
    ],
    lanes: [
        "Consumer's hidden activities",
        "Consumer actions",
        "Provider frontstage",
        "Provider backstage",
        "Support processes",
    ],
    lines: [
        "Consumer's line of visibility",
        "Line of interaction",
        "Provider's line of visibility",
        "Line of internal interaction",
    ],
    channels: [
        "In person",
        "Phone",
        "E-mail",
        "Web",
        "App",
        "Document",
        "Other",
    ],
    zone_of_visibility: "Zone of visibility",
    blueprint: "Journey blueprint",
    lanes_header: "Lanes",
    new_touchpoint: "New touchpoint",
    add_symbol: "+",
    add_touchpoint_to: |step, lane| format!("Add a touchpoint to {step}, {lane}"),
    step_name_of: |stage| format!("Name of the {stage} step"),
    step_summary: |touchpoints, in_zone| match touchpoints {
        0 => "No touchpoints".to_owned(),
        1 => format!("1 touchpoint, {in_zone} in the zone"),
        n => format!("{n} touchpoints, {in_zone} in the zone"),
    },
    touchpoint_editor: "Touchpoint",
    name: "Name",
    channel: "Channel",
    lane: "Lane",
    delete_touchpoint: "Delete touchpoint",
    done: "Done",
    dismiss: "Dismiss",
    notices: "Notices",
    saved_journey_unreadable: |reason, kept_under| {
        format!(
            "The saved journey could not be read: {reason}. Nothing is lost: its text is kept \
             aside in this browser's storage under \u{201c}{kept_under}\u{201d}. You are looking \
             at the sample journey."
        )
    },
    saved_journey_unreadable_not_kept: |reason| {
        format!(
            "The saved journey could not be read: {reason}. It could not be set aside either, \
             so Sightline will not save over it: your changes in this tab are not saved."
        )
    },
    storage_full: "This browser's storage is full, so your last change was not saved. \
                   The previous save is intact. Free some space and edit again to save.",
    storage_unavailable: "This browser does not let Sightline use its storage, so changes \
                          are not saved. Check that site data is allowed.",
    load_error: |error| match error {
        LoadError::NotJson { line, column } => {
            format!("the text is damaged (at line {line}, column {column})")
        }
        LoadError::NotAJourney => "it is not a Sightline journey".to_owned(),
        LoadError::NewerVersion(version) => {
            format!("it was saved by a newer Sightline (format {version}); update this one")
        }
        LoadError::BadField { path } => {
            format!("the field \u{201c}{path}\u{201d} is missing or wrong")
        }
        LoadError::Unsound(problems) => match problems.as_slice() {
            [] => "the journey contradicts itself".to_owned(),
            [only] => (EN.problem)(only),
            [first, rest @ ..] => {
                format!("{} (and {} more problems)", (EN.problem)(first), rest.len())
            }
        },
    },
    problem: |problem| match problem {
        Problem::NoSteps => "the journey has no steps".to_owned(),
        Problem::TouchpointInMissingStep { touchpoint, step } => format!(
            "touchpoint {} is placed in step {}, which does not exist",
            touchpoint.0, step.0
        ),
        Problem::DuplicateStep(id) => format!("two steps have the id {}", id.0),
        Problem::DuplicateTouchpoint(id) => format!("two touchpoints have the id {}", id.0),
        Problem::DuplicateStakeholder(id) => format!("two stakeholders have the id {}", id.0),
        Problem::MissingStakeholder {
            touchpoint,
            field,
            stakeholder,
        } => format!(
            "\u{201c}{field}\u{201d} of touchpoint {} names stakeholder {}, who does not exist",
            touchpoint.0, stakeholder.0
        ),
        Problem::OutOfRange {
            at,
            field,
            value,
            min,
            max,
        } => {
            let place = match at {
                Place::Settings => "the journey settings".to_owned(),
                Place::Stakeholder(id) => format!("stakeholder {}", id.0),
                Place::Touchpoint(id) => format!("touchpoint {}", id.0),
                Place::Effect(id, index) => format!("effect {} of touchpoint {}", index + 1, id.0),
                Place::Emotion(id, stakeholder) => {
                    format!(
                        "the emotion of stakeholder {} at touchpoint {}",
                        stakeholder.0, id.0
                    )
                }
            };
            let allowed = if max.is_finite() {
                format!("from {min} to {max}")
            } else {
                format!("{min} or more")
            };
            format!("\u{201c}{field}\u{201d} of {place} is {value}, but must be {allowed}")
        }
        Problem::RealisedAbovePotential { touchpoint, effect } => format!(
            "effect {} of touchpoint {} realises more than its potential",
            effect + 1,
            touchpoint.0
        ),
        Problem::EmotionScaleInverted => {
            "the emotion scale's minimum is not below its maximum".to_owned()
        }
    },
};
