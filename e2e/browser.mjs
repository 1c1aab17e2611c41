// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core, against the server ./scripts/test started (TIPPANI_URL).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

export const baseURL = (() => {
  const u = process.env.TIPPANI_URL;
  if (!u) throw new Error('TIPPANI_URL is not set: run the browser tests through ./scripts/test');
  return u.replace(/\/$/, '');
})();

// Where screenshots go; kept as test artefacts.
export const artifacts = process.env.TIPPANI_ARTIFACTS || 'test-results';
mkdirSync(artifacts, { recursive: true });
export const artifact = (name) => join(artifacts, name);

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

// withPage runs fn(page, open) in a fresh browser context (its own
// storage) and fails the test on any page error or console error (a CSP
// violation, a failed request, an uncaught exception), whatever fn did.
// open(options) opens one more page in another fresh context, for a test
// with several people (a teacher and students); its errors count too.
// options are the context's (viewport, locale, ...) plus allowErrors:
// patterns of console errors the test expects, such as a refused request.
// Every context is closed in every case.
export async function withPage(browser, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  const opened = [];
  const open = async (opts = {}) => {
    const { allowErrors = [], ...contextOptions } = { ...options, ...opts };
    const context = await browser.newContext({ locale: 'en-US', ...contextOptions });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    opened.push({ context, page, errors, allowErrors });
    return page;
  };
  try {
    const page = await open();
    await fn(page, open);
    for (const o of opened) {
      const unexpected = o.errors.filter((e) => !o.allowErrors.some((re) => re.test(e)));
      assert.deepEqual(unexpected, [], 'the page reported errors');
    }
  } finally {
    for (const o of opened) await o.context.close().catch(() => {});
  }
}

// repoRoot is the repository's top folder (this file lives in e2e/).
export const repoRoot = new URL('..', import.meta.url).pathname;

// readShared reads a file under the shared data folder beside the
// repository, failing with a clear message when it is missing.
export function readShared(rel) {
  const url = new URL('../../shared/' + rel, import.meta.url);
  if (!existsSync(url)) throw new Error(`shared data missing: ${url.pathname} (the shared folder must sit beside the repository root)`);
  return readFileSync(url, 'utf8');
}

// openApp loads the app and waits until the engine is ready.
export async function openApp(page, path = '/') {
  await page.goto(baseURL + path);
  await page.waitForFunction(() => !document.getElementById('annotate').disabled, null, { timeout: 60_000 });
}

// annotate types text into the Article box, presses Annotate and waits
// until the article is drawn.
export async function annotate(page, text) {
  await page.locator('#article').fill(text);
  await page.evaluate(() => { document.getElementById('output').dataset.state = 'waiting'; });
  await page.locator('#annotate').click();
  await page.locator('#output[data-state="ready"], #output[data-state="failed"]').waitFor({ state: 'attached', timeout: 60_000 });
  const state = await page.locator('#output').getAttribute('data-state');
  if (state !== 'ready') throw new Error('annotating failed: ' + await page.locator('#status').textContent());
}

// selectText selects the article's characters [start, end) (UTF-16
// offsets into the article's text) the way a mouse drag would; container
// is the article's selector (the classroom pages draw theirs elsewhere).
export async function selectText(page, start, end, container = '#output') {
  await page.evaluate(([start, end, container]) => {
    const root = document.querySelector(container);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let at = 0;
    const range = document.createRange();
    let startSet = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const len = node.data.length;
      if (!startSet && start <= at + len) { range.setStart(node, start - at); startSet = true; }
      if (end <= at + len) { range.setEnd(node, end - at); break; }
      at += len;
    }
    const sel = getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }, [start, end, container]);
}

// marks lists the article's highlights as {start, end, type, text, note}.
export async function marks(page) {
  return page.locator('#output mark').evaluateAll((els) => els.map((m) => ({
    start: Number(m.dataset.start), end: Number(m.dataset.end), type: m.dataset.type,
    text: m.textContent, label: m.getAttribute('aria-label'),
  })));
}

// addNote gives the highlight starting at `at` a note the keyboard way:
// Enter on the highlight opens the note, Ctrl+Enter saves it. It waits
// for each focus change first: a new highlight is drawn a moment before
// it takes the focus, and a key pressed in between goes elsewhere.
export async function addNote(page, at, text) {
  const selector = `#output mark[data-start="${at}"]`;
  await page.waitForFunction((s) => document.activeElement?.matches(s), selector);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('.editor textarea'));
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
  await page.locator(`${selector}.has-note`).waitFor();
}

// serviceWorkerControls waits until the service worker has installed and
// controls the page, after which the page opens offline.
export async function serviceWorkerControls(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

// download exports the open document in format through the toolbar and
// returns the file: {name, path, content}. Downloads vanish with their
// browser context, so a copy is kept in a temporary folder.
export async function download(page, format) {
  await page.getByRole('combobox', { name: 'Export format' }).selectOption(format);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export' }).click(),
  ]);
  const path = join(mkdtempSync(join(tmpdir(), 'tippani-export-')), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, content: readFileSync(path, 'utf8') };
}

// clearSpan removes, with the keyboard, every highlight of the article
// that overlaps [start, end), waiting for each to go.
export async function clearSpan(page, start, end) {
  for (const m of (await marks(page)).filter((m) => m.start < end && start < m.end)) {
    await page.locator(`#output mark[data-start="${m.start}"]`).focus();
    await page.keyboard.press('Delete');
    await page.locator(`#output mark[data-start="${m.start}"]`).waitFor({ state: 'detached' });
  }
}

// post sends body as JSON to the API and returns the answer, failing the
// test unless it is 201 Created.
export async function post(path, body) {
  const res = await fetch(baseURL + path, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(res.status, 201, await res.clone().text());
  return res.json();
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// noViolations runs axe-core on the page as it is and fails with every
// violation's rule, impact and elements. axe is injected through the test
// driver, not the page, so the page's CSP stays as strict as it ships.
export async function noViolations(page, what) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
  });
  assert.deepEqual(violations, [], `axe-core on ${what}`);
}
