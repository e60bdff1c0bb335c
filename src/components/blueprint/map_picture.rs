//! The map as a PNG picture with the journey inside: downloaded, or copied for a slide.

use leptos::prelude::*;
use leptos::task::spawn_local;
use sightline_charts::{file_name, map_picture, Background, ChartKind};
use sightline_document::embed_in_png;
use sightline_engine::{Journey, Valuation};

use crate::components::deferred::{deferred, loaded_or_notice};
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
        // The journey as it is at the click, whenever the drawing's code arrives.
        let (journey, valuation) =
            store.with_untracked(|journey| (journey.clone(), store.valuation().get_untracked()));
        let name = file_name(&journey.name, ChartKind::Blueprint).replace(".svg", ".png");
        busy.set(true);
        spawn_local(async move {
            let p = strings().picture;
            let Some(drawing) = loaded_or_notice(map_drawing(), notices).await else {
                busy.set(false);
                return;
            };
            let svg = (drawing.svg)(&journey, &valuation, background);
            match png_of_svg(&svg).await {
                Err(_) => notices.push(p.failed.to_owned()),
                Ok(picture) => {
                    if picture.scale < SCALE {
                        let percent = strings().number((picture.scale * 100.0).floor());
                        notices.inform((p.clamped)(&percent));
                    }
                    match (drawing.embed)(&picture.png, &journey) {
                        None => notices.push(p.failed.to_owned()),
                        Some(png) => match then {
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

/// What draws the map's picture, which a first visit does not download.
struct MapDrawing {
    /// The map as SVG, in the words of the language in use.
    svg: fn(&Journey, &Valuation, Background) -> String,
    /// The PNG with the journey inside; `None` when the PNG cannot be read.
    embed: fn(&[u8], &Journey) -> Option<Vec<u8>>,
}

deferred! {
    fn map_drawing() -> MapDrawing {
        MapDrawing {
            svg: |journey, valuation, background| {
                map_picture(journey, valuation, &strings().chart_text(), background).svg
            },
            embed: |png, journey| embed_in_png(png, journey).ok(),
        }
    }
}
