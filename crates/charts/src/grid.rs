//! What the two 2×2 charts share: four tinted quadrants with their names in the corners, and
//! points that share a place spread apart so none hides another.

use std::collections::HashMap;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use crate::frame::{anchored, bold, mesh, shorten, Area, Cartesian, Drawn, Plot};
use crate::palette::INK;
use crate::ChartText;

/// One quadrant: its name and tint.
pub struct Quadrant<'a> {
    /// Its name, drawn in its outer corner.
    pub label: &'a str,
    /// Its background.
    pub tint: RGBAColor,
}

/// Tint the four quadrants of `low..high` (both axes) split at `split`, and name each in its
/// outer corner. Order: top left, top right, bottom left, bottom right.
pub fn draw_quadrants(
    plot: &Plot,
    low: f64,
    high: f64,
    split: f64,
    quadrants: [Quadrant; 4],
) -> Drawn {
    let boxes = [
        ((low, split), (split, high)),
        ((split, split), (high, high)),
        ((low, low), (split, split)),
        ((split, low), (high, split)),
    ];
    for (quadrant, (from, to)) in quadrants.iter().zip(boxes) {
        plot.draw(&Rectangle::new([from, to], quadrant.tint.filled()))?;
    }
    let corners = [
        ((low, high), HPos::Left, VPos::Top, (6, 6)),
        ((high, high), HPos::Right, VPos::Top, (-6, 6)),
        ((low, low), HPos::Left, VPos::Bottom, (6, -6)),
        ((high, low), HPos::Right, VPos::Bottom, (-6, -6)),
    ];
    for (quadrant, (at, h, v, offset)) in quadrants.iter().zip(corners) {
        plot.draw(
            &(EmptyElement::at(at)
                + Text::new(quadrant.label.to_owned(), offset, bold(13, &INK, h, v))),
        )?;
    }
    Ok(())
}

/// The frame of a 2×2 chart: `low..high` on both axes, the four quadrants tinted and named
/// (split at `split`, in `draw_quadrants`' order), and the usual mesh with both axes titled.
pub fn quadrant_chart<'a, 'b>(
    area: &'a Area<'b>,
    text: &ChartText,
    (low, high): (f64, f64),
    split: f64,
    quadrants: [Quadrant; 4],
    (x_title, y_title): (&str, &str),
) -> Result<Cartesian<'a, 'b>, DrawingAreaErrorKind<std::io::Error>> {
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(44)
        .y_label_area_size(52)
        .build_cartesian_2d(low..high, low..high)?;
    draw_quadrants(chart.plotting_area(), low, high, split, quadrants)?;
    mesh(&mut chart, text, x_title, y_title, true)?;
    Ok(chart)
}

/// Places for points on a grid of whole scores: the first point of a place sits on it, the
/// next ones spiral around it (golden angle), at most `reach` away.
pub fn spread(places: impl IntoIterator<Item = (u8, u8)>, reach: f64) -> Vec<(f64, f64)> {
    let mut taken: HashMap<(u8, u8), usize> = HashMap::new();
    places
        .into_iter()
        .map(|(x, y)| {
            let seen = taken.entry((x, y)).or_insert(0);
            let j = *seen as f64;
            *seen += 1;
            let radius = (0.12 * j.sqrt()).min(reach);
            let angle = j * 2.399_963;
            (
                f64::from(x) + radius * angle.cos(),
                f64::from(y) + radius * angle.sin(),
            )
        })
        .collect()
}

/// A point's name beside it: to its right, or to its left when it sits in the right half
/// of `low..high` (across), so names near the edge stay on the card.
pub fn name_point(plot: &Plot, at: (f64, f64), name: &str, (low, high): (f64, f64)) -> Drawn {
    let (h, dx) = if at.0 > (low + high) / 2.0 {
        (HPos::Right, -9)
    } else {
        (HPos::Left, 9)
    };
    plot.draw(
        &(EmptyElement::at(at)
            + Text::new(
                shorten(name, 26),
                (dx, 0),
                anchored(11, &INK, h, VPos::Center),
            )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_on_one_place_spread_apart_and_stay_near_it() {
        let places = spread([(3, 3), (3, 3), (3, 3), (1, 5)], 0.4);
        assert_eq!(places[0], (3.0, 3.0));
        assert_ne!(places[1], places[2]);
        for (x, y) in &places[..3] {
            assert!((x - 3.0).hypot(y - 3.0) <= 0.4 + 1e-9);
        }
        assert_eq!(places[3], (1.0, 5.0));
    }
}
