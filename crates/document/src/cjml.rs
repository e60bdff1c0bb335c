//! CJML, the Customer Journey Modeling Language (version 2, SINTEF), as XML: actors, the
//! journey's phases, and its touchpoints as communication points (an initiator reaches
//! receivers through a channel) or actions (one actor acts alone), each with an optional
//! 1–5 experience rating.
//!
//! ```xml
//! <cjml version="2.0">
//!   <journey type="planned" name="Mobile telephony for Acme Corp">
//!     <actor id="a1" type="end-user" name="IT manager"/>
//!     <actor id="a2" type="service-provider" name="Account manager"/>
//!     <phase id="p1" name="Explore" stage="explore"/>
//!     <communication-point id="t1" phase="p1" name="First call" initiator="a2"
//!                          receiver="a1" channel="phone" experience="4"/>
//!     <action id="t2" phase="p1" name="Audit current phone costs" actor="a1"/>
//!   </journey>
//! </cjml>
//! ```
//!
//! The mapping, and what each direction loses, is documented in the README ("CJML").
//! Everything is in attributes, so no text content needs reading. Errors name the element
//! by its path from the root (`cjml/journey[1]/action[3]`).

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use sightline_engine::{
    Channel, Emotion, Journey, Lane, Role, Settings, Side, Stage, Stakeholder, StakeholderId, Step,
    StepId, Touchpoint, TouchpointId,
};

use crate::import::{
    emotion_of_score, lane_by_lane, score_of, sound, step_for, step_title, text_of, At, Exported,
    Feature, Ignored, IgnoredKind, ImportError, ImportErrorKind, Imported,
};

/// What CJML keeps of a journey; everything else is listed as lost.
const KEPT: [Feature; 6] = [
    Feature::EmptySteps,
    // As their mean, the experience rating; each stakeholder's own is lost.
    Feature::Emotions,
    Feature::Sides,
    Feature::Channels,
    Feature::Initiators,
    Feature::AbsentStakeholders,
];

/// Actor types, in [`Side::ALL`] order: CJML's end user and service provider, and others.
const ACTOR_TYPES: [&str; 3] = ["end-user", "service-provider", "other"];

/// Write a journey as a CJML planned journey (Sightline has no as-is and to-be versions of
/// one journey, so there is one journey, and it is the plan).
pub fn write_cjml(journey: &Journey) -> Exported {
    let mut renamed = 0;
    let mut attr = |name: &str, value: &str| {
        let (text, changed) = attribute(value);
        renamed += usize::from(changed);
        format!(" {name}=\"{text}\"")
    };
    let mut out =
        String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<cjml version=\"2.0\">\n");
    out.push_str(&format!(
        "  <journey type=\"planned\"{}>\n",
        attr("name", &journey.name)
    ));
    // Positions, not ids, name actors and phases, so that the text depends only on what
    // CJML holds.
    let actor = |id: StakeholderId| {
        journey
            .stakeholders
            .iter()
            .position(|s| s.id == id)
            .map(|n| format!("a{}", n + 1))
    };
    for (n, stakeholder) in journey.stakeholders.iter().enumerate() {
        out.push_str(&format!(
            "    <actor id=\"a{}\" type=\"{}\"{}/>\n",
            n + 1,
            ACTOR_TYPES[stakeholder.side.index()],
            attr("name", &stakeholder.name)
        ));
    }
    for (n, step) in journey.steps.iter().enumerate() {
        out.push_str(&format!(
            "    <phase id=\"p{}\"{} stage=\"{}\"/>\n",
            n + 1,
            attr("name", &step_title(step)),
            step.stage.key()
        ));
    }
    let mut number = 0;
    for (n, step) in journey.steps.iter().enumerate() {
        for touchpoint in lane_by_lane(journey, step.id) {
            number += 1;
            let initiator = touchpoint
                .initiator
                .or(touchpoint.participants.first().copied());
            let receivers: Vec<String> = touchpoint
                .participants
                .iter()
                .filter(|&&id| Some(id) != initiator)
                .filter_map(|&id| actor(id))
                .collect();
            let from = initiator.and_then(actor);
            let name = attr("name", &touchpoint.name);
            let channel = key(&touchpoint.channel);
            let head = format!("id=\"t{number}\" phase=\"p{}\"{name}", n + 1);
            let mut element = match (&from, receivers.is_empty()) {
                (Some(from), false) => format!(
                    "    <communication-point {head} initiator=\"{from}\" receiver=\"{}\" \
                     channel=\"{channel}\"",
                    receivers.join(" ")
                ),
                (Some(from), true) => {
                    format!("    <action {head} actor=\"{from}\" channel=\"{channel}\"")
                }
                (None, _) => format!("    <action {head} channel=\"{channel}\""),
            };
            // A rating needs someone who has the experience, or it cannot be read back.
            if from.is_some() && !touchpoint.emotions.is_empty() {
                let score = score_of(&touchpoint.emotions, journey.settings.emotion_scale);
                element.push_str(&format!(" experience=\"{score}\""));
            }
            element.push_str("/>\n");
            out.push_str(&element);
        }
    }
    out.push_str("  </journey>\n</cjml>\n");
    Exported::new(out, journey, &KEPT, renamed)
}

