// Tippani's service worker: once the app has loaded, it works offline.
//
// Versioning. VERSION names the cache after the build id that
// ./scripts/build writes into /build-id.js (a hash of every file in www/).
// The browser re-checks imported scripts when it looks for a new service
// worker, so any change to the app installs a new worker, which precaches
// the whole set afresh (each file revalidated with the server) and on
// activation deletes every older Tippani cache: a deploy never mixes the
// old page with the new engine.
//
// Strategy. Page navigations are network-first: a reader online always
// gets the newest page; offline, the cached copy of the page that serves
// the address (pageFor). Each page is cached under its own address only
// ("/", "/exercise", ...): the static host redirects /index.html to /, and
// a redirected response cannot answer a navigation. So the annotator, a
// shared /s/{id} link (the app routes it itself), the exercise maker and
// a student's /x/{id} exercise all open offline once visited; the
// exercise page brings its own copy of the exercise (classroom/draft.js).
// The other app files are cache-first from the versioned cache, which keeps the wasm, scripts,
// styles and fonts consistent with each other. /api/ is never cached.
importScripts('/build-id.js');
const VERSION = 'tippani-' + self.TIPPANI_BUILD;
// Every page (by the address that serves it) and every file of the app:
// ./scripts/build lists them from what it built into www/, so a new file
// is cached without anyone remembering to add it here.
const APP_FILES = self.TIPPANI_FILES;

// pageFor names the cached page that serves a navigation to path, or null
// for an address that is not one of the app's pages.
function pageFor(path) {
  if (path === '/' || path === '/index.html' || path.startsWith('/s/')) return '/';
  if (path === '/class') return '/class';
  if (path === '/exercise' || path.startsWith('/x/')) return '/exercise';
  if (path === '/teacher' || path.startsWith('/t/')) return '/teacher';
  return null;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(VERSION);
    // no-cache: every file is revalidated with the server, so the cache
    // holds this build's files, while a file the page has just downloaded
    // (the engine, above all) comes back as a 304 instead of twice.
    await cache.addAll(APP_FILES.map((path) => new Request(path, { cache: 'no-cache' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('tippani-') && name !== VERSION) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate') {
    event.respondWith((async () => {
      const page = pageFor(url.pathname);
      try {
        const fresh = await fetch(request);
        if (fresh.ok && !fresh.redirected && page) {
          const cache = await caches.open(VERSION);
          await cache.put(page, fresh.clone());
        }
        return fresh;
      } catch {
        const cache = await caches.open(VERSION);
        return (await cache.match(request)) || (page && await cache.match(page)) || Response.error();
      }
    })());
    return;
  }
  event.respondWith((async () => {
    const cached = await caches.match(request, { cacheName: VERSION, ignoreSearch: true });
    return cached || fetch(request);
  })());
});
