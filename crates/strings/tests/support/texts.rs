//! Every text of a table, listed by field: what the tests over all languages read.

use sightline_charts::{ChartKind, ChartText};
use sightline_document::{
    At, Feature, Ignored, IgnoredKind, ImportError, ImportErrorKind, LinkError, LoadError,
};
use sightline_engine::{Aspect, Channel, ElementKind, Relationship, Role, Side};
use sightline_engine::{Better, InsightId, KpiId, KpiStatus, LoopId, PersonaId, Trend};
use sightline_engine::{ChangeKind, Shift};
use sightline_engine::{
    EditError, FieldName, FindingKind, Place, Problem, StakeholderId, StepId, TouchpointId,
};
use sightline_engine::{EffortQuadrant, Lane, Line, MapQuadrant, Stage};
use sightline_engine::{InsightKind, Measure, PriorityQuadrant, Template};
use sightline_strings::{
    Amount, HelpLine, InsightField, KpiField, LibraryAction, PersonaField, SettingField,
    StakeholderField, Strings, VersionAction, WorkspaceView, VERSION_KINDS,
};

/// The counts every text that takes one is written with: each plural category of every
/// language, and the zero that some texts say in words.
const COUNTS: [usize; 6] = [0, 1, 3, 5, 21, 112];

/// The texts of one table, in a fixed order, each named by its field and arguments.
#[derive(Default)]
pub struct Texts(pub Vec<(String, String)>);

impl Texts {
    fn add(&mut self, name: impl Into<String>, text: &str) {
        self.0.push((name.into(), text.to_owned()));
    }

    fn text(&mut self, name: &str, text: &str) {
        self.add(name, text);
    }

    /// The text of each variant of an enum, named `name(Variant)`.
    fn each<E: Copy + std::fmt::Debug>(
        &mut self,
        name: &str,
        all: impl IntoIterator<Item = E>,
        text: impl Fn(E) -> &'static str,
    ) {
        for variant in all {
            self.add(format!("{name}({variant:?})"), text(variant));
        }
    }

    fn list(&mut self, name: &str, texts: &[&str]) {
        for (i, text) in texts.iter().enumerate() {
            self.add(format!("{name}[{i}]"), text);
        }
    }
}

/// One place of every kind.
pub fn places() -> Vec<Place> {
    vec![
        Place::Settings,
        Place::Stakeholder(StakeholderId(2)),
        Place::Touchpoint(TouchpointId(3)),
        Place::Effect(TouchpointId(3), 1),
        Place::Emotion(TouchpointId(3), StakeholderId(2)),
        Place::Step(StepId(4)),
        Place::Persona(PersonaId(5)),
        Place::Kpi(KpiId(6)),
        Place::Insight(InsightId(7)),
        Place::Loop(LoopId(8)),
    ]
}

/// One problem of every kind, and every place for those that name one.
fn problems() -> Vec<Problem> {
    let mut problems = vec![
        Problem::NoSteps,
        Problem::DuplicateStep(StepId(1)),
        Problem::DuplicateTouchpoint(TouchpointId(1)),
        Problem::DuplicateStakeholder(StakeholderId(1)),
        Problem::TouchpointInMissingStep {
            touchpoint: TouchpointId(1),
            step: StepId(9),
        },
        Problem::MissingStakeholder {
            touchpoint: TouchpointId(1),
            field: FieldName::Initiator,
            stakeholder: StakeholderId(9),
        },
        Problem::OutOfRange {
            at: Place::Settings,
            field: FieldName::Probability,
            value: 1.5,
            min: 0.0,
            max: f64::INFINITY,
        },
        Problem::RealisedAbovePotential {
            touchpoint: TouchpointId(1),
            effect: 0,
        },
        Problem::EmotionScaleInverted,
        Problem::ValueUnitTooLong { chars: 41 },
        Problem::ValueUnitControlCharacter,
        Problem::BadJourneyLink(TouchpointId(1)),
    ];
    for at in places() {
        problems.push(Problem::OutOfRange {
            at,
            field: FieldName::Influence,
            value: 11.5,
            min: 0.0,
            max: 10.0,
        });
        problems.push(Problem::DuplicateItem(at));
        problems.push(Problem::MissingReference {
            at,
            field: FieldName::Step,
        });
        problems.push(Problem::BadLabel {
            at,
            field: FieldName::Unit,
        });
    }
    problems
}

fn load_errors() -> Vec<LoadError> {
    vec![
        LoadError::NotJson {
            line: 3,
            column: 14,
        },
        LoadError::NotAJourney,
        LoadError::NewerVersion(9),
        LoadError::BadField {
            path: "journey.steps[0].stage".to_owned(),
        },
        LoadError::Unsound(vec![]),
        LoadError::Unsound(vec![Problem::NoSteps]),
        LoadError::Unsound(vec![Problem::NoSteps, Problem::EmotionScaleInverted]),
        LoadError::Unsound(vec![Problem::NoSteps; 4]),
    ]
}

fn link_errors() -> Vec<LinkError> {
    vec![
        LinkError::Damaged,
        LinkError::TooLarge,
        LinkError::NewerVersion(9),
        LinkError::Unsound(vec![Problem::NoSteps]),
    ]
}

