// Correcting with the keyboard alone: mark a selection, snap it to whole
// words (or not, with Alt), retype, annotate with a note, remove, undo and
// redo, refuse an overlap, and find everything again after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, selectText, marks, readShared } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TEXT = 'कल शाम सभा में लंबा भाषण दिया गया और लोग देर तक सुनते रहे।';
const WORD = 'भाषण';

const markAt = (page, start) => page.locator(`#output mark[data-start="${start}"]`);

test('mark, retype, note, remove, undo and redo with the keyboard; all of it survives a reload', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await annotate(page, TEXT);
    const text = await page.locator('#output').textContent();
    assert.equal(text, TEXT);
    const at = text.indexOf(WORD);
    assert.ok(!(await marks(page)).some((m) => m.start < at + WORD.length && at < m.end), 'the test word must start unmarked');

    // A sloppy selection inside the word snaps to the whole word.
    await selectText(page, at + 1, at + 3);
    await page.keyboard.press('2');
    const mark = markAt(page, at);
    await mark.waitFor();
    assert.equal(await mark.textContent(), WORD);
    assert.equal(await mark.getAttribute('data-type'), 'LOC');
    assert.match(await mark.getAttribute('aria-label'), /place/);
    assert.equal(await mark.getAttribute('tabindex'), '0');
    // The new highlight takes the focus (a moment after it is drawn).
    await page.waitForFunction((s) => document.activeElement?.matches(s), `#output mark[data-start="${at}"]`, { timeout: 5000 });

    // Retype with a letter key while the highlight has focus.
    await page.keyboard.press('o');
    await page.locator(`#output mark[data-start="${at}"][data-type="ORG"]`).waitFor();
    assert.match(await markAt(page, at).getAttribute('aria-label'), /organisation/);

    // Enter opens the note; Ctrl+Enter saves it.
    await page.waitForFunction((s) => document.activeElement?.matches(s), `#output mark[data-start="${at}"][data-type="ORG"]`, { timeout: 5000 });
    await page.keyboard.press('Enter');
    const note = page.getByRole('textbox', { name: 'Note' });
    await assert.doesNotReject(note.evaluate((n) => { if (document.activeElement !== n) throw new Error('note not focused'); }));
    await page.keyboard.type('सभा का मुख्य भाषण');
    await page.keyboard.press('Control+Enter');
    await page.locator(`#output mark[data-start="${at}"].has-note`).waitFor();
    assert.match(await markAt(page, at).getAttribute('aria-label'), /सभा का मुख्य भाषण/);

    // An overlapping selection asks before it replaces anything; declined,
    // it changes nothing.
    const before = await marks(page);
    await selectText(page, at - 3, at + 2);
    await page.keyboard.press('1');
    const offer = page.getByRole('group', { name: /overlaps/ });
    await offer.getByRole('button', { name: 'Replace' }).waitFor();
    await offer.getByRole('button', { name: 'Merge' }).waitFor();
    await page.keyboard.press('Escape');
    await offer.waitFor({ state: 'hidden' });
    assert.deepEqual(await marks(page), before);

    // Delete removes; Ctrl+Z brings it back with its type and note; Ctrl+Y removes again.
    await markAt(page, at).focus();
    await page.keyboard.press('Delete');
    await markAt(page, at).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    await page.locator(`#output mark[data-start="${at}"][data-type="ORG"].has-note`).waitFor();
    await page.keyboard.press('Control+y');
    await markAt(page, at).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator(`#output mark[data-start="${at}"][data-type="ORG"].has-note`).waitFor();

    // Alt skips snapping: exactly the selected letters are marked.
    const other = text.indexOf('सुनते');
    await selectText(page, other, other + 2);
    await page.keyboard.press('Alt+1');
    await page.locator(`#output mark[data-start="${other}"][data-type="PER"]`).waitFor();
    assert.equal(await markAt(page, other).textContent(), 'सु');

    // Everything is kept across a reload.
    const kept = await marks(page);
    await page.reload();
    await page.locator('#output[data-state="ready"]').waitFor();
    assert.deepEqual(await marks(page), kept);
    assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), TEXT, 'the draft is kept too');
  });
});

test('a selection that cuts a letter from its vowel sign is refused even with Alt', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await annotate(page, TEXT);
    const text = await page.locator('#output').textContent();
    const at = text.indexOf(WORD);
    const before = await marks(page);
    // भ|ा: the vowel sign would be split from its consonant.
    await selectText(page, at, at + 1);
    await page.keyboard.press('Alt+1');
    await page.getByRole('status').filter({ hasText: /split|cut|character|mark/i }).waitFor();
    assert.deepEqual(await marks(page), before);
  });
});

test('re-running the model keeps a person’s corrections and removals', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    const sample = readShared('samples/hi-news-india-israel-mou.txt');
    await annotate(page, sample);
    const model = await marks(page);
    assert.ok(model.length >= 3, `the model found only ${model.length} entities`);
    const [removed, retyped] = model;
    await page.locator(`#output mark[data-start="${removed.start}"]`).focus();
    await page.keyboard.press('Delete');
    await page.locator(`#output mark[data-start="${removed.start}"]`).waitFor({ state: 'detached' });
    const newType = retyped.type === 'NUM' ? 'DATE' : 'NUM';
    await page.locator(`#output mark[data-start="${retyped.start}"]`).focus();
    await page.keyboard.press(newType === 'NUM' ? 'n' : 'd');
    await page.locator(`#output mark[data-start="${retyped.start}"][data-type="${newType}"]`).waitFor();

    // Annotate the same text again: the model runs, the person's edits stand.
    await annotate(page, sample);
    await page.getByRole('status').filter({ hasText: /Your 1 correction was kept/ }).waitFor();
    const after = await marks(page);
    assert.ok(!after.some((m) => m.start === removed.start && m.end === removed.end), 'a removed suggestion came back');
    const kept = after.find((m) => m.start === retyped.start);
    assert.equal(kept.type, newType);
    assert.equal(after.length, model.length - 1);
  });
});
