//! Every text Sightline shows, in English, French, Russian and Simplified Chinese.
//!
//! One [`Strings`] value per language ([`en`], [`fr`], [`ru`], [`zh`]): a table with a field
//! for every text, so that a language missing one does not compile. Texts that embed figures
//! or names are functions, so that each language orders its words and picks its plural forms
//! ([`plural`]); numbers follow the language's decimal separator ([`number`]). The charts'
//! words are the nested [`ChartText`], declared once per language and handed to the charts
//! as they are.
//!
//! This crate is native as well as wasm, so `cargo test -p sightline-strings` checks every
//! language without a browser.

pub mod en;
mod experience_lane;
pub mod fields;
pub mod fr;
mod journeys;
pub mod number;
mod picture;
pub mod plural;
mod present;
pub mod ru;
mod versions;
mod workspace;
pub mod zh;

pub use experience_lane::ExperienceText;
pub use fields::{
    Amount, HelpLine, InsightField, KpiField, LibraryAction, PersonaField, SettingField,
    StakeholderField,
};
pub use picture::PictureText;
pub use plural::Plural;
pub use present::PresentText;
pub use sightline_charts::ChartText;
pub use versions::{CompareText, VersionAction, VersionsText, VERSION_KINDS};
pub use workspace::{WorkspaceText, WorkspaceView};

use sightline_document::{Feature, Ignored, ImportError, LinkError, LoadError, PngError};
use sightline_engine::{
    Aspect, Better, Channel, EditError, EffortQuadrant, ElementKind, FieldName, FindingKind,
    KpiStatus, Lane, Line, MapQuadrant, Problem, Relationship, Role, Side, Stage, Step,
};
use sightline_engine::{InsightKind, Measure, PriorityQuadrant, Template};
use sightline_persistence::{
    LoadFailure, RenameFailure, SaveProblem, StorageError, Unreadable, VersionError, VersionFailure,
};

/// A language the interface is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// English, and the language of any browser Sightline does not speak.
    #[default]
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Simplified Chinese.
    Zh,
}

impl Language {
    /// Every language, in the picker's order.
    pub const ALL: [Language; 4] = [Language::En, Language::Fr, Language::Ru, Language::Zh];

    /// The BCP 47 code: `<html lang>`, the stored choice and the picker's option values.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Ru => "ru",
            Language::Zh => "zh",
        }
    }

    /// The language named in itself, as the picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
            Language::Ru => "Русский",
            Language::Zh => "中文",
        }
    }

    /// The language of a code written by [`Language::code`]; `None` for anything else.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language for a browser's language tag: its primary subtag decides (`fr-CA` is
    /// French, `zh-TW` Chinese, `ru` Russian); `None` for a language Sightline does not speak.
    pub fn of_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language for a browser's preferred languages, most preferred first: the first that
    /// Sightline speaks, else English.
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Language {
        tags.into_iter()
            .find_map(Language::of_tag)
            .unwrap_or_default()
    }

    /// The interface texts of this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Language::En => &en::EN,
            Language::Fr => &fr::FR,
            Language::Ru => &ru::RU,
            Language::Zh => &zh::ZH,
        }
    }

    /// The CLDR plural category of a count in this language.
    pub fn plural(self, n: u64) -> Plural {
        match self {
            Language::En => plural::english(n),
            Language::Fr => plural::french(n),
            Language::Ru => plural::russian(n),
            Language::Zh => plural::chinese(n),
        }
    }
}

