//! Mermaid `journey` diagrams, the user-journey text that renders in Markdown on code hosts:
//!
//! ```text
//! journey
//!   title Mobile telephony for Acme Corp
//!   section Explore
//!     Audit current phone costs: 2: IT manager, CFO
//! ```
//!
//! Sections are steps (an ITIL step when the name is a stage's in English, French, Russian
//! or Chinese, a custom step otherwise), tasks are touchpoints, a task's 1–5 score is the
//! feeling of each of its actors on the journey's emotion scale, and actors are
//! stakeholders. Mermaid has no lanes, channels or value, so a read touchpoint sits in the
//! consumer's actions with the defaults, and the writer lists what it drops.

use sightline_engine::{
    Emotion, Journey, Lane, Role, Settings, Side, StakeholderId, StepId, Touchpoint, TouchpointId,
};

use crate::import::{
    emotion_of_score, lane_by_lane, score_of, sound, step_for, step_title, text_of, At, Cast,
    Exported, Feature, Ignored, IgnoredKind, ImportError, ImportErrorKind, Imported,
};

/// What a mermaid diagram keeps of a journey; everything else is listed as lost. Feelings
/// are kept as their mean, the task's score; each stakeholder's own is lost.
const KEPT: [Feature; 2] = [Feature::EmptySteps, Feature::Emotions];

/// Read a mermaid `journey` diagram. Errors name the line and column.
pub fn read_mermaid(bytes: &[u8]) -> Result<Imported, ImportError> {
    use ImportErrorKind as Kind;
    let text = text_of(bytes)?;
    let scale = Settings::default().emotion_scale;
    let mut journey = Journey::with_itil_steps("");
    journey.steps.clear();
    let mut cast = Cast::new(Role::User, Side::Consumer);
    let mut ignored = Vec::new();
    let mut header_seen = false;
    let mut lines = text.split('\n').enumerate().peekable();
    // Front matter (`---` … `---`) configures rendering; it says nothing about the journey.
    if lines.peek().is_some_and(|(_, line)| line.trim() == "---") {
        lines.next();
        for (_, line) in lines.by_ref() {
            if line.trim() == "---" {
                break;
            }
        }
    }
    while let Some((index, raw)) = lines.next() {
        let line_no = index + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let statement = line.trim();
        // Columns count characters from 1, the first one that is not blank.
        let column = line.chars().take_while(|c| c.is_whitespace()).count() + 1;
        if statement.is_empty() || statement.starts_with("%%") {
            continue;
        }
        if !header_seen {
            if statement != "journey" {
                return Err(ImportError::at(line_no, column, Kind::WrongKind));
            }
            header_seen = true;
            continue;
        }
        if let Some(title) = keyword(statement, "title") {
            journey.name = title.to_owned();
        } else if let Some(name) = keyword(statement, "section") {
            let id = StepId(journey.steps.len() as u32 + 1);
            let previous = journey.steps.last().map(|step| step.stage);
            journey.steps.push(step_for(id, name, previous));
        } else if statement.starts_with("accTitle") || statement.starts_with("accDescr") {
            ignored.push(Ignored {
                at: At::Text {
                    line: line_no,
                    column,
                },
                what: IgnoredKind::Statement(statement.chars().take(8).collect()),
            });
            // The block form spans lines up to its closing brace.
            if statement.contains('{') && !statement.contains('}') {
                for (_, line) in lines.by_ref() {
                    if line.contains('}') {
                        break;
                    }
                }
            }
        } else if let Some((name, data)) = statement.split_once(':') {
            let step = journey
                .steps
                .last()
                .map(|step| step.id)
                .ok_or_else(|| ImportError::at(line_no, column, Kind::TaskOutsideSection))?;
            let name = name.trim();
            if name.is_empty() {
                return Err(ImportError::at(line_no, column, Kind::Missing("task")));
            }
            let (score_text, actors) = data.split_once(':').unwrap_or((data, ""));
            // Where the score starts, for the error: after the name and its colon.
            let score_column = column
                + statement[..statement.len() - data.len()].chars().count()
                + leading_blanks(score_text);
            let score = score_text.trim();
            let score = match crate::read_decimal(score) {
                Some(value) if (1.0..=5.0).contains(&value) => Some(value),
                _ if score.is_empty() => None,
                _ => {
                    return Err(ImportError::at(
                        line_no,
                        score_column,
                        Kind::BadValue {
                            field: "score",
                            value: score.to_owned(),
                        },
                    ))
                }
            };
            let mut participants: Vec<StakeholderId> = Vec::new();
            for actor in actors.split(',').map(str::trim).filter(|a| !a.is_empty()) {
                let id = cast.named(actor);
                if !participants.contains(&id) {
                    participants.push(id);
                }
            }
            let id = TouchpointId(journey.touchpoints.len() as u32 + 1);
            let mut touchpoint = Touchpoint::new(id, step, Lane::ConsumerActions, name);
            if let Some(score) = score {
                if participants.is_empty() {
                    ignored.push(Ignored {
                        at: At::Text {
                            line: line_no,
                            column: score_column,
                        },
                        what: IgnoredKind::ScoreWithoutActors,
                    });
                }
                let value = emotion_of_score(score, scale);
                touchpoint.emotions = participants
                    .iter()
                    .map(|&stakeholder| Emotion { stakeholder, value })
                    .collect();
            }
            touchpoint.participants = participants;
            journey.touchpoints.push(touchpoint);
        } else {
            return Err(ImportError::at(line_no, column, Kind::UnknownStatement));
        }
    }
    if !header_seen {
        return Err(ImportError::new(At::Whole, Kind::Empty));
    }
    if journey.steps.is_empty() {
        return Err(ImportError::new(At::Whole, Kind::Missing("section")));
    }
    journey.stakeholders = cast.stakeholders;
    sound(journey, ignored)
}

