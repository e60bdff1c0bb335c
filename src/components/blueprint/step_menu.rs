//! A step's options, folded under its header: its ITIL stage, moving it, adding a step beside
//! it, its ways back to earlier steps, and removing it. A `<details>` disclosure, so it opens
//! from the keyboard and stays out of the way while mapping.

use leptos::prelude::*;
use sightline_engine::{Edit, ListEdit, Loop, LoopId, Neighbours, Stage, Step, StepId};
use wasm_bindgen::JsCast;

use super::reveal::Reveal;
use super::{step_name_id, StepNotes};
use crate::components::fields::ChoiceField;
use crate::components::focus::focus_later;
use crate::shortcuts::Shortcut;
use crate::store::{JourneyStore, Notices};
use crate::strings::strings;

/// The options of one step.
#[component]
pub fn StepMenu(
    /// The step.
    step: StepId,
    /// The step's name as shown, for the options' accessible names.
    #[prop(into)]
    name: Signal<String>,
) -> impl IntoView {
    let details = NodeRef::<leptos::html::Details>::new();
    // Escape folds the options and gives the focus back to their toggle, as closing any
    // popup does.
    let escape = move |event: web_sys::KeyboardEvent| {
        if Shortcut::of(&event) != Some(Shortcut::Close) {
            return;
        }
        if let Some(details) = details.get_untracked() {
            if details.open() {
                event.stop_propagation();
                details.set_open(false);
                if let Some(summary) = details.first_element_child() {
                    if let Some(summary) = summary.dyn_ref::<web_sys::HtmlElement>() {
                        let _ = summary.focus();
                    }
                }
            }
        }
    };
    // The options are built the first time they are opened, and kept: a long map's headers
    // are mostly these forms (a list of stages, six buttons, the ways back), and a step's are
    // seldom opened while its column is first drawn.
    let opened = RwSignal::new(false);
    let on_toggle = move |_| {
        if details
            .get_untracked()
            .is_some_and(|details| details.open())
        {
            opened.set(true);
        }
    };
    view! {
        <details
            class="step-menu"
            node_ref=details
            on:keydown=escape
            on:toggle=on_toggle
            data-testid="step-menu"
        >
            <summary class="step-menu__toggle" aria-label=named(strings().step_options_of, name)>
                {strings().step_options}
            </summary>
            {move || opened.get().then(|| view! { <StepOptions step name /> })}
        </details>
    }
}

