//! Offline use: registers the service worker (`static/sw.js`) and finds out when a new version
//! of the app has been installed beside the running one.
//!
//! The worker keeps one whole deployment in the browser's cache, so after one visit the app
//! opens with the network cut. When the app is opened after a new deployment, the browser
//! installs the new worker in the background and leaves it waiting: the running page keeps
//! the version it started with until the user accepts the new one
//! ([`switch_to_new_version`]) or closes every page of the old one.
//!
//! Written with web-sys rather than an inline JavaScript snippet: wasm-bindgen emits such a
//! snippet as one more file that `index.html` does not name, one more piece for the worker to
//! keep in step, while these few calls read plainly enough in Rust.

use std::rc::Rc;

use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState, ServiceWorkerUpdateViaCache,
};

/// The worker's URL and scope, relative to the page: wherever `dist/` is hosted, the worker
/// sits beside `index.html` and looks after that folder only.
const WORKER: &str = "./sw.js";
const SCOPE: &str = "./";
/// The message `sw.js` takes as the user's consent to switch versions.
const SKIP_WAITING: &str = "skip-waiting";

/// Register the service worker, then call `new_version_ready` each time a new version has
/// been installed and waits for the user (at once if one was already waiting).
///
/// Does nothing in development builds, whose every rebuild a cached app would hide, nor where
/// the browser offers no service workers (an `http:` address other than the local machine):
/// there the app simply works online only.
pub fn start(new_version_ready: impl Fn() + 'static) {
    if cfg!(debug_assertions) {
        return;
    }
    let Some(container) = service_workers() else {
        return;
    };
    let options = RegistrationOptions::new();
    options.set_scope(SCOPE);
    // Always ask the host for sw.js itself, never the HTTP cache, so a deployment shows at once.
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let registering = container.register_with_options(WORKER, &options);
    let new_version_ready: Rc<dyn Fn()> = Rc::new(new_version_ready);
    spawn_local(async move {
        match JsFuture::from(registering).await {
            Ok(registration) => watch(registration.unchecked_into(), new_version_ready),
            // Offline use is a bonus: the app works on, and the console says why it is missing.
            Err(error) => web_sys::console::warn_2(
                &JsValue::from_str(
                    "Sightline: the service worker was refused; offline use is off.",
                ),
                &error,
            ),
        }
    });
}

/// Let the waiting new version take over, then reload the page into it. The journey is saved
/// on every edit, so nothing is lost. With no version waiting (another tab switched already),
/// just reload.
pub fn switch_to_new_version() {
    let Some(container) = service_workers() else {
        reload();
        return;
    };
    spawn_local(async move {
        let waiting = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|found| found.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|registration| registration.waiting());
        let Some(worker) = waiting else {
            reload();
            return;
        };
        // Reload only once the new worker is in charge, so that it answers the reload. Watching
        // the worker rather than `controllerchange` also covers a page the old worker never
        // controlled (the very first visit).
        let watched = worker.clone();
        on_state_change(&worker, move || {
            if matches!(
                watched.state(),
                ServiceWorkerState::Activated | ServiceWorkerState::Redundant
            ) {
                reload();
            }
        });
        if worker
            .post_message(&JsValue::from_str(SKIP_WAITING))
            .is_err()
        {
            reload();
        }
    });
}

/// The browser's service workers, if this page may use them (secure contexts only).
fn service_workers() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let offered =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    offered.then(|| navigator.service_worker())
}

/// Call `ready` for a version already waiting, and for every later install that ends beside an
/// active worker.
fn watch(registration: ServiceWorkerRegistration, ready: Rc<dyn Fn()>) {
    if registration.waiting().is_some() {
        ready();
    }
    if let Some(worker) = registration.installing() {
        watch_install(&registration, worker, ready.clone());
    }
    let watched = registration.clone();
    let on_update_found = Closure::<dyn FnMut()>::new(move || {
        if let Some(worker) = watched.installing() {
            watch_install(&watched, worker, ready.clone());
        }
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    // The registration lives as long as the page, and so must its listener.
    on_update_found.forget();
}

/// Call `ready` when `worker` has installed, if it is a new version rather than the first one.
fn watch_install(
    registration: &ServiceWorkerRegistration,
    worker: ServiceWorker,
    ready: Rc<dyn Fn()>,
) {
    // The very first install has no active worker beside it; it takes over at once and there
    // is nothing to announce.
    if registration.active().is_none() {
        return;
    }
    let watched = worker.clone();
    on_state_change(&worker, move || {
        if watched.state() == ServiceWorkerState::Installed {
            ready();
        }
    });
}

/// Run `listener` on each state change of `worker`, for as long as the page lives (a worker
/// changes state a handful of times, so the listeners are few).
fn on_state_change(worker: &ServiceWorker, listener: impl FnMut() + 'static) {
    let listener = Closure::<dyn FnMut()>::new(listener);
    let _ =
        worker.add_event_listener_with_callback("statechange", listener.as_ref().unchecked_ref());
    listener.forget();
}

/// Reload the page. If the browser refuses, the user can still reload by hand.
fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
