//! Every keyboard shortcut of the app, declared once: which key and modifiers make it, how
//! `aria-keyshortcuts` names it, and the order the `?` list shows it in (its words are in the
//! strings module). A component asks [`Shortcut::of`] what a key press means and acts on the
//! shortcuts that concern it; no other module reads a key.

use sightline_engine::Direction;
use sightline_strings::WorkspaceView;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

/// What a key press asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// Ctrl+Z or ⌘Z: take back the journey's last change, from anywhere on the page.
    Undo,
    /// Ctrl+Shift+Z, ⌘⇧Z or Ctrl+Y: do again the change taken back.
    Redo,
    /// An arrow key alone: move the focus across the blueprint.
    MoveFocus(Direction),
    /// Alt+arrow on a touchpoint's card: move the touchpoint to the cell beside.
    MoveTouchpoint(Direction),
    /// Delete, or Backspace (which Mac keyboards label delete), on a card: delete it.
    Delete,
    /// Enter in a field that is committed on it (a journey's new name), or on a control the
    /// browser does not press itself (an SVG drawn as a button: the experience lane's points).
    Confirm,
    /// Space alone on a control the browser does not press itself, as Enter.
    Press,
    /// Escape: close or cancel what is open (editor, options, dialog, renaming).
    Close,
    /// `?` outside a text field: show or hide the list of shortcuts.
    ToggleHelp,
    /// A digit, 1 to 7, outside a text field (with Shift or not): show that view of the
    /// journey.
    ShowView(WorkspaceView),
}

/// The lines of the shortcut list, declared beside their words in the strings crate.
pub use sightline_strings::HelpLine;

/// The modifier keys held with a key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Modifiers {
    /// Ctrl.
    pub ctrl: bool,
    /// ⌘ on a Mac, the Windows key elsewhere.
    pub meta: bool,
    /// Alt, ⌥ on a Mac.
    pub alt: bool,
    /// Shift.
    pub shift: bool,
}

impl Modifiers {
    fn of(event: &KeyboardEvent) -> Self {
        Modifiers {
            ctrl: event.ctrl_key(),
            meta: event.meta_key(),
            alt: event.alt_key(),
            shift: event.shift_key(),
        }
    }

    fn none(self) -> bool {
        self == Modifiers::default()
    }
}

impl Shortcut {
    /// What a key press means, if anything.
    pub fn of(event: &KeyboardEvent) -> Option<Shortcut> {
        Shortcut::from_key(&event.key(), Modifiers::of(event))
    }

    /// What `key` (a `KeyboardEvent.key` value) pressed with `modifiers` means.
    pub fn from_key(key: &str, modifiers: Modifiers) -> Option<Shortcut> {
        let Modifiers {
            ctrl,
            meta,
            alt,
            shift,
        } = modifiers;
        if ctrl || meta {
            return match key.to_lowercase().as_str() {
                "z" if shift => Some(Shortcut::Redo),
                "z" => Some(Shortcut::Undo),
                "y" if ctrl => Some(Shortcut::Redo),
                _ => None,
            };
        }
        if let Some(direction) = arrow(key) {
            return if alt && !shift {
                Some(Shortcut::MoveTouchpoint(direction))
            } else if modifiers.none() {
                Some(Shortcut::MoveFocus(direction))
            } else {
                None
            };
        }
        match key {
            "Delete" | "Backspace" if modifiers.none() => Some(Shortcut::Delete),
            "Enter" if modifiers.none() => Some(Shortcut::Confirm),
            " " if modifiers.none() => Some(Shortcut::Press),
            "Escape" => Some(Shortcut::Close),
            "?" if !alt => Some(Shortcut::ToggleHelp),
            // Shift too: French keyboards type digits with it.
            digit if !alt => digit
                .parse()
                .ok()
                .and_then(WorkspaceView::numbered)
                .map(Shortcut::ShowView),
            _ => None,
        }
    }

    /// The shortcuts a touchpoint's card takes, as `aria-keyshortcuts` writes them.
    pub const ON_CARD: &'static str =
        "Delete Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown";

    /// The shortcut of the list of shortcuts, as `aria-keyshortcuts` writes it.
    pub const HELP_KEY: &'static str = "?";
}

/// Whether a key press goes to a field, where `?` and digits are text, not shortcuts.
pub fn is_typing(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || element.has_attribute("contenteditable")
        })
}

/// The direction an arrow key names.
fn arrow(key: &str) -> Option<Direction> {
    match key {
        "ArrowLeft" => Some(Direction::Left),
        "ArrowRight" => Some(Direction::Right),
        "ArrowUp" => Some(Direction::Up),
        "ArrowDown" => Some(Direction::Down),
        _ => None,
    }
}
