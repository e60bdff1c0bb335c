//! The header's tools for the open journey: its name, the library, files and links.

use leptos::prelude::*;
use leptos::task::spawn_local;
use sightline_document::{encode_pretty, touchpoints_csv, write_cjml, write_mermaid, Exported};
use sightline_engine::{Edit, Journey};

use super::deferred::{deferred, loaded_or_notice};
use super::share_link::ShareLink;
use super::{PresentButton, PrintButton, ShortcutsHelp};
use crate::files::{download, file_stem};
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;
use crate::workspace::Workspace;

/// The open journey's name (renamed in place) and the actions on the whole journey.
#[component]
pub fn JourneyToolbar() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let workspace = expect_context::<Workspace>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let name = move || store.with(|journey| journey.name.clone());
    let rename = move |event| {
        store.apply(Edit::RenameJourney {
            name: event_target_value(&event),
        });
    };
    // Every export names the file after the journey; only the format differs. A format
    // that cannot hold everything (mermaid, CJML) says what the file leaves out.
    let export =
        move |suffix: &'static str, mime: &'static str, write: fn(&Journey) -> Exported| {
            let (stem, Exported { text, lost }) =
                store.with_untracked(|journey| (file_stem(&journey.name), write(journey)));
            let file = format!("{stem}{suffix}");
            if !download(&file, mime, &text) {
                notices.push(s.download_failed.to_owned());
            } else if !lost.is_empty() {
                let lost: Vec<String> = lost.iter().map(|&(what, n)| (s.lost)(what, n)).collect();
                notices.inform((s.exported_leaving_out)(&file, &lost.join(", ")));
            }
        };
    // The writers come with their chunk, on the first export.
    let export_with = move |suffix, mime, pick: fn(&Writers) -> Write| {
        spawn_local(async move {
            if let Some(writers) = loaded_or_notice(writers(), notices).await {
                export(suffix, mime, pick(&writers));
            }
        });
    };
    let exports = [
        Export {
            suffix: ".sightline.json",
            mime: "application/json",
            testid: "export-journey",
            write: |w| w.journey,
            label: s.export_journey,
        },
        Export {
            suffix: ".touchpoints.csv",
            mime: "text/csv",
            testid: "export-touchpoints",
            write: |w| w.touchpoints,
            label: s.export_touchpoints,
        },
        Export {
            suffix: ".mmd",
            mime: "text/plain",
            testid: "export-mermaid",
            write: |w| w.mermaid,
            label: s.export_mermaid,
        },
        Export {
            suffix: ".cjml.xml",
            mime: "application/xml",
            testid: "export-cjml",
            write: |w| w.cjml,
            label: s.export_cjml,
        },
    ];
    let menu_open = RwSignal::new(false);
    view! {
        <input
            class="app-header__journey"
            aria-label=s.journey_name
            placeholder=s.untitled_journey
            prop:value=name
            disabled=move || workspace.shared.get()
            on:change=rename
            data-testid="journey-name"
        />
        <nav class="toolbar" aria-label=s.journey_actions>
            <button
                class="button"
                aria-keyshortcuts="Control+Z Meta+Z"
                title=s.undo_hint
                disabled=move || !store.can_undo()
                on:click=move |_| store.undo()
                data-testid="undo"
            >
                {s.undo}
            </button>
            <button
                class="button"
                aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
                title=s.redo_hint
                disabled=move || !store.can_redo()
                on:click=move |_| store.redo()
                data-testid="redo"
            >
                {s.redo}
            </button>
            <button
                class="button toolbar__menu"
                aria-expanded=move || menu_open.get().to_string()
                aria-controls="toolbar-more"
                on:click=move |_| menu_open.update(|open| *open = !*open)
                data-testid="toolbar-menu"
            >
                {s.workspace.menu}
            </button>
            // Folded behind the menu button on a narrow screen; shown as they are elsewhere.
            <div class="toolbar__more" class:toolbar__more--open=move || menu_open.get() id="toolbar-more">
            <button
                class="button"
                on:click=move |_| workspace.show_library()
                data-testid="open-library"
            >
                {s.library}
            </button>
            <ShareLink />
            {exports
                .into_iter()
                .map(|Export { suffix, mime, testid, write, label }| {
                    view! {
                        <button
                            class="button"
                            on:click=move |_| export_with(suffix, mime, write)
                            data-testid=testid
                        >
                            {label}
                        </button>
                    }
                })
                .collect_view()}
            <PrintButton />
            <PresentButton />
            <ShortcutsHelp />
            </div>
        </nav>
    }
}

/// One of the toolbar's exports: the file's suffix and type, the button's test hook, which
/// of the writers writes the journey and the button's label.
struct Export {
    suffix: &'static str,
    mime: &'static str,
    testid: &'static str,
    write: fn(&Writers) -> Write,
    label: &'static str,
}

type Write = fn(&Journey) -> Exported;

/// The export formats' writers, which a first visit does not download.
struct Writers {
    journey: Write,
    touchpoints: Write,
    mermaid: Write,
    cjml: Write,
}

deferred! {
    fn writers() -> Writers {
        Writers {
            journey: |j| whole(encode_pretty(j)),
            touchpoints: |j| whole(touchpoints_csv(j)),
            mermaid: write_mermaid,
            cjml: write_cjml,
        }
    }
}

/// An export that warns of nothing: the journey file holds everything, and the touchpoints
/// sheet is by design an extract of the touchpoints alone.
fn whole(text: String) -> Exported {
    Exported {
        text,
        lost: Vec::new(),
    }
}
