//! The value table: O, P, C, R, V and L per stakeholder, for one step or the whole journey.

use leptos::prelude::*;
use sightline_engine::{Figures, Side};

use crate::components::fields::StepPicker;
use crate::store::{FocusedStep, JourneyStore};
use crate::strings::strings;

/// Figures of the focused step (or of the whole journey) for every stakeholder, each side
/// and in total; recomputed as the journey changes.
#[component]
pub fn ValuePanel() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let focused = expect_context::<FocusedStep>();
    let s = strings();
    // Its own memo, so that the caption is redrawn only when the unit changes.
    let unit = Memo::new(move |_| store.with(|journey| journey.settings.value_unit.clone()));
    // One row per stakeholder, then one per side, then the total, for the chosen scope.
    let rows = move || {
        let valuation = store.valuation();
        let scope = focused.0.get();
        valuation.with(|valuation| {
            let step = scope.and_then(|id| valuation.steps.iter().find(|s| s.step == id));
            let (by_stakeholder, by_side, total) = match step {
                Some(step) => (&step.by_stakeholder, &step.by_side, &step.total),
                None => (
                    &valuation.by_stakeholder,
                    &valuation.by_side,
                    &valuation.total,
                ),
            };
            let names = store.stakeholder_names();
            let mut rows: Vec<(String, &'static str, Figures)> = names
                .into_iter()
                .zip(by_stakeholder)
                .map(|((_, name), figures)| (name, "stakeholder", *figures))
                .collect();
            for side in Side::ALL {
                rows.push(((s.side_total)(side).to_owned(), "side", *by_side.side(side)));
            }
            rows.push((s.total.to_owned(), "total", *total));
            rows
        })
    };
    view! {
        <section class="panel value-panel" aria-labelledby="value-title">
            <div class="panel__head">
                <h2 id="value-title" class="panel__title">
                    {s.value}
                </h2>
                <StepPicker
                    label=s.value_scope
                    value=focused.0
                    on_choose=Callback::new(move |chosen| focused.0.set(chosen))
                    testid="value-scope"
                />
            </div>
            <div class="panel__scroll">
                <table class="figures" data-testid="value-table">
                    {move || {
                        let unit = unit.get();
                        (!unit.is_empty())
                            .then(|| {
                                view! {
                                    <caption class="figures__unit" data-testid="value-unit-caption">
                                        {(s.figures_in)(&unit)}
                                    </caption>
                                }
                            })
                    }}
                    <thead>
                        <tr>
                            {s
                                .figure_columns
                                .iter()
                                .map(|column| view! { <th scope="col">{*column}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    // Keyed by what a row shows: a change of value redraws the rows it changed.
                    <tbody>
                        <For
                            each=move || rows().into_iter().enumerate()
                            key=|(row, (name, kind, figures))| (*row, name.clone(), *kind, bits(figures))
                            children=|(_, (name, kind, figures))| view! { <FigureRow name kind figures /> }
                        />
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// A row's figures, bit for bit, as part of its key.
fn bits(figures: &Figures) -> [u64; 6] {
    [
        figures.outcome,
        figures.potential,
        figures.cost,
        figures.risk,
        figures.value,
        figures.leakage,
    ]
    .map(f64::to_bits)
}

/// One row of the value table.
#[component]
fn FigureRow(
    /// Whose figures.
    name: String,
    /// `stakeholder`, `side` or `total`, for styling.
    kind: &'static str,
    /// The figures.
    figures: Figures,
) -> impl IntoView {
    let number = strings().chart.number;
    let sign = if figures.value < 0.0 {
        "figures__value--negative"
    } else if figures.value > 0.0 {
        "figures__value--positive"
    } else {
        ""
    };
    view! {
        <tr class=format!("figures__row figures__row--{kind}") data-testid="value-row">
            <th scope="row">{name}</th>
            <td>{number(figures.outcome)}</td>
            <td>{number(figures.potential)}</td>
            <td>{number(figures.cost)}</td>
            <td>{number(figures.risk)}</td>
            <td class=format!("figures__value {sign}") data-testid="value-v">
                {number(figures.value)}
            </td>
            <td data-testid="value-l">{number(figures.leakage)}</td>
        </tr>
    }
}
