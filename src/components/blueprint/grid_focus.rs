//! Moving the focus across the blueprint with the arrow keys, as in a spreadsheet.
//!
//! The grid is read from the DOM at the moment of the key press: every cell is a
//! `td.cell[data-step]` holding its touchpoints' buttons and its add button, in order, so
//! the focus can go to the neighbouring item, the neighbouring step or the neighbouring lane
//! without any state of its own to keep in step with the journey.

use sightline_engine::Direction;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};

use crate::shortcuts::Shortcut;

/// Move the focus for an arrow key pressed on a blueprint button; returns whether the key
/// was used (so the caller stops the page from scrolling). Keys pressed in text fields are
/// left alone: there the arrows move the caret.
pub fn on_arrow_key(event: &KeyboardEvent) -> bool {
    let Some(Shortcut::MoveFocus(direction)) = Shortcut::of(event) else {
        return false;
    };
    let Some(from) = event
        .target()
        .and_then(|target| target.dyn_into::<HtmlElement>().ok())
        .filter(|element| element.tag_name() == "BUTTON")
    else {
        return false;
    };
    match target_of(&from, direction) {
        Some(to) => to.focus().is_ok(),
        None => false,
    }
}

fn target_of(from: &HtmlElement, direction: Direction) -> Option<HtmlElement> {
    let cell = from.closest("td.cell").ok()??;
    let items = buttons_in(&cell);
    let index = items.iter().position(|item| item == from)?;
    match direction {
        Direction::Up if index > 0 => items.get(index - 1).cloned(),
        Direction::Down if index + 1 < items.len() => items.get(index + 1).cloned(),
        Direction::Up => neighbour(&cell, direction).and_then(|c| buttons_in(&c).pop()),
        Direction::Down => {
            neighbour(&cell, direction).and_then(|c| buttons_in(&c).first().cloned())
        }
        Direction::Left | Direction::Right => {
            let next = buttons_in(&neighbour(&cell, direction)?);
            next.get(index.min(next.len().saturating_sub(1))).cloned()
        }
    }
}

/// The buttons of a cell, top to bottom: its touchpoints, then the add button.
pub fn buttons_in(cell: &Element) -> Vec<HtmlElement> {
    let Ok(list) = cell.query_selector_all("button") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// The cell beside `cell`: the same lane in the next or previous step, or the same step in
/// the lane above or below.
fn neighbour(cell: &Element, direction: Direction) -> Option<Element> {
    let table = cell.closest("table").ok()??;
    let selector = match direction {
        Direction::Left | Direction::Right => {
            format!(
                "td.cell[data-lane=\"{}\"]",
                cell.get_attribute("data-lane")?
            )
        }
        Direction::Up | Direction::Down => {
            format!(
                "td.cell[data-step=\"{}\"]",
                cell.get_attribute("data-step")?
            )
        }
    };
    let list = table.query_selector_all(&selector).ok()?;
    let cells: Vec<Element> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .collect();
    let here = cells.iter().position(|c| c == cell)?;
    let there = match direction {
        Direction::Left | Direction::Up => here.checked_sub(1)?,
        Direction::Right | Direction::Down => here + 1,
    };
    cells.get(there).cloned()
}
