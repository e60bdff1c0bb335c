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

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

use leptos::prelude::*;
// The page's futures never leave its one thread; Suspend asks for Send all the same.
use send_wrapper::SendWrapper;

use crate::store::Notices;
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
        // A body of one expression is still a block here.
        #[allow(unused_braces)]
        $vis fn $name() -> Result<$out, $crate::components::deferred::ChunkMissing> {
            Ok($body)
        }
        $(#[$meta])*
        #[cfg(not(feature = "split"))]
        #[allow(unused_braces)]
        $vis async fn $name() -> Result<$out, $crate::components::deferred::ChunkMissing> {
            Ok($body)
        }
    };
}
pub(crate) use deferred;

/// What a split point gives, for an action (an export, a copy, a picture): `None` when its
/// chunk could not be fetched, which the user is told about in a notice.
pub async fn loaded_or_notice<T>(
    load: impl Future<Output = Result<T, ChunkMissing>>,
    notices: Notices,
) -> Option<T> {
    match load.await {
        Ok(value) => Some(value),
        Err(ChunkMissing) => {
            notices.push(strings().workspace.missing.to_owned());
            None
        }
    }
}

/// Show what `load` draws once its chunk has arrived; meanwhile a quiet placeholder, and if
/// it never arrives, a sentence saying so (the rest of the page works on).
pub fn show_when_loaded<F>(load: F) -> impl IntoView
where
    F: Future<Output = Result<AnyView, ChunkMissing>> + 'static,
{
    let load = SendWrapper::new(load);
    view! {
        <Suspense fallback=loading_part>
            {Suspend::new(SendWrapper::new(async move {
                match Untracked(Box::pin(load.take())).await {
                    Ok(view) => view,
                    Err(ChunkMissing) => missing_part(),
                }
            }))}
        </Suspense>
    }
}

/// A split point's value that a view asks for when it needs it, such as the function that
/// draws a form: fetched on the first ask, then read like any signal. Unlike
/// [`show_when_loaded`], what it draws is built outside any `Suspense`, exactly as if the
/// code had been there all along (its effects run, its focus is taken, as before).
pub struct OnDemand<T: Send + Sync + 'static> {
    value: RwSignal<Option<Result<T, ChunkMissing>>>,
    phase: StoredValue<Phase>,
    load: Fetch<T>,
}

/// Starts fetching a split point's value: `|| Box::pin(split_point())`.
pub type Fetch<T> = fn() -> Pin<Box<dyn Future<Output = Result<T, ChunkMissing>>>>;

/// Where a fetch stands: a failure is shown once, and the next ask tries again.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    NotAsked,
    Fetching,
    Arrived,
    FailureShown,
}

impl<T: Send + Sync + 'static> Clone for OnDemand<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for OnDemand<T> {}

impl<T: Copy + Send + Sync + 'static> OnDemand<T> {
    /// Nothing is fetched until [`OnDemand::get`] is first called.
    pub fn new(load: Fetch<T>) -> Self {
        OnDemand {
            value: RwSignal::new(None),
            phase: StoredValue::new(Phase::NotAsked),
            load,
        }
    }

    /// The value once it has arrived (`None` while it is fetched, an error if it could not
    /// be); tracked, so a view asking again is redrawn when it comes. A chunk already loaded
    /// answers at once, so that a view drawn again (in another language, say) is whole in the
    /// same frame.
    pub fn get(&self) -> Option<Result<T, ChunkMissing>> {
        let value = self.value.get();
        match (self.phase.get_value(), value) {
            (Phase::NotAsked, _) => self.start(),
            (Phase::Arrived, Some(Err(ChunkMissing))) => {
                self.phase.set_value(Phase::FailureShown);
                value
            }
            (Phase::FailureShown, Some(Err(ChunkMissing))) => self.start(),
            _ => value,
        }
    }

    /// Start fetching once the page is next idle, if nothing has asked by then: for a part
    /// the user will most likely need soon, but not before the page is drawn. Asking for a
    /// chunk costs the page's thread a millisecond or more for each of its files (the
    /// touchpoint form's are a score), which, asked for as the map was built, delayed its
    /// first cards by 30 to 80 ms (BENCHMARKS.md, "where opening a link's time went").
    pub fn prefetch_when_idle(&self) {
        let this = *self;
        request_idle_callback(move || {
            // The view that wanted it may be gone by then, and its handle with it.
            if this.phase.try_get_value() == Some(Phase::NotAsked) {
                this.start();
            }
        });
    }

    fn start(&self) -> Option<Result<T, ChunkMissing>> {
        let mut fetching = (self.load)();
        if let Poll::Ready(loaded) = fetching
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            self.phase.set_value(Phase::Arrived);
            // Whoever asked reads the answer returned; telling readers would only redraw it.
            self.value.update_untracked(|value| *value = Some(loaded));
            return Some(loaded);
        }
        self.phase.set_value(Phase::Fetching);
        let (value, phase) = (self.value, self.phase);
        leptos::task::spawn_local(async move {
            let loaded = fetching.await;
            phase.set_value(Phase::Arrived);
            value.set(Some(loaded));
        });
        None
    }
}

/// The sentence shown in place of a part of the app that could not be fetched.
pub fn missing_part() -> AnyView {
    let s = strings();
    view! { <p class="deferred__missing" role="alert">{s.workspace.missing}</p> }.into_any()
}

/// The placeholder shown while a part of the app is fetched.
pub fn loading_part() -> AnyView {
    let s = strings();
    view! { <p class="deferred__loading" role="status">{s.workspace.loading}</p> }.into_any()
}

/// A future polled with no reactive observer. `Suspend` polls its future as an observer, so
/// a signal read while the view is built (in a component's body, say) would otherwise become
/// the `Suspend`'s own, and every change of it would build the whole view again: a keystroke
/// in a field would replace the form it was typed in.
struct Untracked<F>(Pin<Box<F>>);

impl<F: Future> Future for Untracked<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, context: &mut Context<'_>) -> Poll<F::Output> {
        untrack(|| self.0.as_mut().poll(context))
    }
}
