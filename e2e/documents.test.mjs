// Keeping work: the recent documents list reopens earlier documents, with
// their corrections, after a reload; New document clears the Article box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, marks } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const FIRST = 'शनिवार को लखनऊ में 40 किसान मिले।';
const SECOND = 'रविवार को भोपाल में 15 शिक्षक आए।';

test('recent documents reopen with their highlights', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await annotate(page, FIRST);
    const firstMarks = await marks(page);
    await page.getByRole('button', { name: 'New document' }).click();
    assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), '');
    await annotate(page, SECOND);
    await page.reload();
    await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#output').textContent(), SECOND);
    const recent = page.locator('#recent .recent-open');
    await recent.filter({ hasText: 'शनिवार' }).waitFor();
    assert.equal(await recent.count(), 2);
    await page.evaluate(() => { document.getElementById('output').dataset.state = 'waiting'; });
    await recent.filter({ hasText: 'शनिवार' }).click();
    await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#output').textContent(), FIRST);
    assert.deepEqual(await marks(page), firstMarks);
  });
});

test('a dropped .txt file lands in the Article box', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'लेख.txt', { type: 'text/plain' }));
      const box = document.getElementById('article');
      box.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      box.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, FIRST);
    await page.getByRole('status').filter({ hasText: 'File loaded' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), FIRST);
  });
});
