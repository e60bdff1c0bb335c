//! A picture of an SVG drawing as PNG bytes, drawn by the browser: the SVG is loaded as an
//! image, painted on a canvas at twice its size (or less, within what a canvas can hold) and
//! read back as a PNG. The browser's own fonts draw the text, so every language renders and
//! no font is bundled.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The picture's scale: twice the drawing's size, for sharp slides and screens.
pub const SCALE: f64 = 2.0;
/// The longest side a canvas is drawn at: within every current browser's limit.
const MAX_SIDE: f64 = 16_384.0;
/// The most pixels a canvas is drawn with: below the smallest limit of current browsers.
const MAX_PIXELS: f64 = 120_000_000.0;

/// A PNG picture and the scale it was drawn at.
pub struct Picture {
    /// The PNG file's bytes.
    pub png: Vec<u8>,
    /// [`SCALE`], or less when the drawing was too large for a canvas at that scale.
    pub scale: f64,
}

/// The scale a drawing of `width` × `height` can be pictured at: [`SCALE`], or the largest
/// that fits a canvas.
pub fn fitting_scale(width: f64, height: f64) -> f64 {
    let by_side = MAX_SIDE / width.max(height).max(1.0);
    let by_area = (MAX_PIXELS / (width * height).max(1.0)).sqrt();
    SCALE.min(by_side).min(by_area)
}

/// Draw `svg` as a PNG picture; `Err` when the browser refused a step.
pub async fn png_of_svg(svg: &str) -> Result<Picture, JsValue> {
    let blob = crate::files::bytes_blob(svg.as_bytes(), "image/svg+xml")
        .ok_or_else(|| JsValue::from_str("blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let image = web_sys::HtmlImageElement::new()?;
    image.set_src(&url);
    let loaded = JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    loaded?;
    let (width, height) = (
        f64::from(image.natural_width()),
        f64::from(image.natural_height()),
    );
    let scale = fitting_scale(width, height);
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(|| JsValue::from_str("document"))?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width((width * scale).round() as u32);
    canvas.set_height((height * scale).round() as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("2d"))?
        .dyn_into()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        width * scale,
        height * scale,
    )?;
    let png = JsFuture::from(canvas_blob(&canvas)).await?;
    let png: web_sys::Blob = png.dyn_into()?;
    let buffer = JsFuture::from(png.array_buffer()).await?;
    Ok(Picture {
        png: js_sys::Uint8Array::new(&buffer).to_vec(),
        scale,
    })
}

/// The canvas's picture as a PNG blob, once the browser has encoded it.
fn canvas_blob(canvas: &web_sys::HtmlCanvasElement) -> js_sys::Promise {
    let canvas = canvas.clone();
    js_sys::Promise::new(&mut move |resolve, reject| {
        let done = wasm_bindgen::closure::Closure::once_into_js(move |blob: JsValue| {
            if blob.is_null() {
                let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("toBlob"));
            } else {
                let _ = resolve.call1(&JsValue::NULL, &blob);
            }
        });
        if canvas.to_blob(done.unchecked_ref()).is_err() {
            // The promise then never settles; the caller's await ends with the page.
        }
    })
}

/// Put a PNG picture on the clipboard, where the browser allows it.
pub async fn copy_png(png: &[u8]) -> Result<(), JsValue> {
    let blob =
        crate::files::bytes_blob(png, "image/png").ok_or_else(|| JsValue::from_str("blob"))?;
    let record = js_sys::Object::new();
    js_sys::Reflect::set(
        &record,
        &JsValue::from_str("image/png"),
        &js_sys::Promise::resolve(&blob),
    )?;
    let item = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record)?;
    let clipboard = web_sys::window()
        .ok_or_else(|| JsValue::from_str("window"))?
        .navigator()
        .clipboard();
    JsFuture::from(clipboard.write(&js_sys::Array::of1(&item))).await?;
    Ok(())
}