/// `keyword rest` → `rest`, trimmed; the keyword must stand alone as a word.
fn keyword<'a>(statement: &'a str, word: &str) -> Option<&'a str> {
    let rest = statement.strip_prefix(word)?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then(|| rest.trim())
}

fn leading_blanks(text: &str) -> usize {
    text.chars().take_while(|c| c.is_whitespace()).count()
}

/// Write a journey as a mermaid `journey` diagram: steps as sections in journey order,
/// touchpoints as tasks (steps left to right, lanes top to bottom), each task's score the
/// mean feeling of its touchpoint as a whole 1–5 (3 when none is recorded), and as actors
/// the initiator, the participants, then anyone else whose feeling is recorded there.
pub fn write_mermaid(journey: &Journey) -> Exported {
    let scale = journey.settings.emotion_scale;
    let mut renamed = 0;
    let mut fit = |name: &str, extra: &[char]| {
        let fitted = fit_name(name, extra);
        if fitted != name {
            renamed += 1;
        }
        fitted
    };
    let mut out = String::from("journey\n");
    let title = fit(&journey.name, &[]);
    if !journey.name.is_empty() {
        out.push_str(&format!("  title {title}\n"));
    }
    let names: Vec<(StakeholderId, String)> = journey
        .stakeholders
        .iter()
        .map(|stakeholder| (stakeholder.id, fit(&stakeholder.name, &[','])))
        .collect();
    let name_of = |id: StakeholderId| {
        names
            .iter()
            .find(|(named, _)| *named == id)
            .map(|(_, name)| name.as_str())
    };
    for step in &journey.steps {
        out.push_str(&format!("  section {}\n", fit(&step_title(step), &[])));
        for touchpoint in lane_by_lane(journey, step.id) {
            let mut actors: Vec<&str> = Vec::new();
            let feeling = touchpoint.emotions.iter().map(|e| e.stakeholder);
            let everyone = touchpoint
                .initiator
                .into_iter()
                .chain(touchpoint.participants.iter().copied());
            for id in everyone.chain(feeling) {
                // Names that became equal once fitted are one actor to mermaid.
                if let Some(name) = name_of(id).filter(|name| !actors.contains(name)) {
                    actors.push(name);
                }
            }
            let score = score_of(&touchpoint.emotions, scale);
            let name = fit(&touchpoint.name, &[]);
            if actors.is_empty() {
                out.push_str(&format!("    {name}: {score}\n"));
            } else {
                out.push_str(&format!("    {name}: {score}: {}\n", actors.join(", ")));
            }
        }
    }
    Exported::new(out, journey, &KEPT, renamed)
}

/// A name as mermaid can hold it: on one line, without the characters its grammar uses
/// (`:` `;` `#`, `%` which starts comments, and the `extra` ones of the place), not empty,
/// and not starting with a keyword, which would turn a task into a section or a title.
fn fit_name(name: &str, extra: &[char]) -> String {
    let replaced: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, ':' | ';' | '#' | '%') || extra.contains(&c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let trimmed = replaced.trim();
    let first = trimmed.split_whitespace().next().unwrap_or_default();
    let keywords = ["journey", "title", "section", "accTitle", "accDescr"];
    if trimmed.is_empty() {
        "-".to_owned()
    } else if keywords
        .iter()
        .any(|keyword| first.eq_ignore_ascii_case(keyword) || first.starts_with(keyword))
    {
        format!("_{trimmed}")
    } else {
        trimmed.to_owned()
    }
}