/// The user interface texts of one language.
pub struct Strings {
    /// The language these texts are in.
    pub language: Language,
    /// Label of the language picker.
    pub language_picker: &'static str,
    /// Shown when a language's texts could not be fetched (offline before the app was kept for
    /// offline use), given that language's own name: the page goes on in this language.
    pub language_missing: fn(language: &str) -> String,
    /// The words the charts draw, also the names of stages, lanes, lines, sides and quadrants
    /// and the number format the rest of the interface uses.
    pub chart: ChartText,
    /// The product name, used as the page title.
    pub app_name: &'static str,
    /// The words of the built-in sample journey, shown on a first visit.
    pub sample: &'static sightline_engine::SampleText,
    /// The words of the incident resolution template.
    pub incident: &'static sightline_engine::IncidentText,
    /// The words of the SaaS onboarding template.
    pub saas: &'static sightline_engine::SaasText,
    /// Name of a channel.
    pub channel_name: fn(Channel) -> &'static str,
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
    /// Why a document could not be read, in plain words.
    pub load_error: fn(&LoadError) -> String,
    /// The name of a field a problem names, as the user reads it.
    pub field_name: fn(FieldName) -> &'static str,
    /// What is wrong with one part of a journey, naming the field.
    pub problem: fn(&Problem) -> String,
    /// Name of a stakeholder role.
    pub role_name: fn(Role) -> &'static str,
    /// Row label of a side's total.
    pub side_total: fn(Side) -> &'static str,
    /// Name of a relationship type.
    pub relationship_name: fn(Relationship) -> &'static str,
    /// Name of an aspect of value.
    pub aspect_name: fn(Aspect) -> &'static str,
    /// Name of an element kind.
    pub element_name: fn(ElementKind) -> &'static str,
    /// Short title of a finding.
    pub finding_title: fn(FindingKind) -> &'static str,
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
    /// Accessible name of one of a stakeholder's fields, given its name.
    pub stakeholder_field: fn(field: StakeholderField, name: &str) -> String,
    /// Heading of the settings panel.
    pub settings: &'static str,
    /// Label of one value setting.
    pub setting: fn(SettingField) -> &'static str,
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
    /// Label of one amount of a value effect.
    pub amount: fn(Amount) -> &'static str,
    /// Shown when a number field holds something that is not a number.
    pub not_a_number: &'static str,
    /// Shown when a score field holds a fraction or a negative number.
    pub whole_number: &'static str,
    /// A share from 0 to 1 as shown to the user.
    pub percent: fn(f64) -> String,
    /// Why an edit was refused.
    pub edit_refused: fn(&EditError) -> String,
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
    /// Button that starts a journey from a template.
    pub template: fn(Template) -> &'static str,
    /// When a journey last changed, given the formatted date and time.
    pub last_changed: fn(when: &str) -> String,
    /// Shown for a journey whose time of change is not known.
    pub never_changed: &'static str,
    /// Accessible name of a library row's button, given the journey's name.
    pub library_action: fn(action: LibraryAction, name: &str) -> String,
    /// Visible text of a library row's button.
    pub library_action_label: fn(LibraryAction) -> &'static str,
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
    pub import_error: fn(&ImportError) -> String,
    /// Something an imported file held that a journey does not take, and where.
    pub ignored: fn(&Ignored) -> String,
    /// What an exported format could not hold, with how many.
    pub lost: fn(Feature, usize) -> String,
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
    /// Label of one of a persona's fields.
    pub persona_field: fn(PersonaField) -> &'static str,
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
    /// Name of a measure.
    pub measure: fn(Measure) -> &'static str,
    /// Name of a direction of a KPI.
    pub better: fn(Better) -> &'static str,
    /// How a KPI stands: not measured yet, met, missed.
    pub kpi_status: fn(KpiStatus) -> &'static str,
    /// Column headers of the KPIs table: name, measure, direction, unit, target, actual, status.
    pub kpi_columns: [&'static str; 7],
    /// Accessible name of one of a KPI's fields, given its name and its step's name.
    pub kpi_field: fn(field: KpiField, name: &str, step: &str) -> String,
    /// Label of the step picker that adds a KPI.
    pub new_kpi_step: &'static str,
    /// Label of the measure picker that adds a KPI.
    pub new_kpi_measure: &'static str,
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
    /// Name of a kind of insight.
    pub insight_kind: fn(InsightKind) -> &'static str,
    /// Button that adds a pain point or an opportunity.
    pub add_insight: fn(InsightKind) -> &'static str,
    /// Label of one of a pain point's or opportunity's fields.
    pub insight_field: fn(InsightField) -> &'static str,
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
    /// Name of a priority quadrant.
    pub priority_quadrant: fn(PriorityQuadrant) -> &'static str,
    /// What a priority quadrant means.
    pub priority_hint: fn(PriorityQuadrant) -> &'static str,
    /// Shown under a quadrant that holds nothing.
    pub quadrant_empty: &'static str,
    /// An insight's value and effort in the prioritised list.
    pub value_and_effort: fn(value: &str, effort: u8) -> String,
    /// Tooltip of an item of the prioritised list: what activating it does.
    pub show_on_blueprint: &'static str,
    /// The pain points and opportunities of a touchpoint (on its card) or a step (in its
    /// header), in full words.
    pub card_insights: fn(pain_points: usize, opportunities: usize) -> String,
    /// Short mark of pain points or opportunities on a card, before their count.
    pub card_insight_mark: fn(InsightKind) -> &'static str,
    /// The journey screen's views.
    pub workspace: WorkspaceText,
    /// The map's experience lane.
    pub experience: ExperienceText,
    /// Pictures of the map.
    pub picture: PictureText,
    /// Printing and presenting the journey.
    pub present: PresentText,
    /// Versions of the open journey, and starting a to-be.
    pub versions: VersionsText,
    /// The comparison of an as-is with a to-be.
    pub compare: CompareText,
}

impl Strings {
    /// The words of every template with content, for `sightline_engine::journey_from`.
    pub fn journey_texts(&self) -> sightline_engine::JourneyTexts<'static> {
        sightline_engine::JourneyTexts {
            sample: self.sample,
            incident: self.incident,
            saas: self.saas,
        }
    }

