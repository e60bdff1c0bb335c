//! What the foreign formats (touchpoints CSV, mermaid journey, CJML) share: the input cap,
//! the error type that says where the text is wrong, stage names in four languages, the
//! 1–5 score against the journey's emotion scale, and the list of what a format drops.
//!
//! Errors and losses are values, not sentences: the app words them through its strings and
//! the command-line tool through its own table, so this crate stays language-neutral.

use std::collections::HashMap;

use sightline_engine::{
    EmotionScale, Journey, Problem, Role, Side, Stage, Stakeholder, StakeholderId,
};

/// The largest input any foreign-format reader accepts, in bytes: far beyond a real
/// diagram or sheet (tens of thousands of touchpoints), small enough that a stray huge file
/// is refused before it is parsed.
pub const MAX_IMPORT_BYTES: usize = 4 << 20;

/// A journey read from a foreign format, with what the reader passed over.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The journey; it has passed [`Journey::problems`].
    pub journey: Journey,
    /// What the text held that the journey does not take, in the order met.
    pub ignored: Vec<Ignored>,
}

/// Something a reader met and left out, with where it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Ignored {
    /// Where it is in the text.
    pub at: At,
    /// What it is.
    pub what: IgnoredKind,
}

/// Kinds of input a reader leaves out without failing.
#[derive(Debug, Clone, PartialEq)]
pub enum IgnoredKind {
    /// A CSV column this build does not know, by its header.
    UnknownColumn(String),
    /// A mermaid score on a task with no actors: a feeling needs someone to feel it.
    ScoreWithoutActors,
    /// A mermaid statement that does not change the journey (`accTitle`, `accDescr`).
    Statement(String),
    /// A CJML element or attribute this reader does not map, by its name.
    Element(String),
    /// A second journey in a CJML file: only the first is read.
    OtherJourney,
}

/// A place in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum At {
    /// The text as a whole (too large, empty).
    Whole,
    /// A line and a column, both from 1; columns count characters.
    Text {
        /// Line, from 1.
        line: usize,
        /// Column, from 1, in characters.
        column: usize,
    },
    /// An XML element, as a path of element names from the root with positions
    /// (`cjml/journey[1]/touchpoints/action[3]`), and an attribute if that is where.
    Element(String),
}

/// Why a text could not be read as a journey.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    /// Where the first problem is.
    pub at: At,
    /// What it is.
    pub kind: ImportErrorKind,
}

/// What is wrong with an imported text.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportErrorKind {
    /// The input is larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// The input is not UTF-8 text.
    NotText,
    /// The input holds nothing to read.
    Empty,
    /// Not the kind of text the reader expected: a mermaid diagram that is not a `journey`,
    /// XML that is not CJML.
    WrongKind,
    /// A CSV header without a column the reader needs.
    MissingColumn(&'static str),
    /// A CSV quote that is never closed.
    UnclosedQuote,
    /// A CSV quote inside an unquoted cell, or text after a closing quote.
    StrayQuote,
    /// A field whose value the model does not allow, with the field's name and the text.
    BadValue {
        /// The field (`lane`, `score`, `importance`, an XML attribute).
        field: &'static str,
        /// The text found.
        value: String,
    },
    /// A required field or attribute is missing.
    Missing(&'static str),
    /// A mermaid task before any section: it would belong to no step.
    TaskOutsideSection,
    /// A line the mermaid reader does not understand.
    UnknownStatement,
    /// An XML reference (`initiator="a9"`) to an element that is not there.
    UnknownReference {
        /// The attribute.
        field: &'static str,
        /// The id it names.
        id: String,
    },
    /// Two items share an id.
    DuplicateId(String),
    /// The XML is not well-formed; the parser's own message.
    Xml(String),
    /// Every field reads, but the journey breaks an invariant.
    Unsound(Vec<Problem>),
}

impl ImportError {
    pub(crate) fn new(at: At, kind: ImportErrorKind) -> ImportError {
        ImportError { at, kind }
    }

    pub(crate) fn at(line: usize, column: usize, kind: ImportErrorKind) -> ImportError {
        ImportError::new(At::Text { line, column }, kind)
    }
}

/// The first checks of every reader: the size cap, then UTF-8, naming the line and column
/// of the first byte that is not text.
pub(crate) fn text_of(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::new(At::Whole, ImportErrorKind::TooLarge));
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        // The valid prefix is text, so its lines and characters can be counted.
        let valid = std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default();
        let (line, column) = line_column(valid);
        ImportError::at(line, column, ImportErrorKind::NotText)
    })?;
    // A byte order mark is not part of the text (spreadsheets write one).
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Line and column (from 1) of the position just after `prefix`.
fn line_column(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let last = prefix.rsplit('\n').next().unwrap_or_default();
    (line, last.chars().count() + 1)
}

