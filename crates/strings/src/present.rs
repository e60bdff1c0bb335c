//! The words of printing the journey and of presenting it step by step.

/// Print and presentation mode.
#[derive(Clone, Copy, Debug)]
pub struct PresentText {
    /// The button that opens the browser's print dialog (where "Save as PDF" is too).
    pub print: &'static str,
    /// The button that starts the presentation.
    pub present: &'static str,
    /// Accessible name of the presentation.
    pub presentation: &'static str,
    /// Where the presentation is: step `n` of `total`.
    pub step_of: fn(n: usize, total: usize) -> String,
    /// The button to the previous step.
    pub previous: &'static str,
    /// The button to the next step.
    pub next: &'static str,
    /// The button that leaves the presentation, with its key.
    pub leave: &'static str,
    /// Heading of a step's touchpoints.
    pub touchpoints: &'static str,
    /// Heading of the experience curve up to the step shown.
    pub experience_so_far: &'static str,
    /// The last slide: the journey's value, side by side.
    pub summary: &'static str,
    /// Said on a step with no touchpoint.
    pub no_touchpoints: &'static str,
    /// Heading of the value pages of the printed journey.
    pub value_pages: &'static str,
}
