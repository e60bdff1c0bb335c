//! The experience lane: a row of the map, above the consumer's lanes, that draws each
//! stakeholder's emotions along the journey's columns.
//!
//! The engine places the points (`experience_lines`); this row draws them: the lines as one
//! SVG stretched across the step columns, the points in a second SVG over it, each placed by
//! percentages so that it sits under its step whatever its width, and not stretched. The
//! points are SVG, not HTML buttons, because a thousand positioned HTML elements were a
//! thousand paint layers that every keystroke's paint and hit test went through; they are
//! still buttons to the keyboard and to assistive technology (`role`; one tab stop for all
//! of them, so that Tab does not walk a thousand points, and the arrow keys between them; one
//! set of listeners on their SVG for all of them). Touchpoint names are read
//! through the cards' own views, so typing a name redraws one point's label and nothing else;
//! who each line is comes with the line, so that the thousand points read nothing journey-wide
//! (reading the stakeholders' names, each point was marked by every keystroke).

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;
use sightline_charts::{palette, side_markers, Marker};
use sightline_engine::{
    experience_lines, Direction, EmotionScale, ExperienceLine, ExperiencePoint, Journey,
    StakeholderId, TouchpointId,
};
use wasm_bindgen::JsCast;

use super::reveal::{Gap, MapColumns};
use crate::shortcuts::Shortcut;
use crate::store::{JourneyStore, Selection};
use crate::strings::strings;

/// How far from the plot's top and bottom edges the scale's ends are drawn, in percent.
const MARGIN: f64 = 10.0;

/// One line as the row draws it: the engine's line with what it needs to be shown.
#[derive(Clone, Debug, PartialEq)]
struct Drawn {
    line: ExperienceLine,
    /// `#RRGGBB`, the charts' colour of the stakeholder's side.
    colour: String,
    /// The charts' marker of the stakeholder.
    marker: Marker,
    /// The stakeholder, named with their personas, as the legend and the points' labels say.
    who: String,
}

/// Everything the lane draws, recomputed after each change of the journey and compared, so
/// that the row redraws only when a point, a line or the scale changed.
#[derive(Clone, Debug, PartialEq)]
struct Lane {
    lines: Vec<Drawn>,
    scale: EmotionScale,
    /// The step columns the plot spans, its width: those the map builds (`reveal.rs`).
    /// Points beyond are not drawn.
    from: usize,
    to: usize,
}

fn lane_of(journey: &Journey, from: usize, columns: usize) -> Lane {
    let markers = side_markers(journey);
    let mut personas: HashMap<StakeholderId, Vec<&str>> = HashMap::new();
    for persona in &journey.personas {
        personas
            .entry(persona.stakeholder)
            .or_default()
            .push(&persona.name);
    }
    let lines = experience_lines(journey)
        .into_iter()
        .map(|line| {
            let stakeholder = &journey.stakeholders[line.order];
            let personas = personas
                .get(&stakeholder.id)
                .map(|names| names.join(", "))
                .unwrap_or_default();
            Drawn {
                colour: palette::hex(palette::side(stakeholder.side)),
                marker: markers.get(line.order).copied().unwrap_or(Marker::Circle),
                who: (strings().experience.who)(&stakeholder.name, &personas),
                line,
            }
        })
        .collect();
    Lane {
        lines,
        scale: journey.settings.emotion_scale,
        from,
        to: from + columns.max(1),
    }
}

impl Lane {
    /// Across the plot, in percent of its width.
    fn x(&self, across: f64) -> f64 {
        (across - self.from as f64) / self.columns() as f64 * 100.0
    }

    /// How many step columns the plot spans.
    fn columns(&self) -> usize {
        self.to - self.from
    }

    /// Whether a point `across` the journey's columns falls within the plot.
    fn spans(&self, across: f64) -> bool {
        (self.from as f64..self.to as f64).contains(&across)
    }

    /// The lines drawn: those not hidden from the legend.
    fn shown<'a>(&'a self, hidden: &'a HashSet<StakeholderId>) -> impl Iterator<Item = &'a Drawn> {
        self.lines
            .iter()
            .filter(|drawn| !hidden.contains(&drawn.line.stakeholder))
    }