/// Every reader's last check, as for documents and links: an unsound journey is refused.
pub(crate) fn sound(journey: Journey, ignored: Vec<Ignored>) -> Result<Imported, ImportError> {
    let problems = journey.problems();
    if problems.is_empty() {
        Ok(Imported { journey, ignored })
    } else {
        Err(ImportError::new(
            At::Whole,
            ImportErrorKind::Unsound(problems),
        ))
    }
}

/// The stage a step name stands for, in English, French, Russian or Chinese, ignoring
/// case, accents' absence, spaces, hyphens and apostrophes; `None` for a name of one's own.
///
/// The terms are ITIL 4's step names and the verbs or nouns translations use for them
/// (the Chinese ones as in the official translation of *Drive Stakeholder Value*).
pub fn stage_named(name: &str) -> Option<Stage> {
    const TERMS: [(Stage, &[&str]); 7] = [
        (
            Stage::Explore,
            &[
                "explore",
                "exploration",
                "explorer",
                "исследование",
                "изучение",
                "探索",
            ],
        ),
        (
            Stage::Engage,
            &[
                "engage",
                "engagement",
                "engager",
                "sengager",
                "вовлечение",
                "契动",
                "参与",
            ],
        ),
        (
            Stage::Offer,
            &[
                "offer",
                "offre",
                "offrir",
                "proposer",
                "предложение",
                "供应",
                "提供",
            ],
        ),
        (
            Stage::Agree,
            &[
                "agree",
                "agreement",
                "accord",
                "convenir",
                "согласование",
                "соглашение",
                "协议",
                "同意",
            ],
        ),
        (
            Stage::Onboard,
            &[
                "onboard",
                "onboarding",
                "intégrer",
                "integrer",
                "intégration",
                "embarquer",
                "подключение",
                "адаптация",
                "引入",
            ],
        ),
        (
            Stage::CoCreate,
            &[
                "cocreate",
                "cocreation",
                "cocréer",
                "cocreer",
                "cocréation",
                "совместноесоздание",
                "共同创造",
            ],
        ),
        (
            Stage::Realize,
            &[
                "realize",
                "realise",
                "realization",
                "realisation",
                "réaliser",
                "realiser",
                "réalisation",
                "реализация",
                "实现",
            ],
        ),
    ];
    let folded: String = name
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_' | '\'' | '’' | '\u{a0}'))
        .flat_map(char::to_lowercase)
        .collect();
    TERMS
        .into_iter()
        .find(|(_, terms)| terms.contains(&folded.as_str()))
        .map(|(stage, _)| stage)
}

/// The name a step goes by outside the app: its own, or its stage's English name, which
/// [`stage_named`] reads back as the stage.
pub(crate) fn step_title(step: &sightline_engine::Step) -> String {
    step.custom_name
        .clone()
        .unwrap_or_else(|| english_stage_name(step.stage).to_owned())
}

/// A stage's English name: what the foreign formats write for a step without a name of its
/// own (and [`stage_named`] reads back), and the name the app and the command line show in
/// English.
pub fn english_stage_name(stage: Stage) -> &'static str {
    match stage {
        Stage::Explore => "Explore",
        Stage::Engage => "Engage",
        Stage::Offer => "Offer",
        Stage::Agree => "Agree",
        Stage::Onboard => "Onboard",
        Stage::CoCreate => "Co-create",
        Stage::Realize => "Realize",
    }
}

