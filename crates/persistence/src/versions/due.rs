//! When an automatic version is due. Before each import over a journey one always is (the
//! app asks for a [`VersionKind::BeforeImport`](super::VersionKind) every time); once per day
//! of editing, one is due on the first change of a day that has none yet.

/// Milliseconds in a day.
const DAY_MS: f64 = 86_400_000.0;

/// Whether a daily version is due at `now_ms`, given when the journey's newest version was
/// kept (`None`: it has none). Days are the user's local calendar days: `offset_minutes` is
/// local time minus UTC (JavaScript's `-new Date().getTimezoneOffset()`, 120 in Paris in
/// summer), so a version kept at 23:30 and a change at 00:10 fall on two days. A newest
/// version dated after now (a clock set back) makes none due, since one exists for today.
pub fn daily_version_due(newest_saved: Option<f64>, now_ms: f64, offset_minutes: f64) -> bool {
    let day = |ms: f64| ((ms + offset_minutes * 60_000.0) / DAY_MS).floor();
    match newest_saved {
        None => true,
        Some(saved) => day(now_ms) > day(saved),
    }
}

#[cfg(test)]
mod tests {
    use super::daily_version_due;

    /// 2024-05-12 21:30 UTC, 23:30 in Paris (UTC+2).
    const EVENING: f64 = 1_715_549_400_000.0;

    #[test]
    fn a_version_is_due_on_the_first_change_of_a_new_local_day() {
        assert!(daily_version_due(None, EVENING, 0.0));
        let forty_minutes = 40.0 * 60_000.0;
        assert!(daily_version_due(
            Some(EVENING),
            EVENING + forty_minutes,
            120.0
        ));
        assert!(!daily_version_due(
            Some(EVENING),
            EVENING + forty_minutes,
            0.0
        ));
        assert!(!daily_version_due(
            Some(EVENING),
            EVENING - forty_minutes,
            120.0
        ));
        assert!(daily_version_due(
            Some(EVENING),
            EVENING + 86_400_000.0,
            0.0
        ));
    }
}
