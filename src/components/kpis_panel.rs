//! The KPIs of each step: what the step is measured by, the target and the actual figure, and
//! whether the target is met.

use leptos::prelude::*;
use sightline_engine::{
    Better, Edit, Journey, Kpi, KpiId, KpiStatus, ListEdit, Measure, StepId, MAX_LABEL_CHARS,
};

use crate::components::column_heads::ColumnHeads;
use crate::components::fields::{named, ChoiceField, NumberField};
use crate::components::focus::focus_later;
use crate::store::{JourneyStore, Notices};
use crate::strings::{strings, KpiField};
use crate::view_choice::ViewChoice;

/// The name a KPI shows: the user's own, or its measure's name in this language.
pub(crate) fn kpi_name(kpi: &Kpi) -> String {
    kpi.label
        .clone()
        .unwrap_or_else(|| (strings().measure)(kpi.measure).to_owned())
}

/// A status's key, for styling and tests.
pub(crate) fn status_key(status: KpiStatus) -> &'static str {
    match status {
        KpiStatus::Unknown => "unknown",
        KpiStatus::Met => "met",
        KpiStatus::Missed => "missed",
    }
}

/// The id of a KPI's name field, so that a new KPI can be named at once.
fn name_id(id: KpiId) -> String {
    format!("kpi-name-{}", id.0)
}

/// Id of the button that adds a KPI, where the focus goes when a KPI is removed.
const ADD_ID: &str = "add-kpi";

/// Every step's KPIs in journey order, each editable, and a way to add one to any step.
#[component]
pub fn KpisPanel() -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    // The steps that have KPIs, each with its KPIs' ids: one memo for the panel, so that a
    // group is redrawn only when a KPI comes, goes or changes step.
    let groups = Memo::new(move |_| store.with(kpi_groups));
    let steps = Memo::new(move |_| {
        groups.with(|groups| groups.iter().map(|(step, _)| *step).collect::<Vec<_>>())
    });
    // A memo, so that the drop-down's options are redrawn only when a step is renamed.
    let step_names = Memo::new(move |_| store.step_names());
    let chosen_step = RwSignal::new(None::<StepId>);
    let chosen_measure = RwSignal::new(Measure::Csat);
    // Until the user picks one, the drop-down shows the first step: add to that one.
    let step_to_add = move || {
        store.with_untracked(|journey| {
            chosen_step
                .get_untracked()
                .filter(|id| journey.step(*id).is_some())
                .or_else(|| journey.steps.first().map(|s| s.id))
        })
    };
    let add = move |_| {
        let Some(step) = step_to_add() else {
            return;
        };
        let id = store.with_untracked(|journey| journey.next_id::<Kpi>());
        let kpi = Kpi::new(id, step, chosen_measure.get_untracked());
        if store.try_apply(Edit::Kpi(ListEdit::Add(kpi))).is_ok() {
            focus_later(name_id(id), false);
        }
    };
    view! {
        <section class="panel kpis-panel" aria-labelledby="kpis-title" data-testid="kpis-panel">
            <h2 id="kpis-title" class="panel__title">
                {s.kpis}
            </h2>
            <Show
                when=move || steps.with(|steps| !steps.is_empty())
                fallback=move || view! { <p class="panel__empty">{s.no_kpis}</p> }
            >
                <div class="panel__scroll">
                    <table class="kpis" role="table" data-testid="kpis">
                        <ColumnHeads names=&s.kpi_columns />
                        <For
                            each=move || steps.get()
                            key=|step| *step
                            children=move |step| view! { <StepKpis step groups /> }
                        />
                    </table>
                </div>
            </Show>
            <div class="kpis__add">
                <ChoiceField
                    label=s.new_kpi_step.to_owned()
                    options=step_names
                    value=chosen_step
                    on_choose=Callback::new(move |step| chosen_step.set(step))
                    class="panel__control"
                    testid="new-kpi-step"
                />
                <ChoiceField
                    label=s.new_kpi_measure.to_owned()
                    options=named(&Measure::ALL, |m| (s.measure)(m))
                    value=Signal::derive(move || Some(chosen_measure.get()))
                    on_choose=Callback::new(move |measure: Option<Measure>| {
                        if let Some(measure) = measure {
                            chosen_measure.set(measure);
                        }
                    })
                    class="panel__control"
                    testid="new-kpi-measure"
                />
                <button id=ADD_ID class="button" on:click=add data-testid="add-kpi">
                    {s.add_kpi}
                </button>
            </div>
        </section>
    }
}

/// The KPIs of one step: a row naming the step, then one row per KPI.
#[component]
fn StepKpis(
    /// The step.
    step: StepId,
    /// Every step's KPIs, from which this group takes its own.
    groups: Memo<Vec<(StepId, Vec<KpiId>)>>,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let ids = move || {
        groups.with(|groups| {
            groups
                .iter()
                .find(|(id, _)| *id == step)
                .map(|(_, ids)| ids.clone())
                .unwrap_or_default()
        })
    };
    let step_name = Memo::new(move |_| {
        store
            .views()
            .step(step, |s| strings().step_name(s))
            .unwrap_or_default()
    });
    // Mounted alone, in component tests, the panel has no views to switch.
    let choice = use_context::<ViewChoice>();
    view! {
        <tbody role="rowgroup" data-testid="kpi-step">
            <tr class="kpis__step" role="row">
                <th scope="rowgroup" colspan="8" role="rowheader">
                    <span data-testid="kpi-step-name">{step_name}</span>
                    " "
                    <button
                        type="button"
                        class="button button--small"
                        on:click=move |_| {
                            if let Some(choice) = choice {
                                choice.show_step(step);
                            }
                        }
                        data-testid="kpi-step-go"
                    >
                        {move || (strings().show_step)(&step_name.get())}
                    </button>
                </th>
            </tr>
            <For
                each=ids
                key=|id| *id
                children=move |id| view! { <KpiRow id step_name /> }
            />
        </tbody>
    }
}

