// A reader's work survives an edit of the text. The story from the issue:
// on the sample article a reader removes a wrong highlight, writes notes,
// retypes an entity, then edits the Article box in three places (a typo
// fixed before every annotation, a name respelled inside its highlight, a
// sentence deleted with an annotated name in it) and presses Annotate.
// Everything lands where it belongs, the model's suggestions fill in
// around it without undoing a removal, the deleted one is listed as not
// placed (to place by hand or discard), it is still the same document,
// and one undo brings back the text and the work as they were.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, selectText, marks, addNote, readShared, clearSpan } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SAMPLE = readShared('samples/hi-news-india-israel-mou.txt');
const DELETED = 'जेडब्ल्यूजी बैठक में मौजूदा रक्षा पहलों की समीक्षा की गई और सहयोग से दोनों देशों को मिले पारस्परिक लाभ पर गौर किया गया। ';
const markAt = (page, start) => page.locator(`#output mark[data-start="${start}"]`);
const find = (list, text) => list.find((m) => m.text === text);

test('remove, note and retype, then edit the text in three places and Annotate: the work moves with the text', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await annotate(page, SAMPLE);
    const text = await page.locator('#output').textContent();
    assert.ok(text.includes(DELETED), 'the sample holds the sentence this test deletes');
    const model = await marks(page);
    for (const t of ['मेजर जनरल', 'तीन दिवसीय', 'गिदोन सार', 'जेडब्ल्यूजी बैठक']) assert.ok(find(model, t), `the model suggests ${t}`);

    // Remove a wrong suggestion (a title, not a name).
    const title = find(model, 'मेजर जनरल');
    await markAt(page, title.start).focus();
    await page.keyboard.press('Delete');
    await markAt(page, title.start).waitFor({ state: 'detached' });
    // Retype one, and write two notes.
    const days = find(model, 'तीन दिवसीय');
    await markAt(page, days.start).focus();
    await page.keyboard.press('4');
    await page.locator(`#output mark[data-start="${days.start}"][data-type="DATE"]`).waitFor();
    const minister = find(model, 'गिदोन सार');
    await markAt(page, minister.start).focus();
    await addNote(page, minister.start, 'इज़राइल के विदेश मंत्री');
    const meeting = find(model, 'जेडब्ल्यूजी बैठक');
    await markAt(page, meeting.start).focus();
    await addNote(page, meeting.start, 'संयुक्त कार्य समूह की बैठक');
    const before = await marks(page);
    const docId = await page.evaluate(() => document.querySelector('#recent [aria-current="true"]')?.textContent);

    // Three edits in the Article box: a typo fixed before every annotation,
    // a name respelled inside its highlight, an annotated sentence deleted.
    const revised = text.replace('आखरी', 'आखिरी').replace('गिदोन सार', 'गिडोन सार').replace(DELETED, '');
    await annotate(page, revised);
    const status = page.getByRole('status');
    await status.filter({ hasText: 'The text changed' }).waitFor();
    assert.match(await status.textContent(), /1 could not be placed/);
    assert.equal(await page.locator('#output').textContent(), revised);

    const after = await marks(page);
    assert.ok(!find(after, 'मेजर जनरल'), 'a removed suggestion stays removed after the model runs again');
    const movedDays = find(after, 'तीन दिवसीय');
    assert.equal(movedDays.type, 'DATE', 'the retyped entity keeps its new type');
    assert.equal(movedDays.start, revised.indexOf('तीन दिवसीय'));
    const movedMinister = find(after, 'गिडोन सार');
    assert.ok(movedMinister, `the noted name is found inside its edit: ${JSON.stringify(after.filter((m) => m.type === 'PER'))}`);
    assert.match(movedMinister.label, /इज़राइल के विदेश मंत्री/);
    assert.ok(!after.some((m) => /संयुक्त कार्य समूह की बैठक/.test(m.label)), 'the deleted one is not placed somewhere else');
    // The model's other suggestions are back around the reader's work.
    assert.ok(after.filter((m) => m.text === 'भारत').length >= 8);

    // The deleted one is listed with its quote and note.
    const unplaced = page.getByRole('region', { name: 'Could not be placed' });
    await unplaced.waitFor();
    assert.match(await unplaced.textContent(), /जेडब्ल्यूजी बैठक.*organisation/s);
    assert.match(await unplaced.textContent(), /संयुक्त कार्य समूह की बैठक/);

    // Still the same document: one entry in the recent list.
    assert.equal(await page.locator('#recent li').count(), 1);
    assert.equal(await page.evaluate(() => document.querySelector('#recent [aria-current="true"]')?.textContent.split(' ')[0]), docId.split(' ')[0]);

    // One undo restores the text and the work as they were before the edit.
    await page.getByRole('button', { name: 'Undo' }).click();
    await status.filter({ hasText: 'the article is back as it was' }).waitFor();
    assert.equal(await page.locator('#output').textContent(), text);
    assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), text);
    assert.deepEqual(await marks(page), before);
    await unplaced.waitFor({ state: 'hidden' });
    assert.ok(await page.evaluate(() => document.getElementById('output').contains(document.activeElement)));

    // Redo, then place the listed one by hand on a selection.
    await page.getByRole('button', { name: 'Redo' }).click();
    await unplaced.waitFor();
    const target = revised.indexOf('अधिकारियों');
    await selectText(page, target, target + 'अधिकारियों'.length);
    await unplaced.getByRole('button', { name: 'Place here: “जेडब्ल्यूजी बैठक”, at the selection' }).click();
    await markAt(page, target).waitFor();
    assert.match(await markAt(page, target).getAttribute('aria-label'), /organisation; Note: संयुक्त कार्य समूह की बैठक/);
    await unplaced.waitFor({ state: 'hidden' });

    // All of it is kept across a reload, the undo history too: two undos
    // take back the placing, then the edit of the text.
    const placed = await marks(page);
    await page.reload();
    await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
    assert.deepEqual(await marks(page), placed);
    await page.getByRole('button', { name: 'Undo' }).click();
    await unplaced.waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await status.filter({ hasText: 'the article is back as it was' }).waitFor();
    assert.equal(await page.locator('#output').textContent(), text);
    assert.deepEqual(await marks(page), before);
  });
});

test('an annotation that could not be placed can be discarded, and typing a revision keeps the document', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    const text = 'पहली पंक्ति में सुनीता शर्मा आईं। दूसरी पंक्ति में दिल्ली है।';
    await annotate(page, text);
    const at = text.indexOf('सुनीता शर्मा');
    await clearSpan(page, at, at + 'सुनीता शर्मा'.length);
    await selectText(page, at, at + 'सुनीता शर्मा'.length);
    await page.keyboard.press('1');
    await markAt(page, at).waitFor();
    await addNote(page, at, 'मुख्य अतिथि');
    // The reader types in the Article box: the first sentence goes.
    const box = page.getByRole('textbox', { name: 'Article' });
    await box.fill(text.replace('पहली पंक्ति में सुनीता शर्मा आईं। ', ''));
    await page.getByRole('button', { name: 'Annotate' }).click();
    const unplaced = page.getByRole('region', { name: 'Could not be placed' });
    await unplaced.waitFor();
    assert.match(await unplaced.textContent(), /सुनीता शर्मा.*person.*मुख्य अतिथि/s);
    await unplaced.getByRole('button', { name: 'Discard “सुनीता शर्मा”' }).click();
    await unplaced.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Discarded' }).waitFor();
    assert.equal(await page.locator('#recent li').count(), 1);
  });
});
