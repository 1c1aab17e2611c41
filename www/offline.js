// registerOffline installs the service worker (sw.js) from any of
// Tippani's pages, so that a page visited once opens again offline: a
// student who only ever follows an exercise link gets it as much as a
// reader of the annotator. A browser without service workers, or one that
// refuses, just keeps needing the network.
//
// It waits until the page has loaded and the engine it started (if any)
// is ready, for two reasons: the service worker's first act is to copy the
// whole app into its cache, which would compete with the engine's download
// for the reader's bandwidth; and done afterwards, that copy revalidates
// what the page already fetched (sw.js asks with cache: 'no-cache'), so a
// first visit downloads the engine once, not twice. A slow engine never
// keeps the app from going offline-ready: after LATEST_MS it registers
// anyway.
import { enginesSettled } from './engine-client.js';

const LATEST_MS = 30_000;

export function registerOffline() {
  if (!('serviceWorker' in navigator)) return;
  const loaded = document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  const latest = new Promise((resolve) => setTimeout(resolve, LATEST_MS));
  loaded
    .then(() => Promise.race([enginesSettled(), latest]))
    .then(() => navigator.serviceWorker.register('/sw.js'))
    .catch(() => {});
}
