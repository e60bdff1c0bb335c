//! The room versions may take: a stated budget, and which automatic versions give way when
//! a new one does not fit. Named versions never give way here; the user is asked.

use super::VersionInfo;

/// What all versions of all journeys may take together, in characters of keys and texts (as
/// browsers count their storage): two million, about two fifths of the five million a
/// browser gives a site, so that versions never starve the journeys themselves. The sample
/// journey's version takes about 14,000.
pub const VERSION_BUDGET_CHARS: usize = 2_000_000;

/// The automatic versions to remove, oldest first, so that `needed` more characters fit in
/// `budget` when versions already take `used`; `None` when removing every automatic one
/// would not be enough, in which case none is removed.
pub(crate) fn making_room(
    versions: &[VersionInfo],
    used: usize,
    needed: usize,
    budget: usize,
) -> Option<Vec<VersionInfo>> {
    let mut removed = Vec::new();
    let mut used = used;
    for version in by_age_evictable(versions) {
        if used + needed <= budget {
            break;
        }
        used = used.saturating_sub(version.chars);
        removed.push(version.clone());
    }
    (used + needed <= budget).then_some(removed)
}

/// The versions that may be removed without asking, oldest first: automatic and never named.
pub(crate) fn by_age_evictable(versions: &[VersionInfo]) -> Vec<&VersionInfo> {
    let mut evictable: Vec<&VersionInfo> = versions.iter().filter(|v| v.may_give_way()).collect();
    evictable.sort_by(|a, b| {
        a.saved
            .total_cmp(&b.saved)
            .then_with(|| (&a.journey, &a.id).cmp(&(&b.journey, &b.id)))
    });
    evictable
}
