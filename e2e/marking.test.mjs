// The marking tools in the annotator: a highlight's ends moved by keys and
// by dragging, a selection over a highlight offering replace or merge, the
// editor closing three ways without ever hiding its highlight, the focus
// after Annotate, undo and redo, one Tab stop for the whole article, undo
// reaching back across a reload, "change all" and "remove all" over the
// nine भारत of the sample article, and notes that survive re-annotating.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, selectText, marks, addNote, readShared, clearSpan } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const MEETING = 'रक्षा सचिव राजेश कुमार सिंह ने तेल अवीव में बैठक की।';
const SAMPLE = readShared('samples/hi-news-india-israel-mou.txt');
const at = (phrase) => MEETING.indexOf(phrase);
const markAt = (page, start) => page.locator(`#output mark[data-start="${start}"]`);
const focusedIs = (page, selector) => page.waitForFunction((s) => document.activeElement?.matches(s), selector, { timeout: 5000 });
const inArticle = (page) => page.evaluate(() => document.getElementById('output').contains(document.activeElement));

// textBox is the viewport box of the article's characters [start, end).
const textBox = (page, start, end) => page.evaluate(([start, end]) => {
  const walker = document.createTreeWalker(document.getElementById('output'), NodeFilter.SHOW_TEXT);
  let pos = 0;
  const range = document.createRange();
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!started && start < pos + n.length) { range.setStart(n, start - pos); started = true; }
    if (end <= pos + n.length) { range.setEnd(n, end - pos); break; }
    pos += n.length;
  }
  const r = range.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}, [start, end]);

// drag moves a handle (a locator) to the middle of box with the mouse.
async function drag(page, handle, box) {
  const h = await handle.boundingBox();
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
}

const overlapArea = (a, b) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

test('a highlight grows and shrinks from either end by keys and by dragging; an overlapping selection offers replace or merge', async () => {
  await withPage(browser, { viewport: { width: 1280, height: 900 } }, async (page) => {
    await openApp(page);
    await annotate(page, MEETING);
    await clearSpan(page, at('सचिव'), at('सिंह') + 4);
    const name = at('राजेश');
    await selectText(page, name, at('कुमार') + 5);
    await page.keyboard.press('1');
    await markAt(page, name).waitFor();
    assert.equal(await markAt(page, name).textContent(), 'राजेश कुमार');
    await focusedIs(page, `#output mark[data-start="${name}"]`);

    // Alt+→ moves the end a word later, Alt+← a word earlier.
    await page.keyboard.press('Alt+ArrowRight');
    await page.locator(`#output mark[data-start="${name}"][data-end="${at('सिंह') + 4}"]`).waitFor();
    assert.equal(await markAt(page, name).textContent(), 'राजेश कुमार सिंह');
    await focusedIs(page, `#output mark[data-start="${name}"]`);
    await page.keyboard.press('Alt+ArrowLeft');
    await page.locator(`#output mark[data-start="${name}"][data-end="${at('कुमार') + 5}"]`).waitFor();
    // Alt+Shift+← moves the start a word earlier, Alt+Shift+→ a word later.
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await markAt(page, at('सचिव')).waitFor();
    assert.equal(await markAt(page, at('सचिव')).textContent(), 'सचिव राजेश कुमार');
    await focusedIs(page, `#output mark[data-start="${at('सचिव')}"]`);
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await markAt(page, name).waitFor();
    assert.equal(await markAt(page, name).textContent(), 'राजेश कुमार');
    // A one-word highlight does not shrink to nothing.
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await markAt(page, at('कुमार')).waitFor();
    await page.keyboard.press('Alt+ArrowLeft');
    await page.getByRole('status').filter({ hasText: 'cannot move' }).waitFor();
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await markAt(page, name).waitFor();

    // Dragging: the end handle onto सिंह, then the start handle onto कुमार.
    await markAt(page, name).click();
    await page.getByRole('region', { name: 'Selected entity' }).waitFor();
    await drag(page, page.locator('.span-handle-end'), await textBox(page, at('सिंह') + 1, at('सिंह') + 3));
    await page.locator(`#output mark[data-start="${name}"][data-end="${at('सिंह') + 4}"]`).waitFor();
    await drag(page, page.locator('.span-handle-start'), await textBox(page, at('कुमार') + 1, at('कुमार') + 3));
    await markAt(page, at('कुमार')).waitFor();
    assert.equal(await markAt(page, at('कुमार')).textContent(), 'कुमार सिंह');
    assert.equal(await markAt(page, at('कुमार')).getAttribute('data-type'), 'PER');

    // A selection over part of it asks: merge joins the two.
    await selectText(page, at('सिंह'), at('ने') + 2);
    await page.keyboard.press('1');
    const offer = page.getByRole('group', { name: /overlaps “कुमार सिंह”/ });
    await offer.getByRole('button', { name: 'Merge' }).click();
    await page.locator(`#output mark[data-start="${at('कुमार')}"][data-end="${at('ने') + 2}"]`).waitFor();
    // Replace puts the selection in the highlight's place.
    await selectText(page, at('ने'), at('तेल') + 3);
    await page.keyboard.press('2');
    await page.getByRole('group', { name: /overlaps/ }).getByRole('button', { name: 'Replace' }).click();
    await page.locator(`#output mark[data-start="${at('ने')}"][data-type="LOC"]`).waitFor();
    assert.equal(await markAt(page, at('कुमार')).count(), 0, 'the replaced highlight is gone');
    // One Ctrl+Z undoes the replacement whole.
    await page.keyboard.press('Control+z');
    await page.locator(`#output mark[data-start="${at('कुमार')}"][data-end="${at('ने') + 2}"]`).waitFor();
  });
});

