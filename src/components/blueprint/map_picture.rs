//! The map as a PNG picture with the journey inside: downloaded, or copied for a slide.

use leptos::prelude::*;
use leptos::task::spawn_local;
use sightline_charts::{file_name, map_picture, Background, ChartKind};
use sightline_document::embed_in_png;

use crate::files::download_bytes;
use crate::picture::{copy_png, png_of_svg, SCALE};
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;

/// What to do with the picture once drawn.
#[derive(Clone, Copy, PartialEq)]
enum Then {
    Download,
    Copy,
}

/// The picture controls above the map: the background, Download PNG, Copy picture.
#[component]
pub fn MapPicture() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let dark = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let make = move |then: Then| {
        if busy.get_untracked() {
            return;
        }
        let background = if dark.get_untracked() {
            Background::Dark
        } else {
            Background::Light
        };
        let text = strings().chart_text();
        let (svg, journey) = store.with_untracked(|journey| {
            let valuation = store.valuation().get_untracked();
            (
                map_picture(journey, &valuation, &text, background).svg,
                journey.clone(),
            )
        });
        let name = file_name(&journey.name, ChartKind::Blueprint).replace(".svg", ".png");
        busy.set(true);
        spawn_local(async move {
            let p = strings().picture;
            match png_of_svg(&svg).await {
                Err(_) => notices.push(p.failed.to_owned()),
                Ok(picture) => {
                    if picture.scale < SCALE {
                        let percent = strings().number((picture.scale * 100.0).floor());
                        notices.inform((p.clamped)(&percent));
                    }
                    match embed_in_png(&picture.png, &journey) {
                        Err(_) => notices.push(p.failed.to_owned()),
                        Ok(png) => match then {
                            Then::Download => {
                                if !download_bytes(&name, "image/png", &png) {
                                    notices.push(strings().download_failed.to_owned());
                                }
                            }
                            Then::Copy => match copy_png(&png).await {
                                Ok(()) => notices.inform(p.copied.to_owned()),
                                Err(_) => notices.push(p.copy_refused.to_owned()),
                            },
                        },
                    }
                }
            }
            busy.set(false);
        });
    };
    view! {
        <div class="map-picture" role="group" aria-label=s.picture.picture>
            <label class="map-picture__background">
                {s.picture.background}
                <select
                    on:change=move |event| dark.set(event_target_value(&event) == "dark")
                    data-testid="png-background"
                >
                    <option value="light">{s.picture.light}</option>
                    <option value="dark">{s.picture.dark}</option>
                </select>
            </label>
            <button
                type="button"
                class="button button--small"
                disabled=move || busy.get()
                on:click=move |_| make(Then::Download)
                data-testid="export-png"
            >
                {s.picture.download_png}
            </button>
            <button
                type="button"
                class="button button--small"
                disabled=move || busy.get()
                on:click=move |_| make(Then::Copy)
                data-testid="copy-png"
            >
                {s.picture.copy_png}
            </button>
        </div>
    }
}
