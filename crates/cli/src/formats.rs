//! Files in and out, by extension: the `.sightline.json` document, a share link, the
//! touchpoints CSV, a mermaid `journey` diagram and CJML, all through the document crate
//! the app uses, so a journey reads here exactly as it opens there.

use std::path::Path;

use sightline_document::{
    decode, decode_link, encode_link, encode_pretty, read_cjml, read_mermaid, read_touchpoints_csv,
    write_cjml, write_mermaid, write_touchpoints_csv, Exported, Imported,
};
use sightline_engine::Journey;

use crate::english;

/// The formats a file can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.sightline.json` (or any `.json`): the app's own document.
    Document,
    /// `.link`, `.url` or `.txt`: a share link, as a URL or its `#j…` fragment.
    Link,
    /// `.csv`: the touchpoints sheet.
    Csv,
    /// `.mmd`: a mermaid `journey` diagram.
    Mermaid,
    /// `.cjml.xml` (or any `.xml`): CJML.
    Cjml,
}

/// What the command says when a file name has no format it knows.
const KNOWN: &str = ".sightline.json, .link (or .url, .txt), .csv, .mmd or .cjml.xml";

impl Format {
    /// The format a file name says, by its extension.
    pub fn of(path: &Path) -> Result<Format, String> {
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let formats = [
            (".json", Format::Document),
            (".link", Format::Link),
            (".url", Format::Link),
            (".txt", Format::Link),
            (".csv", Format::Csv),
            (".mmd", Format::Mermaid),
            (".xml", Format::Cjml),
        ];
        formats
            .into_iter()
            .find(|(extension, _)| name.ends_with(extension))
            .map(|(_, format)| format)
            .ok_or_else(|| {
                format!(
                    "{}: the name does not say its format; use {KNOWN}",
                    path.display()
                )
            })
    }
}

/// A journey read from a file, with what the reader passed over (in words).
pub struct Read {
    /// The journey.
    pub journey: Journey,
    /// What the file held that the journey does not take.
    pub ignored: Vec<String>,
}

/// Read a journey from a file of any format; the error names the file and what is wrong.
pub fn read(path: &Path) -> Result<Read, String> {
    let format = Format::of(path)?;
    let bytes = std::fs::read(path).map_err(|error| format!("{}: {error}", path.display()))?;
    let failed = |reason: String| format!("{} cannot be read: {reason}", path.display());
    // A sheet has no journey name (and a diagram may have none): the file's stands in, as
    // in the app.
    let stem = path
        .file_name()
        .map(|name| {
            name.to_string_lossy()
                .split('.')
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .unwrap_or_default();
    let imported = |result: Result<Imported, _>| {
        result
            .map(
                |Imported {
                     mut journey,
                     ignored,
                 }| Read {
                    journey: {
                        if journey.name.trim().is_empty() {
                            journey.name = stem.clone();
                        }
                        journey
                    },
                    ignored: ignored.iter().map(english::ignored).collect(),
                },
            )
            .map_err(|error| failed(english::import_error(&error)))
    };
    let plain = |journey| Read {
        journey,
        ignored: Vec::new(),
    };
    match format {
        Format::Document | Format::Link => {
            let text = String::from_utf8(bytes)
                .map_err(|_| failed("this is not UTF-8 text".to_owned()))?;
            if format == Format::Document {
                decode(&text)
                    .map(plain)
                    .map_err(|error| failed(english::load_error(&error)))
            } else {
                // A whole URL or only its fragment: the journey is after the last `#`.
                let text = text.trim();
                let fragment = text.rsplit_once('#').map_or(text, |(_, after)| after);
                decode_link(fragment.trim())
                    .map(plain)
                    .map_err(|error| failed(english::link_error(&error)))
            }
        }
        Format::Csv => imported(read_touchpoints_csv(&bytes)),
        Format::Mermaid => imported(read_mermaid(&bytes)),
        Format::Cjml => imported(read_cjml(&bytes)),
    }
}

/// The share link fragment of a journey, with its `#`, ready to follow the app's address.
pub fn link(journey: &Journey) -> String {
    format!("#{}", encode_link(journey))
}

/// Write a journey to a file in the format its name says; returns what the format could
/// not hold, in words.
pub fn write(path: &Path, journey: &Journey) -> Result<Vec<String>, String> {
    let Exported { text, lost } = match Format::of(path)? {
        Format::Document => whole(encode_pretty(journey)),
        Format::Link => whole(format!("{}\n", link(journey))),
        Format::Csv => write_touchpoints_csv(journey),
        Format::Mermaid => write_mermaid(journey),
        Format::Cjml => write_cjml(journey),
    };
    std::fs::write(path, text).map_err(|error| format!("{}: {error}", path.display()))?;
    Ok(lost
        .into_iter()
        .map(|(feature, count)| english::feature(feature, count))
        .collect())
}

/// A text that holds the whole journey.
fn whole(text: String) -> Exported {
    Exported {
        text,
        lost: Vec::new(),
    }
}