/// An attribute value, escaped; XML 1.0 cannot hold control characters other than tab and
/// line breaks, so those become spaces (the `bool` says whether any did).
fn attribute(value: &str) -> (String, bool) {
    let mut changed = false;
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Written as references: a parser normalises literal ones in attributes to spaces.
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}') => {
                changed = true;
                out.push(' ');
            }
            c => out.push(c),
        }
    }
    (out, changed)
}

fn key(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(key)) => key,
        _ => String::new(),
    }
}

/// Where the reader is: the names of the open elements with their positions among
/// same-named siblings.
#[derive(Default)]
struct Path {
    open: Vec<(String, usize)>,
    /// Per open element (and one for the document), how many children of each name it has.
    seen: Vec<HashMap<String, usize>>,
}

impl Path {
    fn enter(&mut self, name: &str) {
        if self.seen.is_empty() {
            self.seen.push(HashMap::new());
        }
        let count = self
            .seen
            .last_mut()
            .map(|seen| {
                let n = seen.entry(name.to_owned()).or_insert(0);
                *n += 1;
                *n
            })
            .unwrap_or(1);
        self.open.push((name.to_owned(), count));
        self.seen.push(HashMap::new());
    }

    fn leave(&mut self) {
        self.open.pop();
        self.seen.pop();
    }

    fn here(&self) -> At {
        let parts: Vec<String> = self
            .open
            .iter()
            .map(|(name, n)| {
                if *n == 1 {
                    name.clone()
                } else {
                    format!("{name}[{n}]")
                }
            })
            .collect();
        At::Element(parts.join("/"))
    }
}

/// One element's attributes, unescaped.
struct Attributes(Vec<(String, String)>);

