//! What every chart shares: the card, the title, the legend, axes, the "nothing to show"
//! message, and the text alternative added to the finished SVG.
//!
//! Text is drawn only with plotters' `Text` element, never with its captions or series
//! legends: those measure text through the DOM when compiled to wasm, and charts must stay
//! pure. Plotters' SVG backend escapes every text and attribute it writes, so user text goes
//! to it raw; only the text alternative, written here, is escaped here.

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::palette::{CARD, INK, QUIET};
use crate::{Chart, ChartText};

/// Width of every chart, in SVG pixels.
pub const WIDTH: u32 = 720;
/// Height of every chart, in SVG pixels.
pub const HEIGHT: u32 = 400;
/// Height of the title band.
const TITLE_HEIGHT: u32 = 40;
/// Width of the legend column.
const LEGEND_WIDTH: u32 = 190;
/// Width of a series line; axes and ticks are thinner, so tests can tell series apart.
pub const SERIES_WIDTH: u32 = 2;
/// Label characters that fit in the legend column.
const LEGEND_CHARS: usize = 26;

/// A drawing area in pixels.
pub type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
/// A plotting area in data coordinates.
pub type Plot<'a> = DrawingArea<SVGBackend<'a>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;
/// A chart in data coordinates.
pub type Cartesian<'a, 'b> =
    ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;
/// What drawing can fail with (writing to a String never does, but plotters asks).
pub type Drawn = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// A marker shape, so stakeholders of the same side (and colour) stay apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// A disc.
    Circle,
    /// A square.
    Square,
    /// A triangle pointing up.
    Triangle,
    /// A diamond.
    Diamond,
}

impl Marker {
    /// The marker of the `n`-th stakeholder of a side.
    pub fn nth(n: usize) -> Marker {
        [
            Marker::Circle,
            Marker::Square,
            Marker::Triangle,
            Marker::Diamond,
        ][n % 4]
    }
}

/// What a legend entry shows beside its label.
#[derive(Debug, Clone, Copy)]
pub enum Swatch {
    /// A series marker.
    Marker(RGBColor, Marker),
    /// A filled box: a bar or a shaded band.
    Fill(RGBAColor),
}

/// One line of the legend.
pub struct LegendEntry {
    /// What it looks like in the plot.
    pub swatch: Swatch,
    /// What it stands for.
    pub label: String,
}

/// Text styles used across charts.
pub fn style(size: u32, colour: &RGBColor) -> TextStyle<'static> {
    ("sans-serif", size as f64).into_font().color(colour)
}

/// Text anchored at a point: `h` and `v` say which side of the text the point is on.
pub fn anchored(size: u32, colour: &RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    style(size, colour).pos(Pos::new(h, v))
}

/// Bold text anchored at a point.
pub fn bold(size: u32, colour: &RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    ("sans-serif", size as f64, FontStyle::Bold)
        .into_font()
        .color(colour)
        .pos(Pos::new(h, v))
}

/// Cut a label to `chars` characters, marking the cut. Control characters become spaces:
/// plotters escapes markup but XML does not allow them at all, and a pasted one must not
/// break the file. Every user text goes through here on its way to plotters.
pub fn shorten(label: &str, chars: usize) -> String {
    let clean = label.chars().map(|c| if c.is_control() { ' ' } else { c });
    if label.chars().count() <= chars {
        clean.collect()
    } else {
        let kept: String = clean.take(chars.saturating_sub(1)).collect();
        format!("{}…", kept.trim_end())
    }
}

/// Draw a chart: the card, its title, `legend` on the right (if any), and `plot` in the rest.
/// The summary becomes the SVG's accessible name.
pub fn draw(
    text: &ChartText,
    title: &str,
    legend: &[LegendEntry],
    summary: String,
    plot: impl FnOnce(&Area) -> Drawn,
) -> Chart {
    let mut svg = String::new();
    let drawn = (|| -> Drawn {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        card(&root, title)?;
        let (_, body) = root.split_vertically(TITLE_HEIGHT);
        if legend.is_empty() {
            plot(&body)?;
        } else {
            let (plot_area, legend_area) = body.split_horizontally(WIDTH - LEGEND_WIDTH);
            plot(&plot_area)?;
            draw_legend(text, &legend_area, legend)?;
        }
        root.present()
    })();
    match drawn {
        Ok(()) => finish(svg, title, summary),
        // Unreachable with a String target; still, show the message rather than a broken box.
        Err(_) => message(text, title, text.no_values),
    }
}

