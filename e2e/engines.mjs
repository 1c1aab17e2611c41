// The page's engine workers (www/engine-client.js): 'core' answers what
// pressing Annotate needs, 'tools' the document tools, started once the
// core is ready. Both run www/engine-worker.js, under the name the page
// gives each.
export async function engineWorker(page, name = 'core') {
  const named = async (w) => w.url().endsWith('/engine-worker.js')
    && (await w.evaluate(() => self.name).catch(() => null)) === name;
  return new Promise((resolve) => {
    const seen = async (w) => {
      if (await named(w)) {
        page.off('worker', seen);
        resolve(w);
      }
    };
    page.on('worker', seen);
    for (const w of page.workers()) seen(w);
  });
}

// recordEnabled records, in the page, when Annotate is first enabled
// (Date.now(), the clock Playwright's request timings use); add it with
// page.addInitScript before navigating and read window.__enabledAt.
export function recordEnabled() {
  addEventListener('DOMContentLoaded', () => {
    const button = document.getElementById('annotate');
    if (!button) return;
    new MutationObserver((_, observer) => {
      if (!button.disabled) {
        window.__enabledAt = Date.now();
        observer.disconnect();
      }
    }).observe(button, { attributes: true, attributeFilter: ['disabled'] });
  });
}
