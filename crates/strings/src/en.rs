//! The English texts: the reference every other language is checked against. The words the
//! command line says too (stage names, findings, numbers, why a file does not open) come from
//! `sightline-english`, so that both say them alike.

use crate::{
    Amount, CompareText, ExperienceText, HelpLine, InsightField, KpiField, Language, LibraryAction,
    PersonaField, PictureText, PresentText, SettingField, StakeholderField, Strings, VersionAction,
    VersionsText, WorkspaceText,
};
use sightline_charts::{ChartKind, ChartText};
use sightline_document::LinkError;
use sightline_engine::{
    Aspect, Better, Channel, EditError, EffortQuadrant, ElementKind, FieldName, InsightKind,
    KpiStatus, Lane, Line, MapQuadrant, Measure, Place, PriorityQuadrant, Problem, Relationship,
    Role, Side, Template, Trend, MAX_LABEL_CHARS, MAX_VALUE_UNIT_CHARS,
};
use sightline_engine::{ChangeKind, Shift};
use sightline_persistence::VersionKind;

fn place(at: &Place) -> String {
    match at {
        Place::Settings => "the journey settings".to_owned(),
        Place::Stakeholder(id) => format!("stakeholder {}", id.0),
        Place::Touchpoint(id) => format!("touchpoint {}", id.0),
        Place::Effect(id, index) => format!("effect {} of touchpoint {}", index + 1, id.0),
        Place::Emotion(id, stakeholder) => {
            format!(
                "the emotion of stakeholder {} at touchpoint {}",
                stakeholder.0, id.0
            )
        }
        Place::Step(id) => format!("step {}", id.0),
        Place::Persona(id) => format!("persona {}", id.0),
        Place::Kpi(id) => format!("KPI {}", id.0),
        Place::Insight(id) => format!("pain point or opportunity {}", id.0),
        Place::Loop(id) => format!("loop {}", id.0),
    }
}

/// What kind of item lives at a place, for refusals (which name no ids).
fn noun(at: &Place) -> &'static str {
    match at {
        Place::Settings => "journey setting",
        Place::Stakeholder(_) => "stakeholder",
        Place::Touchpoint(_) => "touchpoint",
        Place::Effect(..) => "value effect",
        Place::Emotion(..) => "emotion",
        Place::Step(_) => "step",
        Place::Persona(_) => "persona",
        Place::Kpi(_) => "KPI",
        Place::Insight(_) => "pain point or opportunity",
        Place::Loop(_) => "way back",
    }
}

/// An edit refused because what it names was removed first (a second click, say).
fn gone(subject: &str) -> String {
    format!("{subject} has been removed, so nothing changed.")
}

/// An addition refused because another took its id just before.
fn taken(what: &str) -> String {
    format!("The new {what} was not added: another was added under its id first. Try again.")
}

/// The invariants a journey read from a file breaks: the first, and how many more.
fn unsound(problems: &[Problem]) -> String {
    match problems {
        [] => "the journey contradicts itself".to_owned(),
        [only] => (EN.problem)(only),
        [first, rest @ ..] => {
            format!("{} (and {} more problems)", (EN.problem)(first), rest.len())
        }
    }
}