/// The chart's card and its title, top left: what every chart and message starts with.
fn card(root: &Area, title: &str) -> Drawn {
    root.fill(&CARD)?;
    root.draw(&Text::new(
        title.to_owned(),
        (16, 12),
        bold(17, &INK, HPos::Left, VPos::Top),
    ))
}

/// A chart that has nothing to plot: its title and why, in the middle of the card.
pub fn message(text: &ChartText, title: &str, why: &str) -> Chart {
    let mut svg = String::new();
    let drawn = (|| -> Drawn {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        card(&root, title)?;
        root.draw(&Text::new(
            why.to_owned(),
            (WIDTH as i32 / 2, HEIGHT as i32 / 2),
            anchored(15, &QUIET, HPos::Center, VPos::Center),
        ))?;
        root.present()
    })();
    let summary = (text.figure)(title, why);
    match drawn {
        Ok(()) => finish(svg, title, summary),
        Err(_) => Chart {
            svg: String::new(),
            summary,
        },
    }
}

fn draw_legend(text: &ChartText, area: &Area, legend: &[LegendEntry]) -> Drawn {
    let (_, height) = area.dim_in_pixel();
    let row = 19;
    let fits = ((height as i32 - 16) / row).max(1) as usize;
    let (shown, hidden) = if legend.len() > fits {
        (fits - 1, legend.len() - (fits - 1))
    } else {
        (legend.len(), 0)
    };
    for (n, entry) in legend.iter().take(shown).enumerate() {
        let y = 10 + n as i32 * row;
        match entry.swatch {
            Swatch::Marker(colour, marker) => draw_marker(area, (14, y), marker, colour, 5)?,
            Swatch::Fill(colour) => {
                area.draw(&Rectangle::new([(8, y - 6), (20, y + 6)], colour.filled()))?
            }
        }
        area.draw(&Text::new(
            shorten(&entry.label, LEGEND_CHARS),
            (28, y),
            anchored(12, &INK, HPos::Left, VPos::Center),
        ))?;
    }
    if hidden > 0 {
        area.draw(&Text::new(
            (text.more)(hidden),
            (28, 10 + shown as i32 * row),
            anchored(12, &QUIET, HPos::Left, VPos::Center),
        ))?;
    }
    Ok(())
}

/// Draw a marker of `radius` pixels centred on `at`.
pub fn draw_marker<CT>(
    area: &DrawingArea<SVGBackend, CT>,
    at: CT::From,
    marker: Marker,
    colour: RGBColor,
    radius: i32,
) -> Drawn
where
    CT: CoordTranslate,
{
    let r = radius;
    let fill = colour.filled();
    match marker {
        Marker::Circle => area.draw(&(EmptyElement::at(at) + Circle::new((0, 0), r, fill))),
        Marker::Square => area.draw(
            &(EmptyElement::at(at) + Rectangle::new([(-r + 1, -r + 1), (r - 1, r - 1)], fill)),
        ),
        Marker::Triangle => area.draw(
            &(EmptyElement::at(at) + Polygon::new(vec![(0, -r), (r, r - 1), (-r, r - 1)], fill)),
        ),
        Marker::Diamond => area.draw(
            &(EmptyElement::at(at) + Polygon::new(vec![(0, -r), (r, 0), (0, r), (-r, 0)], fill)),
        ),
    }
}

/// A value axis range that holds every finite value and zero, with some air; a flat range
/// (all zero) becomes −1…1 so the zero line sits in the middle.
pub fn span(values: impl IntoIterator<Item = f64>) -> Range<f64> {
    let (mut low, mut high) = (0.0_f64, 0.0_f64);
    for value in values.into_iter().filter(|v| v.is_finite()) {
        low = low.min(value);
        high = high.max(value);
    }
    if high - low <= f64::EPSILON * high.abs().max(low.abs()).max(1.0) {
        return (low - 1.0)..(high + 1.0);
    }
    let air = (high - low) * 0.08;
    (low - if low < 0.0 { air } else { 0.0 })..(high + air)
}

/// A tick label: the user's number format, or scientific notation for huge values that
/// would not fit the axis.
pub fn tick(text: &ChartText, value: f64) -> String {
    if value.abs() >= 1e6 {
        format!("{value:.1e}")
    } else {
        (text.number)(value)
    }
}

