// axe-core on every page, in English and in Hindi: the annotator empty and
// annotated (editor open, an offer and the "could not be placed" list
// showing), a shared article, the exercise maker with its key, a
// student's exercise, the teacher's dashboard. Not one violation. axe is
// injected through the test driver, not the page, so the page's CSP stays
// as strict as it ships; a last test checks that CSP still refuses an
// inline script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, selectText, marks, readShared, post, baseURL, noViolations } from './browser.mjs';

const SAMPLE = readShared('samples/hi-news-india-israel-mou.txt');
const MEETING = 'रक्षा सचिव राजेश कुमार सिंह ने तेल अवीव में बैठक की।';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const makeShare = async (text, annotations) => (await post('/api/shares', { title: 'बैठक', text, annotations })).id;

// makeExercise makes an exercise on MEETING with a key, hints and the key
// revealed after handing in, so every part of the student page shows.
function makeExercise() {
  const at = MEETING.indexOf('राजेश कुमार सिंह');
  return post('/api/exercises', {
    title: 'बैठक', instructions: 'नाम चिह्नित करें।', text: MEETING, types: ['PER', 'LOC'],
    key: [{ start: at, end: at + 16, type: 'PER' }], hints: true, revealKey: true,
  });
}

for (const locale of ['en-US', 'hi-IN']) {
  test(`the annotator has no axe-core violations, empty and annotated (${locale})`, async () => {
    await withPage(browser, { locale }, async (page) => {
      await openApp(page);
      await noViolations(page, `the empty annotator (${locale})`);
      await annotate(page, SAMPLE);
      await noViolations(page, `the annotated sample (${locale})`);
      // The editor open, an offer standing, the type form open.
      const first = (await marks(page))[0];
      await page.locator(`#output mark[data-start="${first.start}"]`).click();
      await page.locator('#editor:not([hidden])').waitFor();
      await page.locator('#type-form summary').click();
      const text = await page.locator('#output').textContent();
      const at = text.indexOf('अधिकारियों');
      await selectText(page, at, at + 'अधिकारियों'.length);
      await page.keyboard.press('1');
      await page.locator(`#output mark[data-start="${at}"]`).waitFor();
      const word = text.indexOf('सहयोग');
      await selectText(page, word, word + 'सहयोग'.length);
      await page.keyboard.press('2');
      await page.locator('#offer:not([hidden])').waitFor();
      await noViolations(page, `the annotator with its editor and an offer (${locale})`);
      // After an edit of the text, the "could not be placed" list.
      await page.locator('#offer button').last().click();
      await annotate(page, text.replace('अधिकारियों ने भविष्य में', 'भविष्य में'));
      await page.locator('#unplaced-section:not([hidden])').waitFor();
      await noViolations(page, `the annotator listing what could not be placed (${locale})`);
    });
  });

  test(`a shared article has no axe-core violations (${locale})`, async () => {
    const at = MEETING.indexOf('तेल अवीव');
    const id = await makeShare(MEETING, [{ start: at, end: at + 8, type: 'LOC', note: 'इज़राइल का शहर', source: 'person' }]);
    await withPage(browser, { locale }, async (page) => {
      await page.goto(`${baseURL}/s/${id}`);
      await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
      await noViolations(page, `a shared article (${locale})`);
      await page.locator(`#output mark[data-start="${at}"]`).click();
      await page.locator('#editor:not([hidden])').waitFor();
      await noViolations(page, `a shared article showing a note (${locale})`);
    });
  });

  test(`the classroom pages have no axe-core violations (${locale})`, async () => {
    const made = await makeExercise();
    await withPage(browser, { locale }, async (page) => {
      await page.goto(baseURL + '/class');
      await noViolations(page, `the exercise maker (${locale})`);
      await page.getByRole('textbox', { name: 'Article' }).fill(MEETING);
      await page.waitForFunction(() => !document.getElementById('prepare').disabled, null, { timeout: 60_000 });
      await page.getByRole('button', { name: 'Prepare the answer key' }).click();
      await page.locator('#key-section:not([hidden])').waitFor();
      await page.locator('#key-article mark').first().click();
      await page.locator('#key-editor:not([hidden])').waitFor();
      await noViolations(page, `the exercise maker's key with its editor (${locale})`);

      await page.goto(made.studentUrl);
      await page.locator('#main:not([hidden])').waitFor();
      await page.locator('#show-hints').check();
      await page.locator('#article mark.hint').first().waitFor({ timeout: 60_000 });
      await noViolations(page, `a student's exercise with hints (${locale})`);
      await page.getByRole('textbox', { name: /Your name|आपका नाम/ }).fill('मीरा');
      await page.locator('#submit').click();
      await page.locator('#result:not([hidden])').waitFor();
      await noViolations(page, `a student's score and key (${locale})`);

      await page.goto(made.teacherUrl);
      await page.getByRole('table', { name: 'Scores', exact: true }).waitFor();
      await noViolations(page, `the teacher's dashboard (${locale})`);
    });
  });
}

test('the page keeps its CSP: an injected inline script is refused, and the app itself breaks no rule', async () => {
  await withPage(browser, { allowErrors: [/Executing inline script violates/] }, async (page) => {
    const response = await page.goto(baseURL + '/');
    assert.match(response.headers()['content-security-policy'] || '', /script-src 'self' 'wasm-unsafe-eval'/);
    await page.evaluate(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.blockedURI));
    });
    await page.waitForFunction(() => !document.getElementById('annotate').disabled, null, { timeout: 60_000 });
    await annotate(page, MEETING);
    await page.locator('#output mark').first().click();
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'the app breaks none of its CSP rules');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
    });
    await page.waitForFunction(() => window.__violations.length === 1);
    assert.equal(await page.evaluate(() => window.__inline), undefined);
    assert.deepEqual(await page.evaluate(() => window.__violations), ['inline']);
  });
});