/// The steps that have KPIs, in journey order, each with its KPIs in list order.
fn kpi_groups(journey: &Journey) -> Vec<(StepId, Vec<KpiId>)> {
    journey
        .steps
        .iter()
        .map(|step| {
            let ids = journey.kpis.iter().filter(|k| k.step == step.id);
            (step.id, ids.map(|k| k.id).collect::<Vec<_>>())
        })
        .filter(|(_, ids)| !ids.is_empty())
        .collect()
}

/// One KPI's editable row.
#[component]
fn KpiRow(
    /// The KPI.
    id: KpiId,
    /// Its step's name, for the fields' accessible names.
    step_name: Memo<String>,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let kpi = move || store.item::<Kpi, _>(id, Clone::clone);
    let update = move |change: &dyn Fn(&mut Kpi)| store.set_item::<Kpi>(id, |k| change(k));
    // For the fields that have no place to show a refusal beside them.
    let update_or_tell = move |change: &dyn Fn(&mut Kpi)| {
        if let Err(error) = update(change) {
            notices.push((strings().edit_refused)(&error));
        }
    };
    let name = move || kpi().map(|k| kpi_name(&k)).unwrap_or_default();
    let label = move |field: KpiField| {
        Signal::derive(move || (s.kpi_field)(field, &name(), &step_name.get()))
    };
    let measure = move || kpi().map(|k| k.measure);
    let status = move || kpi().map_or(KpiStatus::Unknown, |k| k.status());
    let figure = move |read: fn(&Kpi) -> Option<f64>,
                       write: fn(&mut Kpi, Option<f64>),
                       field: KpiField,
                       testid: &'static str| {
        view! {
            <td role="cell">
                <NumberField
                    label=label(field)
                    value=Signal::derive(move || kpi().and_then(|k| read(&k)))
                    on_commit=Callback::new(move |value| Ok(update(&|k| write(k, value))?))
                    hide_label=true
                    testid
                />
            </td>
        }
    };
    let remove = move |_| {
        store.apply(Edit::Kpi(ListEdit::Remove(id)));
        focus_later(ADD_ID.to_owned(), false);
    };
    view! {
        <tr
            role="row"
            class=move || format!("kpi kpi--{}", status_key(status()))
            data-testid="kpi"
            data-status=move || status_key(status())
        >
            <td role="cell">
                <input
                    id=name_id(id)
                    class="kpis__name"
                    aria-label=label(KpiField::Name)
                    placeholder=move || measure().map(|m| (s.measure)(m))
                    prop:value=move || kpi().and_then(|k| k.label).unwrap_or_default()
                    on:input=move |event| {
                        let text = event_target_value(&event);
                        let label = (!text.trim().is_empty()).then_some(text);
                        update_or_tell(&|k| k.label = label.clone());
                    }
                    data-testid="kpi-name"
                />
            </td>
            <td role="cell">
                <ChoiceField
                    label=label(KpiField::Measure)
                    options=named(&Measure::ALL, |m| (s.measure)(m))
                    value=Signal::derive(measure)
                    on_choose=Callback::new(move |choice: Option<Measure>| {
                        if let Some(measure) = choice {
                            update_or_tell(&|k| k.set_measure(measure));
                        }
                    })
                    hide_label=true
                    testid="kpi-measure"
                />
            </td>
            <td role="cell">
                <ChoiceField
                    label=label(KpiField::Direction)
                    options=vec![
                        (Better::Higher, (s.better)(Better::Higher).to_owned()),
                        (Better::Lower, (s.better)(Better::Lower).to_owned()),
                    ]
                    value=Signal::derive(move || kpi().map(|k| k.better))
                    on_choose=Callback::new(move |choice: Option<Better>| {
                        if let Some(better) = choice {
                            update_or_tell(&|k| k.better = better);
                        }
                    })
                    hide_label=true
                    testid="kpi-better"
                />
            </td>
            <td role="cell">
                <input
                    class="kpis__unit"
                    aria-label=label(KpiField::Unit)
                    maxlength=MAX_LABEL_CHARS.to_string()
                    prop:value=move || kpi().map(|k| k.unit).unwrap_or_default()
                    on:input=move |event| {
                        let unit = event_target_value(&event);
                        update_or_tell(&|k| k.unit = unit.clone());
                    }
                    data-testid="kpi-unit"
                />
            </td>
            {figure(|k| k.target, |k, v| k.target = v, KpiField::Target, "kpi-target")}
            {figure(|k| k.actual, |k, v| k.actual = v, KpiField::Actual, "kpi-actual")}
            <td role="cell">
                <span
                    class=move || format!("kpi-status kpi-status--{}", status_key(status()))
                    data-testid="kpi-status"
                >
                    {move || (s.kpi_status)(status())}
                </span>
            </td>
            <td role="cell">
                <button
                    class="button button--small button--danger"
                    aria-label=move || (s.remove_kpi)(&name(), &step_name.get())
                    on:click=remove
                    data-testid="remove-kpi"
                >
                    "×"
                </button>
            </td>
        </tr>
    }
}
