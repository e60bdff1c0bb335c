//! Files in and out of the browser: downloading a text or bytes as a file, reading a picked
//! file as text or bytes.

use wasm_bindgen::JsCast;

/// The largest file Sightline reads: browsers keep about 5 MB per site, so a larger file could
/// never be stored, and reading it would only hold up the page.
pub const MAX_FILE_BYTES: f64 = 16.0 * 1024.0 * 1024.0;

/// Offer `text` to the user as a file called `file_name`. Returns false if the browser
/// refused one of the steps (no document, blobs or object URLs).
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .ok()
        .and_then(|blob| try_download(file_name, &blob))
        .is_some()
}

/// Offer `bytes` to the user as a file called `file_name`, as [`download`] does a text.
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> bool {
    bytes_blob(bytes, mime)
        .and_then(|blob| try_download(file_name, &blob))
        .is_some()
}

/// A blob of `bytes` with the type `mime`.
pub fn bytes_blob(bytes: &[u8], mime: &str) -> Option<web_sys::Blob> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()
}

fn try_download(file_name: &str, blob: &web_sys::Blob) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    // Some browsers only follow a link that is in the document.
    let body = document.body()?;
    body.append_child(&anchor).ok()?;
    anchor.click();
    anchor.remove();
    // Revoking at once can cancel a download that a browser starts asynchronously.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Some(())
}

/// A file name made from a journey's name: letters, digits, spaces and dashes kept, anything
/// a file system could object to replaced, never empty.
pub fn file_stem(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == ' ' || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let trimmed: String = cleaned
        .trim_matches(|c: char| c == ' ' || c == '-')
        .chars()
        .take(80)
        .collect();
    if trimmed.is_empty() {
        "journey".to_owned()
    } else {
        trimmed
    }
}

/// Why a picked file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// The browser failed to read it.
    Unreadable,
}

/// Read a picked file as text (UTF-8; invalid bytes become replacement characters, which the
/// document decoder then reports).
pub async fn read_text(file: &web_sys::File) -> Result<String, ReadError> {
    if file.size() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    text.as_string().ok_or(ReadError::Unreadable)
}

/// Read a picked file's bytes, within the same size limit as [`read_text`].
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, ReadError> {
    if file.size() > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge);
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
