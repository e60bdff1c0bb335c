//! Where journeys are kept between visits, as pure logic over a small [`Storage`]: which
//! journey opens, the library's actions, and autosave's rules for two tabs.
//!
//! Nothing here reads a clock or touches the browser: the app passes the time in and
//! implements [`Storage`] over `localStorage`; native tests use [`MemoryStorage`], which can
//! run out of quota or become unavailable. Errors are values ([`OpenNotice`],
//! [`LoadFailure`], [`StorageError`]) that the app turns into words.

mod autosave;
mod index;
mod journeys;
mod lineage;
mod memory;
mod storage;
mod versions;

pub use autosave::{changed_elsewhere, decide, Elsewhere, Flushed, KeptBoth, SaveAction};
pub use index::{is_valid_id, new_id, Entry, LibraryIndex, INDEX_FORMAT, INDEX_VERSION};
pub use journeys::{
    journey_key, LoadFailure, OpenNotice, Opened, RenameFailure, SaveProblem, Stored,
    StoredJourneys, Unreadable, INDEX_KEY, JOURNEY_PREFIX, LAST_OPEN_KEY, LEGACY_KEY,
    RECOVERY_PREFIX,
};
pub use lineage::{derived_key, DERIVED_PREFIX};
pub use memory::MemoryStorage;
pub use storage::{Storage, StorageError};
pub use versions::{
    daily_version_due, version_key, Compared, RestoreFailure, Restored, SavedVersion,
    UnreadableVersion, VersionError, VersionFailure, VersionInfo, VersionKind, VersionList,
    VersionRefused, VERSION_BUDGET_CHARS, VERSION_FORMAT, VERSION_PREFIX, VERSION_RECORD_VERSION,
};
