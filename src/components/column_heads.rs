//! The head of an editing table: a column header per field, and an unnamed last column for
//! each row's actions (remove).

use leptos::prelude::*;

/// `<thead>` with one `<th scope="col">` per name, then the actions column; the roles are
/// said outright for a table that its style shows other than as a table (`.kpis`).
#[component]
pub fn ColumnHeads(
    /// The columns' names, in order.
    names: &'static [&'static str],
) -> impl IntoView {
    view! {
        <thead role="rowgroup">
            <tr role="row">
                {names
                    .iter()
                    .map(|name| view! { <th scope="col" role="columnheader">{*name}</th> })
                    .collect_view()}
                <th scope="col" role="columnheader"></th>
            </tr>
        </thead>
    }
}