/// Every kind of import error, at every kind of place.
fn import_errors() -> Vec<ImportError> {
    let kinds = vec![
        ImportErrorKind::TooLarge,
        ImportErrorKind::NotText,
        ImportErrorKind::Empty,
        ImportErrorKind::WrongKind,
        ImportErrorKind::MissingColumn("lane"),
        ImportErrorKind::UnclosedQuote,
        ImportErrorKind::StrayQuote,
        ImportErrorKind::BadValue {
            field: "lane",
            value: "sideways".to_owned(),
        },
        ImportErrorKind::Missing("name"),
        ImportErrorKind::TaskOutsideSection,
        ImportErrorKind::UnknownStatement,
        ImportErrorKind::UnknownReference {
            field: "initiator",
            id: "a9".to_owned(),
        },
        ImportErrorKind::DuplicateId("a1".to_owned()),
        ImportErrorKind::Xml("unexpected end".to_owned()),
        ImportErrorKind::Unsound(vec![Problem::NoSteps, Problem::NoSteps]),
    ];
    let places = [
        At::Whole,
        At::Text { line: 2, column: 7 },
        At::Element("journey/step[1]".to_owned()),
    ];
    let mut errors = Vec::new();
    for kind in kinds {
        for at in &places {
            errors.push(ImportError {
                at: at.clone(),
                kind: kind.clone(),
            });
        }
    }
    errors
}

/// Everything a reader may pass over.
fn ignored() -> Vec<Ignored> {
    let at = At::Text { line: 1, column: 3 };
    [
        IgnoredKind::UnknownColumn("colour".to_owned()),
        IgnoredKind::ScoreWithoutActors,
        IgnoredKind::Statement("accTitle".to_owned()),
        IgnoredKind::Element("swimlane".to_owned()),
        IgnoredKind::OtherJourney,
    ]
    .into_iter()
    .map(|what| Ignored {
        at: at.clone(),
        what,
    })
    .collect()
}

/// Everything a format may lose.
const FEATURES: [Feature; 19] = [
    Feature::EmptySteps,
    Feature::Lanes,
    Feature::Channels,
    Feature::Elements,
    Feature::Scores,
    Feature::Initiators,
    Feature::Emotions,
    Feature::Effects,
    Feature::Roles,
    Feature::Sides,
    Feature::StakeholderDetails,
    Feature::AbsentStakeholders,
    Feature::Settings,
    Feature::Flags,
    Feature::Personas,
    Feature::Kpis,
    Feature::Insights,
    Feature::Loops,
    Feature::Names,
];

/// Every refusal of the engine, and every kind of list item for those that name one.
pub fn edit_errors() -> Vec<EditError> {
    let touchpoint = TouchpointId(3);
    let mut errors = vec![
        EditError::Invalid(vec![Problem::EmotionScaleInverted]),
        EditError::LastStep,
        EditError::NoSuchStep(StepId(9)),
        EditError::NoSuchTouchpoint(touchpoint),
        EditError::DuplicateTouchpoint(touchpoint),
        EditError::NoSuchStakeholder(StakeholderId(1)),
        EditError::DuplicateStakeholder(StakeholderId(1)),
        EditError::NoSuchEffect(touchpoint, 1),
        EditError::NotInCell(touchpoint),
        EditError::DuplicateStep(StepId(2)),
        EditError::BeforeItself(StepId(2)),
    ];
    // Only the annotation lists' items are named by place (a step, a touchpoint or a
    // stakeholder has refusals of its own).
    let items = [
        Place::Persona(PersonaId(5)),
        Place::Kpi(KpiId(6)),
        Place::Insight(InsightId(7)),
        Place::Loop(LoopId(8)),
    ];
    for at in items {
        errors.push(EditError::NoSuchItem(at));
        errors.push(EditError::DuplicateItem(at));
    }
    errors
}

// Generated once from the `Strings` and `ChartText` definitions, then kept by hand: the two
// exhaustive patterns below stop compiling when a text is added without being listed here.

