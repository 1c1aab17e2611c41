// Living share links: a document keeps one link; after edits the page says
// how far the link is behind, "Update link" stores the next version under
// the same link, the link shows the latest version to everyone, and each
// version stays readable at its own address. The owner's right to update
// stays in the owner's browser, across reloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch, withPage, openApp, annotate, selectText, marks, addNote, clearSpan } from './browser.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TEXT = 'सोमवार को जयपुर में अनिल मेहता ने 12 नए स्कूल खोले। मंगलवार को सीमा राव अजमेर गईं।';
const spans = (list) => list.map(({ start, end, type, text }) => ({ start, end, type, text }));

async function readShared(page, url) {
  await page.goto(url);
  await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
  await page.getByRole('button', { name: 'Make a copy' }).waitFor();
  return spans(await marks(page));
}

test('one link per document: behind after edits, updated as new versions, each version kept', async () => {
  await withPage(browser, async (page, open) => {
    await openApp(page);
    await annotate(page, TEXT);
    const v1 = spans(await marks(page));
    const state = page.locator('#share-state');

    await page.getByRole('button', { name: 'Share' }).click();
    const box = page.getByRole('textbox', { name: 'Share link' });
    await box.waitFor();
    const link = await box.inputValue();
    assert.match(link, /\/s\/[A-Za-z0-9_-]{22}$/);
    await state.filter({ hasText: 'This link shows version 1, the document as it is now.' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Update link' }).isVisible(), false);

    // Two changes: a person's highlight with a note, and one removed. The
    // focus leaves the link box for the article first.
    const name = 'सीमा राव';
    const at = TEXT.indexOf(name);
    await page.locator('#output mark').first().focus();
    await clearSpan(page, at, at + name.length);
    await selectText(page, at, at + name.length);
    await page.keyboard.press('1');
    await page.locator(`#output mark[data-start="${at}"]`).waitFor();
    await addNote(page, at, 'शिक्षिका');
    const city = 'जयपुर';
    const c = TEXT.indexOf(city);
    await clearSpan(page, c, c + city.length);
    const v2 = spans(await marks(page));
    const behind = await state.textContent();
    const n = Number(behind.match(/changed (\d+) things? since/)?.[1]);
    assert.match(behind, /^This link shows version 1; you have changed \d+ things? since:/);
    assert.ok(n >= 2, behind);

    await page.getByRole('button', { name: 'Update link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link updated: it now shows version 2.' }).waitFor();
    await state.filter({ hasText: 'This link shows version 2, the document as it is now.' }).waitFor();
    assert.equal(await box.inputValue(), link, 'the link stays the same');

    // Others: the link shows the latest version, /v/1 the first, read-only.
    const reader = await open();
    assert.deepEqual(await readShared(reader, link), v2);
    assert.deepEqual(await readShared(reader, link + '/v/1'), v1);
    assert.match(await reader.getByRole('status').textContent(), /version 1/);
    assert.deepEqual(await readShared(reader, link + '/v/2'), v2);

    // The owner's right to update survives a reload.
    await page.reload();
    await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
    await state.filter({ hasText: 'version 2' }).waitFor();
    await page.locator(`#output mark[data-start="${at}"]`).focus();
    await page.keyboard.press('Delete');
    await state.filter({ hasText: 'you have changed 1 thing since' }).waitFor();
    await page.getByRole('button', { name: 'Share' }).click();
    await page.getByRole('status').filter({ hasText: 'version 3' }).waitFor();
    assert.equal(await box.inputValue(), link);
    const v3 = spans(await marks(page));
    assert.deepEqual(await readShared(reader, link), v3);
  });
});

// On a phone, in both languages: the message and Update link pass
// axe-core, and the keyboard alone reaches Update link and uses it.
for (const [locale, behind, updated] of [['en-US', /This link shows version 1; you have changed 1 thing since:/, /version 2/],
  ['hi-IN', /यह लिंक संस्करण 1 दिखाता है; तब से आपने 1 बदलाव किए हैं:/, /संस्करण 2/]]) {
  test(`the link-behind message and Update link on a phone, by keyboard (${locale})`, async () => {
    await withPage(browser, { locale, viewport: { width: 390, height: 844 } }, async (page) => {
      await openApp(page);
      await annotate(page, TEXT);
      await page.locator('#share').click();
      await page.locator('#share-link').waitFor();
      const first = (await marks(page))[0];
      await page.locator(`#output mark[data-start="${first.start}"]`).focus();
      await page.keyboard.press('Delete');
      const state = page.locator('#share-state');
      await state.filter({ hasText: behind }).waitFor();
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
        .violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`));
      assert.deepEqual(violations, []);
      const button = page.locator('#update-link');
      for (let i = 0; i < 60 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
      assert.ok(await button.evaluate((b) => b === document.activeElement), 'Tab reaches Update link');
      // The toolbar scrolls sideways on a phone; the focused button is in view.
      const box = await button.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `Update link is on the screen: ${JSON.stringify(box)}`);
      await page.keyboard.press('Enter');
      await page.getByRole('status').filter({ hasText: updated }).waitFor();
    });
  });
}