/// A step's touchpoints as the blueprint shows them and the writers list them: lane by lane,
/// in the journey's order within a lane.
pub(crate) fn lane_by_lane(
    journey: &Journey,
    step: sightline_engine::StepId,
) -> Vec<&sightline_engine::Touchpoint> {
    let mut cell: Vec<_> = journey
        .touchpoints
        .iter()
        .filter(|t| t.step == step)
        .collect();
    cell.sort_by_key(|t| t.lane.index());
    cell
}

/// A step for a name read from a foreign format: an ITIL step when the name is a stage's,
/// else a custom step anchored to the stage before it (the first stage at the start).
pub(crate) fn step_for(
    id: sightline_engine::StepId,
    name: &str,
    previous: Option<Stage>,
) -> sightline_engine::Step {
    match stage_named(name) {
        Some(stage) => sightline_engine::Step {
            id,
            stage,
            custom_name: None,
        },
        None => sightline_engine::Step {
            id,
            stage: previous.unwrap_or(Stage::Explore),
            custom_name: Some(name.to_owned()),
        },
    }
}

/// Stakeholders known only by name, made on first mention, in the order met.
pub(crate) struct Cast {
    by_name: HashMap<String, StakeholderId>,
    role: Role,
    side: Side,
    /// The stakeholders made so far.
    pub(crate) stakeholders: Vec<Stakeholder>,
}

impl Cast {
    /// Newcomers take this role and side (a mermaid actor is a user; a CSV name is unknown).
    pub(crate) fn new(role: Role, side: Side) -> Cast {
        Cast {
            by_name: HashMap::new(),
            role,
            side,
            stakeholders: Vec::new(),
        }
    }

    /// The stakeholder of this name, made if it is the first mention.
    pub(crate) fn named(&mut self, name: &str) -> StakeholderId {
        if let Some(&id) = self.by_name.get(name) {
            return id;
        }
        let id = StakeholderId(self.stakeholders.len() as u32 + 1);
        self.stakeholders
            .push(Stakeholder::new(id, name, self.role, self.side));
        self.by_name.insert(name.to_owned(), id);
        id
    }
}

/// A 1–5 score (mermaid's, CJML's experience rating) on the journey's emotion scale.
pub(crate) fn emotion_of_score(score: f64, scale: EmotionScale) -> f64 {
    scale.min + (score - 1.0) / 4.0 * (scale.max - scale.min)
}

/// A touchpoint's mean emotion as a whole 1–5 score, 3 when nobody's feeling is recorded.
pub(crate) fn score_of(emotions: &[sightline_engine::Emotion], scale: EmotionScale) -> u8 {
    if emotions.is_empty() {
        return 3;
    }
    let mean = emotions
        .iter()
        .map(|emotion| scale.normalise(emotion.value))
        .sum::<f64>()
        / emotions.len() as f64;
    // normalise() is within −1…+1, so this lies in 1…5; the clamp only guards NaN.
    (3.0 + 2.0 * mean).round().clamp(1.0, 5.0) as u8
}

/// Parts of a journey a format may be unable to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feature {
    /// Steps with no touchpoint (CSV lists touchpoints only).
    EmptySteps,
    /// Which blueprint lane each touchpoint sits in.
    Lanes,
    /// Touchpoint channels.
    Channels,
    /// Process or outcome element.
    Elements,
    /// Customer importance and provider effort scores.
    Scores,
    /// Who initiates a touchpoint.
    Initiators,
    /// Each stakeholder's own feeling (a format with one score per touchpoint keeps the mean).
    Emotions,
    /// Value effects: outcomes, costs, risks.
    Effects,
    /// Stakeholders' roles.
    Roles,
    /// Which side each stakeholder is on.
    Sides,
    /// Stakeholders' standing (influence, interest) and weights.
    StakeholderDetails,
    /// Stakeholders who take part in no touchpoint.
    AbsentStakeholders,
    /// The value settings: relationship, rates, scale, thresholds, unit.
    Settings,
    /// Fail points, moments of truth and links to other journeys.
    Flags,
    /// Personas.
    Personas,
    /// KPIs.
    Kpis,
    /// Pain points and opportunities.
    Insights,
    /// Ways back.
    Loops,
    /// Names whose characters the format cannot hold, changed to fit.
    Names,
}

