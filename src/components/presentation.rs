//! Presentation mode: the journey full screen and read-only, one step at a time (its
//! touchpoints, value, KPIs, pain points and opportunities, and the experience so far), then
//! the journey's value; arrow keys or the buttons move, Escape leaves.

use leptos::ev;
use leptos::leptos_dom::helpers::window_event_listener;
use leptos::prelude::*;
use sightline_charts::palette;
use sightline_engine::{experience_lines, Anchor, Direction, Lane, Side, StepId};

use super::deferred::{deferred, show_when_loaded};
use super::kpis_panel::kpi_name;
use crate::shortcuts::Shortcut;
use crate::store::JourneyStore;
use crate::strings::strings;

/// Which slide is shown: a step by its place, or the summary after the last one; `None`
/// while not presenting. A `Copy` handle provided by context.
#[derive(Clone, Copy)]
pub struct Presenting(pub RwSignal<Option<usize>>);

/// The button that starts the presentation.
#[component]
pub fn PresentButton() -> impl IntoView {
    let presenting = expect_context::<Presenting>();
    view! {
        <button
            class="button"
            on:click=move |_| {
                presenting.0.set(Some(0));
                full_screen(true);
            }
            data-testid="present"
        >
            {strings().present.present}
        </button>
    }
}

fn full_screen(on: bool) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    // Refused outside a user gesture or in a frame: the presentation still fills the window.
    if on {
        if let Some(root) = document.document_element() {
            let _ = root.request_fullscreen();
        }
    } else if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    }
}

/// The presentation, over the whole page while it runs; its code is fetched when the first
/// one starts.
#[component]
pub fn Presentation() -> impl IntoView {
    let presenting = expect_context::<Presenting>();
    // Moving between slides must not draw the slideshow, and ask for its chunk, again.
    let running = Memo::new(move |_| presenting.0.get().is_some());
    move || running.get().then(|| show_when_loaded(slideshow()))
}

deferred! {
    fn slideshow() -> AnyView {
        view! { <Slideshow /> }.into_any()
    }
}

/// The slides and the keys that move between them and leave.
#[component]
fn Slideshow() -> impl IntoView {
    let presenting = expect_context::<Presenting>();
    let store = expect_context::<JourneyStore>();
    let steps = Memo::new(move |_| store.with(|journey| journey.steps.len()));
    let go = move |by: isize| {
        presenting.0.update(|slide| {
            if let Some(at) = slide {
                *at = at.saturating_add_signed(by).min(steps.get_untracked());
            }
        })
    };
    let leave = move || {
        presenting.0.set(None);
        full_screen(false);
    };
    let keys = window_event_listener(ev::keydown, move |event| {
        if presenting.0.get_untracked().is_none() {
            return;
        }
        match Shortcut::of(&event) {
            Some(Shortcut::MoveFocus(Direction::Right | Direction::Down)) => go(1),
            Some(Shortcut::MoveFocus(Direction::Left | Direction::Up)) => go(-1),
            Some(Shortcut::Close) => leave(),
            _ => return,
        }
        event.prevent_default();
    });
    on_cleanup(move || keys.remove());
    let s = strings();
    move || {
        let at = presenting.0.get()?;
        let total = steps.get();
        let slide = if at < total {
            view! { <StepSlide at /> }.into_any()
        } else {
            view! { <SummarySlide /> }.into_any()
        };
        Some(view! {
            <div
                class="presentation"
                role="dialog"
                aria-modal="true"
                aria-label=s.present.presentation
                data-testid="presentation"
            >
                <div class="presentation__bar">
                    <span class="presentation__journey">
                        {move || store.with(|journey| journey.name.clone())}
                    </span>
                    <span class="presentation__position" data-testid="present-position">
                        {(at < total).then(|| (s.present.step_of)(at + 1, total))}
                    </span>
                    <button class="button" disabled={at == 0} on:click=move |_| go(-1)>
                        {s.present.previous}
                    </button>
                    <button class="button" disabled={at >= total} on:click=move |_| go(1)>
                        {s.present.next}
                    </button>
                    <button class="button" on:click=move |_| leave() data-testid="present-leave">
                        {s.present.leave}
                    </button>
                </div>
                {slide}
            </div>
        })
    }
}

