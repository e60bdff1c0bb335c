//! The words of pictures of the map: exporting and copying them, and importing one back.

/// Exporting the map as a PNG picture, copying it, and why a PNG file gives no journey.
#[derive(Clone, Copy, Debug)]
pub struct PictureText {
    /// Accessible name of the picture controls.
    pub picture: &'static str,
    /// Label of the background picker.
    pub background: &'static str,
    /// The white background.
    pub light: &'static str,
    /// The dark background.
    pub dark: &'static str,
    /// The button that downloads the map as a PNG picture.
    pub download_png: &'static str,
    /// The button that puts the picture on the clipboard.
    pub copy_png: &'static str,
    /// Said once the picture is on the clipboard.
    pub copied: &'static str,
    /// Said when the browser does not let the page copy a picture.
    pub copy_refused: &'static str,
    /// Said when the browser could not draw the picture.
    pub failed: &'static str,
    /// Said when the map is too large to picture at twice its size, given the percentage of
    /// its size it was drawn at.
    pub clamped: fn(percent: &str) -> String,
    /// Why a PNG file gives no journey: it is not a PNG picture.
    pub not_png: &'static str,
    /// … it is cut short or damaged.
    pub damaged: &'static str,
    /// … it holds no journey.
    pub no_journey: &'static str,
    /// … the journey inside is larger than Sightline reads.
    pub too_large: &'static str,
}
