//! Drag and drop on the blueprint: what a drag carries (a touchpoint or a step, never
//! mistaken for each other or for text and files dragged in from elsewhere), and the drop
//! zones that light up while a drag they accept is over them.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::DragEvent;

/// What can be dragged on the blueprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carried {
    /// A touchpoint card, to another cell or before another card.
    Touchpoint,
    /// A step header, to another step's place.
    Step,
}

impl Carried {
    /// The private DataTransfer type that carries the id.
    fn data_type(self) -> &'static str {
        match self {
            Carried::Touchpoint => "application/x-sightline-touchpoint",
            Carried::Step => "application/x-sightline-step",
        }
    }

    /// Put the dragged item's id into the drag.
    pub fn start(self, event: &DragEvent, id: u32) {
        if let Some(data) = event.data_transfer() {
            let _ = data.set_data(self.data_type(), &id.to_string());
            data.set_effect_allowed("move");
        }
    }

    /// Whether the drag carries such an item. While dragging, browsers show only the types,
    /// not the data.
    fn is_in(self, event: &DragEvent) -> bool {
        event.data_transfer().is_some_and(|data| {
            data.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some(self.data_type()))
        })
    }

    /// The id a drop carries, if it carries such an item.
    pub fn dropped(self, event: &DragEvent) -> Option<u32> {
        let text = event.data_transfer()?.get_data(self.data_type()).ok()?;
        text.parse().ok()
    }
}

/// An element that takes drops of one kind, highlighted while such a drag is over it.
#[derive(Clone, Copy)]
pub struct DropZone {
    carried: Carried,
    /// Whether a drag it accepts is over it now.
    pub active: RwSignal<bool>,
}

impl DropZone {
    /// A zone for drops of `carried`.
    pub fn new(carried: Carried) -> Self {
        DropZone {
            carried,
            active: RwSignal::new(false),
        }
    }

    /// On `dragover`: accept the drag if it carries the right kind, and light up.
    pub fn over(&self, event: &DragEvent) {
        if self.carried.is_in(event) {
            event.prevent_default();
            if let Some(data) = event.data_transfer() {
                data.set_drop_effect("move");
            }
            self.active.set(true);
        }
    }

    /// On `dragleave`: go dark once the drag leaves the zone itself, not just for one of its
    /// children (a cell's cards and buttons, a header's field).
    pub fn leave(&self, event: &DragEvent) {
        let zone = event
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        let into = event
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if !zone.is_some_and(|zone| zone.contains(into.as_ref())) {
            self.active.set(false);
        }
    }

    /// On `drop`: go dark, and take the dropped id unless a child already handled the drop.
    pub fn take(&self, event: &DragEvent) -> Option<u32> {
        self.active.set(false);
        if event.default_prevented() {
            return None;
        }
        let id = self.carried.dropped(event)?;
        event.prevent_default();
        Some(id)
    }
}