/// The usual mesh: grid lines, value ticks on the left and, when `x_ticks`, numbers under
/// the x axis (charts over steps or touchpoints name their categories themselves).
pub fn mesh(
    chart: &mut Cartesian,
    text: &ChartText,
    x_title: &str,
    y_title: &str,
    x_ticks: bool,
) -> Drawn {
    let format = |value: &f64| tick(text, *value);
    let mut mesh = chart.configure_mesh();
    if !x_ticks {
        mesh.disable_x_mesh();
    }
    mesh.x_labels(if x_ticks { 6 } else { 0 })
        .x_label_formatter(&format)
        .y_labels(6)
        .y_label_formatter(&format)
        .x_desc(x_title)
        .y_desc(y_title)
        .axis_style(INK)
        .bold_line_style(QUIET.mix(0.25))
        .light_line_style(TRANSPARENT)
        .label_style(style(12, &INK))
        .axis_desc_style(style(13, &INK))
        .draw()
}

/// The frame of a chart of values per step: `steps` categories across, `range` up, with the
/// usual mesh titled with the steps and the journey's unit of value.
pub fn steps_value_chart<'a, 'b>(
    area: &'a Area<'b>,
    text: &ChartText,
    unit: &str,
    steps: usize,
    range: Range<f64>,
) -> Result<Cartesian<'a, 'b>, DrawingAreaErrorKind<std::io::Error>> {
    let mut chart = ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(52)
        .y_label_area_size(64)
        .build_cartesian_2d(-0.5..(steps as f64 - 0.5), range)?;
    mesh(
        &mut chart,
        text,
        text.steps_axis,
        &(text.value_axis)(unit),
        false,
    )?;
    Ok(chart)
}

/// Name categories `0..n` under the x axis at `y` (the axis's lower bound), skipping some
/// when they would not fit, and on two staggered rows when names are cramped.
pub fn category_labels(plot: &Plot, names: &[String], y: f64) -> Drawn {
    let (width, _) = plot.dim_in_pixel();
    let n = names.len().max(1);
    let fits = (width as usize / 52).max(1);
    let stride = n.div_ceil(fits);
    // Pixels per label, at about 6.5 pixels a character.
    let slot = width as usize * stride / n;
    let stagger = slot < 90 && n > stride;
    let chars = ((if stagger { 2 * slot } else { slot }) * 2 / 13).clamp(3, 18);
    for (row, (k, name)) in names.iter().enumerate().step_by(stride).enumerate() {
        let dy = if stagger && row % 2 == 1 { 19 } else { 5 };
        plot.draw(
            &(EmptyElement::at((k as f64, y))
                + Text::new(
                    shorten(name, chars),
                    (0, dy),
                    anchored(11, &INK, HPos::Center, VPos::Top),
                )),
        )?;
    }
    Ok(())
}

/// Give the SVG its text alternative: `role="img"`, an `aria-label` with the key figures and
/// a `<title>`, so screen readers and tooltips say what the chart shows.
fn finish(svg: String, title: &str, summary: String) -> Chart {
    let mut out = String::with_capacity(svg.len() + 2 * summary.len() + 128);
    match svg
        .find("<svg")
        .and_then(|at| svg[at..].find('>').map(|end| at + end))
    {
        Some(end) => {
            out.push_str(&svg[..end]);
            out.push_str(" role=\"img\" aria-label=\"");
            out.push_str(&escape(&summary));
            out.push_str("\">\n<title>");
            out.push_str(&escape(title));
            out.push_str("</title>");
            out.push_str(&svg[end + 1..]);
        }
        None => out = svg,
    }
    Chart { svg: out, summary }
}

/// Escape text for XML content or a quoted attribute. Only for text written here; plotters
/// escapes what it writes itself.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0; a pasted one must not break the file.
            c if c.is_control() && !matches!(c, '\n' | '\t') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_holds_zero_and_every_value_with_air() {
        let range = span([3.0, 10.0]);
        assert_eq!(range.start, 0.0);
        assert!(range.end > 10.0);
        let range = span([-5.0, 2.0]);
        assert!(range.start < -5.0 && range.end > 2.0);
    }

    #[test]
    fn an_all_zero_span_is_centred_on_zero() {
        assert_eq!(span([0.0, 0.0]), -1.0..1.0);
        assert_eq!(span([]), -1.0..1.0);
    }

    #[test]
    fn huge_and_non_finite_values_keep_a_usable_span() {
        let range = span([1e12, f64::NAN, f64::INFINITY]);
        assert_eq!(range.start, 0.0);
        assert!(range.end > 1e12 && range.end.is_finite());
    }

    #[test]
    fn shortened_labels_say_they_were_cut() {
        assert_eq!(shorten("Onboard", 10), "Onboard");
        assert_eq!(shorten("Discovery meeting", 8), "Discove…");
        assert_eq!(shorten("a\u{1}b", 8), "a b");
    }

    #[test]
    fn escaping_covers_markup_quotes_and_controls() {
        assert_eq!(
            escape("<a href=\"x\">&'\u{7}"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos; "
        );
    }
}