impl Attributes {
    fn of(element: &BytesStart, path: &Path) -> Result<Attributes, ImportError> {
        let mut out = Vec::new();
        for attribute in element.attributes() {
            let attribute = attribute.map_err(|error| xml_error(path, error))?;
            let name = String::from_utf8_lossy(attribute.key.local_name().as_ref()).into_owned();
            let value = attribute
                .unescape_value()
                .map_err(|error| xml_error(path, error))?
                .into_owned();
            out.push((name, value));
        }
        Ok(Attributes(out))
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn need(&self, name: &'static str, path: &Path) -> Result<&str, ImportError> {
        self.get(name)
            .ok_or_else(|| ImportError::new(path.here(), ImportErrorKind::Missing(name)))
    }

    /// Attributes outside `known`, for the list of what was ignored.
    fn unknown<'a>(&'a self, known: &'a [&str]) -> impl Iterator<Item = &'a str> {
        self.0
            .iter()
            .map(|(n, _)| n.as_str())
            .filter(|n| !known.contains(n) && *n != "xmlns" && !n.starts_with("xmlns"))
    }
}

fn xml_error(path: &Path, error: impl std::fmt::Display) -> ImportError {
    ImportError::new(path.here(), ImportErrorKind::Xml(error.to_string()))
}

fn bad(path: &Path, field: &'static str, value: &str) -> ImportError {
    ImportError::new(
        path.here(),
        ImportErrorKind::BadValue {
            field,
            value: value.to_owned(),
        },
    )
}

/// Read the first journey of a CJML file.
pub fn read_cjml(bytes: &[u8]) -> Result<Imported, ImportError> {
    use ImportErrorKind as Kind;
    let text = text_of(bytes)?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut path = Path::default();
    let mut journey = Journey::with_itil_steps("");
    journey.steps.clear();
    let mut ignored = Vec::new();
    let mut actors: HashMap<String, StakeholderId> = HashMap::new();
    let mut phases: HashMap<String, StepId> = HashMap::new();
    let mut touchpoint_ids: HashMap<String, ()> = HashMap::new();
    let mut journeys = 0;
    let mut root_seen = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|error| xml_error(&path, error))?;
        let (element, empty) = match event {
            Event::Start(element) => (element, false),
            Event::Empty(element) => (element, true),
            Event::End(_) => {
                path.leave();
                continue;
            }
            Event::Eof => break,
            // Declarations, comments, processing instructions, whitespace; no text is read.
            _ => continue,
        };
        let name = String::from_utf8_lossy(element.local_name().as_ref()).into_owned();
        path.enter(&name);
        let depth = path.open.len();
        let ignore = |ignored: &mut Vec<Ignored>, path: &Path, what: IgnoredKind| {
            ignored.push(Ignored {
                at: path.here(),
                what,
            });
        };
        match (depth, name.as_str()) {
            (1, "cjml") => root_seen = true,
            (1, _) => return Err(ImportError::new(path.here(), Kind::WrongKind)),
            (2, "journey") => {
                journeys += 1;
                if journeys == 1 {
                    let attributes = Attributes::of(&element, &path)?;
                    journey.name = attributes.get("name").unwrap_or_default().to_owned();
                    for unknown in attributes.unknown(&["name", "type", "id"]) {
                        ignore(
                            &mut ignored,
                            &path,
                            IgnoredKind::Element(format!("@{unknown}")),
                        );
                    }
                } else {
                    ignore(&mut ignored, &path, IgnoredKind::OtherJourney);
                }
            }
            (3, _) if journeys > 1 => {}
            (3, "actor") => {
                let attributes = Attributes::of(&element, &path)?;
                let id = attributes.need("id", &path)?;
                let kind = attributes.get("type").unwrap_or("other");
                let side = ACTOR_TYPES
                    .iter()
                    .position(|t| *t == kind)
                    .map(|n| Side::ALL[n])
                    .ok_or_else(|| bad(&path, "type", kind))?;
                let role = match side {
                    Side::Consumer => Role::User,
                    Side::Provider => Role::Provider,
                    Side::Other => Role::Other,
                };
                let stakeholder_id = StakeholderId(journey.stakeholders.len() as u32 + 1);
                if actors.insert(id.to_owned(), stakeholder_id).is_some() {
                    return Err(ImportError::new(
                        path.here(),
                        Kind::DuplicateId(id.to_owned()),
                    ));
                }
                let name = attributes.get("name").unwrap_or_default();
                journey
                    .stakeholders
                    .push(Stakeholder::new(stakeholder_id, name, role, side));
            }
            (3, "phase") => {
                let attributes = Attributes::of(&element, &path)?;
                let id = attributes.need("id", &path)?;
                let name = attributes.get("name").unwrap_or_default();
                let step_id = StepId(journey.steps.len() as u32 + 1);
                let previous = journey.steps.last().map(|step| step.stage);
                let step = match attributes.get("stage") {
                    Some(key) => {
                        let stage = Stage::ALL
                            .into_iter()
                            .find(|stage| stage.key() == key)
                            .ok_or_else(|| bad(&path, "stage", key))?;
                        let plain = Step {
                            id: step_id,
                            stage,
                            custom_name: None,
                        };
                        let own = name != step_title(&plain);
                        Step {
                            custom_name: own.then(|| name.to_owned()),
                            ..plain
                        }
                    }
                    None => step_for(step_id, name, previous),
                };
                if phases.insert(id.to_owned(), step_id).is_some() {
                    return Err(ImportError::new(
                        path.here(),
                        Kind::DuplicateId(id.to_owned()),
                    ));
                }
                journey.steps.push(step);
            }
            (3, "communication-point" | "action") => {
                let attributes = Attributes::of(&element, &path)?;
                let id = attributes.need("id", &path)?;
                if touchpoint_ids.insert(id.to_owned(), ()).is_some() {
                    return Err(ImportError::new(
                        path.here(),
                        Kind::DuplicateId(id.to_owned()),
                    ));
                }
                let phase = attributes.need("phase", &path)?;
                let step = *phases.get(phase).ok_or_else(|| {
                    ImportError::new(
                        path.here(),
                        Kind::UnknownReference {
                            field: "phase",
                            id: phase.to_owned(),
                        },
                    )
                })?;
                let actor = |field: &'static str, id: &str| {
                    actors.get(id).copied().ok_or_else(|| {
                        ImportError::new(
                            path.here(),
                            Kind::UnknownReference {
                                field,
                                id: id.to_owned(),
                            },
                        )
                    })
                };
                let communication = name == "communication-point";
                let (who_field, receivers_field) = if communication {
                    ("initiator", Some("receiver"))
                } else {
                    ("actor", None)
                };
                let initiator = attributes
                    .get(who_field)
                    .map(|id| actor(who_field, id))
                    .transpose()?;
                let mut participants = Vec::new();
                if let Some(field) = receivers_field {
                    for id in attributes.get(field).unwrap_or_default().split_whitespace() {
                        let id = actor(field, id)?;
                        if !participants.contains(&id) && Some(id) != initiator {
                            participants.push(id);
                        }
                    }
                }
                let side = initiator
                    .and_then(|id| journey.stakeholders.iter().find(|s| s.id == id))
                    .map(|s| s.side);
                let lane = match (communication, side) {
                    (true, Some(Side::Consumer)) => Lane::ConsumerActions,
                    (true, _) => Lane::ProviderFrontstage,
                    (false, Some(Side::Consumer)) => Lane::ConsumerHidden,
                    (false, Some(Side::Provider)) => Lane::ProviderBackstage,
                    (false, _) => Lane::SupportProcesses,
                };
                let number = TouchpointId(journey.touchpoints.len() as u32 + 1);
                let title = attributes.get("name").unwrap_or_default();
                let mut touchpoint = Touchpoint::new(number, step, lane, title);
                if let Some(channel) = attributes.get("channel") {
                    touchpoint.channel = Channel::ALL
                        .into_iter()
                        .find(|c| key(c) == channel)
                        .ok_or_else(|| bad(&path, "channel", channel))?;
                }
                touchpoint.initiator = initiator;
                if let Some(rating) = attributes.get("experience") {
                    let score = crate::read_decimal(rating.trim())
                        .filter(|score| (1.0..=5.0).contains(score))
                        .ok_or_else(|| bad(&path, "experience", rating))?;
                    let value = emotion_of_score(score, Settings::default().emotion_scale);
                    touchpoint.emotions = initiator
                        .into_iter()
                        .chain(participants.iter().copied())
                        .map(|stakeholder| Emotion { stakeholder, value })
                        .collect();
                }
                touchpoint.participants = participants;
                let known = [
                    "id",
                    "phase",
                    "name",
                    "initiator",
                    "receiver",
                    "actor",
                    "channel",
                    "experience",
                ];
                for unknown in attributes.unknown(&known) {
                    ignore(
                        &mut ignored,
                        &path,
                        IgnoredKind::Element(format!("@{unknown}")),
                    );
                }
                journey.touchpoints.push(touchpoint);
            }
            (3, other) => ignore(&mut ignored, &path, IgnoredKind::Element(other.to_owned())),
            // Inside an element this reader does not map: already listed with its parent.
            _ => {}
        }
        if empty {
            path.leave();
        }
    }
    // On the blueprint, and in what is written back, a step's touchpoints go lane by lane;
    // numbering them in that order makes a second trip give the very same journey.
    let position = |step: StepId| journey.steps.iter().position(|s| s.id == step);
    let mut touchpoints = std::mem::take(&mut journey.touchpoints);
    touchpoints.sort_by_key(|t| (position(t.step), t.lane.index()));
    for (n, touchpoint) in touchpoints.iter_mut().enumerate() {
        touchpoint.id = TouchpointId(n as u32 + 1);
    }
    journey.touchpoints = touchpoints;
    if !root_seen {
        return Err(ImportError::new(At::Whole, Kind::WrongKind));
    }
    if journeys == 0 {
        return Err(ImportError::new(
            At::Element("cjml".to_owned()),
            Kind::Missing("journey"),
        ));
    }
    if journey.steps.is_empty() {
        return Err(ImportError::new(
            At::Element("cjml/journey".to_owned()),
            Kind::Missing("phase"),
        ));
    }
    sound(journey, ignored)
}
