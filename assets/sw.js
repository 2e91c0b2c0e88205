// Service worker of the Magnesium & Restless Legs calculator.
//
// This file is a template: scripts/post_build.mjs (a Trunk post_build hook) writes dist/sw.js from
// it, replacing the BUILD line below with the exact file list of that build. Any change to any
// file gives a new version, hence a new sw.js, which the browser installs next to the running one.
//
// - install: every file of this build goes into its own cache "mg-rls-<version>" (all or nothing).
//   The new worker then WAITS: open pages keep the files they started with, never a mix.
// - the page shows "New version available — Reload"; Reload posts {type: "mg-rls:skip-waiting"}
//   here, the worker activates, deletes the caches of older builds and takes over; the page reloads.
// - fetch: cache first for the files of this build (hashed names never change content);
//   navigations get index.html from the cache (the app reads everything from the URL), so the
//   app works offline at any query string. Everything else goes to the network untouched.
// - debug builds (`trunk serve`) get a worker that removes itself and its caches, so live reload
//   always sees fresh files.
const BUILD = /* BUILD */ { version: 'template', dev: true, files: [] };

const PREFIX = 'mg-rls-';
const CACHE = PREFIX + BUILD.version;
const BASE = new URL('./', self.location).href;
const FILES = new Set(BUILD.files);

if (BUILD.dev) {
  self.addEventListener('install', () => self.skipWaiting());
  self.addEventListener('activate', (event) => {
    event.waitUntil(dropCaches(() => true).then(() => self.registration.unregister()));
  });
} else {
  self.addEventListener('install', (event) => {
    event.waitUntil(
      caches.open(CACHE).then((cache) =>
        // no-cache: revalidate with the server, so a stale HTTP cache cannot mix builds.
        cache.addAll(BUILD.files.map((file) => new Request(BASE + file, { cache: 'no-cache' }))),
      ),
    );
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(dropCaches((key) => key !== CACHE).then(() => self.clients.claim()));
  });

  // Only from pages of this origin (a worker receives nothing else): the page's Reload button.
  self.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'mg-rls:skip-waiting') self.skipWaiting();
  });

  self.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    const path = url.origin + url.pathname;
    if (!path.startsWith(BASE)) return;
    const file = path.slice(BASE.length);
    if (FILES.has(file)) {
      event.respondWith(fromCache(file, request));
    } else if (request.mode === 'navigate' && (file === '' || !file.split('/').pop().includes('.'))) {
      // The app shell for "./", "./?view=quiz", and client-side paths without a file extension.
      event.respondWith(fromCache('index.html', request));
    }
  });
}

async function fromCache(file, request) {
  const cached = await caches.match(BASE + file, { cacheName: CACHE });
  return cached || fetch(request);
}

async function dropCaches(shouldDrop) {
  const keys = await caches.keys();
  await Promise.all(keys.filter((key) => key.startsWith(PREFIX) && shouldDrop(key)).map((key) => caches.delete(key)));
}