/// The English table.
pub static EN: Strings = Strings {
    language: Language::En,
    language_picker: "Language",
    language_missing: |language| {
        format!("{language} could not be loaded, so Sightline goes on in English. Check the connection and choose it again; your journey is safe.")
    },
    app_name: "Sightline",
    sample: &sightline_english::SAMPLE,
    incident: &sightline_english::INCIDENT,
    saas: &sightline_english::SAAS,
    channel_name: |channel| match channel {
        Channel::InPerson => "In person",
        Channel::Phone => "Phone",
        Channel::Email => "E-mail",
        Channel::Web => "Web",
        Channel::App => "App",
        Channel::Document => "Document",
        Channel::Other => "Other",
    },
    blueprint: "Journey blueprint",
    lanes_header: "Lanes",
    new_touchpoint: "New touchpoint",
    add_symbol: "+",
    add_touchpoint_to: |step, lane| format!("Add a touchpoint to {step}, {lane}"),
    step_name_of: |stage| format!("Name of the {stage} step"),
    step_summary: |touchpoints, in_zone| match touchpoints {
        0 => "No touchpoints".to_owned(),
        1 => format!("1 touchpoint, {in_zone} in the zone"),
        n => format!("{n} touchpoints, {in_zone} in the zone"),
    },
    touchpoint_editor: "Touchpoint",
    name: "Name",
    channel: "Channel",
    lane: "Lane",
    delete_touchpoint: "Delete touchpoint",
    done: "Done",
    dismiss: "Dismiss",
    notices: "Notices",
    saved_journey_unreadable: |reason, kept_under| {
        format!(
            "The saved journey could not be read: {reason}. Nothing is lost: its text is kept \
             aside in this browser's storage under \u{201c}{kept_under}\u{201d}, ready to be \
             downloaded from the library."
        )
    },
    saved_journey_unreadable_not_kept: |reason| {
        format!(
            "The saved journey could not be read: {reason}. It could not be set aside either, \
             so Sightline will not save over it: your changes in this tab are not saved."
        )
    },
    storage_full: "This browser's storage is full, so your last change was not saved. \
                   The previous save is intact. Free some space and edit again to save.",
    storage_unavailable: "This browser does not let Sightline use its storage, so changes \
                          are not saved. Check that site data is allowed.",
    load_error: |error| sightline_english::load_error(error, unsound),
    role_name: |role| match role {
        Role::Sponsor => "Sponsor",
        Role::Customer => "Customer",
        Role::User => "User",
        Role::Provider => "Provider",
        Role::ProviderEmployee => "Provider employee",
        Role::Partner => "Partner or supplier",
        Role::Shareholder => "Shareholder",
        Role::Regulator => "Regulator",
        Role::Society => "Society and community",
        Role::Charity => "Charity",
        Role::Other => "Other",
    },
    side_total: |side| match side {
        Side::Consumer => "Consumer side",
        Side::Provider => "Provider side",
        Side::Other => "Others",
    },
    relationship_name: |relationship| match relationship {
        Relationship::Basic => "Basic",
        Relationship::Cooperative => "Cooperative",
        Relationship::Partnership => "Partnership",
    },
    aspect_name: |aspect| match aspect {
        Aspect::Outcome => "Outcome",
        Aspect::Cost => "Cost",
        Aspect::Risk => "Risk",
    },
    element_name: |element| match element {
        ElementKind::Process => "Process element",
        ElementKind::Outcome => "Outcome element",
    },
    finding_title: sightline_english::finding_title,
    explain_finding: sightline_english::explain_finding,
    show_step: |step| format!("Show {step}"),
    findings: "Findings",
    no_findings: "No findings: every step adds value, nothing leaks, and both sides benefit.",
    value: "Value",
    value_scope: "Figures for",
    whole_journey: "The whole journey",
    figure_columns: [
        "Stakeholder",
        "Outcomes (O)",
        "Potential (P)",
        "Costs (C)",
        "Risks (R)",
        "Value (V)",
        "Leakage (L)",
    ],
    total: "Total",
    step_value: |value| format!("V {value}"),
    stakeholders: "Stakeholders",
    add_stakeholder: "Add stakeholder",
    new_stakeholder: "New stakeholder",
    remove_stakeholder: |name| format!("Remove {name}"),
    stakeholder_columns: [
        "Name",
        "Role",
        "Side",
        "Influence (0–10)",
        "Interest (0–10)",
        "Weight of outcomes",
        "Weight of costs",
        "Weight of risks",
        "On the map",
    ],
    stakeholder_field: |field, name| {
        let field = match field {
            StakeholderField::Name => "Name",
            StakeholderField::Role => "Role",
            StakeholderField::Side => "Side",
            StakeholderField::Influence => "Influence",
            StakeholderField::Interest => "Interest",
            StakeholderField::OutcomeWeight => "Weight of outcomes",
            StakeholderField::CostWeight => "Weight of costs",
            StakeholderField::RiskWeight => "Weight of risks",
        };
        format!("{field} of {name}")
    },
    settings: "Value settings",
    setting: |field| match field {
        SettingField::Relationship => "Relationship",
        SettingField::MoneyRate => "Value of one unit of money",
        SettingField::TimeRate => "Value of one unit of time",
        SettingField::ResourcesRate => "Value of one unit of resources",
        SettingField::EmotionMin => "Lowest emotion",
        SettingField::EmotionMax => "Highest emotion",
        SettingField::UnrealisedShare => "Unrealised share that counts as leakage (0–1)",
        SettingField::OneSidedShare => "Share of value that counts as one-sided (0.5–1)",
        SettingField::NarrowZoneShare => {
            "Share in the zone below which a partnership is narrow (0–1)"
        }
    },
    participants: "Takes part",
    initiator: "Initiated by",
    not_recorded: "Not recorded",
    element: "Element",
    importance: "Customer importance (1–5)",
    effort: "Provider effort (1–5)",
    effort_quadrant_is: |quadrant| format!("Importance against effort: {quadrant}"),
    emotion_of: |name, min, max| format!("Emotion of {name} ({min} to {max})"),
    effects: "Value effects",
    add_effect: "Add value effect",
    remove_effect: |n| format!("Remove effect {n}"),
    effect_for: "For",
    aspect: "Aspect",
    amount: |amount| match amount {
        Amount::Potential => "Potential",
        Amount::Realised => "Realised",
        Amount::Money => "Money",
        Amount::Time => "Time",
        Amount::Resources => "Resources",
        Amount::Probability => "Probability (0–1)",
        Amount::Impact => "Impact",
    },
    not_a_number: "Enter a number.",
    whole_number: "Enter a whole number.",
    percent: sightline_english::percent,
    edit_refused: |error| match error {
        EditError::Invalid(problems) => problems
            .first()
            .map(|p| (EN.problem)(p))
            .unwrap_or_default(),
        EditError::LastStep => "A journey needs at least one step.".to_owned(),
        EditError::NoSuchStep(_) => gone("This step"),
        EditError::NoSuchTouchpoint(_) => gone("This touchpoint"),
        EditError::NoSuchStakeholder(_) => gone("This stakeholder"),
        EditError::NoSuchEffect(_, index) => {
            gone(&format!("Effect {} of this touchpoint", index + 1))
        }
        EditError::NoSuchItem(at) => gone(&format!("This {}", noun(at))),
        EditError::DuplicateStep(_) => taken("step"),
        EditError::DuplicateTouchpoint(_) => taken("touchpoint"),
        EditError::DuplicateStakeholder(_) => taken("stakeholder"),
        EditError::DuplicateItem(at) => taken(noun(at)),
        EditError::NotInCell(_) => {
            "The touchpoint it was dropped beside is no longer in that cell, so nothing moved."
                .to_owned()
        }
        EditError::BeforeItself(_) => "A step cannot move before itself.".to_owned(),
    },
    field_name: |field| match field {
        FieldName::RatesMoney => "value of one unit of money",
        FieldName::RatesTime => "value of one unit of time",
        FieldName::RatesResources => "value of one unit of resources",
        FieldName::EmotionScaleMin => "lowest emotion",
        FieldName::EmotionScaleMax => "highest emotion",
        FieldName::UnrealisedShare => "unrealised share that counts as leakage",
        FieldName::OneSidedShare => "share of value that counts as one-sided",
        FieldName::NarrowZoneShare => "share in the zone below which a partnership is narrow",
        FieldName::Influence => "influence",
        FieldName::Interest => "interest",
        FieldName::StandingInfluence => "influence in a step",
        FieldName::StandingInterest => "interest in a step",
        FieldName::OutcomeWeight => "weight of outcomes",
        FieldName::CostWeight => "weight of costs",
        FieldName::RiskWeight => "weight of risks",
        FieldName::Importance => "customer importance",
        FieldName::Effort => "effort",
        FieldName::Emotions => "emotions",
        FieldName::Effects => "value effects",
        FieldName::Participants => "participants",
        FieldName::Initiator => "initiated by",
        FieldName::EmotionValue => "emotion",
        FieldName::Potential => "potential",
        FieldName::Realised => "realised",
        FieldName::Money => "money",
        FieldName::Time => "time",
        FieldName::Resources => "resources",
        FieldName::Probability => "probability",
        FieldName::Impact => "impact",
        FieldName::Stakeholder => "stakeholder",
        FieldName::Step => "step",
        FieldName::Target => "target",
        FieldName::Actual => "actual",
        FieldName::Unit => "unit",
        FieldName::On => "where it was found",
        FieldName::CustomerValue => "customer value",
        FieldName::BusinessValue => "business value",
        FieldName::From => "from",
        FieldName::To => "back to",
    },
    problem: |problem| match problem {
        Problem::NoSteps => "the journey has no steps".to_owned(),
        Problem::TouchpointInMissingStep { touchpoint, step } => format!(
            "touchpoint {} is placed in step {}, which does not exist",
            touchpoint.0, step.0
        ),
        Problem::DuplicateStep(id) => format!("two steps have the id {}", id.0),
        Problem::DuplicateTouchpoint(id) => format!("two touchpoints have the id {}", id.0),
        Problem::DuplicateStakeholder(id) => format!("two stakeholders have the id {}", id.0),
        Problem::MissingStakeholder {
            touchpoint,
            field,
            stakeholder,
        } => {
            let field = (EN.field_name)(*field);
            format!(
            "\u{201c}{field}\u{201d} of touchpoint {} names stakeholder {}, who does not exist",
            touchpoint.0, stakeholder.0
        )
        },
        Problem::OutOfRange {
            at,
            field,
            value,
            min,
            max,
        } => {
            let field = (EN.field_name)(*field);
            let place = place(at);
            let allowed = if max.is_finite() {
                format!("from {min} to {max}")
            } else {
                format!("{min} or more")
            };
            format!("\u{201c}{field}\u{201d} of {place} is {value}, but must be {allowed}")
        }
        Problem::RealisedAbovePotential { touchpoint, effect } => format!(
            "effect {} of touchpoint {} realises more than its potential",
            effect + 1,
            touchpoint.0
        ),
        Problem::EmotionScaleInverted => {
            "the emotion scale's minimum is not below its maximum".to_owned()
        }
        Problem::ValueUnitTooLong { chars } => format!(
            "the unit of value has {chars} characters, but may have at most \
             {MAX_VALUE_UNIT_CHARS}"
        ),
        Problem::ValueUnitControlCharacter => {
            "the unit of value must fit on one line, without tabs".to_owned()
        }
        Problem::DuplicateItem(at) => format!("the id of {} is used twice", place(at)),
        Problem::MissingReference { at, field } => {
            let field = (EN.field_name)(*field);
            format!(
            "\u{201c}{field}\u{201d} of {} names something the journey does not have",
            place(at)
        )
        },
        Problem::BadLabel { at, field } => {
            let field = (EN.field_name)(*field);
            format!(
            "\u{201c}{field}\u{201d} of {} must fit on one line, with at most \
             {MAX_LABEL_CHARS} characters",
            place(at)
        )
        },
        Problem::BadJourneyLink(id) => format!(
            "touchpoint {} links to something that is not a journey of the library",
            id.0
        ),
    },
    // Library, share links and files.
    journey_gone: "This journey is no longer in the library; it may have been deleted in \
                   another tab.",
    changed_elsewhere_retry: "This journey was changed in another tab at the same moment. \
                              Nothing was lost; please try again.",
    copy_name: |name, n| {
        if n <= 2 {
            format!("{name} (copy)")
        } else {
            format!("{name} (copy {})", n - 1)
        }
    },
    this_tab_version_name: |name, n| {
        if n <= 2 {
            format!("{name} (this tab)")
        } else {
            format!("{name} (this tab {})", n - 1)
        }
    },
    kept_both_versions: |ours, theirs| {
        format!(
            "This journey was also changed in another tab. Both versions are kept: yours is \
             now \u{201c}{ours}\u{201d} and stays open; the other is \u{201c}{theirs}\u{201d} in \
             the library."
        )
    },
    deleted_in_other_tab: "This journey was deleted in another tab. It stays open here, and \
                           your next change stores it again.",
    updated_from_other_tab: "This journey was changed in another tab; you now see that \
                             version.",
    other_tab_unreadable: |reason| {
        format!(
            "Another tab saved this journey in a form this one cannot read ({reason}), so this \
             tab no longer saves it, to keep that version. Reload to continue."
        )
    },
    untitled_journey: "Untitled journey",
    journey_name: "Journey name",
    library: "My journeys",
    journey_actions: "Journey",
    start_from_template: "Start a new journey",
    template: |template| match template {
        Template::Blank => "New blank journey",
        Template::B2bServicePurchase => "New: B2B purchase of a service",
        Template::IncidentResolution => "New: ITIL incident resolution",
        Template::SaasOnboarding => "New: SaaS onboarding",
    },
    last_changed: |when| format!("Changed {when}"),
    never_changed: "Time of change unknown",
    library_action: |action, name| {
        let verb = (EN.library_action_label)(action);
        format!("{verb} \u{201c}{name}\u{201d}")
    },
    library_action_label: |action| match action {
        LibraryAction::Open => "Open",
        LibraryAction::Rename => "Rename",
        LibraryAction::Duplicate => "Duplicate",
        LibraryAction::Delete => "Delete",
    },
    new_name_of: |name| format!("New name for \u{201c}{name}\u{201d}"),
    save_name: "Save name",
    cancel: "Cancel",
    confirm_delete: |name| {
        format!("Delete \u{201c}{name}\u{201d} for good? This cannot be undone.")
    },
    delete_for_good: "Delete for good",
    recovered_heading: "Set aside because they could not be read",
    recovered_item: |key, characters| format!("{key} ({characters} characters)"),
    download: "Download",
    discard: "Discard",
    copy_link: "Copy link",
    link_copied: "The link is on your clipboard. It carries the whole journey: whoever opens \
                  it sees this version, and nothing is sent to a server.",
    link_to_copy: "Link to this journey (copy it)",
    link_too_large: "This journey is too large to travel in a link. Export it as a file \
                     instead.",
    shared_banner: "You are looking at a journey shared by link. It is read-only here and is \
                    not saved until you save a copy.",
    save_copy: "Save a copy to my library",
    saved_copy: |name| format!("\u{201c}{name}\u{201d} is now in your library."),
    export_journey: "Export file",
    export_touchpoints: "Export touchpoints (CSV)",
    export_mermaid: "Export mermaid diagram",
    export_cjml: "Export CJML",
    exported_leaving_out: |file, lost| {
        format!("\u{201c}{file}\u{201d} cannot hold everything, so it leaves out: {lost}.")
    },
    import_journey: "Import a file (journey, touchpoints CSV, mermaid, CJML)",
    imported: |name| format!("\u{201c}{name}\u{201d} was imported into your library."),
    imported_leaving_out: |name, left_out| {
        format!(
            "\u{201c}{name}\u{201d} was imported into your library, leaving out what a journey \
             does not take: {left_out}."
        )
    },
    import_error: |error| sightline_english::import_error(error, unsound),
    ignored: sightline_english::ignored,
    lost: sightline_english::feature,
    paste_diagram: "Paste a mermaid journey diagram",
    import_diagram: "Import diagram",
    pasted_diagram: "the pasted diagram",
    import_failed: |file, reason| {
        format!("\u{201c}{file}\u{201d} could not be imported: {reason}. Nothing was changed.")
    },
    file_too_large: "the file is larger than any journey this browser can store",
    file_unreadable: "the browser could not read the file",
    link_error: |error| match error {
        LinkError::TooLarge => "This link is larger than Sightline opens, so its journey cannot \
                                be shown. Your library has not changed."
            .to_owned(),
        LinkError::NewerVersion(version) => format!(
            "This link was made by a newer Sightline (link format {version}); update this one \
             to open it. Your library has not changed."
        ),
        LinkError::Damaged | LinkError::Unsound(_) => {
            "This link is damaged or incomplete, so its journey cannot be shown. Your library \
             has not changed."
                .to_owned()
        }
    },
    close: "Close",
    shortcuts_button: "Shortcuts",
    shortcuts_title: "Keyboard shortcuts",
    shortcut_line: |line| match line {
        HelpLine::Undo => ("Ctrl+Z, \u{2318}Z", "Undo the last change"),
        HelpLine::Redo => (
            "Ctrl+Shift+Z, \u{2318}\u{21e7}Z, Ctrl+Y",
            "Redo the change taken back",
        ),
        HelpLine::MoveFocus => (
            "Arrow keys",
            "Move across the blueprint: up and down a cell and its lanes, left and right \
             across the steps",
        ),
        HelpLine::Activate => (
            "Enter",
            "Open the touchpoint in focus, or add one with the focused +",
        ),
        HelpLine::Delete => ("Delete", "Delete the touchpoint in focus (Undo brings it back)"),
        HelpLine::MoveTouchpoint => (
            "Alt+arrow keys",
            "Move the touchpoint in focus to the next cell: left and right across the steps, \
             up and down across the lanes",
        ),
        HelpLine::Close => (
            "Escape",
            "Close the touchpoint editor, a step's options or this list",
        ),
        HelpLine::NextControl => ("Tab, Shift+Tab", "Go to the next or the previous control"),
        HelpLine::ShowView => ("1 to 7", "Show a view: 1 Map, 2 Value, 3 Measures, 4 Stakeholders, 5 Charts, 6 Settings, 7 Versions"),
        HelpLine::ToggleHelp => ("?", "Show or hide this list"),
    },
    undo: "Undo",
    undo_hint: "Take back the last change (Ctrl+Z or \u{2318}Z). The history lasts until you \
                open another journey or reload the page.",
    redo: "Redo",
    redo_hint: "Do again the change you took back (Ctrl+Shift+Z, \u{2318}\u{21e7}Z or Ctrl+Y)",
    // Offline and updates.
    new_version_ready: "A new version of Sightline is ready. Your journey is saved.",
    reload_new_version: "Reload",
    // Charts.
    charts: "Charts",
    download_svg: "Download SVG",
    // Starts with the button's visible text, so speech users can say what they see.
    download_chart: |title| format!("Download SVG of {title}"),
    download_blueprint: "Download the blueprint as SVG",
    map_step: "Standing in",
    download_failed: "This browser did not let Sightline save the file. Try again, or allow downloads for this site.",
    figures_in: |unit| format!("Figures in {unit}"),
    // Moving touchpoints.
    move_hint: "Drag it to another cell or onto another touchpoint to move it there; \
                Alt+arrow keys move it to the next cell",
    // Steps and loops.
    new_step: "New step",
    step_options: "Options",
    step_options_of: |step| format!("Options of step {step}"),
    step_stage: "ITIL stage",
    move_left: "\u{25c0} Move",
    move_right: "Move \u{25b6}",
    move_step_left: |step| format!("Move {step} one step to the left"),
    move_step_right: |step| format!("Move {step} one step to the right"),
    add_before: "+ Step before",
    add_after: "+ Step after",
    add_step_before: |step| format!("Add a step before {step}"),
    add_step_after: |step| format!("Add a step after {step}"),
    remove_step: "Remove step",
    remove_step_named: |step| format!("Remove step {step} and everything in it"),
    step_removed: |step, touchpoints| match touchpoints {
        0 => format!("Removed the step \u{201c}{step}\u{201d}. Undo brings it back."),
        1 => format!(
            "Removed the step \u{201c}{step}\u{201d} and its touchpoint. Undo brings them back."
        ),
        n => format!(
            "Removed the step \u{201c}{step}\u{201d} and its {n} touchpoints. Undo brings them \
             back."
        ),
    },
    add_loop: "+ Way back",
    add_loop_from: |step| format!("Add a way back from {step} to an earlier step"),
    loop_back_to: "Goes back to",
    loop_reason: "When or why",
    remove_loop: "Remove way back",
    loops_header: "Ways back",
    loop_chip: |to, reason| {
        if reason.is_empty() {
            format!("\u{21a9} {to}")
        } else {
            format!("\u{21a9} {to}: {reason}")
        }
    },
    loop_description: |from, to, reason| {
        if reason.is_empty() {
            format!("After {from}, the journey can go back to {to}")
        } else {
            format!("After {from}, the journey can go back to {to}: {reason}")
        }
    },
    drag_step: "Drag onto another step to put this step in its place",
    // Personas and touchpoint marks.
    personas: "Personas",
    personas_intro: "The people behind the stakeholders, so that the journey is read through their eyes.",
    no_personas: "No personas yet.",
    personas_need_stakeholder: "Add a stakeholder first: every persona stands for one.",
    persona_for: "Stakeholder",
    add_persona: "Add persona",
    new_persona: "New persona",
    unnamed_persona: "Unnamed persona",
    persona_field: |field| match field {
        PersonaField::Stakeholder => "Stakeholder",
        PersonaField::Name => "Name",
        PersonaField::Job => "Job or role",
        PersonaField::Goals => "Goals",
        PersonaField::Description => "Description",
    },
    persona_of: |name| format!("Persona {name}"),
    remove: "Remove",
    remove_persona: |name| format!("Remove persona {name}"),
    personas_on_journey: "Personas on this journey",
    persona_strip_empty: "No personas yet: add the people behind your stakeholders in the Personas panel of the Stakeholders view.",
    edit_persona_hint: "Edit this persona",
    persona_stakeholder: |stakeholder, role| format!("{stakeholder} · {role}"),
    marks: "Marks",
    fail_point: "Fail point",
    fail_point_hint: "The service is likely to fail here.",
    fail_point_symbol: "F",
    moment_of_truth: "Moment of truth",
    moment_of_truth_hint: "The customer forms a lasting judgement here.",
    moment_of_truth_symbol: "★",
    leads_to_journey: "Leads to journey",
    no_linked_journey: "None",
    journey_not_in_library: "Linked journey not in this library",
    open_linked: "Open",
    open_linked_journey: |name| format!("Open {name}"),
    leads_to: |name| format!("Leads to {name}"),
    link_symbol: "↗",
    // KPIs, pain points and opportunities.
    kpis: "KPIs",
    no_kpis: "No KPIs yet. Choose a step and what to measure, then Add KPI.",
    measure: |measure| match measure {
        Measure::Csat => "CSAT",
        Measure::Ces => "CES",
        Measure::Nps => "NPS",
        Measure::Duration => "Duration",
        Measure::CostToServe => "Cost to serve",
        Measure::Custom => "Custom",
    },
    better: |better| match better {
        Better::Higher => "Higher is better",
        Better::Lower => "Lower is better",
    },
    kpi_status: |status| match status {
        KpiStatus::Unknown => "Not measured yet",
        KpiStatus::Met => "Met",
        KpiStatus::Missed => "Missed",
    },
    kpi_columns: [
        "Name", "Measure", "Better", "Unit", "Target", "Actual", "Status",
    ],
    kpi_field: |field, name, step| {
        let field = match field {
            KpiField::Name => "Name",
            KpiField::Measure => "Measure",
            KpiField::Direction => "Direction",
            KpiField::Unit => "Unit",
            KpiField::Target => "Target",
            KpiField::Actual => "Actual",
            KpiField::Status => "Status",
        };
        format!("{field} of {name} in {step}")
    },
    new_kpi_step: "Step",
    new_kpi_measure: "Measure",
    add_kpi: "Add KPI",
    remove_kpi: |name, step| format!("Remove {name} from {step}"),
    kpis_met: |met, total| match total {
        1 => format!("{met} of 1 KPI met"),
        _ => format!("{met} of {total} KPIs met"),
    },
    kpi_missed: |name, actual, target| format!("{name} {actual}, target {target}"),
    kpis_missed: |list| format!("Missed: {list}"),
    with_unit: |figure, unit| {
        if unit.is_empty() {
            figure.to_owned()
        } else if unit.starts_with(|c: char| c.is_alphabetic()) {
            format!("{figure} {unit}")
        } else {
            format!("{figure}{unit}")
        }
    },
    insights: "Pain points and opportunities",
    insight_kind: |kind| match kind {
        InsightKind::PainPoint => "Pain point",
        InsightKind::Opportunity => "Opportunity",
    },
    add_insight: |kind| match kind {
        InsightKind::PainPoint => "Add pain point",
        InsightKind::Opportunity => "Add opportunity",
    },
    insight_field: |field| match field {
        InsightField::Kind => "Kind",
        InsightField::Description => "Description",
        InsightField::CustomerValue => "Customer value (1–5)",
        InsightField::BusinessValue => "Business value (1–5)",
        InsightField::Effort => "Effort (1–5)",
    },
    insight_undescribed: "Not described yet",
    remove_insight: |kind, text| format!("Remove {kind} \u{201c}{text}\u{201d}"),
    priority_is: |quadrant| format!("Among the {}", quadrant.to_lowercase()),
    no_insights_here: "None noted here yet.",
    no_insights: "No pain points or opportunities yet: add them to a touchpoint in its editor, \
                  or to a step here.",
    insights_step: "Step",
    pick_step_to_add: "Choose a step to add a pain point or an opportunity to it.",
    on_step: |step| format!("{step} (the whole step)"),
    on_touchpoint: |step, touchpoint| format!("{step} \u{b7} {touchpoint}"),
    priorities: "Priorities",
    priority_quadrant: |quadrant| match quadrant {
        PriorityQuadrant::QuickWin => "Quick wins",
        PriorityQuadrant::MajorProject => "Major projects",
        PriorityQuadrant::FillIn => "Fill-ins",
        PriorityQuadrant::MoneyPit => "Money pits",
    },
    priority_hint: |quadrant| match quadrant {
        PriorityQuadrant::QuickWin => "High value, low effort: do these first.",
        PriorityQuadrant::MajorProject => "High value, high effort: worth planning.",
        PriorityQuadrant::FillIn => "Low value, low effort: when there is time.",
        PriorityQuadrant::MoneyPit => "Low value, high effort: not worth it.",
    },
    quadrant_empty: "Nothing here.",
    value_and_effort: |value, effort| format!("Value {value}, effort {effort}"),
    show_on_blueprint: "Show it on the blueprint",
    card_insights: |pain_points, opportunities| {
        let pains = match pain_points {
            0 => None,
            1 => Some("1 pain point".to_owned()),
            n => Some(format!("{n} pain points")),
        };
        let opportunities = match opportunities {
            0 => None,
            1 => Some("1 opportunity".to_owned()),
            n => Some(format!("{n} opportunities")),
        };
        [pains, opportunities]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ")
    },
    card_insight_mark: |kind| match kind {
        InsightKind::PainPoint => "Pain",
        InsightKind::Opportunity => "Opp.",
    },
    chart: ChartText {
        title: |kind| match kind {
            ChartKind::ValueAlongJourney => "Value along the journey",
            ChartKind::OutcomesCostsRisks => "Outcomes, costs and risks per step",
            ChartKind::StakeholderMap => "Stakeholder map",
            ChartKind::ExperienceCurve => "Experience curve",
            ChartKind::ImportanceEffort => "Importance against effort",
            ChartKind::ValueBalance => "Value balance",
            ChartKind::Blueprint => "Journey blueprint",
        },
        stage: sightline_english::stage_name,
        side: |side| match side {
            Side::Consumer => "Consumer",
            Side::Provider => "Provider",
            Side::Other => "Other",
        },
        lane: |lane| match lane {
            Lane::ConsumerHidden => "Consumer's hidden activities",
            Lane::ConsumerActions => "Consumer actions",
            Lane::ProviderFrontstage => "Provider frontstage",
            Lane::ProviderBackstage => "Provider backstage",
            Lane::SupportProcesses => "Support processes",
        },
        line: |line| match line {
            Line::ConsumerVisibility => "Consumer's line of visibility",
            Line::Interaction => "Line of interaction",
            Line::ProviderVisibility => "Provider's line of visibility",
            Line::InternalInteraction => "Line of internal interaction",
        },
        zone_of_visibility: "Zone of visibility",
        map_quadrant: |quadrant| match quadrant {
            MapQuadrant::ManageClosely => "Manage closely",
            MapQuadrant::KeepSatisfied => "Keep satisfied",
            MapQuadrant::KeepInformed => "Keep informed",
            MapQuadrant::Monitor => "Monitor",
        },
        effort_quadrant: |quadrant| match quadrant {
            EffortQuadrant::MisdirectedEffort => "Misdirected effort",
            EffortQuadrant::Neglected => "Neglected",
            EffortQuadrant::WellInvested => "Well invested",
            EffortQuadrant::KeptLean => "Kept lean",
        },
        steps_axis: "Steps",
        cumulative_value_axis: |unit| {
            if unit.is_empty() {
                "Cumulative value (V)".to_owned()
            } else {
                format!("Cumulative value (V, {unit})")
            }
        },
        value_axis: |unit| {
            if unit.is_empty() {
                "Value".to_owned()
            } else {
                format!("Value ({unit})")
            }
        },
        unit_of_value: "Unit of value",
        influence_axis: "Influence (0–10)",
        interest_axis: "Interest (0–10)",
        emotion_axis: |min, max| format!("Emotion ({min} to {max})"),
        touchpoints_axis: "Touchpoints in journey order",
        importance_axis: "Customer importance (1–5)",
        effort_axis: "Provider effort (1–5)",
        outcome: "Outcomes (realised)",
        unrealised: "Unrealised potential",
        cost: "Costs",
        risk: "Risk exposure",
        net_value: "Net value (V)",
        removes_value: "Step removes value",
        lowest_point: "Lowest point",
        emotion_lane: "Experience",
        no_steps: "The journey has no steps.",
        no_stakeholders: "No stakeholders yet: add them in the Stakeholders panel.",
        no_touchpoints: "No touchpoints yet: add them on the blueprint.",
        no_emotions: "No emotions recorded yet: record how participants feel on a touchpoint.",
        no_values: "No outcomes, costs or risks recorded yet: add value effects to a touchpoint.",
        more: |hidden| format!("and {hidden} more"),
        number: sightline_english::number,
        figure: |label, value| format!("{label}: {value}"),
    },
    workspace: WorkspaceText {
        views: "Journey views",
        menu: "Menu",
        zoom: "Zoom",
        zoom_out: "Zoom out",
        zoom_in: "Zoom in",
        zoom_reset: |percent| format!("{percent} % (back to 100 %)"),
        loading: "Loading…",
        missing: "This part of Sightline could not be loaded. Check the connection and open it again; your journey is safe.",
        map: "Map",
        value: "Value",
        measures: "Measures",
        stakeholders: "Stakeholders",
        charts: "Charts",
        settings: "Settings",
        compare: "Versions",
    },
    experience: ExperienceText {
        lines: "Lines",
        who: |stakeholder, personas| {
            if personas.is_empty() {
                stakeholder.to_owned()
            } else {
                format!("{stakeholder} ({personas})")
            }
        },
        point: |who, touchpoint, emotion| format!("{who} at “{touchpoint}”: {emotion}"),
        lowest: |who, touchpoint, emotion| {
            format!("Lowest point: {who} at “{touchpoint}”, {emotion}.")
        },
        trend: |who, trend, first, last| match trend {
            Trend::Rising => format!("{who}: rises from {first} to {last}."),
            Trend::Falling => format!("{who}: falls from {first} to {last}."),
            Trend::Level => format!("{who}: ends as it starts, at {last}."),
        },
    },
    picture: PictureText {
        picture: "Picture of the map",
        background: "Background",
        light: "White",
        dark: "Dark",
        download_png: "Download PNG",
        copy_png: "Copy picture",
        copied: "The map is on the clipboard as a picture: paste it into a slide or a document.",
        copy_refused: "This browser does not let Sightline copy a picture. Download the PNG instead.",
        failed: "The browser could not draw the picture of the map. Nothing was changed; try again, or download the SVG from the Charts view.",
        clamped: |percent| format!("The map is too large for a picture at twice its size: it was drawn at {percent} % of its size on screen."),
        not_png: "This file is not a PNG picture.",
        damaged: "This PNG picture is cut short or damaged, so the journey in it cannot be read.",
        no_journey: "This PNG picture holds no journey. Only pictures exported by Sightline (Download PNG) bring their journey back.",
        too_large: "The journey in this picture is larger than Sightline can open.",
    },
    present: PresentText {
        print: "Print / Save as PDF",
        present: "Present",
        presentation: "Presentation of the journey",
        step_of: |n, total| format!("Step {n} of {total}"),
        previous: "Previous",
        next: "Next",
        leave: "Leave (Esc)",
        touchpoints: "Touchpoints",
        experience_so_far: "Experience so far",
        summary: "Value of the journey",
        no_touchpoints: "No touchpoint in this step.",
        value_pages: "Value and findings",
    },
    versions: VersionsText {
        heading: "Versions of this journey",
        hint: "A version keeps the journey as it is now, to compare with later or to go back to. Sightline also keeps one on the first change of each day and before each restore.",
        name_label: "Name of the new version",
        name_placeholder: "As-is, workshop 12 May",
        save: "Save version",
        saved: |name| format!("Version \u{201c}{name}\u{201d} saved."),
        made_room: |count| match count {
            1 => "To make room, the oldest automatic version was removed.".to_owned(),
            n => format!("To make room, the {n} oldest automatic versions were removed."),
        },
        none: "No versions yet: save one before a redesign, to compare with it later.",
        automatic: "Automatic version",
        kind: |kind| match kind {
            VersionKind::Named => "Named",
            VersionKind::BeforeImport => "Automatic, before an import",
            VersionKind::Daily => "Automatic, first change of the day",
            VersionKind::BeforeRestore => "Automatic, before a restore",
        },
        saved_on: |when| format!("Saved {when}"),
        action: |action| match action {
            VersionAction::Compare => "Compare",
            VersionAction::Restore => "Restore",
            VersionAction::Rename => "Rename",
            VersionAction::Export => "Export",
            VersionAction::Delete => "Delete",
        },
        action_label: |action, name| match action {
            VersionAction::Compare => format!("Compare \u{201c}{name}\u{201d} with the journey now"),
            VersionAction::Restore => format!("Restore \u{201c}{name}\u{201d}"),
            VersionAction::Rename => format!("Rename \u{201c}{name}\u{201d}"),
            VersionAction::Export => format!("Export \u{201c}{name}\u{201d} as a file"),
            VersionAction::Delete => format!("Delete \u{201c}{name}\u{201d}"),
        },
        confirm_delete: |name| format!("Delete the version \u{201c}{name}\u{201d} for good? This cannot be undone."),
        restored: |name| format!("Version \u{201c}{name}\u{201d} restored. The journey as it was is kept as a version, and Undo brings it back."),
        gone: "This version is no longer there: it was deleted, perhaps in another tab.",
        unreadable: |reason| format!("This version cannot be read: {reason}"),
        not_a_version: "The stored text is not a Sightline version.",
        newer_record: |version| format!("It was kept by a newer Sightline (version record {version})."),
        download_text: "Download its text",
        no_room: "There is no room left for another version, even without the automatic ones. Nothing was changed: export and delete versions you no longer need, or delete journeys.",
        no_room_named: |name, when| format!("There is no room left for another version. Nothing was changed. Delete the oldest named version, \u{201c}{name}\u{201d} ({when}), to make room?"),
        delete_and_retry: "Delete it and try again",
        restore_refused: "The version was not restored: there is no room to keep the journey as it is first. Nothing was changed.",
        shared: "A journey opened from a link has no versions. Save a copy to your library to keep versions of it.",
        start_to_be: "Start the to-be",
        to_be_hint: "A linked copy of this journey to redesign: comparing the two follows every step and touchpoint by id, through renames and moves.",
        to_be_name_label: "Name of the to-be",
        to_be_name: |as_is| format!("{as_is} (to-be)"),
        to_be_started: |to_be, as_is| format!("\u{201c}{to_be}\u{201d} is open: the to-be of \u{201c}{as_is}\u{201d}. Compare them under Versions."),
    },
    compare: CompareText {
        heading: "Compare as-is and to-be",
        hint: "Pick the as-is and the to-be, each a journey of the library or one of its versions, and see what the redesign did to the value of each step.",
        as_is: "As-is",
        to_be: "To-be",
        now: |journey| format!("{journey} (now)"),
        version: |name, when| format!("{name}, {when}"),
        by_id: "Matched by id: one was started from the other, so renamed and moved items are followed.",
        by_name: "Matched by name and place: the two were made apart, so a renamed item reads as removed and added.",
        units_differ: |as_is, to_be| format!("The two count value in different units ({as_is} and {to_be}): the differences below mix them."),
        no_unit: "no unit",
        caption: "Value and leakage per step, as-is against to-be",
        columns: ["Step", "V as-is", "V to-be", "\u{394}V, change in value", "\u{394}L, change in leakage"],
        stakeholder: "Stakeholder",
        by_stakeholder: "Value and leakage per stakeholder, as-is against to-be",
        only_to_be: |name| format!("{name} (new)"),
        only_as_is: |name| format!("{name} (removed)"),
        value_shift: |shift, size| match shift {
            Shift::Gain => format!("+{size}, a gain"),
            Shift::Loss => format!("-{size}, a loss"),
            Shift::Even => format!("{size}, unchanged"),
        },
        leakage_shift: |shift, size| match shift {
            Shift::Gain => format!("-{size}, less leakage"),
            Shift::Loss => format!("+{size}, more leakage"),
            Shift::Even => format!("{size}, unchanged"),
        },
        changes: "What changed",
        change: |kind, subject| match kind {
            ChangeKind::StepAdded => format!("Step added: {subject}"),
            ChangeKind::StepRemoved => format!("Step removed: {subject}"),
            ChangeKind::StepRenamed => format!("Step renamed: {subject}"),
            ChangeKind::StepRestaged => format!("Step anchored to another ITIL stage: {subject}"),
            ChangeKind::StepReordered => format!("Step moved in the journey: {subject}"),
            ChangeKind::TouchpointAdded => format!("Touchpoint added: {subject}"),
            ChangeKind::TouchpointRemoved => format!("Touchpoint removed: {subject}"),
            ChangeKind::TouchpointRenamed => format!("Touchpoint renamed: {subject}"),
            ChangeKind::TouchpointMoved => format!("Touchpoint moved to another step or lane: {subject}"),
            ChangeKind::EffectsChanged => format!("Value effects changed: {subject}"),
            ChangeKind::EmotionsChanged => format!("Emotions changed: {subject}"),
            ChangeKind::KpiAdded => format!("KPI added: {subject}"),
            ChangeKind::KpiRemoved => format!("KPI removed: {subject}"),
            ChangeKind::KpiChanged => format!("KPI changed: {subject}"),
            ChangeKind::InsightAdded => format!("Pain point or opportunity added: {subject}"),
            ChangeKind::InsightRemoved => format!("Pain point or opportunity removed: {subject}"),
            ChangeKind::InsightChanged => format!("Pain point or opportunity changed: {subject}"),
        },
        quoted: |name| format!("\u{201c}{name}\u{201d}"),
        renamed: |was, now| format!("\u{201c}{was}\u{201d}, now \u{201c}{now}\u{201d}"),
        unchanged: "The two are the same: nothing changed.",
        appeared: "Findings that appeared",
        resolved: "Findings resolved",
        none: "None.",
        cannot_open: |reason| format!("This side cannot be opened: {reason}"),
    },
};
