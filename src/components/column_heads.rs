//! The head of an editing table: a column header per field, and an unnamed last column for
//! each row's actions (remove).

use leptos::prelude::*;

/// `<thead>` with one `<th scope="col">` per name, then the actions column.
#[component]
pub fn ColumnHeads(
    /// The columns' names, in order.
    names: &'static [&'static str],
) -> impl IntoView {
    view! {
        <thead>
            <tr>
                {names.iter().map(|name| view! { <th scope="col">{*name}</th> }).collect_view()}
                <th scope="col"></th>
            </tr>
        </thead>
    }
}
