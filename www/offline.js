// registerOffline installs the service worker (sw.js) from any of
// Tippani's pages, so that a page visited once opens again offline: a
// student who only ever follows an exercise link gets it as much as a
// reader of the annotator. A browser without service workers, or one that
// refuses, just keeps needing the network.
export function registerOffline() {
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
}