test('the editor closes with Escape, its close button and a click elsewhere, and never hides its highlight', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await withPage(browser, { viewport, hasTouch: viewport.width < 500 }, async (page) => {
      await openApp(page);
      await annotate(page, SAMPLE);
      const editor = page.getByRole('region', { name: 'Selected entity' });
      const all = await marks(page);
      const target = all[Math.floor(all.length * 0.6)];
      const mark = markAt(page, target.start);
      const open = async () => {
        await mark.scrollIntoViewIfNeeded();
        // Put the highlight low on the screen, where a bottom sheet would fall.
        await page.evaluate((s) => {
          const r = document.querySelector(`#output mark[data-start="${s}"]`).getBoundingClientRect();
          scrollBy(0, r.top - innerHeight + 60);
        }, target.start);
        await mark.click();
        await editor.waitFor();
        const e = await editor.boundingBox();
        const m = await mark.boundingBox();
        assert.equal(overlapArea(e, m), 0, `the editor covers its highlight at ${viewport.width} px: ${JSON.stringify({ e, m })}`);
        assert.ok(m.y >= 0 && m.y + m.height <= viewport.height, `the highlight is off screen at ${viewport.width} px`);
      };
      await open();
      await page.keyboard.press('Escape');
      await editor.waitFor({ state: 'hidden' });
      await focusedIs(page, `#output mark[data-start="${target.start}"]`);
      await open();
      await editor.getByRole('button', { name: 'Close the editor' }).click();
      await editor.waitFor({ state: 'hidden' });
      await open();
      await page.locator('h1').click();
      await editor.waitFor({ state: 'hidden' });
    });
  }
});

test('focus returns to the article after Annotate, undo and redo; the article is one Tab stop; undo survives a reload', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await annotate(page, MEETING);
    assert.ok(await inArticle(page), 'Annotate leaves the focus in the article');
    const tabStops = () => page.evaluate(() => {
      const out = document.getElementById('output');
      return (out.tabIndex === 0 ? 1 : 0) + out.querySelectorAll('[tabindex="0"]').length;
    });
    assert.equal(await tabStops(), 1);
    const shown = await marks(page);
    assert.ok(shown.length >= 2, 'the meeting sentence has a person and a place');

    // ↓ and ↑ walk the highlights; the one reached is the Tab stop.
    await page.locator('#output').focus();
    await page.keyboard.press('ArrowDown');
    await focusedIs(page, `#output mark[data-start="${shown[0].start}"]`);
    await page.keyboard.press('ArrowDown');
    await focusedIs(page, `#output mark[data-start="${shown[1].start}"]`);
    await page.keyboard.press('ArrowUp');
    await focusedIs(page, `#output mark[data-start="${shown[0].start}"]`);
    assert.equal(await tabStops(), 1);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await focusedIs(page, `#output mark[data-start="${shown[0].start}"]`);

    await page.keyboard.press('Delete');
    await markAt(page, shown[0].start).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await markAt(page, shown[0].start).waitFor();
    assert.ok(await inArticle(page), 'undo puts the focus back in the article');
    await page.getByRole('button', { name: 'Redo' }).click();
    await markAt(page, shown[0].start).waitFor({ state: 'detached' });
    assert.ok(await inArticle(page), 'redo puts the focus back in the article');

    // The history is kept with the document: undo works after a reload.
    await page.reload();
    await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
    assert.equal(await markAt(page, shown[0].start).count(), 0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await markAt(page, shown[0].start).waitFor();
    assert.deepEqual(await marks(page), shown);
  });
});

test('Ctrl+arrows jump a sentence and Home/End reach a sentence’s ends when selecting by keyboard', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    const text = 'पहला वाक्य यहाँ है। दूसरा वाक्य छोटा है। तीसरा वाक्य भी।';
    await annotate(page, text);
    await page.locator('#output').focus();
    const selected = () => page.evaluate(() => getSelection().toString());
    await page.keyboard.press('ArrowRight');
    assert.equal(await selected(), 'पहला');
    await page.keyboard.press('Control+ArrowRight');
    assert.equal(await selected(), 'दूसरा');
    await page.keyboard.press('Control+ArrowRight');
    assert.equal(await selected(), 'तीसरा');
    await page.keyboard.press('Control+ArrowLeft');
    assert.equal(await selected(), 'दूसरा');
    await page.keyboard.press('Shift+End');
    assert.equal(await selected(), 'दूसरा वाक्य छोटा है।');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    assert.equal(await selected(), 'दूसरा वाक्य छोटा है।');
    await page.keyboard.press('Control+End');
    assert.equal(await selected(), '।');
  });
});

