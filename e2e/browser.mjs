// Shared set-up for the end-to-end tests: Debian's Chromium driven by
// playwright-core, against the server ./scripts/test started (TIPPANI_URL).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

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

// newPage opens a fresh context (its own storage) and collects page errors
// and CSP violations so a test can assert there were none.
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(String(err)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.errors.push(msg.text());
  });
  return { context, page };
}