/// Every text of a table, each with a name that says which field (and which arguments) made it.
pub fn texts(s: &Strings) -> Texts {
    // A new field must be listed below too: these patterns name every field.
    let Strings {
        language: _,
        language_picker: _,
        language_missing: _,
        chart: _,
        workspace: _,
        experience: _,
        picture: _,
        present: _,
        versions: _,
        compare: _,
        app_name: _,
        // Checked by `tests/journeys.rs`, against the journeys they build.
        sample: _,
        incident: _,
        saas: _,
        channel_name: _,
        blueprint: _,
        lanes_header: _,
        new_touchpoint: _,
        add_symbol: _,
        add_touchpoint_to: _,
        step_name_of: _,
        step_summary: _,
        touchpoint_editor: _,
        name: _,
        channel: _,
        lane: _,
        delete_touchpoint: _,
        done: _,
        dismiss: _,
        notices: _,
        saved_journey_unreadable: _,
        saved_journey_unreadable_not_kept: _,
        storage_full: _,
        storage_unavailable: _,
        load_error: _,
        field_name: _,
        problem: _,
        role_name: _,
        side_total: _,
        relationship_name: _,
        aspect_name: _,
        element_name: _,
        finding_title: _,
        explain_finding: _,
        show_step: _,
        findings: _,
        no_findings: _,
        value: _,
        value_scope: _,
        whole_journey: _,
        figure_columns: _,
        total: _,
        step_value: _,
        stakeholders: _,
        add_stakeholder: _,
        new_stakeholder: _,
        remove_stakeholder: _,
        stakeholder_columns: _,
        stakeholder_field: _,
        settings: _,
        setting: _,
        participants: _,
        initiator: _,
        not_recorded: _,
        element: _,
        importance: _,
        effort: _,
        effort_quadrant_is: _,
        emotion_of: _,
        effects: _,
        add_effect: _,
        remove_effect: _,
        effect_for: _,
        aspect: _,
        amount: _,
        not_a_number: _,
        whole_number: _,
        percent: _,
        edit_refused: _,
        journey_gone: _,
        changed_elsewhere_retry: _,
        copy_name: _,
        this_tab_version_name: _,
        kept_both_versions: _,
        deleted_in_other_tab: _,
        updated_from_other_tab: _,
        other_tab_unreadable: _,
        untitled_journey: _,
        journey_name: _,
        library: _,
        journey_actions: _,
        start_from_template: _,
        template: _,
        last_changed: _,
        never_changed: _,
        library_action: _,
        library_action_label: _,
        new_name_of: _,
        save_name: _,
        cancel: _,
        confirm_delete: _,
        delete_for_good: _,
        recovered_heading: _,
        recovered_item: _,
        download: _,
        discard: _,
        copy_link: _,
        link_copied: _,
        link_to_copy: _,
        link_too_large: _,
        shared_banner: _,
        save_copy: _,
        saved_copy: _,
        export_journey: _,
        export_touchpoints: _,
        export_mermaid: _,
        export_cjml: _,
        exported_leaving_out: _,
        import_journey: _,
        imported: _,
        imported_leaving_out: _,
        import_error: _,
        ignored: _,
        lost: _,
        paste_diagram: _,
        import_diagram: _,
        pasted_diagram: _,
        import_failed: _,
        file_too_large: _,
        file_unreadable: _,
        link_error: _,
        close: _,
        shortcuts_button: _,
        shortcuts_title: _,
        shortcut_line: _,
        undo: _,
        undo_hint: _,
        redo: _,
        redo_hint: _,
        new_version_ready: _,
        reload_new_version: _,
        charts: _,
        download_svg: _,
        download_chart: _,
        download_blueprint: _,
        map_step: _,
        download_failed: _,
        figures_in: _,
        move_hint: _,
        new_step: _,
        step_options: _,
        step_options_of: _,
        step_stage: _,
        move_left: _,
        move_right: _,
        move_step_left: _,
        move_step_right: _,
        add_before: _,
        add_after: _,
        add_step_before: _,
        add_step_after: _,
        remove_step: _,
        remove_step_named: _,
        step_removed: _,
        add_loop: _,
        add_loop_from: _,
        loop_back_to: _,
        loop_reason: _,
        remove_loop: _,
        loops_header: _,
        loop_chip: _,
        loop_description: _,
        drag_step: _,
        personas: _,
        personas_intro: _,
        no_personas: _,
        personas_need_stakeholder: _,
        persona_for: _,
        add_persona: _,
        new_persona: _,
        unnamed_persona: _,
        persona_field: _,
        persona_of: _,
        remove: _,
        remove_persona: _,
        personas_on_journey: _,
        persona_strip_empty: _,
        edit_persona_hint: _,
        persona_stakeholder: _,
        marks: _,
        fail_point: _,
        fail_point_hint: _,
        fail_point_symbol: _,
        moment_of_truth: _,
        moment_of_truth_hint: _,
        moment_of_truth_symbol: _,
        leads_to_journey: _,
        no_linked_journey: _,
        journey_not_in_library: _,
        open_linked: _,
        open_linked_journey: _,
        leads_to: _,
        link_symbol: _,
        kpis: _,
        no_kpis: _,
        measure: _,
        better: _,
        kpi_status: _,
        kpi_columns: _,
        kpi_field: _,
        new_kpi_step: _,
        new_kpi_measure: _,
        add_kpi: _,
        remove_kpi: _,
        kpis_met: _,
        kpi_missed: _,
        kpis_missed: _,
        with_unit: _,
        insights: _,
        insight_kind: _,
        add_insight: _,
        insight_field: _,
        insight_undescribed: _,
        remove_insight: _,
        priority_is: _,
        no_insights_here: _,
        no_insights: _,
        insights_step: _,
        pick_step_to_add: _,
        on_step: _,
        on_touchpoint: _,
        priorities: _,
        priority_quadrant: _,
        priority_hint: _,
        quadrant_empty: _,
        value_and_effort: _,
        show_on_blueprint: _,
        card_insights: _,
        card_insight_mark: _,
    } = s;
    let ChartText {
        title: _,
        stage: _,
        side: _,
        lane: _,
        line: _,
        zone_of_visibility: _,
        map_quadrant: _,
        effort_quadrant: _,
        steps_axis: _,
        cumulative_value_axis: _,
        value_axis: _,
        unit_of_value: _,
        influence_axis: _,
        interest_axis: _,
        emotion_axis: _,
        touchpoints_axis: _,
        importance_axis: _,
        effort_axis: _,
        outcome: _,
        unrealised: _,
        cost: _,
        risk: _,
        net_value: _,
        removes_value: _,
        lowest_point: _,
        emotion_lane: _,
        no_steps: _,
        no_stakeholders: _,
        no_touchpoints: _,
        no_emotions: _,
        no_values: _,
        more: _,
        number: _,
        figure: _,
    } = s.chart;
    let mut out = Texts::default();
    out.text("language_picker", s.language_picker);
    out.add(
        "language_missing".to_owned(),
        &(s.language_missing)("Alpha"),
    );
    out.text("app_name", s.app_name);
    out.each("channel_name", Channel::ALL, s.channel_name);
    out.text("blueprint", s.blueprint);
    out.text("lanes_header", s.lanes_header);
    out.text("new_touchpoint", s.new_touchpoint);
    out.text("add_symbol", s.add_symbol);
    out.add(
        "add_touchpoint_to".to_owned(),
        &(s.add_touchpoint_to)("Alpha", "Beta"),
    );
    out.add("step_name_of".to_owned(), &(s.step_name_of)("Alpha"));
    for a0 in COUNTS {
        for a1 in COUNTS {
            out.add(
                format!("step_summary({a0},{a1})"),
                &(s.step_summary)(a0, a1),
            );
        }
    }
    out.text("touchpoint_editor", s.touchpoint_editor);
    out.text("name", s.name);
    out.text("channel", s.channel);
    out.text("lane", s.lane);
    out.text("delete_touchpoint", s.delete_touchpoint);
    out.text("done", s.done);
    out.text("dismiss", s.dismiss);
    out.text("notices", s.notices);
    out.add(
        "saved_journey_unreadable".to_owned(),
        &(s.saved_journey_unreadable)("Alpha", "Beta"),
    );
    out.add(
        "saved_journey_unreadable_not_kept".to_owned(),
        &(s.saved_journey_unreadable_not_kept)("Alpha"),
    );
    out.text("storage_full", s.storage_full);
    out.text("storage_unavailable", s.storage_unavailable);
    for a0 in &load_errors() {
        out.add(format!("load_error({a0:?})"), &(s.load_error)(a0));
    }
    out.each("field_name", FieldName::ALL, s.field_name);
    for a0 in &problems() {
        out.add(format!("problem({a0:?})"), &(s.problem)(a0));
    }
    out.each("role_name", Role::ALL, s.role_name);
    out.each("side_total", Side::ALL, s.side_total);
    out.each("relationship_name", Relationship::ALL, s.relationship_name);
    out.each("aspect_name", Aspect::ALL, s.aspect_name);
    out.each("element_name", ElementKind::ALL, s.element_name);
    out.each("finding_title", FindingKind::ALL, s.finding_title);
    for a0 in FindingKind::ALL {
        out.add(
            format!("explain_finding({a0:?})"),
            &(s.explain_finding)(a0, "Alpha", "Beta", "Gamma"),
        );
    }
    out.add("show_step".to_owned(), &(s.show_step)("Alpha"));
    out.text("findings", s.findings);
    out.text("no_findings", s.no_findings);
    out.text("value", s.value);
    out.text("value_scope", s.value_scope);
    out.text("whole_journey", s.whole_journey);
    out.list("figure_columns", &s.figure_columns);
    out.text("total", s.total);
    out.add("step_value".to_owned(), &(s.step_value)("Alpha"));
    out.text("stakeholders", s.stakeholders);
    out.text("add_stakeholder", s.add_stakeholder);
    out.text("new_stakeholder", s.new_stakeholder);
    out.add(
        "remove_stakeholder".to_owned(),
        &(s.remove_stakeholder)("Alpha"),
    );
    out.list("stakeholder_columns", &s.stakeholder_columns);
    for a0 in StakeholderField::ALL {
        out.add(
            format!("stakeholder_field({a0:?})"),
            &(s.stakeholder_field)(a0, "Alpha"),
        );
    }
    out.text("settings", s.settings);
    out.each("setting", SettingField::ALL, s.setting);
    out.text("participants", s.participants);
    out.text("initiator", s.initiator);
    out.text("not_recorded", s.not_recorded);
    out.text("element", s.element);
    out.text("importance", s.importance);
    out.text("effort", s.effort);
    out.add(
        "effort_quadrant_is".to_owned(),
        &(s.effort_quadrant_is)("Alpha"),
    );
    out.add(
        "emotion_of".to_owned(),
        &(s.emotion_of)("Alpha", "Beta", "Gamma"),
    );
    out.text("effects", s.effects);
    out.text("add_effect", s.add_effect);
    for a0 in COUNTS {
        out.add(format!("remove_effect({a0})"), &(s.remove_effect)(a0));
    }
    out.text("effect_for", s.effect_for);
    out.text("aspect", s.aspect);
    out.each("amount", Amount::ALL, s.amount);
    out.text("not_a_number", s.not_a_number);
    out.text("whole_number", s.whole_number);
    for a0 in [0.5, -2.25, 12.0] {
        out.add(format!("percent({a0})"), &(s.percent)(a0));
    }
    for a0 in &edit_errors() {
        out.add(format!("edit_refused({a0:?})"), &(s.edit_refused)(a0));
    }
    out.text("journey_gone", s.journey_gone);
    out.text("changed_elsewhere_retry", s.changed_elsewhere_retry);
    for a1 in [2_u32, 3] {
        out.add(format!("copy_name({a1})"), &(s.copy_name)("Alpha", a1));
    }
    for a1 in [2_u32, 3] {
        out.add(
            format!("this_tab_version_name({a1})"),
            &(s.this_tab_version_name)("Alpha", a1),
        );
    }
    out.add(
        "kept_both_versions".to_owned(),
        &(s.kept_both_versions)("Alpha", "Beta"),
    );
    out.text("deleted_in_other_tab", s.deleted_in_other_tab);
    out.text("updated_from_other_tab", s.updated_from_other_tab);
    out.add(
        "other_tab_unreadable".to_owned(),
        &(s.other_tab_unreadable)("Alpha"),
    );
    out.text("untitled_journey", s.untitled_journey);
    out.text("journey_name", s.journey_name);
    out.text("library", s.library);
    out.text("journey_actions", s.journey_actions);
    out.text("start_from_template", s.start_from_template);
    out.each("template", Template::ALL, s.template);
    out.add("last_changed".to_owned(), &(s.last_changed)("Alpha"));
    out.text("never_changed", s.never_changed);
    for a0 in LibraryAction::ALL {
        out.add(
            format!("library_action({a0:?})"),
            &(s.library_action)(a0, "Alpha"),
        );
    }
    out.each(
        "library_action_label",
        LibraryAction::ALL,
        s.library_action_label,
    );
    out.add("new_name_of".to_owned(), &(s.new_name_of)("Alpha"));
    out.text("save_name", s.save_name);
    out.text("cancel", s.cancel);
    out.add("confirm_delete".to_owned(), &(s.confirm_delete)("Alpha"));
    out.text("delete_for_good", s.delete_for_good);
    out.text("recovered_heading", s.recovered_heading);
    for a1 in COUNTS {
        out.add(
            format!("recovered_item({a1})"),
            &(s.recovered_item)("Alpha", a1),
        );
    }
    out.text("download", s.download);
    out.text("discard", s.discard);
    out.text("copy_link", s.copy_link);
    out.text("link_copied", s.link_copied);
    out.text("link_to_copy", s.link_to_copy);
    out.text("link_too_large", s.link_too_large);
    out.text("shared_banner", s.shared_banner);
    out.text("save_copy", s.save_copy);
    out.add("saved_copy".to_owned(), &(s.saved_copy)("Alpha"));
    out.text("export_journey", s.export_journey);
    out.text("export_touchpoints", s.export_touchpoints);
    out.text("export_mermaid", s.export_mermaid);
    out.text("export_cjml", s.export_cjml);
    out.add(
        "exported_leaving_out",
        &(s.exported_leaving_out)("Alpha", "Beta"),
    );
    out.add(
        "imported_leaving_out",
        &(s.imported_leaving_out)("Alpha", "Beta"),
    );
    for (i, error) in import_errors().iter().enumerate() {
        out.add(format!("import_error({i})"), &(s.import_error)(error));
    }
    for (i, ignored) in ignored().iter().enumerate() {
        out.add(format!("ignored({i})"), &(s.ignored)(ignored));
    }
    for feature in FEATURES {
        for n in COUNTS {
            out.add(format!("lost({feature:?},{n})"), &(s.lost)(feature, n));
        }
    }
    out.text("paste_diagram", s.paste_diagram);
    out.text("import_diagram", s.import_diagram);
    out.text("pasted_diagram", s.pasted_diagram);
    out.text("import_journey", s.import_journey);
    out.add("imported".to_owned(), &(s.imported)("Alpha"));
    out.add(
        "import_failed".to_owned(),
        &(s.import_failed)("Alpha", "Beta"),
    );
    out.text("file_too_large", s.file_too_large);
    out.text("file_unreadable", s.file_unreadable);
    for a0 in &link_errors() {
        out.add(format!("link_error({a0:?})"), &(s.link_error)(a0));
    }
    out.text("close", s.close);
    out.text("shortcuts_button", s.shortcuts_button);
    out.text("shortcuts_title", s.shortcuts_title);
    for a0 in HelpLine::ALL {
        let (keys, meaning) = (s.shortcut_line)(a0);
        out.add(format!("shortcut_line({a0:?})"), keys);
        out.add(format!("shortcut_line({a0:?}) meaning"), meaning);
    }
    out.text("undo", s.undo);
    out.text("undo_hint", s.undo_hint);
    out.text("redo", s.redo);
    out.text("redo_hint", s.redo_hint);
    out.text("new_version_ready", s.new_version_ready);
    out.text("reload_new_version", s.reload_new_version);
    out.text("charts", s.charts);
    out.text("download_svg", s.download_svg);
    out.add("download_chart".to_owned(), &(s.download_chart)("Alpha"));
    out.text("download_blueprint", s.download_blueprint);
    out.text("map_step", s.map_step);
    out.text("download_failed", s.download_failed);
    out.add("figures_in".to_owned(), &(s.figures_in)("Alpha"));
    out.text("move_hint", s.move_hint);
    out.text("new_step", s.new_step);
    out.text("step_options", s.step_options);
    out.add("step_options_of".to_owned(), &(s.step_options_of)("Alpha"));
    out.text("step_stage", s.step_stage);
    out.text("move_left", s.move_left);
    out.text("move_right", s.move_right);
    out.add("move_step_left".to_owned(), &(s.move_step_left)("Alpha"));
    out.add("move_step_right".to_owned(), &(s.move_step_right)("Alpha"));
    out.text("add_before", s.add_before);
    out.text("add_after", s.add_after);
    out.add("add_step_before".to_owned(), &(s.add_step_before)("Alpha"));
    out.add("add_step_after".to_owned(), &(s.add_step_after)("Alpha"));
    out.text("remove_step", s.remove_step);
    out.add(
        "remove_step_named".to_owned(),
        &(s.remove_step_named)("Alpha"),
    );
    for a1 in COUNTS {
        out.add(
            format!("step_removed({a1})"),
            &(s.step_removed)("Alpha", a1),
        );
    }
    out.text("add_loop", s.add_loop);
    out.add("add_loop_from".to_owned(), &(s.add_loop_from)("Alpha"));
    out.text("loop_back_to", s.loop_back_to);
    out.text("loop_reason", s.loop_reason);
    out.text("remove_loop", s.remove_loop);
    out.text("loops_header", s.loops_header);
    out.add("loop_chip".to_owned(), &(s.loop_chip)("Alpha", "Beta"));
    out.add(
        "loop_description".to_owned(),
        &(s.loop_description)("Alpha", "Beta", "Gamma"),
    );
    out.text("drag_step", s.drag_step);
    out.text("personas", s.personas);
    out.text("personas_intro", s.personas_intro);
    out.text("no_personas", s.no_personas);
    out.text("personas_need_stakeholder", s.personas_need_stakeholder);
    out.text("persona_for", s.persona_for);
    out.text("add_persona", s.add_persona);
    out.text("new_persona", s.new_persona);
    out.text("unnamed_persona", s.unnamed_persona);
    out.each("persona_field", PersonaField::ALL, s.persona_field);
    out.add("persona_of".to_owned(), &(s.persona_of)("Alpha"));
    out.text("remove", s.remove);
    out.add("remove_persona".to_owned(), &(s.remove_persona)("Alpha"));
    out.text("personas_on_journey", s.personas_on_journey);
    out.text("persona_strip_empty", s.persona_strip_empty);
    out.text("edit_persona_hint", s.edit_persona_hint);
    out.add(
        "persona_stakeholder".to_owned(),
        &(s.persona_stakeholder)("Alpha", "Beta"),
    );
    out.text("marks", s.marks);
    out.text("fail_point", s.fail_point);
    out.text("fail_point_hint", s.fail_point_hint);
    out.text("fail_point_symbol", s.fail_point_symbol);
    out.text("moment_of_truth", s.moment_of_truth);
    out.text("moment_of_truth_hint", s.moment_of_truth_hint);
    out.text("moment_of_truth_symbol", s.moment_of_truth_symbol);
    out.text("leads_to_journey", s.leads_to_journey);
    out.text("no_linked_journey", s.no_linked_journey);
    out.text("journey_not_in_library", s.journey_not_in_library);
    out.text("open_linked", s.open_linked);
    out.add(
        "open_linked_journey".to_owned(),
        &(s.open_linked_journey)("Alpha"),
    );
    out.add("leads_to".to_owned(), &(s.leads_to)("Alpha"));
    out.text("link_symbol", s.link_symbol);
    out.text("kpis", s.kpis);
    out.text("no_kpis", s.no_kpis);
    out.each("measure", Measure::ALL, s.measure);
    out.each("better", Better::ALL, s.better);
    for status in [KpiStatus::Unknown, KpiStatus::Met, KpiStatus::Missed] {
        out.add(format!("kpi_status({status:?})"), (s.kpi_status)(status));
    }
    out.list("kpi_columns", &s.kpi_columns);
    for a0 in KpiField::ALL {
        out.add(
            format!("kpi_field({a0:?})"),
            &(s.kpi_field)(a0, "Alpha", "Beta"),
        );
    }
    out.text("new_kpi_step", s.new_kpi_step);
    out.text("new_kpi_measure", s.new_kpi_measure);
    out.text("add_kpi", s.add_kpi);
    out.add("remove_kpi".to_owned(), &(s.remove_kpi)("Alpha", "Beta"));
    for a0 in COUNTS {
        for a1 in COUNTS {
            out.add(format!("kpis_met({a0},{a1})"), &(s.kpis_met)(a0, a1));
        }
    }
    out.add(
        "kpi_missed".to_owned(),
        &(s.kpi_missed)("Alpha", "Beta", "Gamma"),
    );
    out.add("kpis_missed".to_owned(), &(s.kpis_missed)("Alpha"));
    out.add("with_unit".to_owned(), &(s.with_unit)("Alpha", "Beta"));
    out.text("insights", s.insights);
    out.each("insight_kind", InsightKind::ALL, s.insight_kind);
    out.each("add_insight", InsightKind::ALL, s.add_insight);
    out.each("insight_field", InsightField::ALL, s.insight_field);
    out.text("insight_undescribed", s.insight_undescribed);
    out.add(
        "remove_insight".to_owned(),
        &(s.remove_insight)("Alpha", "Beta"),
    );
    out.add("priority_is".to_owned(), &(s.priority_is)("Alpha"));
    out.text("no_insights_here", s.no_insights_here);
    out.text("no_insights", s.no_insights);
    out.text("insights_step", s.insights_step);
    out.text("pick_step_to_add", s.pick_step_to_add);
    out.add("on_step".to_owned(), &(s.on_step)("Alpha"));
    out.add(
        "on_touchpoint".to_owned(),
        &(s.on_touchpoint)("Alpha", "Beta"),
    );
    out.text("priorities", s.priorities);
    out.each(
        "priority_quadrant",
        PriorityQuadrant::ALL,
        s.priority_quadrant,
    );
    out.each("priority_hint", PriorityQuadrant::ALL, s.priority_hint);
    out.text("quadrant_empty", s.quadrant_empty);
    out.add(
        "value_and_effort".to_owned(),
        &(s.value_and_effort)("Alpha", 3),
    );
    out.text("show_on_blueprint", s.show_on_blueprint);
    for a0 in COUNTS {
        for a1 in COUNTS {
            out.add(
                format!("card_insights({a0},{a1})"),
                &(s.card_insights)(a0, a1),
            );
        }
    }
    out.each("card_insight_mark", InsightKind::ALL, s.card_insight_mark);
    out.each("chart.title", ChartKind::ALL, s.chart.title);
    out.each("chart.stage", Stage::ALL, s.chart.stage);
    out.each("chart.side", Side::ALL, s.chart.side);
    out.each("chart.lane", Lane::ALL, s.chart.lane);
    out.each("chart.line", Line::ALL, s.chart.line);
    out.text("chart.zone_of_visibility", s.chart.zone_of_visibility);
    out.each("chart.map_quadrant", MapQuadrant::ALL, s.chart.map_quadrant);
    out.each(
        "chart.effort_quadrant",
        EffortQuadrant::ALL,
        s.chart.effort_quadrant,
    );
    out.text("chart.steps_axis", s.chart.steps_axis);
    out.add(
        "chart.cumulative_value_axis".to_owned(),
        &(s.chart.cumulative_value_axis)("Alpha"),
    );
    out.add(
        "chart.value_axis".to_owned(),
        &(s.chart.value_axis)("Alpha"),
    );
    out.text("chart.unit_of_value", s.chart.unit_of_value);
    out.text("chart.influence_axis", s.chart.influence_axis);
    out.text("chart.interest_axis", s.chart.interest_axis);
    out.add(
        "chart.emotion_axis".to_owned(),
        &(s.chart.emotion_axis)("Alpha", "Beta"),
    );
    out.text("chart.touchpoints_axis", s.chart.touchpoints_axis);
    out.text("chart.importance_axis", s.chart.importance_axis);
    out.text("chart.effort_axis", s.chart.effort_axis);
    out.text("chart.outcome", s.chart.outcome);
    out.text("chart.unrealised", s.chart.unrealised);
    out.text("chart.cost", s.chart.cost);
    out.text("chart.risk", s.chart.risk);
    out.text("chart.net_value", s.chart.net_value);
    out.text("chart.removes_value", s.chart.removes_value);
    out.text("chart.lowest_point", s.chart.lowest_point);
    out.text("chart.emotion_lane", s.chart.emotion_lane);
    out.text("chart.no_steps", s.chart.no_steps);
    out.text("chart.no_stakeholders", s.chart.no_stakeholders);
    out.text("chart.no_touchpoints", s.chart.no_touchpoints);
    out.text("chart.no_emotions", s.chart.no_emotions);
    out.text("chart.no_values", s.chart.no_values);
    for a0 in COUNTS {
        out.add(format!("chart.more({a0})"), &(s.chart.more)(a0));
    }
    for a0 in [0.5, -2.25, 12.0] {
        out.add(format!("chart.number({a0})"), &(s.chart.number)(a0));
    }
    out.add(
        "chart.figure".to_owned(),
        &(s.chart.figure)("Alpha", "Beta"),
    );
    let p = s.picture;
    for (name, text) in [
        ("picture.picture", p.picture),
        ("picture.background", p.background),
        ("picture.light", p.light),
        ("picture.dark", p.dark),
        ("picture.download_png", p.download_png),
        ("picture.copy_png", p.copy_png),
        ("picture.copied", p.copied),
        ("picture.copy_refused", p.copy_refused),
        ("picture.failed", p.failed),
        ("picture.not_png", p.not_png),
        ("picture.damaged", p.damaged),
        ("picture.no_journey", p.no_journey),
        ("picture.too_large", p.too_large),
    ] {
        out.text(name, text);
    }
    out.add("picture.clamped", &(p.clamped)("62"));
    let t = s.present;
    for (name, text) in [
        ("present.print", t.print),
        ("present.present", t.present),
        ("present.presentation", t.presentation),
        ("present.previous", t.previous),
        ("present.next", t.next),
        ("present.leave", t.leave),
        ("present.touchpoints", t.touchpoints),
        ("present.experience_so_far", t.experience_so_far),
        ("present.summary", t.summary),
        ("present.no_touchpoints", t.no_touchpoints),
        ("present.value_pages", t.value_pages),
    ] {
        out.text(name, text);
    }
    for n in [1, 3, 5] {
        out.add(format!("present.step_of({n})"), &(t.step_of)(n, 7));
    }
    out.text("workspace.views", s.workspace.views);
    out.text("workspace.menu", s.workspace.menu);
    out.text("workspace.zoom", s.workspace.zoom);
    out.text("workspace.zoom_out", s.workspace.zoom_out);
    out.text("workspace.zoom_in", s.workspace.zoom_in);
    out.add("workspace.zoom_reset", &(s.workspace.zoom_reset)("50"));
    out.text("workspace.loading", s.workspace.loading);
    out.text("workspace.missing", s.workspace.missing);
    let e = s.experience;
    out.text("experience.lines", e.lines);
    out.add("experience.who", &(e.who)("Alpha", "Beta"));
    out.add("experience.who alone", &(e.who)("Alpha", ""));
    out.add("experience.point", &(e.point)("Alpha", "Beta", "1.5"));
    out.add("experience.lowest", &(e.lowest)("Alpha", "Beta", "1.5"));
    for trend in [Trend::Rising, Trend::Falling, Trend::Level] {
        out.add(
            format!("experience.trend({trend:?})"),
            &(e.trend)("Alpha", trend, "1", "2"),
        );
    }
    let v = s.versions;
    for (name, text) in [
        ("versions.heading", v.heading),
        ("versions.hint", v.hint),
        ("versions.name_label", v.name_label),
        ("versions.name_placeholder", v.name_placeholder),
        ("versions.save", v.save),
        ("versions.none", v.none),
        ("versions.automatic", v.automatic),
        ("versions.gone", v.gone),
        ("versions.not_a_version", v.not_a_version),
        ("versions.download_text", v.download_text),
        ("versions.no_room", v.no_room),
        ("versions.delete_and_retry", v.delete_and_retry),
        ("versions.restore_refused", v.restore_refused),
        ("versions.shared", v.shared),
        ("versions.start_to_be", v.start_to_be),
        ("versions.to_be_hint", v.to_be_hint),
        ("versions.to_be_name_label", v.to_be_name_label),
    ] {
        out.text(name, text);
    }
    out.add("versions.saved", &(v.saved)("Alpha"));
    for a0 in COUNTS.into_iter().filter(|&n| n > 0) {
        out.add(format!("versions.made_room({a0})"), &(v.made_room)(a0));
    }
    out.each("versions.kind", VERSION_KINDS, v.kind);
    out.add("versions.saved_on", &(v.saved_on)("Alpha"));
    out.each("versions.action", VersionAction::ALL, v.action);
    for action in VersionAction::ALL {
        out.add(
            format!("versions.action_label({action:?})"),
            &(v.action_label)(action, "Alpha"),
        );
    }
    out.add("versions.confirm_delete", &(v.confirm_delete)("Alpha"));
    out.add("versions.restored", &(v.restored)("Alpha"));
    out.add("versions.unreadable", &(v.unreadable)("Alpha"));
    out.add("versions.newer_record", &(v.newer_record)(2));
    out.add(
        "versions.no_room_named",
        &(v.no_room_named)("Alpha", "Beta"),
    );
    out.add("versions.to_be_name", &(v.to_be_name)("Alpha"));
    out.add(
        "versions.to_be_started",
        &(v.to_be_started)("Alpha", "Beta"),
    );
    let c = s.compare;
    for (name, text) in [
        ("compare.heading", c.heading),
        ("compare.hint", c.hint),
        ("compare.as_is", c.as_is),
        ("compare.to_be", c.to_be),
        ("compare.by_id", c.by_id),
        ("compare.by_name", c.by_name),
        ("compare.no_unit", c.no_unit),
        ("compare.caption", c.caption),
        ("compare.stakeholder", c.stakeholder),
        ("compare.by_stakeholder", c.by_stakeholder),
        ("compare.changes", c.changes),
        ("compare.unchanged", c.unchanged),
        ("compare.appeared", c.appeared),
        ("compare.resolved", c.resolved),
        ("compare.none", c.none),
    ] {
        out.text(name, text);
    }
    out.list("compare.columns", &c.columns);
    out.add("compare.now", &(c.now)("Alpha"));
    out.add("compare.version", &(c.version)("Alpha", "Beta"));
    out.add("compare.units_differ", &(c.units_differ)("Alpha", "Beta"));
    out.add("compare.only_to_be", &(c.only_to_be)("Alpha"));
    out.add("compare.only_as_is", &(c.only_as_is)("Alpha"));
    for shift in [Shift::Gain, Shift::Loss, Shift::Even] {
        out.add(
            format!("compare.value_shift({shift:?})"),
            &(c.value_shift)(shift, "3 Beta"),
        );
        out.add(
            format!("compare.leakage_shift({shift:?})"),
            &(c.leakage_shift)(shift, "3 Beta"),
        );
    }
    for kind in ChangeKind::ALL {
        out.add(
            format!("compare.change({kind:?})"),
            &(c.change)(kind, "Alpha"),
        );
    }
    out.add("compare.quoted", &(c.quoted)("Alpha"));
    out.add("compare.renamed", &(c.renamed)("Alpha", "Beta"));
    out.add("compare.cannot_open", &(c.cannot_open)("Alpha"));
    for view in WorkspaceView::ALL {
        out.add(format!("workspace.name({view:?})"), s.workspace.name(view));
    }
    out
}