/// How many items of each feature a journey has, in [`Feature`] order, leaving out those it
/// has none of; a writer reports those it drops.
pub(crate) fn features(journey: &Journey) -> Vec<(Feature, usize)> {
    let touchpoints = &journey.touchpoints;
    let count = |keep: &dyn Fn(&sightline_engine::Touchpoint) -> bool| {
        touchpoints.iter().filter(|t| keep(t)).count()
    };
    let default_stakeholder = |s: &Stakeholder| {
        let plain = Stakeholder::new(s.id, s.name.clone(), s.role, s.side);
        s.influence == plain.influence
            && s.interest == plain.interest
            && s.standing_by_step.is_empty()
            && s.weights == plain.weights
    };
    let taking_part = |s: &Stakeholder| {
        touchpoints.iter().any(|t| {
            t.initiator == Some(s.id)
                || t.participants.contains(&s.id)
                || t.emotions.iter().any(|e| e.stakeholder == s.id)
        })
    };
    let all = [
        (
            Feature::EmptySteps,
            journey
                .steps
                .iter()
                .filter(|step| !touchpoints.iter().any(|t| t.step == step.id))
                .count(),
        ),
        (
            Feature::Lanes,
            count(&|t| t.lane != sightline_engine::Lane::ConsumerActions),
        ),
        (
            Feature::Channels,
            count(&|t| t.channel != sightline_engine::Channel::Other),
        ),
        (
            Feature::Elements,
            count(&|t| t.element != sightline_engine::ElementKind::Process),
        ),
        (
            Feature::Scores,
            count(&|t| t.importance != 3 || t.effort != 3),
        ),
        (Feature::Initiators, count(&|t| t.initiator.is_some())),
        (
            Feature::Emotions,
            touchpoints.iter().map(|t| t.emotions.len()).sum(),
        ),
        (
            Feature::Effects,
            touchpoints.iter().map(|t| t.effects.len()).sum(),
        ),
        (Feature::Roles, journey.stakeholders.len()),
        (Feature::Sides, journey.stakeholders.len()),
        (
            Feature::StakeholderDetails,
            journey
                .stakeholders
                .iter()
                .filter(|s| !default_stakeholder(s))
                .count(),
        ),
        (
            Feature::AbsentStakeholders,
            journey
                .stakeholders
                .iter()
                .filter(|s| !taking_part(s))
                .count(),
        ),
        (
            Feature::Settings,
            usize::from(journey.settings != sightline_engine::Settings::default()),
        ),
        (
            Feature::Flags,
            count(&|t| t.fail_point || t.moment_of_truth || t.leads_to.is_some()),
        ),
        (Feature::Personas, journey.personas.len()),
        (Feature::Kpis, journey.kpis.len()),
        (Feature::Insights, journey.insights.len()),
        (Feature::Loops, journey.loops.len()),
    ];
    all.into_iter().filter(|&(_, n)| n > 0).collect()
}

/// A text written in a foreign format, with what of the journey it could not hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Exported {
    /// The text.
    pub text: String,
    /// What the journey has that the text leaves out, with how many items of each.
    pub lost: Vec<(Feature, usize)>,
}

impl Exported {
    /// The text, with the features of `journey` outside `kept` and `renamed` names counted
    /// as lost.
    pub(crate) fn new(text: String, journey: &Journey, kept: &[Feature], renamed: usize) -> Self {
        let mut lost: Vec<(Feature, usize)> = features(journey)
            .into_iter()
            .filter(|(feature, _)| !kept.contains(feature))
            .collect();
        if renamed > 0 {
            lost.push((Feature::Names, renamed));
        }
        Exported { text, lost }
    }
}
