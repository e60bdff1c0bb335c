//! Every text the user sees, in one place, so that Sightline can be translated.
//!
//! Components never hold literal UI text: they read [`strings()`]. A translation is one more
//! [`Strings`] value; texts that embed figures or names are functions so that each language
//! can order its words freely. The English words the command line says too (stage names,
//! findings, numbers, why a file does not open) come from `sightline-english`, so that both
//! say them alike.

use crate::shortcuts::HelpLine;
use sightline_charts::ChartText;
use sightline_document::{LinkError, LoadError};
use sightline_engine::{
    Aspect, Channel, EditError, EffortQuadrant, ElementKind, FindingKind, Lane, Line, MapQuadrant,
    Place, Problem, Relationship, Role, Side, Stage, Step, MAX_LABEL_CHARS, MAX_VALUE_UNIT_CHARS,
};
use sightline_persistence::{LoadFailure, RenameFailure, SaveProblem, StorageError, Unreadable};

/// The user interface texts of one language.
pub struct Strings {
    /// The product name, used as the page title.
    pub app_name: &'static str,
    /// Names of the ITIL 4 stages, in [`Stage::ALL`] order.
    pub stages: [&'static str; 7],
    /// Names of the blueprint lanes, in [`Lane::ALL`] order.
    pub lanes: [&'static str; 5],
    /// Names of the blueprint lines, in [`Line::ALL`] order.
    pub lines: [&'static str; 4],
    /// Names of the channels, in [`Channel::ALL`] order.
    pub channels: [&'static str; 7],
    /// Label of the shaded band where both parties see what happens.
    pub zone_of_visibility: &'static str,
    /// Accessible name of the blueprint table.
    pub blueprint: &'static str,
    /// Header of the lane column.
    pub lanes_header: &'static str,
    /// Name given to a touchpoint when it is created.
    pub new_touchpoint: &'static str,
    /// Visible text of the button that adds a touchpoint to a cell.
    pub add_symbol: &'static str,
    /// Accessible name of the button that adds a touchpoint to one cell.
    pub add_touchpoint_to: fn(step: &str, lane: &str) -> String,
    /// Accessible name of a step's name field.
    pub step_name_of: fn(stage: &str) -> String,
    /// One-line figures shown under a step's name.
    pub step_summary: fn(touchpoints: usize, in_zone: usize) -> String,
    /// Heading of the touchpoint editor.
    pub touchpoint_editor: &'static str,
    /// Label of the touchpoint's name field.
    pub name: &'static str,
    /// Label of the touchpoint's channel picker.
    pub channel: &'static str,
    /// Label of the touchpoint's lane picker.
    pub lane: &'static str,
    /// Button that deletes the selected touchpoint.
    pub delete_touchpoint: &'static str,
    /// Button that closes the touchpoint editor.
    pub done: &'static str,
    /// Button that dismisses a notice.
    pub dismiss: &'static str,
    /// Accessible name of the notices region.
    pub notices: &'static str,
    /// Told when the saved journey could not be read and was set aside.
    pub saved_journey_unreadable: fn(reason: &str, kept_under: &str) -> String,
    /// Told when the saved journey could not be read nor set aside; autosave stops to keep it.
    pub saved_journey_unreadable_not_kept: fn(reason: &str) -> String,
    /// Told when the browser's storage is full.
    pub storage_full: &'static str,
    /// Told when the browser refuses storage altogether.
    pub storage_unavailable: &'static str,
    /// Told when storage refused a write: [`storage_full`](Self::storage_full) or
    /// [`storage_unavailable`](Self::storage_unavailable).
    pub storage_error: fn(StorageError) -> &'static str,
    /// Told when a stored journey could not be opened.
    pub load_failure: fn(&LoadFailure) -> String,
    /// Told when a journey that is not open could not be renamed.
    pub rename_failure: fn(&RenameFailure) -> String,
    /// Why a document could not be read, in plain words.
    pub load_error: fn(&LoadError) -> String,
    /// What is wrong with one part of a journey, naming the field.
    pub problem: fn(&Problem) -> String,
    /// Names of stakeholder roles, in [`Role::ALL`] order.
    pub roles: [&'static str; 11],
    /// Names of the sides, in [`Side::ALL`] order.
    pub sides: [&'static str; 3],
    /// Row labels of the side totals, in [`Side::ALL`] order.
    pub side_totals: [&'static str; 3],
    /// Names of relationship types, in [`Relationship::ALL`] order.
    pub relationships: [&'static str; 3],
    /// Names of the aspects of value, in [`Aspect::ALL`] order.
    pub aspects: [&'static str; 3],
    /// Names of the element kinds, in [`ElementKind::ALL`] order.
    pub elements: [&'static str; 2],
    /// Names of the stakeholder-map quadrants, in [`MapQuadrant::ALL`] order.
    pub map_quadrants: [&'static str; 4],
    /// Names of the importance/effort quadrants, in [`EffortQuadrant::ALL`] order.
    pub effort_quadrants: [&'static str; 4],
    /// Short titles of the findings, in [`FindingKind::ALL`] order.
    pub finding_titles: [&'static str; 6],
    /// A finding in plain words: its kind, the step's name, whom it concerns (a stakeholder
    /// or a side, may be empty) and its amount, already formatted.
    pub explain_finding: fn(kind: FindingKind, step: &str, who: &str, amount: &str) -> String,
    /// Accessible name of the button that takes the user to a finding's step.
    pub show_step: fn(step: &str) -> String,
    /// Heading of the findings list.
    pub findings: &'static str,
    /// Shown when the engine finds nothing.
    pub no_findings: &'static str,
    /// Heading of the value panel.
    pub value: &'static str,
    /// Label of the value panel's scope picker.
    pub value_scope: &'static str,
    /// The value panel's scope covering every step.
    pub whole_journey: &'static str,
    /// Column headers of the value table: stakeholder, O, P, C, R, V, L.
    pub figure_columns: [&'static str; 7],
    /// Label of the total row.
    pub total: &'static str,
    /// Step value under a step's name.
    pub step_value: fn(value: &str) -> String,
    /// Heading of the stakeholders panel.
    pub stakeholders: &'static str,
    /// Button that adds a stakeholder.
    pub add_stakeholder: &'static str,
    /// Name given to a new stakeholder.
    pub new_stakeholder: &'static str,
    /// Accessible name of the button that removes a stakeholder.
    pub remove_stakeholder: fn(name: &str) -> String,
    /// Column headers of the stakeholders table.
    pub stakeholder_columns: [&'static str; 9],
    /// Accessible names of a stakeholder's fields, given its name: name, role, side,
    /// influence, interest, weight of outcomes, of costs, of risks.
    pub stakeholder_field: fn(field: usize, name: &str) -> String,
    /// Heading of the settings panel.
    pub settings: &'static str,
    /// Labels of the settings: relationship, rates (money, time, resources), emotion scale
    /// (min, max), thresholds (unrealised, one-sided, narrow zone).
    pub settings_fields: [&'static str; 9],
    /// Label of the participants checkboxes.
    pub participants: &'static str,
    /// Label of the initiator picker.
    pub initiator: &'static str,
    /// The initiator picker's empty choice.
    pub not_recorded: &'static str,
    /// Label of the element picker.
    pub element: &'static str,
    /// Label of the importance field.
    pub importance: &'static str,
    /// Label of the effort field.
    pub effort: &'static str,
    /// Where the touchpoint sits on the importance/effort grid.
    pub effort_quadrant_is: fn(quadrant: &str) -> String,
    /// Label of a participant's emotion field.
    pub emotion_of: fn(name: &str, min: &str, max: &str) -> String,
    /// Heading of the value effects list.
    pub effects: &'static str,
    /// Button that adds a value effect.
    pub add_effect: &'static str,
    /// Accessible name of the button that removes effect number `n` (from 1).
    pub remove_effect: fn(n: usize) -> String,
    /// Label of an effect's stakeholder picker.
    pub effect_for: &'static str,
    /// Label of an effect's aspect picker.
    pub aspect: &'static str,
    /// Labels of the amounts: potential, realised, money, time, resources, probability, impact.
    pub amounts: [&'static str; 7],
    /// Shown when a number field holds something that is not a number.
    pub not_a_number: &'static str,
    /// Shown when a score field holds a fraction or a negative number.
    pub whole_number: &'static str,
    /// A share from 0 to 1 as shown to the user.
    pub percent: fn(f64) -> String,
    /// Why an edit was refused: what happened, in words of its own for every refusal.
    pub edit_refused: fn(&EditError) -> String,
    /// A number as shown to the user.
    pub number: fn(f64) -> String,
    // Library, share links and files.
    /// Told when a journey asked for is no longer stored (deleted in another tab, say).
    pub journey_gone: &'static str,
    /// Told when a library change met a change made in another tab at the same moment.
    pub changed_elsewhere_retry: &'static str,
    /// The name of the `n`th copy of a journey (`n` from 2: the first copy).
    pub copy_name: fn(name: &str, n: u32) -> String,
    /// The name under which this tab's version is kept when two tabs changed one journey.
    pub this_tab_version_name: fn(name: &str, n: u32) -> String,
    /// Told when two tabs changed one journey and both versions were kept.
    pub kept_both_versions: fn(ours: &str, theirs: &str) -> String,
    /// Told when the open journey was deleted in another tab.
    pub deleted_in_other_tab: &'static str,
    /// Told when the open journey was replaced by the version another tab saved.
    pub updated_from_other_tab: &'static str,
    /// Told when another tab saved the open journey in a form this tab cannot read.
    pub other_tab_unreadable: fn(reason: &str) -> String,
    /// Shown for a journey whose name is empty.
    pub untitled_journey: &'static str,
    /// Label of the open journey's name field.
    pub journey_name: &'static str,
    /// Button that shows the library; heading of the library.
    pub library: &'static str,
    /// Accessible name of the toolbar of the open journey.
    pub journey_actions: &'static str,
    /// Accessible name of the group of buttons that start a journey from a template.
    pub start_from_template: &'static str,
    /// Buttons that start a journey from each template, in
    /// [`Template::ALL`](sightline_engine::Template::ALL) order.
    pub templates: [&'static str; 4],
    /// When a journey last changed, given the formatted date and time.
    pub last_changed: fn(when: &str) -> String,
    /// Shown for a journey whose time of change is not known.
    pub never_changed: &'static str,
    /// Accessible names of a library row's buttons, given the journey's name: open, rename,
    /// duplicate, delete.
    pub library_action: fn(action: usize, name: &str) -> String,
    /// Visible texts of a library row's buttons: open, rename, duplicate, delete.
    pub library_actions: [&'static str; 4],
    /// Label of the field that renames a journey in the library.
    pub new_name_of: fn(name: &str) -> String,
    /// Confirms a rename.
    pub save_name: &'static str,
    /// Cancels a rename or a deletion.
    pub cancel: &'static str,
    /// Asks before a journey is deleted for good.
    pub confirm_delete: fn(name: &str) -> String,
    /// Confirms a deletion.
    pub delete_for_good: &'static str,
    /// Heading of the texts set aside because they could not be read.
    pub recovered_heading: &'static str,
    /// Describes one set-aside text: its storage key and size.
    pub recovered_item: fn(key: &str, characters: usize) -> String,
    /// Button that downloads a set-aside text.
    pub download: &'static str,
    /// Button that removes a set-aside text from storage for good.
    pub discard: &'static str,
    /// Button that copies a share link of the open journey.
    pub copy_link: &'static str,
    /// Told when the link was put on the clipboard.
    pub link_copied: &'static str,
    /// Label of the field showing the share link, when the clipboard could not be used.
    pub link_to_copy: &'static str,
    /// Told when a journey is too large to travel in a link.
    pub link_too_large: &'static str,
    /// Banner over a journey opened from a link.
    pub shared_banner: &'static str,
    /// Button that stores the journey of a link as a new library journey.
    pub save_copy: &'static str,
    /// Told once a shared journey was saved to the library.
    pub saved_copy: fn(name: &str) -> String,
    /// Button that downloads the open journey as a `.sightline.json` file.
    pub export_journey: &'static str,
    /// Button that downloads the touchpoints as CSV.
    pub export_touchpoints: &'static str,
    /// Button that downloads the open journey as a mermaid `journey` diagram.
    pub export_mermaid: &'static str,
    /// Button that downloads the open journey as CJML.
    pub export_cjml: &'static str,
    /// Told after an export to a format that cannot hold everything: the file and what it
    /// leaves out.
    pub exported_leaving_out: fn(file: &str, lost: &str) -> String,
    /// Label of the file picker that imports a journey file.
    pub import_journey: &'static str,
    /// Told when a file was imported.
    pub imported: fn(name: &str) -> String,
    /// Told when a file was imported but held things a journey does not take.
    pub imported_leaving_out: fn(name: &str, left_out: &str) -> String,
    /// Why a touchpoints CSV, mermaid diagram or CJML file could not be read, and where.
    pub import_error: fn(&sightline_document::ImportError) -> String,
    /// Something an imported file held that a journey does not take, and where.
    pub ignored: fn(&sightline_document::Ignored) -> String,
    /// What an exported format could not hold, with how many.
    pub lost: fn(sightline_document::Feature, usize) -> String,
    /// Label of the box to paste a mermaid `journey` diagram into.
    pub paste_diagram: &'static str,
    /// Button that imports the pasted diagram.
    pub import_diagram: &'static str,
    /// How a pasted diagram is named in messages.
    pub pasted_diagram: &'static str,
    /// Told when a file could not be imported, with the file's name and why.
    pub import_failed: fn(file: &str, reason: &str) -> String,
    /// Why a file is refused before it is read: too large.
    pub file_too_large: &'static str,
    /// Why a file could not be read at all.
    pub file_unreadable: &'static str,
    /// Told when a link's journey cannot be shown, in plain words.
    pub link_error: fn(&LinkError) -> String,
    /// Button that hides the share link field.
    pub close: &'static str,
    /// Button that shows the keyboard shortcuts.
    pub shortcuts_button: &'static str,
    /// Heading of the list of keyboard shortcuts.
    pub shortcuts_title: &'static str,
    /// A line of the list of keyboard shortcuts: its keys, and what they do.
    pub shortcut_line: fn(HelpLine) -> (&'static str, &'static str),
    /// Button that takes back the last change.
    pub undo: &'static str,
    /// Tooltip of the undo button: what it does and its shortcut.
    pub undo_hint: &'static str,
    /// Button that does again the last change taken back.
    pub redo: &'static str,
    /// Tooltip of the redo button: what it does and its shortcuts.
    pub redo_hint: &'static str,
    // Offline and updates.
    /// Shown when a new version of the app has been downloaded and waits for a reload.
    pub new_version_ready: &'static str,
    /// Button that reloads the page into the new version.
    pub reload_new_version: &'static str,
    // Charts.
    /// Heading of the charts panel.
    pub charts: &'static str,
    /// Titles of the charts, in [`ChartKind::ALL`](sightline_charts::ChartKind::ALL) order.
    pub chart_titles: [&'static str; 7],
    /// Axis title: the steps.
    pub steps_axis: &'static str,
    /// Axis title: cumulative value, given the journey's unit of value (may be empty).
    pub cumulative_value_axis: fn(unit: &str) -> String,
    /// Axis title: value, given the journey's unit of value (may be empty).
    pub value_axis: fn(unit: &str) -> String,
    /// Axis title: influence.
    pub influence_axis: &'static str,
    /// Axis title: interest.
    pub interest_axis: &'static str,
    /// Axis title: emotion, on the journey's scale.
    pub emotion_axis: fn(min: &str, max: &str) -> String,
    /// Axis title: touchpoints in journey order.
    pub touchpoints_axis: &'static str,
    /// Axis title: customer importance.
    pub importance_axis: &'static str,
    /// Axis title: provider effort.
    pub effort_axis: &'static str,
    /// Chart legend: realised outcomes.
    pub chart_outcome: &'static str,
    /// Chart legend: unrealised potential.
    pub chart_unrealised: &'static str,
    /// Chart legend: costs.
    pub chart_cost: &'static str,
    /// Chart legend: risk exposure.
    pub chart_risk: &'static str,
    /// Chart legend: net value.
    pub chart_net_value: &'static str,
    /// Chart legend: a step that removes value.
    pub chart_removes_value: &'static str,
    /// Chart legend: the lowest emotion.
    pub chart_lowest_point: &'static str,
    /// Chart message: no steps.
    pub chart_no_steps: &'static str,
    /// Chart message: no stakeholders.
    pub chart_no_stakeholders: &'static str,
    /// Chart message: no touchpoints.
    pub chart_no_touchpoints: &'static str,
    /// Chart message: no emotions.
    pub chart_no_emotions: &'static str,
    /// Chart message: no value effects.
    pub chart_no_values: &'static str,
    /// Legend line for entries that did not fit.
    pub chart_more: fn(hidden: usize) -> String,
    /// One key figure of a chart's text alternative.
    pub chart_figure: fn(label: &str, value: &str) -> String,
    /// Visible text of a chart's download button.
    pub download_svg: &'static str,
    /// Accessible name of a chart's download button.
    pub download_chart: fn(title: &str) -> String,
    /// Button that downloads the blueprint as SVG.
    pub download_blueprint: &'static str,
    /// Label of the stakeholder map's step picker.
    pub map_step: &'static str,
    /// Told when the browser refused to save a file.
    pub download_failed: &'static str,
    // Unit of value.
    /// Label of the settings field for the unit of value; names it in chart summaries too.
    pub unit_of_value: &'static str,
    /// Caption of the value table when the journey has a unit of value.
    pub figures_in: fn(unit: &str) -> String,
    // Moving touchpoints.
    /// Tooltip and description of a touchpoint card: how to move it to another cell.
    pub move_hint: &'static str,
    // Steps and loops.
    /// Name a step added beside another starts with.
    pub new_step: &'static str,
    /// Visible text of a step's options disclosure.
    pub step_options: &'static str,
    /// Accessible name of a step's options disclosure.
    pub step_options_of: fn(step: &str) -> String,
    /// Label of a step's ITIL stage choice.
    pub step_stage: &'static str,
    /// Visible text of the buttons moving a step left and right.
    pub move_left: &'static str,
    /// See `move_left`.
    pub move_right: &'static str,
    /// Accessible names of the buttons moving a step.
    pub move_step_left: fn(step: &str) -> String,
    /// See `move_step_left`.
    pub move_step_right: fn(step: &str) -> String,
    /// Visible text of the buttons adding a step before and after.
    pub add_before: &'static str,
    /// See `add_before`.
    pub add_after: &'static str,
    /// Accessible names of the buttons adding a step.
    pub add_step_before: fn(step: &str) -> String,
    /// See `add_step_before`.
    pub add_step_after: fn(step: &str) -> String,
    /// Visible text and accessible name of the button removing a step.
    pub remove_step: &'static str,
    /// See `remove_step`.
    pub remove_step_named: fn(step: &str) -> String,
    /// Told after a step was removed, with how many touchpoints went with it.
    pub step_removed: fn(step: &str, touchpoints: usize) -> String,
    /// Visible text and accessible name of the button adding a way back.
    pub add_loop: &'static str,
    /// See `add_loop`.
    pub add_loop_from: fn(step: &str) -> String,
    /// Label of the step a way back returns to.
    pub loop_back_to: &'static str,
    /// Label of a way back's reason.
    pub loop_reason: &'static str,
    /// Button removing a way back.
    pub remove_loop: &'static str,
    /// Header of the blueprint row that shows the ways back.
    pub loops_header: &'static str,
    /// A way back as shown under its step: where to, and why.
    pub loop_chip: fn(to: &str, reason: &str) -> String,
    /// A way back in full, for screen readers.
    pub loop_description: fn(from: &str, to: &str, reason: &str) -> String,
    /// Tooltip of a step header's grip.
    pub drag_step: &'static str,
    // Personas and touchpoint marks.
    /// Heading of the personas panel.
    pub personas: &'static str,
    /// What the personas panel is for, under its heading.
    pub personas_intro: &'static str,
    /// Shown in the personas panel when the journey has none.
    pub no_personas: &'static str,
    /// Shown instead of the add controls when there is no stakeholder to attach a persona to.
    pub personas_need_stakeholder: &'static str,
    /// Label of the stakeholder a new persona will stand for.
    pub persona_for: &'static str,
    /// Button that adds a persona.
    pub add_persona: &'static str,
    /// Name given to a new persona.
    pub new_persona: &'static str,
    /// Shown for a persona whose name is empty.
    pub unnamed_persona: &'static str,
    /// Labels of a persona's fields: stakeholder, name, job or role, goals, description.
    pub persona_fields: [&'static str; 5],
    /// Accessible name of the group of one persona's fields.
    pub persona_of: fn(name: &str) -> String,
    /// Visible text of the button that removes a persona.
    pub remove: &'static str,
    /// Accessible name of the button that removes a persona; starts with the visible text.
    pub remove_persona: fn(name: &str) -> String,
    /// Accessible name of the persona strip above the blueprint.
    pub personas_on_journey: &'static str,
    /// The strip's hint when the journey has no personas.
    pub persona_strip_empty: &'static str,
    /// Tooltip of a persona card on the strip: what activating it does.
    pub edit_persona_hint: &'static str,
    /// The stakeholder a persona stands for, with its role, on the persona's card.
    pub persona_stakeholder: fn(stakeholder: &str, role: &str) -> String,
    /// Legend of the touchpoint's marks.
    pub marks: &'static str,
    /// Name of the fail point mark.
    pub fail_point: &'static str,
    /// What a fail point is, beside its checkbox.
    pub fail_point_hint: &'static str,
    /// The fail point mark's symbol (service blueprints circle an F).
    pub fail_point_symbol: &'static str,
    /// Name of the moment of truth mark.
    pub moment_of_truth: &'static str,
    /// What a moment of truth is, beside its checkbox.
    pub moment_of_truth_hint: &'static str,
    /// The moment of truth mark's symbol.
    pub moment_of_truth_symbol: &'static str,
    /// Label of the touchpoint's link to another journey.
    pub leads_to_journey: &'static str,
    /// The link picker's empty choice.
    pub no_linked_journey: &'static str,
    /// Shown for a link to a journey this browser's library does not hold.
    pub journey_not_in_library: &'static str,
    /// Visible text of the button that opens the linked journey.
    pub open_linked: &'static str,
    /// Accessible name of that button; starts with the visible text.
    pub open_linked_journey: fn(name: &str) -> String,
    /// What the link mark on a card says.
    pub leads_to: fn(name: &str) -> String,
    /// The link mark's symbol.
    pub link_symbol: &'static str,
    // KPIs, pain points and opportunities.
    /// Heading of the KPIs panel.
    pub kpis: &'static str,
    /// Shown in the KPIs panel when no step has a KPI.
    pub no_kpis: &'static str,
    /// Names of the measures, in [`Measure::ALL`](sightline_engine::Measure::ALL) order.
    pub measures: [&'static str; 6],
    /// Names of the directions of a KPI: higher is better, lower is better.
    pub better: [&'static str; 2],
    /// How a KPI stands: not measured yet, met, missed.
    pub kpi_statuses: [&'static str; 3],
    /// Column headers of the KPIs table: name, measure, direction, unit, target, actual, status.
    pub kpi_columns: [&'static str; 7],
    /// Accessible names of a KPI's fields (in [`Strings::kpi_columns`] order), given its name
    /// and its step's name.
    pub kpi_field: fn(field: usize, name: &str, step: &str) -> String,
    /// Labels of the fields that add a KPI: the step, the measure.
    pub new_kpi_fields: [&'static str; 2],
    /// Button that adds a KPI.
    pub add_kpi: &'static str,
    /// Accessible name of the button that removes a KPI, given its name and its step's name.
    pub remove_kpi: fn(name: &str, step: &str) -> String,
    /// A step's KPIs at a glance in its header: how many of how many are met.
    pub kpis_met: fn(met: usize, total: usize) -> String,
    /// One missed KPI, with its actual figure and its target (each with its unit).
    pub kpi_missed: fn(name: &str, actual: &str, target: &str) -> String,
    /// The missed KPIs of a step, already listed.
    pub kpis_missed: fn(list: &str) -> String,
    /// A figure with its unit (which may be empty).
    pub with_unit: fn(figure: &str, unit: &str) -> String,
    /// Heading of the pain points and opportunities, in the panel and in the editor.
    pub insights: &'static str,
    /// Names of the kinds of insight, in [`InsightKind::ALL`](sightline_engine::InsightKind::ALL) order.
    pub insight_kinds: [&'static str; 2],
    /// Buttons that add a pain point and an opportunity.
    pub add_insight: [&'static str; 2],
    /// Labels of an insight's fields: kind, description, customer value, business value, effort.
    pub insight_fields: [&'static str; 5],
    /// Shown for an insight with no description yet.
    pub insight_undescribed: &'static str,
    /// Accessible name of the button that removes an insight, given its kind and its text.
    pub remove_insight: fn(kind: &str, text: &str) -> String,
    /// Where an insight's value against effort puts it, given the quadrant's name.
    pub priority_is: fn(quadrant: &str) -> String,
    /// Shown when a touchpoint has no pain point or opportunity.
    pub no_insights_here: &'static str,
    /// Shown in the insights and priorities panels when the journey has none.
    pub no_insights: &'static str,
    /// Label of the step picker of the insights panel (which steps to list, where to add).
    pub insights_step: &'static str,
    /// Shown when the insights panel lists all steps and something would be added: pick one.
    pub pick_step_to_add: &'static str,
    /// Where an insight was found: on the step itself.
    pub on_step: fn(step: &str) -> String,
    /// Where an insight was found: on a touchpoint of a step.
    pub on_touchpoint: fn(step: &str, touchpoint: &str) -> String,
    /// Heading of the prioritised list.
    pub priorities: &'static str,
    /// Names of the priority quadrants, in
    /// [`PriorityQuadrant::ALL`](sightline_engine::PriorityQuadrant::ALL) order.
    pub priority_quadrants: [&'static str; 4],
    /// What each priority quadrant means, in the same order.
    pub priority_hints: [&'static str; 4],
    /// Shown under a quadrant that holds nothing.
    pub quadrant_empty: &'static str,
    /// An insight's value and effort in the prioritised list.
    pub value_and_effort: fn(value: &str, effort: u8) -> String,
    /// Tooltip of an item of the prioritised list: what activating it does.
    pub show_on_blueprint: &'static str,
    /// The pain points and opportunities of a touchpoint (on its card) or a step (in its
    /// header), in full words.
    pub card_insights: fn(pain_points: usize, opportunities: usize) -> String,
    /// Short marks of pain points and opportunities on a card, before their counts.
    pub card_insight_marks: [&'static str; 2],
}

/// Where a problem is, in English: the words [`Strings::problem`] puts the field's name in.
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

/// What kind of item lives at a place, in English, for refusals (which name no ids).
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

/// The texts of the user's language. Only English exists so far.
pub fn strings() -> &'static Strings {
    &EN
}

impl Strings {
    /// The name of an ITIL stage.
    pub fn stage(&self, stage: Stage) -> &'static str {
        self.stages[stage.index()]
    }

    /// The name a step shows: the user's own, or its stage's name in this language.
    pub fn step_name(&self, step: &Step) -> String {
        step.custom_name
            .clone()
            .unwrap_or_else(|| self.stage(step.stage).to_owned())
    }

    /// The name of a blueprint lane.
    pub fn lane(&self, lane: Lane) -> &'static str {
        self.lanes[lane.index()]
    }

    /// The name of a blueprint line.
    pub fn line(&self, line: Line) -> &'static str {
        self.lines[line.index()]
    }

    /// The name of a channel.
    pub fn channel(&self, channel: Channel) -> &'static str {
        self.channels[channel.index()]
    }

    /// The name of a role.
    pub fn role(&self, role: Role) -> &'static str {
        self.roles[role.index()]
    }

    /// The name of a side.
    pub fn side(&self, side: Side) -> &'static str {
        self.sides[side.index()]
    }

    /// The name of a relationship type.
    pub fn relationship(&self, relationship: Relationship) -> &'static str {
        self.relationships[relationship.index()]
    }

    /// The name of an aspect of value.
    pub fn aspect(&self, aspect: Aspect) -> &'static str {
        self.aspects[aspect.index()]
    }

    /// The name of an element kind.
    pub fn element(&self, element: ElementKind) -> &'static str {
        self.elements[element.index()]
    }

    /// The name of a stakeholder-map quadrant.
    pub fn map_quadrant(&self, quadrant: MapQuadrant) -> &'static str {
        self.map_quadrants[quadrant.index()]
    }

    /// The name of an importance/effort quadrant.
    pub fn effort_quadrant(&self, quadrant: EffortQuadrant) -> &'static str {
        self.effort_quadrants[quadrant.index()]
    }

    /// The words the charts draw, in this language.
    pub fn chart_text(&self) -> ChartText {
        ChartText {
            titles: self.chart_titles,
            stages: self.stages,
            sides: self.sides,
            lanes: self.lanes,
            lines: self.lines,
            zone_of_visibility: self.zone_of_visibility,
            map_quadrants: self.map_quadrants,
            effort_quadrants: self.effort_quadrants,
            steps_axis: self.steps_axis,
            cumulative_value_axis: self.cumulative_value_axis,
            value_axis: self.value_axis,
            unit_of_value: self.unit_of_value,
            influence_axis: self.influence_axis,
            interest_axis: self.interest_axis,
            emotion_axis: self.emotion_axis,
            touchpoints_axis: self.touchpoints_axis,
            importance_axis: self.importance_axis,
            effort_axis: self.effort_axis,
            outcome: self.chart_outcome,
            unrealised: self.chart_unrealised,
            cost: self.chart_cost,
            risk: self.chart_risk,
            net_value: self.chart_net_value,
            removes_value: self.chart_removes_value,
            lowest_point: self.chart_lowest_point,
            no_steps: self.chart_no_steps,
            no_stakeholders: self.chart_no_stakeholders,
            no_touchpoints: self.chart_no_touchpoints,
            no_emotions: self.chart_no_emotions,
            no_values: self.chart_no_values,
            more: self.chart_more,
            number: self.number,
            figure: self.chart_figure,
        }
    }
}

static EN: Strings = Strings {
    app_name: "Sightline",
    stages: sightline_english::STAGES,
    lanes: [
        "Consumer's hidden activities",
        "Consumer actions",
        "Provider frontstage",
        "Provider backstage",
        "Support processes",
    ],
    lines: [
        "Consumer's line of visibility",
        "Line of interaction",
        "Provider's line of visibility",
        "Line of internal interaction",
    ],
    channels: [
        "In person",
        "Phone",
        "E-mail",
        "Web",
        "App",
        "Document",
        "Other",
    ],
    zone_of_visibility: "Zone of visibility",
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
    storage_error: |error| match error {
        StorageError::QuotaExceeded => EN.storage_full,
        StorageError::Unavailable => EN.storage_unavailable,
    },
    load_failure: |failure| match failure {
        LoadFailure::Gone => EN.journey_gone.to_owned(),
        LoadFailure::Unreadable(Unreadable { error, kept_under }) => {
            let reason = (EN.load_error)(error);
            match kept_under {
                Some(key) => (EN.saved_journey_unreadable)(&reason, key),
                None => (EN.saved_journey_unreadable_not_kept)(&reason),
            }
        }
    },
    rename_failure: |failure| match failure {
        RenameFailure::Load(failure) => (EN.load_failure)(failure),
        RenameFailure::Save(SaveProblem::Storage(error)) => (EN.storage_error)(*error).to_owned(),
        RenameFailure::Save(SaveProblem::ChangedElsewhere) => EN.changed_elsewhere_retry.to_owned(),
    },
    load_error: |error| {
        sightline_english::load_error(error, unsound)
    },
    roles: [
        "Sponsor",
        "Customer",
        "User",
        "Provider",
        "Provider employee",
        "Partner or supplier",
        "Shareholder",
        "Regulator",
        "Society and community",
        "Charity",
        "Other",
    ],
    sides: ["Consumer", "Provider", "Other"],
    side_totals: ["Consumer side", "Provider side", "Others"],
    relationships: ["Basic", "Cooperative", "Partnership"],
    aspects: ["Outcome", "Cost", "Risk"],
    elements: ["Process element", "Outcome element"],
    map_quadrants: [
        "Manage closely",
        "Keep satisfied",
        "Keep informed",
        "Monitor",
    ],
    effort_quadrants: [
        "Misdirected effort",
        "Neglected",
        "Well invested",
        "Kept lean",
    ],
    finding_titles: sightline_english::FINDING_TITLES,
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
        let field = [
            "Name",
            "Role",
            "Side",
            "Influence",
            "Interest",
            "Weight of outcomes",
            "Weight of costs",
            "Weight of risks",
        ]
        .get(field)
        .copied()
        .unwrap_or_default();
        format!("{field} of {name}")
    },
    settings: "Value settings",
    settings_fields: [
        "Relationship",
        "Value of one unit of money",
        "Value of one unit of time",
        "Value of one unit of resources",
        "Lowest emotion",
        "Highest emotion",
        "Unrealised share that counts as leakage (0–1)",
        "Share of value that counts as one-sided (0.5–1)",
        "Share in the zone below which a partnership is narrow (0–1)",
    ],
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
    amounts: [
        "Potential",
        "Realised",
        "Money",
        "Time",
        "Resources",
        "Probability (0–1)",
        "Impact",
    ],
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
        EditError::NoSuchEffect(_, index) => gone(&format!("Effect {} of this touchpoint", index + 1)),
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
    number: sightline_english::number,
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
        } => format!(
            "\u{201c}{field}\u{201d} of touchpoint {} names stakeholder {}, who does not exist",
            touchpoint.0, stakeholder.0
        ),
        Problem::OutOfRange {
            at,
            field,
            value,
            min,
            max,
        } => {
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
        Problem::MissingReference { at, field } => format!(
            "\u{201c}{field}\u{201d} of {} names something the journey does not have",
            place(at)
        ),
        Problem::BadLabel { at, field } => format!(
            "\u{201c}{field}\u{201d} of {} must fit on one line, with at most \
             {MAX_LABEL_CHARS} characters",
            place(at)
        ),
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
    templates: [
        "New blank journey",
        "New: B2B purchase of a service",
        "New: ITIL incident resolution",
        "New: SaaS onboarding",
    ],
    last_changed: |when| format!("Changed {when}"),
    never_changed: "Time of change unknown",
    library_action: |action, name| {
        let verb = ["Open", "Rename", "Duplicate", "Delete"][action.min(3)];
        format!("{verb} \u{201c}{name}\u{201d}")
    },
    library_actions: ["Open", "Rename", "Duplicate", "Delete"],
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
    chart_titles: [
        "Value along the journey",
        "Outcomes, costs and risks per step",
        "Stakeholder map",
        "Experience curve",
        "Importance against effort",
        "Value balance",
        "Journey blueprint",
    ],
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
    influence_axis: "Influence (0–10)",
    interest_axis: "Interest (0–10)",
    emotion_axis: |min, max| format!("Emotion ({min} to {max})"),
    touchpoints_axis: "Touchpoints in journey order",
    importance_axis: "Customer importance (1–5)",
    effort_axis: "Provider effort (1–5)",
    chart_outcome: "Outcomes (realised)",
    chart_unrealised: "Unrealised potential",
    chart_cost: "Costs",
    chart_risk: "Risk exposure",
    chart_net_value: "Net value (V)",
    chart_removes_value: "Step removes value",
    chart_lowest_point: "Lowest point",
    chart_no_steps: "The journey has no steps.",
    chart_no_stakeholders: "No stakeholders yet: add them in the Stakeholders panel.",
    chart_no_touchpoints: "No touchpoints yet: add them on the blueprint.",
    chart_no_emotions: "No emotions recorded yet: record how participants feel on a touchpoint.",
    chart_no_values: "No outcomes, costs or risks recorded yet: add value effects to a touchpoint.",
    chart_more: |hidden| format!("and {hidden} more"),
    chart_figure: |label, value| format!("{label}: {value}"),
    download_svg: "Download SVG",
    // Starts with the button's visible text, so speech users can say what they see.
    download_chart: |title| format!("Download SVG of {title}"),
    download_blueprint: "Download the blueprint as SVG",
    map_step: "Standing in",
    download_failed: "This browser did not let Sightline save the file. Try again, or allow downloads for this site.",
    // Unit of value.
    unit_of_value: "Unit of value",
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
    persona_fields: ["Stakeholder", "Name", "Job or role", "Goals", "Description"],
    persona_of: |name| format!("Persona {name}"),
    remove: "Remove",
    remove_persona: |name| format!("Remove persona {name}"),
    personas_on_journey: "Personas on this journey",
    persona_strip_empty: "No personas yet: add the people behind your stakeholders in the Personas panel below.",
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
    measures: [
        "CSAT",
        "CES",
        "NPS",
        "Duration",
        "Cost to serve",
        "Custom",
    ],
    better: ["Higher is better", "Lower is better"],
    kpi_statuses: ["Not measured yet", "Met", "Missed"],
    kpi_columns: [
        "Name", "Measure", "Better", "Unit", "Target", "Actual", "Status",
    ],
    kpi_field: |field, name, step| {
        let field = [
            "Name", "Measure", "Direction", "Unit", "Target", "Actual", "Status",
        ]
        .get(field)
        .copied()
        .unwrap_or_default();
        format!("{field} of {name} in {step}")
    },
    new_kpi_fields: ["Step", "Measure"],
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
    insight_kinds: ["Pain point", "Opportunity"],
    add_insight: ["Add pain point", "Add opportunity"],
    insight_fields: [
        "Kind",
        "Description",
        "Customer value (1–5)",
        "Business value (1–5)",
        "Effort (1–5)",
    ],
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
    priority_quadrants: ["Quick wins", "Major projects", "Fill-ins", "Money pits"],
    priority_hints: [
        "High value, low effort: do these first.",
        "High value, high effort: worth planning.",
        "Low value, low effort: when there is time.",
        "Low value, high effort: not worth it.",
    ],
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
    card_insight_marks: ["Pain", "Opp."],
};
