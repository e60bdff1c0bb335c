//! A labelled drop-down over a list of named choices (an enum's values, the stakeholders).

use leptos::prelude::*;

/// A `<select>` whose options are `(value, name)` pairs and whose selection follows `value`.
/// Option values are positions in the list, so any `Copy` value can be offered.
#[component]
pub fn ChoiceField<T>(
    /// The accessible name: the visible label, or `aria-label` when `hide_label` is set.
    #[prop(into)]
    label: Signal<String>,
    /// The choices, in the order shown.
    #[prop(into)]
    options: Signal<Vec<(T, String)>>,
    /// The chosen value; `None` selects the empty choice, if there is one.
    #[prop(into)]
    value: Signal<Option<T>>,
    /// Called with the user's choice (`None` for the empty choice).
    on_choose: Callback<Option<T>>,
    /// Text of a first choice that stands for "none".
    #[prop(optional)]
    empty: Option<&'static str>,
    /// Name the field for screen readers only (in table cells whose column says it all).
    #[prop(optional)]
    hide_label: bool,
    /// Class of the label around the field; the editor's by default.
    #[prop(optional)]
    class: Option<&'static str>,
    /// Test hook.
    #[prop(optional)]
    testid: &'static str,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let choose = move |event| {
        let position = event_target_value(&event).parse::<usize>().ok();
        let chosen = position.and_then(|i| options.with(|o| o.get(i).map(|(v, _)| *v)));
        on_choose.run(chosen);
    };
    let select = view! {
        <select
            aria-label=move || hide_label.then(|| label.get())
            on:change=choose
            data-testid=testid
        >
            {empty
                .map(|text| {
                    view! {
                        <option value="" prop:selected=move || value.with(Option::is_none)>
                            {text}
                        </option>
                    }
                })}
            {move || {
                options
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(position, (option, name))| {
                        view! {
                            <option
                                value=position.to_string()
                                prop:selected=move || value.get() == Some(option)
                            >
                                {name}
                            </option>
                        }
                    })
                    .collect_view()
            }}
        </select>
    };
    if hide_label {
        select.into_any()
    } else {
        view! {
            <label class=class.unwrap_or("editor__field")>
                <span>{label}</span>
                {select}
            </label>
        }
        .into_any()
    }
}

/// The choices of an enum, named by `name`.
pub fn named<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> Vec<(T, String)> {
    all.iter()
        .map(|&value| (value, name(value).to_owned()))
        .collect()
}
