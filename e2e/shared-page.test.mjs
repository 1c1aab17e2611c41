// A shared link opens at once: the page draws the stored article and its
// highlights without the engine (needed only to edit a copy), which starts
// downloading only after the article is drawn; and the annotator's modules
// come as one bundle rather than found level by level.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, withPage, baseURL, repoRoot, post } from './browser.mjs';
import { engineWorker } from './engines.mjs';
import { modules } from '../scripts/lib/size.mjs';
import { bundled, output } from '../scripts/lib/bundle.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// span gives the code point offsets of the first occurrence of part in text.
function span(text, part, type) {
  const at = [...text.slice(0, text.indexOf(part))].length;
  return { start: at, end: at + [...part].length, type };
}

// recordDrawn records, in the page, when the first highlight appears in
// the article (Date.now(), the clock of Playwright's request timings).
function recordDrawn() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('#output mark')) {
      window.__drawnAt = Date.now();
      window.__drawnMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

test('index.html loads the annotator as one bundle, built from the current modules', async () => {
  const html = readFileSync(repoRoot + 'www/index.html', 'utf8');
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(scripts, ['/app.bundle.js']);
  const { text, inputs } = await bundled();
  assert.equal(readFileSync(output, 'utf8'), text, 'www/app.bundle.js is stale: run ./scripts/build');
  assert.deepEqual([...inputs].sort(), modules(repoRoot + 'www', '/app.js').sort(), 'the bundle and app.js\'s imports differ');
});

test('a shared link draws its article and highlights before any engine download starts', async () => {
  const text = 'प्रधानमंत्री नरेंद्र मोदी 15 अगस्त को नई दिल्ली में थे। संयुक्त राष्ट्र ने बयान जारी किया।';
  const annotations = [
    span(text, 'नरेंद्र मोदी', 'PER'), span(text, '15 अगस्त', 'DATE'),
    span(text, 'नई दिल्ली', 'LOC'), span(text, 'संयुक्त राष्ट्र', 'ORG'),
  ];
  const { id } = await post('/api/shares', { title: 'साझा', text, annotations });
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    await withPage(browser, { viewport }, async (page) => {
      const engineRequests = [];
      page.on('request', (r) => {
        const path = new URL(r.url()).pathname;
        if (/^\/engine(-tools)?\.wasm$|^\/engine-worker\.js$|^\/wasm_exec\.js$/.test(path)) engineRequests.push({ path, request: r, answered: r.response() });
      });
      await page.addInitScript(recordDrawn);
      const core = engineWorker(page, 'core');
      await page.goto(`${baseURL}/s/${id}`);
      await page.locator('#output mark').first().waitFor();
      assert.deepEqual(await page.locator('#output mark').evaluateAll((ms) => ms.map((m) => m.textContent)),
        ['नरेंद्र मोदी', '15 अगस्त', 'नई दिल्ली', 'संयुक्त राष्ट्र']);
      assert.equal(await page.locator('#output').textContent(), text);
      // The engine comes after, for the reader who makes a copy.
      await core;
      await page.locator('#make-copy').waitFor();
      const drawnAt = await page.evaluate(() => window.__drawnAt);
      assert.ok(Number.isFinite(drawnAt), 'the page never recorded the article drawn');
      assert.ok(engineRequests.some((r) => r.path === '/engine-worker.js'), 'the engine was never started after drawing');
      for (const { path, request, answered } of engineRequests) {
        await answered; // its timing is known from then on
        assert.ok(request.timing().startTime >= drawnAt,
          `${path} was requested ${Math.round(drawnAt - request.timing().startTime)} ms before the article was drawn`);
      }
      console.log(`# ${viewport.width} px: navigation → highlights drawn ${Math.round(await page.evaluate(() => window.__drawnMs))} ms`);
    });
  }
});
