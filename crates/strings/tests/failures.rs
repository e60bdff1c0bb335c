//! Storage's typed failures read, in every language, as that language's own notices: a full
//! or refused storage, a journey gone or unreadable (set aside or not), a rename that met
//! another tab.

use sightline_document::LoadError;
use sightline_persistence::{LoadFailure, RenameFailure, SaveProblem, StorageError, Unreadable};
use sightline_strings::Language;

#[test]
fn storage_failures_are_worded_by_each_table() {
    for language in Language::ALL {
        let s = language.strings();
        assert_eq!(s.storage_error(StorageError::QuotaExceeded), s.storage_full);
        assert_eq!(
            s.storage_error(StorageError::Unavailable),
            s.storage_unavailable
        );
        assert_eq!(s.load_failure(&LoadFailure::Gone), s.journey_gone);

        let unreadable = |kept_under: Option<&str>| {
            LoadFailure::Unreadable(Unreadable {
                error: LoadError::NotAJourney,
                kept_under: kept_under.map(str::to_owned),
            })
        };
        let reason = (s.load_error)(&LoadError::NotAJourney);
        let kept = s.load_failure(&unreadable(Some("sightline.recovered.1")));
        assert_eq!(
            kept,
            (s.saved_journey_unreadable)(&reason, "sightline.recovered.1")
        );
        let lost = s.load_failure(&unreadable(None));
        assert_eq!(lost, (s.saved_journey_unreadable_not_kept)(&reason));

        let elsewhere = RenameFailure::Save(SaveProblem::ChangedElsewhere);
        assert_eq!(s.rename_failure(&elsewhere), s.changed_elsewhere_retry);
        let full = RenameFailure::Save(SaveProblem::Storage(StorageError::QuotaExceeded));
        assert_eq!(s.rename_failure(&full), s.storage_full);
        assert_eq!(
            s.rename_failure(&RenameFailure::Load(LoadFailure::Gone)),
            s.journey_gone
        );
    }
}