    /// The points of a line drawn within the plot, in journey order.
    fn spanned<'a>(&'a self, drawn: &'a Drawn) -> impl Iterator<Item = &'a ExperiencePoint> {
        drawn
            .line
            .points
            .iter()
            .filter(|point| self.spans(point.across))
    }

    /// The point an arrow key leads to from the point `from` (stakeholder, touchpoint) among
    /// those drawn: the previous or next point of its line (left, right), or the point of the
    /// line drawn above or below nearest across (up, down).
    fn beside(
        &self,
        hidden: &HashSet<StakeholderId>,
        from: (StakeholderId, TouchpointId),
        direction: Direction,
    ) -> Option<(StakeholderId, TouchpointId)> {
        let lines: Vec<(StakeholderId, Vec<&ExperiencePoint>)> = self
            .shown(hidden)
            .map(|drawn| {
                (
                    drawn.line.stakeholder,
                    self.spanned(drawn).collect::<Vec<_>>(),
                )
            })
            .filter(|(_, points)| !points.is_empty())
            .collect();
        let line = lines
            .iter()
            .position(|(stakeholder, _)| *stakeholder == from.0)?;
        let points = &lines[line].1;
        let index = points.iter().position(|point| point.touchpoint == from.1)?;
        let across = points[index].across;
        let nearest_in = |other: usize| {
            let (stakeholder, points) = lines.get(other)?;
            let distance = |point: &&&ExperiencePoint| (point.across - across).abs();
            let nearest = points
                .iter()
                .min_by(|a, b| distance(a).total_cmp(&distance(b)))?;
            Some((*stakeholder, nearest.touchpoint))
        };
        let along = |index: usize| points.get(index).map(|point| (from.0, point.touchpoint));
        match direction {
            Direction::Left => along(index.checked_sub(1)?),
            Direction::Right => along(index + 1),
            Direction::Up => nearest_in(line.checked_sub(1)?),
            Direction::Down => nearest_in(line + 1),
        }
    }

    /// Down the plot, in percent of its height: the best feeling at the top.
    fn y(&self, emotion: f64) -> f64 {
        MARGIN + self.scale.depth(emotion) * (100.0 - 2.0 * MARGIN)
    }

    /// The lowest point of all lines, the first in journey order: (stakeholder, touchpoint).
    fn lowest(&self) -> Option<(StakeholderId, TouchpointId)> {
        let mut lowest: Option<(f64, f64, StakeholderId, TouchpointId)> = None;
        for drawn in &self.lines {
            let point = &drawn.line.points[drawn.line.lowest];
            let lower = lowest.is_none_or(|(emotion, across, _, _)| {
                point.emotion < emotion || (point.emotion == emotion && point.across < across)
            });
            if lower {
                lowest = Some((
                    point.emotion,
                    point.across,
                    drawn.line.stakeholder,
                    point.touchpoint,
                ));
            }
        }
        lowest.map(|(_, _, stakeholder, touchpoint)| (stakeholder, touchpoint))
    }
}

fn marker_class(marker: Marker) -> &'static str {
    match marker {
        Marker::Circle => "circle",
        Marker::Square => "square",
        Marker::Triangle => "triangle",
        Marker::Diamond => "diamond",
    }
}

/// A marker's outline around its point, in CSS pixels: as large as the legend's marks.
fn outline(marker: Marker) -> &'static str {
    match marker {
        Marker::Circle => "M6.5,0A6.5,6.5 0 1 1 -6.5,0A6.5,6.5 0 1 1 6.5,0Z",
        Marker::Square => "M-6,-6H6V6H-6Z",
        Marker::Triangle => "M0,-7L7,6H-7Z",
        Marker::Diamond => "M0,-7.5L7.5,0L0,7.5L-7.5,0Z",
    }
}

/// The point an event in the plot's points happened on (the event's target or its parent).
fn point_in(event: &web_sys::Event) -> Option<web_sys::Element> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest(".experience-point").ok()?
}