/// One step: its name and value, KPIs, pain points and opportunities, touchpoints by lane,
/// and the experience up to it.
#[component]
fn StepSlide(
    /// The step's place in the journey.
    at: usize,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let step: Option<StepId> = store.with_untracked(|journey| journey.steps.get(at).map(|s| s.id));
    let Some(step) = step else {
        return ().into_any();
    };
    let name = store.with(|journey| {
        journey
            .steps
            .get(at)
            .map(|st| s.step_name(st))
            .unwrap_or_default()
    });
    let value = store.valuation().with(|valuation| {
        valuation
            .steps
            .iter()
            .find(|v| v.step == step)
            .map(|v| v.total.value)
            .unwrap_or_default()
    });
    let (kpis, insights, lanes) = store.with(|journey| {
        let kpis: Vec<String> = journey
            .kpis
            .iter()
            .filter(|k| k.step == step)
            .map(|k| format!("{}: {}", kpi_name(k), (s.kpi_status)(k.status())))
            .collect();
        let on_step = |anchor: &Anchor| match anchor {
            Anchor::Step(id) => *id == step,
            Anchor::Touchpoint(id) => journey
                .touchpoints
                .iter()
                .any(|t| t.id == *id && t.step == step),
        };
        let insights: Vec<String> = journey
            .insights
            .iter()
            .filter(|i| on_step(&i.on))
            .map(|i| format!("{}: {}", (s.insight_kind)(i.kind), i.text))
            .collect();
        let lanes: Vec<(Lane, Vec<String>)> = Lane::ALL
            .into_iter()
            .map(|lane| {
                let names = journey
                    .touchpoints
                    .iter()
                    .filter(|t| t.step == step && t.lane == lane)
                    .map(|t| t.name.clone())
                    .collect::<Vec<_>>();
                (lane, names)
            })
            .filter(|(_, names)| !names.is_empty())
            .collect();
        (kpis, insights, lanes)
    });
    let list = |items: Vec<String>| {
        (!items.is_empty()).then(|| {
            view! {
                <ul class="presentation__list">
                    {items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}
                </ul>
            }
        })
    };
    let touchpoints = if lanes.is_empty() {
        view! { <p>{s.present.no_touchpoints}</p> }.into_any()
    } else {
        lanes
            .into_iter()
            .map(|(lane, names)| {
                view! {
                    <h4 class="presentation__lane">{s.lane(lane)}</h4>
                    {list(names)}
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="presentation__slide" data-testid="present-slide">
            <h2 class="presentation__step" data-testid="present-step">{name}</h2>
            <p class="presentation__value" class:presentation__value--negative={value < 0.0}>
                {(s.step_value)(&s.number(value))}
            </p>
            <div class="presentation__columns">
                <div>
                    <h3>{s.present.touchpoints}</h3>
                    {touchpoints}
                </div>
                <div>
                    {(!kpis.is_empty()).then(|| view! { <h3>{s.kpis}</h3> })}
                    {list(kpis)}
                    {(!insights.is_empty()).then(|| view! { <h3>{s.insights}</h3> })}
                    {list(insights)}
                    <h3>{s.present.experience_so_far}</h3>
                    <ExperienceSoFar upto=at />
                </div>
            </div>
        </section>
    }
    .into_any()
}

/// The experience lines up to the end of the step at `upto`, on the journey's scale.
#[component]
fn ExperienceSoFar(
    /// The last step shown.
    upto: usize,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let (lines, scale, steps) = store.with(|journey| {
        (
            experience_lines(journey),
            journey.settings.emotion_scale,
            journey.steps.len().max(1),
        )
    });
    let sides: Vec<Side> =
        store.with(|journey| journey.stakeholders.iter().map(|s| s.side).collect());
    let width = steps as f64 * 100.0;
    let polylines = lines
        .iter()
        .map(|line| {
            let points: Vec<String> = line
                .points
                .iter()
                .filter(|p| p.across < (upto + 1) as f64)
                .map(|p| {
                    format!(
                        "{:.1},{:.1}",
                        p.across * 100.0,
                        5.0 + scale.depth(p.emotion) * 90.0
                    )
                })
                .collect();
            let colour = palette::hex(palette::side(
                sides.get(line.order).copied().unwrap_or(Side::Other),
            ));
            // Each point a round dot (a segment of no length with round caps), so that a line
            // of one point shows too.
            let dots = points
                .iter()
                .map(|point| {
                    view! {
                        <polyline
                            points=format!("{point} {point}")
                            stroke=colour.clone()
                            stroke-width="9"
                            stroke-linecap="round"
                            vector-effect="non-scaling-stroke"
                        ></polyline>
                    }
                })
                .collect_view();
            view! {
                <polyline
                    points=points.join(" ")
                    fill="none"
                    stroke=colour.clone()
                    stroke-width="2"
                    vector-effect="non-scaling-stroke"
                ></polyline>
                {dots}
            }
        })
        .collect_view();
    view! {
        <svg
            class="presentation__curve"
            viewBox=format!("0 0 {width} 100")
            preserveAspectRatio="none"
            aria-hidden="true"
        >
            {polylines}
        </svg>
    }
}

/// The last slide: the journey's value for each side and in total.
#[component]
fn SummarySlide() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let rows = store.valuation().with(|valuation| {
        let mut rows: Vec<(String, f64)> = Side::ALL
            .into_iter()
            .map(|side| {
                let figures = match side {
                    Side::Consumer => valuation.by_side.consumer,
                    Side::Provider => valuation.by_side.provider,
                    Side::Other => valuation.by_side.other,
                };
                ((s.side_total)(side).to_owned(), figures.value)
            })
            .collect();
        rows.push((s.total.to_owned(), valuation.total.value));
        rows
    });
    view! {
        <section class="presentation__slide" data-testid="present-summary">
            <h2 class="presentation__step">{s.present.summary}</h2>
            <dl class="presentation__summary">
                {rows
                    .into_iter()
                    .map(|(label, value)| {
                        view! {
                            <dt>{label}</dt>
                            <dd>{(s.step_value)(&s.number(value))}</dd>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
