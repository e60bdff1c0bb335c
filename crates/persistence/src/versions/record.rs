//! How one version is stored: a small record around one journey document. The document is
//! exactly what the document format writes (`encode`), kept as a string, so a version opens,
//! exports and migrates as any journey does; the record adds only what a journey does not
//! know about itself: the version's name, when it was kept and why.

use serde::{Deserialize, Serialize};
use sightline_document::{decode, LoadError};
use sightline_engine::Journey;

/// Marks a stored text as a Sightline version.
pub const VERSION_FORMAT: &str = "sightline-version";

/// The version of the record this build writes; newer ones are refused rather than
/// half-read, as documents are.
pub const VERSION_RECORD_VERSION: u32 = 1;

/// Why a version was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum VersionKind {
    /// The user saved it under a name.
    Named,
    /// Kept automatically before a file was imported over the journey.
    BeforeImport,
    /// Kept automatically on the first change of a day.
    Daily,
    /// The journey as it was when the user restored another version.
    BeforeRestore,
}

impl VersionKind {
    /// Whether Sightline kept it on its own, and may remove it when room runs short (unless
    /// the user has named it since).
    pub fn is_automatic(self) -> bool {
        self != VersionKind::Named
    }
}

/// Why a stored version could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum VersionError {
    /// The text is not a version record (truncated, hand-edited, not JSON).
    NotAVersion,
    /// The record was written by a newer Sightline.
    NewerRecord(u32),
    /// The record is sound but its journey document is not.
    Document(LoadError),
}

/// The stored record, as written and read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Record {
    format: String,
    version: u32,
    /// The user's name for it; automatic versions have none until the user gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) name: Option<String>,
    /// When it was kept, in milliseconds since the Unix epoch.
    pub(crate) saved: f64,
    pub(crate) kind: VersionKind,
    /// The journey, as a document of the document format.
    pub(crate) document: String,
}

impl Record {
    pub(crate) fn new(
        name: Option<String>,
        saved: f64,
        kind: VersionKind,
        document: String,
    ) -> Self {
        Record {
            format: VERSION_FORMAT.to_owned(),
            version: VERSION_RECORD_VERSION,
            name,
            saved,
            kind,
            document,
        }
    }

    pub(crate) fn encode(&self) -> String {
        // Plain data with string keys always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Read a record, without reading its journey yet: listing versions decodes none.
    pub(crate) fn decode(text: &str) -> Result<Record, VersionError> {
        #[derive(Deserialize)]
        struct Header {
            format: Option<String>,
            version: Option<u32>,
        }
        let header: Header = serde_json::from_str(text).map_err(|_| VersionError::NotAVersion)?;
        if header.format.as_deref() != Some(VERSION_FORMAT) {
            return Err(VersionError::NotAVersion);
        }
        match header.version {
            Some(1..=VERSION_RECORD_VERSION) => {}
            Some(newer) if newer > VERSION_RECORD_VERSION => {
                return Err(VersionError::NewerRecord(newer))
            }
            _ => return Err(VersionError::NotAVersion),
        }
        let record: Record = serde_json::from_str(text).map_err(|_| VersionError::NotAVersion)?;
        if record.saved.is_finite() {
            Ok(record)
        } else {
            Err(VersionError::NotAVersion)
        }
    }

    /// The journey the record keeps.
    pub(crate) fn journey(&self) -> Result<Journey, VersionError> {
        decode(&self.document).map_err(VersionError::Document)
    }
}
