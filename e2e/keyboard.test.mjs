// Marking a new entity without a mouse: focus the article with Tab, pick
// words with the arrow keys, grow the choice with Shift, press a type key.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, marks } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// No names here: the model marks at most the time words (कल शाम).
const TEXT = 'कल शाम सभा में लंबा भाषण दिया गया और लोग देर तक सुनते रहे।';

test('arrow keys select words in the article and a type key marks them', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await annotate(page, TEXT);
    const before = await marks(page);
    // Reach the article from the Annotate button with the keyboard alone.
    await page.getByRole('button', { name: 'Annotate' }).focus();
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate(() => document.activeElement?.id === 'output')) break;
      await page.keyboard.press('Tab');
    }
    assert.ok(await page.evaluate(() => document.activeElement?.id === 'output'), 'Tab never reached the article');

    // → picks the first word; → again moves on; Shift+→ adds the next one.
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => getSelection().toString()), 'कल');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    assert.equal(await page.evaluate(() => getSelection().toString()), 'लंबा भाषण');
    await page.keyboard.press('3');
    const start = TEXT.indexOf('लंबा');
    const mark = page.locator(`#output mark[data-start="${start}"]`);
    await mark.waitFor();
    assert.equal(await mark.textContent(), 'लंबा भाषण');
    assert.equal(await mark.getAttribute('data-type'), 'ORG');

    // From the new highlight, End selects the last token and a key marks it
    // too; Shift+← then grows a choice to the left.
    await page.keyboard.press('End');
    assert.equal(await page.evaluate(() => getSelection().toString()), '।');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    assert.equal(await page.evaluate(() => getSelection().toString()), 'सुनते रहे');
    assert.equal((await marks(page)).length, before.length + 1);
  });
});
