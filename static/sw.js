// Sightline's service worker. After one visit it keeps one whole deployment of the app (the
// files of one release build) in Cache Storage and answers the app's requests from it, so the
// app opens and works with the network cut; the journey itself is in local storage.
//
// Strategy: the app shell is cache-first. Opening the app always gets the index.html of the
// deployment this worker installed, and its hashed .js/.wasm/.css from the same cache, so the
// page never mixes two deployments. A new deployment changes this file (the build line below),
// which the browser notices when the app is opened; the new worker installs its own cache
// beside the old one and then waits. It takes over only when the page asks (the user chose
// "Reload", see src/offline.rs) or when no page of the old version is left open; then it
// deletes the old cache.
//
// Why JavaScript: a service worker runs in its own global scope, before and apart from the
// page, and must start instantly on every request. This file is small and uses only the Cache
// and Fetch APIs; compiling Rust to a second wasm module for it would add weight for nothing.
'use strict';

// Written by `cargo xtask precache` at the end of every build (`cargo xtask build`, or Trunk's
// post-build hook):
// the build's identity and every file of the build but this one, as URLs relative to here.
// The page is listed as "./", not "./index.html": every static host answers the folder's URL
// itself, while some redirect index.html, and a redirected response cannot answer a visit.
const PRECACHE = { build: 'unbuilt', files: [] };

// Cache Storage is shared by the whole origin, so the scope is part of the name: two copies
// of the app under different paths of one host never delete each other's files.
const SCOPE = self.registration.scope;
const CACHE_PREFIX = `sightline ${SCOPE} `;
const CACHE = CACHE_PREFIX + PRECACHE.build;
const INDEX = new URL('index.html', SCOPE).href;

// The release build (`cargo xtask build`) puts every file the page loads, the wasm chunks among
// them, in a folder named after the build's content (`app-1a3ab3cdefab386a/`): whatever copy
// of a file in such a folder the browser holds is the right one.
const HASHED = /(^|\/)app-[0-9a-f]{16}\//;

// One file for the new cache. A hashed file is taken from the HTTP cache when the page has
// just downloaded it (`force-cache`: even a copy the host sent without validators, which a
// plain request would download again; a first visit would fetch the wasm twice), and from
// the host otherwise or if that copy is not a success. Any other file (the page, the
// manifest, the icon) keeps its name across deployments, so it is asked of the host,
// revalidated (`no-cache`), never taken from the HTTP cache as it is.
async function download(file) {
  if (HASHED.test(file)) {
    const cached = await fetch(file, { cache: 'force-cache' });
    if (cached.ok) return cached;
  }
  return fetch(file, { cache: 'no-cache' });
}

self.addEventListener('install', (event) => {
  // All or nothing: no file is stored unless every one arrived, and an install that fails
  // leaves the running version in charge.
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(PRECACHE.files.map(download))
        .then((responses) => {
          const failed = responses.findIndex((response) => !response.ok);
          if (failed >= 0) throw new TypeError(`${PRECACHE.files[failed]}: ${responses[failed].status}`);
          return Promise.all(responses.map((response, i) => cache.put(PRECACHE.files[i], response)));
        })
        .catch((error) => caches.delete(CACHE).then(() => Promise.reject(error))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

// The page sends this when the user accepts the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !url.href.startsWith(SCOPE)) return;
  if (request.mode === 'navigate') {
    // The app is one page: opening the scope or its index.html (with any query or fragment,
    // which carry the user's state, not the page) gets this deployment's page.
    const page = url.origin + url.pathname;
    if (page === SCOPE || page === INDEX) event.respondWith(fromCache(SCOPE, request));
    return;
  }
  event.respondWith(fromCache(request, request));
});

// This deployment's copy of `key`, or the network's answer to `request` for anything the
// build did not contain (or if the browser evicted the cache).
async function fromCache(key, request) {
  return (await caches.match(key, { cacheName: CACHE })) ?? fetch(request);
}