test('"change all" and "remove all" act on the nine भारत of the sample article as one step each', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await annotate(page, SAMPLE);
    const bharat = (list) => list.filter((m) => m.text === 'भारत');
    assert.equal(bharat(await marks(page)).length, 9, 'the model marks all nine भारत');
    const entry = page.locator('#entity-list li').filter({ has: page.locator('.entity-item', { hasText: /^भारत 9×$/ }) });
    await entry.getByRole('combobox', { name: 'Change all 9 “भारत” to' }).selectOption('ORG');
    await page.waitForFunction(() => [...document.querySelectorAll('#output mark')].filter((m) => m.textContent === 'भारत' && m.dataset.type === 'ORG').length === 9);
    assert.ok(bharat(await marks(page)).every((m) => m.type === 'ORG' && /organisation/.test(m.label)));
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => [...document.querySelectorAll('#output mark')].filter((m) => m.textContent === 'भारत' && m.dataset.type === 'LOC').length === 9);

    await page.getByRole('button', { name: 'Remove all 9 “भारत”' }).click();
    await page.waitForFunction(() => ![...document.querySelectorAll('#output mark')].some((m) => m.textContent === 'भारत'));
    // Removed suggestions stay removed when the model runs again.
    await annotate(page, SAMPLE);
    assert.equal(bharat(await marks(page)).length, 0);
  });
});

test('re-annotating keeps a note on a model suggestion, and says so only when something was kept', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await annotate(page, SAMPLE);
    await annotate(page, SAMPLE);
    const status = page.getByRole('status');
    assert.doesNotMatch(await status.textContent(), /kept/, 'nothing of the reader’s to keep yet');
    const suggestion = (await marks(page)).find((m) => m.text === 'गिदोन सार') || (await marks(page)).find((m) => m.type === 'PER');
    await markAt(page, suggestion.start).focus();
    await addNote(page, suggestion.start, 'इज़राइल के विदेश मंत्री');
    await annotate(page, SAMPLE);
    await status.filter({ hasText: /1 note kept/ }).waitFor();
    const kept = (await marks(page)).find((m) => m.start === suggestion.start);
    assert.equal(kept.end, suggestion.end);
    assert.match(kept.label, /इज़राइल के विदेश मंत्री/);
  });
});

test('marking, retyping or removing one mention offers the same for every other mention, as one undoable step', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    const text = 'कल सुनीता शर्मा पुणे गईं। सुनीता शर्मा ने भाषण दिया। बाद में सुनीता शर्मा लौटीं।';
    await annotate(page, text);
    const starts = [...text.matchAll(/सुनीता शर्मा/g)].map((m) => m.index);
    await clearSpan(page, 0, text.length);
    const ofName = async () => (await marks(page)).filter((m) => m.text === 'सुनीता शर्मा');
    const offer = page.getByRole('group', { name: /appears 2 more times|marked 2 more times/ });

    await selectText(page, starts[1], starts[1] + 12);
    await page.keyboard.press('1');
    await markAt(page, starts[1]).waitFor();
    await offer.getByRole('button', { name: 'Yes, all 2' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#output mark[data-type="PER"]').length === 3);
    assert.deepEqual((await ofName()).map((m) => m.start), starts);
    // Undo takes back the two the offer marked, in one step.
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelectorAll('#output mark[data-type="PER"]').length === 1);
    await page.keyboard.press('Control+y');
    await page.waitForFunction(() => document.querySelectorAll('#output mark[data-type="PER"]').length === 3);

    // Retyping one offers the rest; declining leaves them as they were.
    await markAt(page, starts[0]).focus();
    await page.keyboard.press('3');
    await page.locator(`#output mark[data-start="${starts[0]}"][data-type="ORG"]`).waitFor();
    await offer.getByRole('button', { name: 'No, only this one' }).click();
    assert.deepEqual((await ofName()).map((m) => m.type), ['ORG', 'PER', 'PER']);
    await markAt(page, starts[0]).focus();
    await page.keyboard.press('1');
    await page.locator(`#output mark[data-start="${starts[0]}"][data-type="PER"]`).waitFor();

    // Removing one offers to remove the others.
    await markAt(page, starts[2]).focus();
    await page.keyboard.press('Delete');
    await markAt(page, starts[2]).waitFor({ state: 'detached' });
    await offer.getByRole('button', { name: 'Yes, all 2' }).click();
    await page.waitForFunction(() => document.querySelectorAll('#output mark[data-type="PER"]').length === 0);
  });
});