    /// The name of an ITIL stage.
    pub fn stage(&self, stage: Stage) -> &'static str {
        (self.chart.stage)(stage)
    }

    /// The name a step shows: the user's own, or its stage's name in this language.
    pub fn step_name(&self, step: &Step) -> String {
        step.custom_name
            .clone()
            .unwrap_or_else(|| self.stage(step.stage).to_owned())
    }

    /// The name of a blueprint lane.
    pub fn lane(&self, lane: Lane) -> &'static str {
        (self.chart.lane)(lane)
    }

    /// The name of a blueprint line.
    pub fn line(&self, line: Line) -> &'static str {
        (self.chart.line)(line)
    }

    /// The name of a channel.
    pub fn channel(&self, channel: Channel) -> &'static str {
        (self.channel_name)(channel)
    }

    /// The name of a role.
    pub fn role(&self, role: Role) -> &'static str {
        (self.role_name)(role)
    }

    /// The name of a side.
    pub fn side(&self, side: Side) -> &'static str {
        (self.chart.side)(side)
    }

    /// The name of a relationship type.
    pub fn relationship(&self, relationship: Relationship) -> &'static str {
        (self.relationship_name)(relationship)
    }

    /// The name of an aspect of value.
    pub fn aspect(&self, aspect: Aspect) -> &'static str {
        (self.aspect_name)(aspect)
    }

    /// The name of an element kind.
    pub fn element(&self, element: ElementKind) -> &'static str {
        (self.element_name)(element)
    }

    /// The name of a stakeholder-map quadrant.
    pub fn map_quadrant(&self, quadrant: MapQuadrant) -> &'static str {
        (self.chart.map_quadrant)(quadrant)
    }

    /// The name of an importance/effort quadrant.
    pub fn effort_quadrant(&self, quadrant: EffortQuadrant) -> &'static str {
        (self.chart.effort_quadrant)(quadrant)
    }

    /// Told when storage refused a write: [`Strings::storage_full`] or
    /// [`Strings::storage_unavailable`].
    pub fn storage_error(&self, error: StorageError) -> &'static str {
        match error {
            StorageError::QuotaExceeded => self.storage_full,
            StorageError::Unavailable => self.storage_unavailable,
        }
    }

    /// Told when a stored journey could not be opened: gone, or unreadable and set aside (or
    /// not even that), in this language's words for each.
    pub fn load_failure(&self, failure: &LoadFailure) -> String {
        match failure {
            LoadFailure::Gone => self.journey_gone.to_owned(),
            LoadFailure::Unreadable(Unreadable { error, kept_under }) => {
                let reason = (self.load_error)(error);
                match kept_under {
                    Some(key) => (self.saved_journey_unreadable)(&reason, key),
                    None => (self.saved_journey_unreadable_not_kept)(&reason),
                }
            }
        }
    }

    /// Told when a journey that is not open could not be renamed.
    pub fn rename_failure(&self, failure: &RenameFailure) -> String {
        match failure {
            RenameFailure::Load(failure) => self.load_failure(failure),
            RenameFailure::Save(SaveProblem::Storage(error)) => {
                self.storage_error(*error).to_owned()
            }
            RenameFailure::Save(SaveProblem::ChangedElsewhere) => {
                self.changed_elsewhere_retry.to_owned()
            }
        }
    }

    /// Why a PNG file gives no journey, in the table's words.
    pub fn png_error(&self, error: &PngError) -> String {
        match error {
            PngError::NotPng => self.picture.not_png.to_owned(),
            PngError::Damaged => self.picture.damaged.to_owned(),
            PngError::NoJourney => self.picture.no_journey.to_owned(),
            PngError::TooLarge => self.picture.too_large.to_owned(),
            PngError::Document(error) => (self.load_error)(error),
        }
    }

    /// Why a version could not be opened, restored, renamed or exported, in this table's
    /// words.
    pub fn version_failure(&self, failure: &VersionFailure) -> String {
        match failure {
            VersionFailure::Gone => self.versions.gone.to_owned(),
            VersionFailure::Unreadable(error) => {
                (self.versions.unreadable)(&self.version_error(error))
            }
            VersionFailure::Storage(error) => self.storage_error(*error).to_owned(),
        }
    }

    /// Why a stored version cannot be read.
    pub fn version_error(&self, error: &VersionError) -> String {
        match error {
            VersionError::NotAVersion => self.versions.not_a_version.to_owned(),
            VersionError::NewerRecord(version) => (self.versions.newer_record)(*version),
            VersionError::Document(error) => (self.load_error)(error),
        }
    }

    /// The words the charts draw, in this language.
    pub fn chart_text(&self) -> ChartText {
        self.chart
    }

    /// A number as this language writes it.
    pub fn number(&self, value: f64) -> String {
        (self.chart.number)(value)
    }
}