/// The touchpoint a point is drawn for.
fn touchpoint_of(point: &web_sys::Element) -> Option<TouchpointId> {
    let id = point.get_attribute("data-touchpoint")?.parse().ok()?;
    Some(TouchpointId(id))
}

/// Who and which touchpoint a point is drawn for.
fn point_of(point: &web_sys::Element) -> Option<(StakeholderId, TouchpointId)> {
    let stakeholder = point.get_attribute("data-stakeholder")?.parse().ok()?;
    Some((StakeholderId(stakeholder), touchpoint_of(point)?))
}

/// The element drawn for the point (stakeholder, touchpoint), beside the point `near`.
fn drawn_point(
    near: &web_sys::Element,
    (stakeholder, touchpoint): (StakeholderId, TouchpointId),
) -> Option<web_sys::Element> {
    let selector = format!(
        ".experience-point[data-stakeholder=\"{}\"][data-touchpoint=\"{}\"]",
        stakeholder.0, touchpoint.0
    );
    near.parent_element()?.query_selector(&selector).ok()?
}

/// Moves the lane's one tab stop to `to`, and the focus with it.
fn move_focus(to: &web_sys::Element) {
    if let Some(points) = to.parent_element() {
        if let Ok(Some(current)) = points.query_selector(".experience-point[tabindex=\"0\"]") {
            let _ = current.set_attribute("tabindex", "-1");
        }
    }
    let _ = to.set_attribute("tabindex", "0");
    if let Some(to) = to.dyn_ref::<web_sys::SvgElement>() {
        let _ = to.focus();
    }
}

/// What the keyboard's focus on a point shows beside it: the point's name, where the point is.
#[derive(Clone, Debug, PartialEq)]
struct FocusLabel {
    left: String,
    top: String,
    text: String,
}

impl FocusLabel {
    /// The label of a point focused from the keyboard; `None` for a press of the mouse,
    /// which the tooltip names instead.
    fn of(point: &web_sys::Element) -> Option<FocusLabel> {
        if !point.matches(":focus-visible").unwrap_or(false) {
            return None;
        }
        Some(FocusLabel {
            left: point.get_attribute("x")?,
            top: point.get_attribute("y")?,
            text: point.get_attribute("aria-label")?,
        })
    }
}

