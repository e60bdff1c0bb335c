//! The language picker in the page header: each language named in itself, the choice applied
//! as soon as its texts are here and kept for the next visit.

use leptos::html::Select;
use leptos::prelude::*;
use sightline_strings::Language;

use crate::language;
use crate::store::Notices;
use crate::strings::strings;

/// The element id of the picker, to give it the focus back once the page has been redrawn in
/// the new language.
const PICKER_ID: &str = "language-picker";

/// A `<select>` of the four languages. Each option carries its own `lang`, so a screen reader
/// says "Русский" in Russian whatever the page's language is.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let s = strings();
    let current = language::current();
    let notices = expect_context::<Notices>();
    let picker = NodeRef::<Select>::new();
    let choose = move |event| {
        let chosen = Language::from_code(&event_target_value(&event));
        let Some(chosen) = chosen.filter(|chosen| *chosen != language::current()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            if language::choose(chosen).await.is_ok() {
                // The page is drawn again in the new language, this picker too: keep the
                // focus where the user left it.
                super::focus::focus_later(PICKER_ID.to_owned(), false);
                return;
            }
            notices.push((strings().language_missing)(chosen.native_name()));
            // The page stays in its language; so must the picker.
            if let Some(picker) = picker.get_untracked() {
                picker.set_value(language::current().code());
            }
        });
    };
    view! {
        <select
            node_ref=picker
            id=PICKER_ID
            class="app-header__language"
            aria-label=s.language_picker
            on:change=choose
            data-testid="language"
        >
            {Language::ALL
                .into_iter()
                .map(|language| {
                    view! {
                        <option
                            value=language.code()
                            lang=language.code()
                            selected=language == current
                        >
                            {language.native_name()}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}
