// Offline: once the app has loaded, the service worker serves the page,
// scripts, fonts and engine from its cache, so a reader with no network
// finds their document and can annotate new text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, marks, serviceWorkerControls } from './browser.mjs';

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