/// The options themselves, inside the disclosure.
#[component]
fn StepOptions(
    /// The step.
    step: StepId,
    /// The step's name as shown, for the options' accessible names.
    name: Signal<String>,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let notices = expect_context::<Notices>();
    let s = strings();
    let notes = expect_context::<StepNotes>();
    // A step moved or added past the columns built has its column built, to be focused.
    let reveal = use_context::<Reveal>().unwrap_or_default();
    let views = store.views();
    let neighbours = Memo::new(move |_| notes.order.with(|order| Neighbours::of(order, step)));
    let stage = Signal::derive(move || views.step(step, |s| s.stage));
    let stages = Signal::derive(move || {
        Stage::ALL
            .iter()
            .map(|&stage| (stage, s.stage(stage).to_owned()))
            .collect::<Vec<_>>()
    });
    let set_stage = Callback::new(move |stage: Option<Stage>| {
        if let Some(stage) = stage {
            store.apply(Edit::SetStage { id: step, stage });
        }
    });
    let move_to = move |edit: Option<Edit>, button: &'static str| {
        if let Some(edit) = edit {
            store.apply(edit);
            reveal.include(step);
            focus_later(button_id(button, step), false);
        }
    };
    let move_left = move |()| {
        move_to(
            neighbours.get_untracked().and_then(|n| n.move_left()),
            "left",
        )
    };
    let move_right = move |()| {
        move_to(
            neighbours.get_untracked().and_then(|n| n.move_right()),
            "right",
        )
    };
    let add = move |before: Option<StepId>| {
        let (id, stage) =
            store.with_untracked(|j| (j.next_id::<Step>(), j.step(step).map(|s| s.stage)));
        let edit = Edit::AddStep {
            id,
            stage: stage.unwrap_or(Stage::Explore),
            name: s.new_step.to_owned(),
            before,
        };
        if store.try_apply(edit).is_ok() {
            reveal.include(id);
            focus_later(step_name_id(id), true);
        }
    };
    let add_before = move |()| add(Some(step));
    let add_after = move |()| add(neighbours.get_untracked().and_then(|n| n.after));
    let remove = move |()| {
        let (name, count) = store.with_untracked(|j| {
            let name = j.step(step).map(|st| s.step_name(st)).unwrap_or_default();
            (
                name,
                j.touchpoints.iter().filter(|t| t.step == step).count(),
            )
        });
        match store.try_apply(Edit::RemoveStep { id: step }) {
            Ok(()) => notices.inform((s.step_removed)(&name, count)),
            Err(error) => notices.push((s.edit_refused)(&error)),
        }
    };
    let add_loop = move |()| {
        let (id, to) = store.with_untracked(|j| {
            let at = j.step_position(step).unwrap_or(0);
            let to = j.steps.get(at.saturating_sub(1)).map_or(step, |s| s.id);
            (j.next_id::<Loop>(), to)
        });
        store.apply(Edit::Loop(ListEdit::Add(Loop {
            id,
            from: step,
            to,
            label: String::new(),
        })));
    };
    let loops = Memo::new(move |_| {
        notes.loops.with(|loops| {
            loops
                .iter()
                .filter(|l| l.from == step)
                .map(|l| l.id)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <div class="step-menu__body">
            <ChoiceField
                label=s.step_stage
                options=stages
                value=stage
                on_choose=set_stage
                class="step-menu__field"
                testid="step-stage"
            />
            <div class="step-menu__row">
                <OptionButton
                    text=s.move_left
                    label=named(s.move_step_left, name)
                    on_press=Callback::new(move_left)
                    disabled=Signal::derive(move || {
                        neighbours.get().is_none_or(|n| n.before.is_none())
                    })
                    id=button_id("left", step)
                    testid="step-move-left"
                />
                <OptionButton
                    text=s.move_right
                    label=named(s.move_step_right, name)
                    on_press=Callback::new(move_right)
                    disabled=Signal::derive(move || {
                        neighbours.get().is_none_or(|n| n.after.is_none())
                    })
                    id=button_id("right", step)
                    testid="step-move-right"
                />
            </div>
            <div class="step-menu__row">
                <OptionButton
                    text=s.add_before
                    label=named(s.add_step_before, name)
                    on_press=Callback::new(add_before)
                    testid="step-add-before"
                />
                <OptionButton
                    text=s.add_after
                    label=named(s.add_step_after, name)
                    on_press=Callback::new(add_after)
                    testid="step-add-after"
                />
            </div>
            <ul class="step-menu__loops">
                <For
                    each=move || loops.get()
                    key=|id| *id
                    children=move |id| view! { <LoopEditor id /> }
                />
            </ul>
            <OptionButton
                text=s.add_loop
                label=named(s.add_loop_from, name)
                on_press=Callback::new(add_loop)
                testid="step-add-loop"
            />
            <OptionButton
                text=s.remove_step
                label=named(s.remove_step_named, name)
                on_press=Callback::new(remove)
                danger=true
                testid="step-remove"
            />
        </div>
    }
}

/// One of a step's option buttons: short visible text, and an accessible name that says
/// which step it acts on.
#[component]
fn OptionButton(
    /// The visible text.
    text: &'static str,
    /// The accessible name.
    label: Signal<String>,
    /// What pressing it does.
    on_press: Callback<()>,
    /// Whether it is unavailable (a move past the journey's end).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// Its element id, for buttons that get the focus back after acting.
    #[prop(optional)]
    id: Option<String>,
    /// Whether it removes something.
    #[prop(optional)]
    danger: bool,
    /// Test hook.
    testid: &'static str,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="button button--small"
            class:button--danger=danger
            id=id
            disabled=disabled
            aria-label=label
            on:click=move |_| on_press.run(())
            data-testid=testid
        >
            {text}
        </button>
    }
}

/// An accessible name made of a step's name.
fn named(text: fn(&str) -> String, name: Signal<String>) -> Signal<String> {
    Signal::derive(move || text(&name.get()))
}

/// One way back from the step: which step it returns to, and why.
#[component]
fn LoopEditor(
    /// The loop.
    id: LoopId,
) -> impl IntoView {
    let store = expect_context::<JourneyStore>();
    let s = strings();
    let targets = Signal::derive(move || store.step_names());
    let to = Signal::derive(move || store.item::<Loop, _>(id, |l| l.to));
    let reason = move || {
        store
            .item::<Loop, _>(id, |l| l.label.clone())
            .unwrap_or_default()
    };
    // A refusal (a way back to a step since removed) leaves the loop as it was.
    let set = move |change: &dyn Fn(&mut Loop)| {
        let _ = store.set_item::<Loop>(id, |l| change(l));
    };
    let choose = Callback::new(move |step: Option<StepId>| {
        if let Some(step) = step {
            set(&|l: &mut Loop| l.to = step);
        }
    });
    let label = move |event| {
        let text = event_target_value(&event).trim().to_owned();
        set(&move |l: &mut Loop| l.label = text.clone());
    };
    let remove = move |_| store.apply(Edit::Loop(ListEdit::Remove(id)));
    view! {
        <li class="step-menu__loop" data-testid="loop-editor">
            <ChoiceField
                label=s.loop_back_to
                options=targets
                value=to
                on_choose=choose
                class="step-menu__field"
                testid="loop-to"
            />
            <label class="step-menu__field">
                {s.loop_reason}
                <input
                    type="text"
                    prop:value=reason
                    on:change=label
                    data-testid="loop-label"
                />
            </label>
            <button
                type="button"
                class="button button--small"
                on:click=remove
                data-testid="loop-remove"
            >
                {s.remove_loop}
            </button>
        </li>
    }
}

/// The id of one of a step's move buttons, to give the focus back after the move.
fn button_id(which: &str, step: StepId) -> String {
    format!("step-move-{which}-{}", step.0)
}
