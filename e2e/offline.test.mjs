// Offline: once the app has loaded, the service worker serves the page,
// scripts, fonts and engine from its cache, so a reader with no network
// finds their document and can annotate new text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, marks, serviceWorkerControls, baseURL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('after one visit the app works offline and keeps the document', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await annotate(page, 'बुधवार को पुणे में 3 बैठकें हुईं।');
    const shown = await marks(page);
    await serviceWorkerControls(page);
    await page.context().setOffline(true);
    await page.reload();
    await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
    assert.deepEqual(await marks(page), shown);
    await page.waitForFunction(() => !document.getElementById('annotate').disabled);
    await annotate(page, 'गुरुवार को नासिक में 7 लोग आए।');
    assert.equal(await page.locator('#output').textContent(), 'गुरुवार को नासिक में 7 लोग आए।');
    await page.context().setOffline(false);
  });
});

// Every page, by every kind of address that serves it, opens offline after
// a single visit to the annotator: the service worker caches the list of
// app files that ./scripts/build writes, so a page or script added to www/
// is covered without anyone keeping a list. Any request for an app file
// that fails offline fails the test; only the API may be out of reach.
test('after one visit every page opens offline, with every file it needs', async () => {
  await withPage(browser, { allowErrors: [/ERR_INTERNET_DISCONNECTED|Failed to load resource/] }, async (page) => {
    await openApp(page);
    await serviceWorkerControls(page);
    const failed = [];
    page.on('requestfailed', (r) => {
      if (!new URL(r.url()).pathname.startsWith('/api/')) failed.push(`${r.url()} ${r.failure()?.errorText}`);
    });
    await page.context().setOffline(true);
    const id = 'AAAAAAAAAAAAAAAAAAAAAA';
    for (const path of ['/', `/s/${id}`, '/class', `/x/${id}`, `/t/${id}#token=x`]) {
      await page.goto(baseURL + path);
      await page.waitForLoadState('load');
      await page.locator('h1').waitFor();
      assert.match(await page.locator('h1').textContent(), /Tippani/, path);
      // Let the page's module graph, fonts and engine finish loading
      // before moving on (leaving earlier would cancel them).
      await page.evaluate(() => document.fonts.ready);
      await page.waitForLoadState('networkidle');
    }
    await page.context().setOffline(false);
    assert.deepEqual(failed, [], 'app files that did not load offline');
  });
});
