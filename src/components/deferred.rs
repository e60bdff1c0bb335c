//! The parts of the app that the map does not need, each behind a split point.
//!
//! A first visit should download what paints and edits the map, and no more. In the release
//! build (`cargo xtask build`, the `split` feature) each function declared with [`deferred!`]
//! becomes a wasm chunk of its own, fetched the first time it is called; everywhere else
//! (development builds, browser tests) it is a plain `async fn` in the one wasm module, so
//! the same code runs and is tested either way. A chunk that cannot be fetched (the network
//! gone before the service worker kept it) is a [`ChunkMissing`] for the caller to tell the
//! user about, never a panic.
//!
//! Split points are `extern "C"` imports the split tool rewires, so the generated code is
//! unsafe; this module alone allows it.
#![allow(unsafe_code)]

use leptos::prelude::*;
// The page's futures never leave its one thread; Suspend asks for Send all the same.
use send_wrapper::SendWrapper;

use crate::strings::strings;

/// A part of the app that could not be fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkMissing;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// Declare `fn name() -> Result<T, ChunkMissing> { body }` as a split point: an
/// `async fn` returning the body's value once its chunk is loaded.
macro_rules! deferred {
    ($(#[$meta:meta])* $vis:vis fn $name:ident() -> $out:ty $body:block) => {
        $(#[$meta])*
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name() -> Result<$out, $crate::components::deferred::ChunkMissing> {
            Ok($body)
        }
        $(#[$meta])*
        #[cfg(not(feature = "split"))]
        $vis async fn $name() -> Result<$out, $crate::components::deferred::ChunkMissing> {
            Ok($body)
        }
    };
}
pub(crate) use deferred;

/// Show what `load` draws once its chunk has arrived; meanwhile a quiet placeholder, and if
/// it never arrives, a sentence saying so (the rest of the page works on).
pub fn show_when_loaded<F>(load: F) -> impl IntoView
where
    F: std::future::Future<Output = Result<AnyView, ChunkMissing>> + 'static,
{
    let s = strings();
    let load = SendWrapper::new(load);
    view! {
        <Suspense fallback=move || view! { <p class="deferred__loading" role="status">{s.workspace.loading}</p> }>
            {Suspend::new(SendWrapper::new(async move {
                match load.take().await {
                    Ok(view) => view,
                    Err(ChunkMissing) => view! {
                        <p class="deferred__missing" role="alert">{s.workspace.missing}</p>
                    }
                    .into_any(),
                }
            }))}
        </Suspense>
    }
}
