//! The small symbols that mark a touchpoint, the same on its card and beside its checkboxes,
//! so that the blueprint's symbols are learnt where they are set.

use leptos::prelude::*;

use crate::strings::strings;

/// What a touchpoint can be marked as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// The service is likely to fail here.
    FailPoint,
    /// The customer forms a lasting judgement here.
    MomentOfTruth,
    /// It leads to another journey.
    Link,
}

impl Mark {
    /// The mark's symbol.
    fn symbol(self) -> &'static str {
        let s = strings();
        match self {
            Mark::FailPoint => s.fail_point_symbol,
            Mark::MomentOfTruth => s.moment_of_truth_symbol,
            Mark::Link => s.link_symbol,
        }
    }

    /// The modifier of its class, which gives its shape and colour.
    fn class(self) -> &'static str {
        match self {
            Mark::FailPoint => "mark mark--fail-point",
            Mark::MomentOfTruth => "mark mark--moment-of-truth",
            Mark::Link => "mark mark--link",
        }
    }
}

/// A mark's symbol, hidden from screen readers: whatever shows it also says it in words.
#[component]
pub fn MarkBadge(
    /// The mark shown.
    mark: Mark,
) -> impl IntoView {
    view! {
        <span class=mark.class() aria-hidden="true">
            {mark.symbol()}
        </span>
    }
}
