//! The journey document: how a journey is written to storage, files and share links, and
//! read back.
//!
//! A document is JSON with a format marker and a version:
//! `{"format": "sightline-journey", "version": 4, "journey": {...}}`, compact for storage
//! ([`encode`]) or indented for a `.sightline.json` file ([`encode_pretty`]). Reading never
//! panics and never guesses: it returns the journey, or a [`LoadError`] that says exactly what
//! is wrong, so the app can tell the user and keep the text aside. Share links
//! ([`encode_link`], [`decode_link`]) carry the same journey in a URL fragment; the
//! touchpoints also export as CSV ([`touchpoints_csv`]) and read back
//! ([`read_touchpoints_csv`]), and journeys go to and come from mermaid `journey` diagrams
//! ([`write_mermaid`], [`read_mermaid`]) and CJML ([`write_cjml`], [`read_cjml`]); those
//! readers share [`ImportError`], which says where the text is wrong.

mod cjml;
mod csv;
mod csv_import;
mod decimal;
mod field_path;
mod import;
mod mermaid;
mod png;
mod share_link;

pub use cjml::{read_cjml, write_cjml};
pub use csv::{csv_row, touchpoints_csv, write_touchpoints_csv, CSV_COLUMNS};
pub use csv_import::read_touchpoints_csv;
pub use decimal::read_decimal;
pub use import::{
    english_stage_name, stage_named, At, Exported, Feature, Ignored, IgnoredKind, ImportError,
    ImportErrorKind, Imported, MAX_IMPORT_BYTES,
};
pub use mermaid::{read_mermaid, write_mermaid};
pub use png::{embed_in_png, journey_in_png, PngError, PNG_KEYWORD, PNG_SIGNATURE};
pub use share_link::{
    decode_link, encode_link, is_link_fragment, LinkError, LINK_VERSION, MAX_INFLATED_BYTES,
    MAX_LINK_CHARS,
};

use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use sightline_engine::{Journey, Problem};

/// The CRC-32 of zlib and PNG, which seals a share link and every chunk of a PNG.
const CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// Marks a JSON document as a Sightline journey.
pub const FORMAT: &str = "sightline-journey";

/// The version this build writes. Older versions are migrated on load; newer ones are refused
/// rather than half-read.
///
/// - 1: the walking skeleton: steps, lanes, touchpoints with name and channel, stakeholders
///   with role and side.
/// - 2: the value model: settings, stakeholder standing and weights, touchpoint participants,
///   scores, emotions and value effects. Every new field has a default, so a version 1
///   journey reads as version 2 with neutral values (weights 1, scores in the middle, no
///   effects) and no rewriting of its JSON.
/// - 3: the unit of value (`settings.value_unit`, left out when empty). A version 2 journey
///   reads as one without a unit; the version changed so that an older Sightline refuses a
///   journey with a unit instead of opening it and silently dropping the unit on its next save.
/// - 4: personas, KPIs per step, pain points and opportunities, loops, and touchpoints'
///   `fail_point`, `moment_of_truth` and `leads_to`. All are left out when empty or
///   unset, so a version 3 journey reads as one without them, and a journey without them is
///   written exactly as version 3 wrote it but for the version number; the version changed
///   so that an older Sightline refuses a journey with them instead of dropping them.
pub const VERSION: u32 = 4;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    version: u32,
    journey: &'a Journey,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    journey: Journey,
}

/// The envelope's fields that say whether and how to read the rest; the rest is skipped.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u32>,
}

/// Why a text could not be read as a journey.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The text is not JSON at all (truncated, binary, hand-edited).
    NotJson {
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error.
        column: usize,
    },
    /// The text is JSON but not a Sightline journey.
    NotAJourney,
    /// The document was written by a newer Sightline than this one.
    NewerVersion(u32),
    /// A field is missing or has a value the model does not allow.
    BadField {
        /// Where in the document, for example `journey.touchpoints[3].lane`.
        path: String,
    },
    /// Every field is well-formed, but the journey breaks an invariant.
    Unsound(Vec<Problem>),
}

/// Write a journey as a document of the current [`VERSION`].
pub fn encode(journey: &Journey) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: VERSION,
        journey,
    };
    // Serialising plain data with string keys into a String cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Write a journey as a readable `.sightline.json` file: the same document as [`encode`],
/// indented, so that people can read it, diff it and keep it under version control.
pub fn encode_pretty(journey: &Journey) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: VERSION,
        journey,
    };
    // As in `encode`: plain data with string keys always serialises.
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// Read a document of any version this build knows.
pub fn decode(text: &str) -> Result<Journey, LoadError> {
    let header: Header = serde_json::from_str(text).map_err(|error| match error.classify() {
        Category::Data => LoadError::NotAJourney,
        Category::Syntax | Category::Eof | Category::Io => LoadError::NotJson {
            line: error.line(),
            column: error.column(),
        },
    })?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(LoadError::NotAJourney);
    }
    match header.version {
        Some(1..=VERSION) => {}
        Some(newer) if newer > VERSION => return Err(LoadError::NewerVersion(newer)),
        _ => {
            return Err(LoadError::BadField {
                path: "version".into(),
            })
        }
    }
    // The text is well-formed JSON by now, so what fails here is a field that does not fit.
    let EnvelopeIn { journey } = serde_json::from_str(text).map_err(|error| {
        let path = field_path::path_at(text, &error);
        LoadError::BadField {
            path: if path.is_empty() {
                "journey".to_owned()
            } else {
                path
            },
        }
    })?;
    let problems = journey.problems();
    if problems.is_empty() {
        Ok(journey)
    } else {
        Err(LoadError::Unsound(problems))
    }
}
