// A reader's own type: added with a name, a Hindi name, a colour and a
// key; marked with that key; named in the legend, the list and every
// highlight; exported in every format; shared and reopened; reopened from
// the project file; and offered to the exercise maker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, selectText, marks, download, baseURL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TEXT = 'कल हमने फ़िल्म शोले देखी और प्रेमचंद की किताब गोदान पढ़ी।';
const FILM = 'शोले';

let shareLink;
let projectFile;

test('a custom type is marked with its key, exported in every format and reopened from the project file', async () => {
  await withPage(browser, { acceptDownloads: true }, async (page) => {
    await openApp(page);
    await annotate(page, TEXT);
    await page.locator('#type-form summary').click();
    const form = page.locator('#type-form');
    await form.getByLabel('Name', { exact: true }).fill('work');
    await form.getByLabel('Name in Hindi (optional)').fill('कृति');
    assert.equal(await form.getByLabel(/^Code/).inputValue(), 'WORK', 'the code is suggested from the name');
    await form.getByRole('radio', { name: 'purple' }).check();
    await form.getByLabel(/^Key/).fill('w');
    await form.getByRole('button', { name: 'Add a type' }).click();
    await page.getByRole('status').filter({ hasText: 'press w to mark' }).waitFor();
    await page.getByRole('checkbox', { name: 'work', exact: true }).waitFor();
    await page.getByRole('toolbar').getByRole('button', { name: /work/ }).waitFor();

    // A key that a built-in type uses is refused with a reason.
    await form.getByLabel('Name', { exact: true }).fill('event');
    await form.getByLabel(/^Key/).fill('p');
    await form.getByRole('button', { name: 'Add a type' }).click();
    await page.getByRole('status').filter({ hasText: 'The key p already marks another type' }).waitFor();

    const at = TEXT.indexOf(FILM);
    await selectText(page, at, at + FILM.length);
    await page.keyboard.press('w');
    const mark = page.locator(`#output mark[data-start="${at}"][data-type="WORK"]`);
    await mark.waitFor();
    assert.equal(await mark.getAttribute('aria-label'), 'शोले — work');
    assert.equal(await mark.evaluate((m) => getComputedStyle(m).borderBottomColor), 'rgb(170, 68, 153)');
    await page.locator('#entity-list .entity-group[data-type="WORK"]').filter({ hasText: 'work (1)' }).waitFor();

    // Every export carries it.
    const tippani = await download(page, 'tippani');
    const doc = JSON.parse(tippani.content);
    assert.deepEqual(doc.customTypes, [{ code: 'WORK', name: 'work', nameHi: 'कृति', color: '#aa4499', key: 'w' }]);
    assert.ok(doc.annotations.some((a) => a.start === at && a.type === 'WORK' && a.source === 'person'));
    projectFile = tippani.path;
    const w3c = JSON.parse((await download(page, 'w3c')).content);
    assert.ok(w3c.first.items.some((i) => [].concat(i.body).some((b) => b.purpose === 'tagging' && b.value === 'WORK')));
    assert.match((await download(page, 'conll')).content, /^शोले\tB-WORK$/m);
    assert.match((await download(page, 'csv')).content, /WORK,शोले/);

    await page.getByRole('button', { name: 'Share' }).click();
    shareLink = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    assert.match(shareLink, /\/s\/[A-Za-z0-9_-]+$/);

    // The exercise maker offers the type for a class exercise.
    await page.goto(baseURL + '/class');
    await page.getByRole('button', { name: /Use my latest document/ }).click();
    await page.getByRole('checkbox', { name: /work/ }).waitFor();
  });

  // The project file reopens with the type, ready to mark with again.
  await withPage(browser, async (page) => {
    await openApp(page);
    await page.getByLabel('Open a file').setInputFiles(projectFile);
    await page.locator('#output[data-state="ready"]').waitFor();
    const book = TEXT.indexOf('गोदान');
    await selectText(page, book, book + 'गोदान'.length);
    await page.keyboard.press('w');
    await page.locator(`#output mark[data-start="${book}"][data-type="WORK"]`).waitFor();
    assert.equal((await marks(page)).filter((m) => m.type === 'WORK').length, 2);
  });
});

// The share API has to keep the document's customTypes for this one: a
// share made without them shows the type's code instead of its name.
test('a shared custom type keeps its name and colour (the share API keeps customTypes)', async () => {
  assert.ok(shareLink, 'the test above made a share');
  // Shared, it reads the same; in Hindi the type has its Hindi name.
  await withPage(browser, { locale: 'hi-IN' }, async (page) => {
    await page.goto(shareLink);
    await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
    const at = TEXT.indexOf(FILM);
    assert.equal(await page.locator(`#output mark[data-start="${at}"]`).getAttribute('data-type'), 'WORK');
    assert.equal(await page.locator(`#output mark[data-start="${at}"]`).getAttribute('aria-label'), 'शोले — कृति');
    assert.equal(await page.locator(`#output mark[data-start="${at}"]`).evaluate((m) => getComputedStyle(m).borderBottomColor), 'rgb(170, 68, 153)');
    await page.getByRole('checkbox', { name: 'कृति', exact: true }).waitFor();
  });
});