/// The row: its name (which folds it) and legend, then the plot across every step column.
#[component]
pub fn ExperienceLane(
    /// The step columns the map builds: the plot spans them.
    columns: MapColumns,
) -> impl IntoView {
    let built = Memo::new(move |_| columns.steps.with(Vec::len));
    let store = expect_context::<JourneyStore>();
    let views = store.views();
    let s = strings();
    let lane = Memo::new(move |_| {
        let (from, built) = (columns.before.get(), built.get());
        store.with(|journey| lane_of(journey, from, built))
    });
    let folded = RwSignal::new(false);
    let focused = RwSignal::new(None::<FocusLabel>);
    let selection = expect_context::<Selection>();
    let hidden = RwSignal::new(HashSet::<StakeholderId>::new());
    // The point drawn where an arrow key leads from the point `from`.
    let point_beside = move |from: &web_sys::Element, direction: Direction| {
        let at = point_of(from)?;
        let to = lane.with_untracked(|lane| {
            hidden.with_untracked(|hidden| lane.beside(hidden, at, direction))
        })?;
        drawn_point(from, to)
    };
    let name_of = move |touchpoint: TouchpointId| {
        views
            .card(touchpoint, |card| card.name.clone())
            .unwrap_or_default()
    };
    let legend = move || {
        lane.with(|lane| {
            lane.lines
                .iter()
                .map(|drawn| {
                    let id = drawn.line.stakeholder;
                    let toggle = move |_| {
                        hidden.update(|hidden| {
                            if !hidden.remove(&id) {
                                hidden.insert(id);
                            }
                        })
                    };
                    view! {
                        <label class="experience-lane__toggle">
                            <input
                                type="checkbox"
                                prop:checked=move || !hidden.with(|h| h.contains(&id))
                                on:change=toggle
                                data-testid="experience-toggle"
                            />
                            <span
                                class=format!("experience-mark experience-mark--{}", marker_class(drawn.marker))
                                style=format!("--line-colour: {}", drawn.colour)
                                aria-hidden="true"
                            ></span>
                            {drawn.who.clone()}
                        </label>
                    }
                })
                .collect_view()
        })
    };
    let summary = move || {
        let number = |value: f64| strings().number(value);
        lane.with(|lane| {
            let mut sentences = Vec::new();
            if let Some((stakeholder, touchpoint)) = lane.lowest() {
                if let Some(drawn) = lane
                    .lines
                    .iter()
                    .find(|d| d.line.stakeholder == stakeholder)
                {
                    let emotion = drawn.line.points[drawn.line.lowest].emotion;
                    sentences.push((s.experience.lowest)(
                        &drawn.who,
                        &name_of(touchpoint),
                        &number(emotion),
                    ));
                }
            }
            for drawn in &lane.lines {
                let points = &drawn.line.points;
                let (Some(first), Some(last)) = (points.first(), points.last()) else {
                    continue;
                };
                sentences.push((s.experience.trend)(
                    &drawn.who,
                    drawn.line.trend,
                    &number(first.emotion),
                    &number(last.emotion),
                ));
            }
            sentences.join(" ")
        })
    };
    let plot = move || {
        let lane = lane.get();
        if lane.lines.is_empty() {
            return view! { <p class="experience-lane__empty">{s.chart.no_emotions}</p> }
                .into_any();
        }
        let lowest = lane.lowest();
        let hidden_now = hidden.get();
        let shown: Vec<&Drawn> = lane.shown(&hidden_now).collect();
        // The lines in a plot `columns × 100` wide and 100 high, stretched to the row; their
        // strokes keep their width however the plot is stretched.
        let width = lane.columns() as f64 * 100.0;
        let paths = shown
            .iter()
            .map(|drawn| {
                let points: Vec<String> = lane
                    .spanned(drawn)
                    .map(|p| {
                        format!(
                            "{:.2},{:.2}",
                            lane.x(p.across) * width / 100.0,
                            lane.y(p.emotion)
                        )
                    })
                    .collect();
                view! {
                    <polyline
                        class="experience-lane__line"
                        points=points.join(" ")
                        stroke=drawn.colour.clone()
                        data-testid="experience-line"
                        data-stakeholder=drawn.line.stakeholder.0.to_string()
                    ></polyline>
                }
            })
            .collect_view();
        let geometry = &lane;
        // One tab stop for all the points (the first), the arrow keys between them.
        let first_shown = shown.first().map(|drawn| drawn.line.stakeholder);
        let points = shown
            .iter()
            .flat_map(|drawn| {
                let stakeholder = drawn.line.stakeholder;
                let outline = outline(drawn.marker);
                let colour = drawn.colour.clone();
                let who = drawn.who.clone();
                let first_line = Some(stakeholder) == first_shown;
                geometry.spanned(drawn).enumerate().map(move |(index, point)| {
                    let first = first_line && index == 0;
                    let touchpoint = point.touchpoint;
                    let is_lowest = lowest == Some((stakeholder, touchpoint));
                    let emotion = strings().number(point.emotion);
                    let who = who.clone();
                    let label = Signal::derive(move || {
                        (s.experience.point)(&who, &name_of(touchpoint), &emotion)
                    });
                    view! {
                        <svg
                            class=if is_lowest { "experience-point experience-point--lowest" } else { "experience-point" }
                            x=format!("{:.2}%", geometry.x(point.across))
                            y=format!("{:.2}%", geometry.y(point.emotion))
                            overflow="visible"
                            fill=colour.clone()
                            role="button"
                            tabindex=if first { "0" } else { "-1" }
                            aria-label=label
                            data-testid="experience-point"
                            data-touchpoint=touchpoint.0.to_string()
                            data-stakeholder=stakeholder.0.to_string()
                            data-emotion=point.emotion.to_string()
                        >
                            <title>{label}</title>
                            {is_lowest.then(|| view! { <circle class="experience-point__ring" r="10"></circle> })}
                            <path class="experience-point__mark" d=outline></path>
                        </svg>
                    }
                })
            })
            .collect_view();
        let lowest_mark = lowest.and_then(|(stakeholder, touchpoint)| {
            let drawn = lane.lines.iter().find(|d| d.line.stakeholder == stakeholder)?;
            if hidden_now.contains(&stakeholder) {
                return None;
            }
            let point = drawn.line.points.iter().find(|p| p.touchpoint == touchpoint)?;
            if !lane.spans(point.across) {
                return None;
            }
            Some(view! {
                <span
                    class="experience-lane__lowest"
                    style=format!("left: {:.2}%; top: {:.2}%", lane.x(point.across), lane.y(point.emotion))
                    aria-hidden="true"
                >
                    {s.chart.lowest_point}
                </span>
            })
        });
        view! {
            <svg
                class="experience-lane__lines"
                viewBox=format!("0 0 {width} 100")
                preserveAspectRatio="none"
                aria-hidden="true"
            >
                {paths}
            </svg>
            <span class="experience-lane__scale experience-lane__scale--max" aria-hidden="true">
                {strings().number(lane.scale.max)}
            </span>
            <span class="experience-lane__scale experience-lane__scale--min" aria-hidden="true">
                {strings().number(lane.scale.min)}
            </span>
            <svg
                class="experience-lane__points"
                role="group"
                aria-label=s.chart.emotion_lane
                on:click=move |event| {
                    if let Some(touchpoint) = point_in(&event).as_ref().and_then(touchpoint_of) {
                        selection.0.set(Some(touchpoint));
                    }
                }
                on:keydown=move |event| {
                    match Shortcut::of(&event) {
                        Some(Shortcut::MoveFocus(direction)) => {
                            if let Some(to) = point_in(&event).and_then(|from| point_beside(&from, direction)) {
                                event.prevent_default();
                                move_focus(&to);
                            }
                        }
                        Some(Shortcut::Confirm | Shortcut::Press) => {
                            if let Some(touchpoint) = point_in(&event).as_ref().and_then(touchpoint_of) {
                                event.prevent_default();
                                selection.0.set(Some(touchpoint));
                            }
                        }
                        _ => {}
                    }
                }
                on:focusin=move |event| focused.set(point_in(&event).and_then(|point| FocusLabel::of(&point)))
                on:focusout=move |_| focused.set(None)
            >
                {points}
            </svg>
            {lowest_mark}
            {move || focused.get().map(|label| view! {
                <span
                    class="experience-lane__focus-label"
                    style=format!("left: {}; top: {}", label.left, label.top)
                    aria-hidden="true"
                >
                    {label.text}
                </span>
            })}
        }
        .into_any()
    };
    view! {
        <tr class="experience-lane" data-testid="experience-lane">
            <th scope="row" class="lane__name experience-lane__head" aria-colindex="1">
                <button
                    type="button"
                    class="experience-lane__fold"
                    aria-expanded=move || (!folded.get()).to_string()
                    aria-controls="experience-plot"
                    on:click=move |_| folded.update(|folded| *folded = !*folded)
                    data-testid="experience-fold"
                >
                    {s.chart.emotion_lane}
                </button>
                <fieldset class="experience-lane__legend" hidden=move || folded.get()>
                    <legend class="visually-hidden">{s.experience.lines}</legend>
                    {legend}
                </fieldset>
            </th>
            <Gap columns=columns.before />
            <td
                class="experience-lane__cell"
                colspan=move || built.get().max(1)
                aria-colindex=move || columns.before.get() + 2
            >
                <div class="experience-lane__plot" id="experience-plot" hidden=move || folded.get()>
                    {plot}
                </div>
                <p class="visually-hidden" data-testid="experience-summary">
                    {summary}
                </p>
            </td>
            <Gap columns=columns.after />
        </tr>
    }
}
