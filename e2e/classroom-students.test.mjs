// The classroom as students and a teacher meet it, each in their own
// browser: the key stays out of a student's reach until they hand in; two
// students who type the same name stay two students, and one student
// carries on from a second device with their code; the teacher renames and
// merges; a page left open when the exercise closes says so in its
// language; the dashboard speaks in sentences; every classroom page passes
// axe-core in English and Hindi and fits a 390-pixel phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, post, baseURL, noViolations, artifact, selectText } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// TEXT names भारत twice, a person and a city.
const TEXT = 'भारत के रक्षा सचिव राजेश कुमार सिंह ने तेल अवीव में कहा कि भारत तैयार है।';
const at = (phrase, type, from = 0) => {
  const start = TEXT.indexOf(phrase, from);
  return { start, end: start + phrase.length, type };
};
const INDIA1 = at('भारत', 'LOC');
const INDIA2 = at('भारत', 'LOC', INDIA1.end);
const PERSON = at('राजेश कुमार सिंह', 'PER');
const CITY = at('तेल अवीव', 'LOC');
const KEY = [INDIA1, PERSON, CITY, INDIA2];

const makeExercise = (fields = {}) => post('/api/exercises', {
  title: 'रक्षा सचिव', text: TEXT, types: ['PER', 'LOC'], key: KEY, revealKey: 'afterHandIn', ...fields,
});

const select = (page, start, end) => selectText(page, start, end, '#article');

async function mark(page, span) {
  await select(page, span.start, span.end);
  await page.keyboard.press(span.type === 'PER' ? '1' : '2');
  await page.locator(`#article mark[data-start="${span.start}"][data-type="${span.type}"]`).waitFor();
}

async function openExercise(page, url) {
  await page.goto(url);
  await page.locator('#main:not([hidden])').waitFor();
}

// handIn types the name (unless the page already knows the student) and
// hands in, waiting for the answer.
async function handIn(page, name, version) {
  if (name) await page.locator('#name').fill(name);
  await page.locator('#submit').click();
  await page.locator('#submitted').filter({ hasText: new RegExp(`version ${version}|संस्करण ${version}`) }).waitFor();
}

// stored is everything this page's origin keeps in localStorage.
const stored = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

const keyIn = (text) => text.includes(`"start":${CITY.start},"end":${CITY.end}`) || /"key"\s*:\s*\[\s*\{/.test(text);

test('the key stays with the teacher until a student hands in, in the API answers and in the browser’s storage', async () => {
  const made = await makeExercise();
  await withPage(browser, async (page, open) => {
    const answers = [];
    page.on('response', async (r) => {
      if (r.url().includes('/api/')) answers.push({ url: r.url(), body: await r.text().catch(() => '') });
    });
    await openExercise(page, made.studentUrl);
    await mark(page, PERSON);
    assert.match(await page.locator('#key-rule').textContent(), /When you hand in, you see your score and the answer key/);
    // Before handing in: no answer the page got and nothing it kept holds the key.
    for (const a of answers) assert.ok(!keyIn(a.body), `${a.url} answered the key before hand-in: ${a.body.slice(0, 200)}`);
    for (const [k, v] of Object.entries(await stored(page))) assert.ok(!keyIn(v), `localStorage ${k} holds the key before hand-in`);
    assert.equal(await page.locator('#result').isHidden(), true);

    await handIn(page, 'मीरा', 1);
    await page.locator(`#result:not([hidden]) #key-article[data-marks="${KEY.length}"]`).waitFor();
    assert.match(await page.locator('#score').textContent(), /You found 1 of 4\./);
    // After: the student's own copy holds the key, and survives a reload.
    assert.ok(Object.values(await stored(page)).some(keyIn), 'the key is kept with the student’s hand-in');
    await page.reload();
    await page.locator(`#result:not([hidden]) #key-article[data-marks="${KEY.length}"]`).waitFor();

    // Another student who has not handed in still gets no key.
    const other = await open();
    await openExercise(other, made.studentUrl);
    for (const [k, v] of Object.entries(await stored(other))) assert.ok(!keyIn(v), `another student's ${k} holds the key`);
    const view = await (await fetch(`${baseURL}/api/exercises/${made.id}`)).text();
    assert.ok(!keyIn(view), 'the public view holds the key');
  });
});

test('two browsers with one name are two students; a code continues one on a second device; the teacher renames and merges', async () => {
  const made = await makeExercise({ roster: ['Priya'] });
  await withPage(browser, async (laptop, open) => {
    // Two students type "Kabir" on two computers.
    await openExercise(laptop, made.studentUrl);
    await mark(laptop, PERSON);
    await handIn(laptop, 'Kabir', 1);
    const code = (await laptop.locator('#identity .code').textContent()).trim();
    assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.match(await laptop.locator('#identity').textContent(), /You hand in as Kabir\./);
    assert.equal(await laptop.locator('#name').inputValue(), 'Kabir');

    const other = await open();
    await openExercise(other, made.studentUrl);
    await handIn(other, '  kabir ', 1);
    assert.match(await other.locator('#identity').textContent(), /You hand in as kabir \(2\)\./);

    // The first Kabir hands in again: a new version of his own work only.
    await mark(laptop, CITY);
    await handIn(laptop, null, 2);

    // On a phone, the first Kabir continues with his code.
    const phone = await open({ viewport: { width: 390, height: 800 } });
    await openExercise(phone, made.studentUrl);
    await phone.locator('#continue-box summary').click();
    await phone.locator('#code').fill(code.toLowerCase().replaceAll('-', ' '));
    await phone.locator('#continue').click();
    // His work arrives (the page reloads with it) and the next hand-in is version 3.
    await phone.locator('#article[data-marks="2"]').waitFor();
    assert.match(await phone.locator('#identity').textContent(), /You hand in as Kabir\./);
    await mark(phone, INDIA1);
    await handIn(phone, null, 3);
    assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'the student page fits 390 px');

    // A name the roster lists is claimed by the first hand-in.
    const priya = await open();
    await openExercise(priya, made.studentUrl);
    assert.deepEqual(await priya.locator('#roster-names option').evaluateAll((os) => os.map((o) => o.value)), ['Priya']);
    await handIn(priya, 'priya', 1);
    assert.match(await priya.locator('#identity').textContent(), /You hand in as Priya\./);

    // The dashboard: Kabir with three versions, "kabir (2)" apart.
    const d = await open();
    await d.goto(made.teacherUrl);
    await d.locator('#glance li[data-student]').first().waitFor();
    const labels = () => d.locator('#glance li[data-student]').evaluateAll((lis) => lis.map((li) => li.dataset.student));
    assert.deepEqual(await labels(), ['Kabir', 'kabir (2)', 'Priya']);
    assert.match(await d.locator('#glance li[data-student="Kabir"]').textContent(), /found 3 of 4, 0 extra, 0 wrong type.*version 3/);

    // Rename the second Kabir, then merge them into the first.
    const second = d.locator('#glance li[data-student="kabir (2)"]');
    await second.locator('summary').click();
    await second.getByLabel('New name').fill('Kabir Das');
    await second.getByRole('button', { name: 'Rename' }).click();
    await d.locator('#glance li[data-student="Kabir Das"]').waitFor();
    const das = d.locator('#glance li[data-student="Kabir Das"]');
    await das.locator('summary').click();
    await das.getByLabel('Same student as').selectOption({ label: 'Kabir' });
    await das.getByRole('button', { name: 'Merge' }).click();
    await d.getByRole('status').filter({ hasText: "Kabir Das's work is now Kabir's." }).waitFor();
    assert.deepEqual(await labels(), ['Kabir', 'Priya']);
    assert.match(await d.locator('#glance li[data-student="Kabir"]').textContent(), /version 4/);
    await d.screenshot({ path: artifact('classroom-students.png'), fullPage: true });
  });
});

test('a page open when the exercise closes stops marking and handing in, and says so in its language', async () => {
  const made = await makeExercise({ revealKey: false });
  // Chromium logs the refused hand-in (409) as a failed resource.
  await withPage(browser, { locale: 'hi-IN', allowErrors: [/status of 409/] }, async (page) => {
    await openExercise(page, made.studentUrl);
    await mark(page, PERSON);
    await page.locator('#name').fill('मीरा');
    const closed = await fetch(`${baseURL}/api/exercises/${made.id}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + made.teacherToken },
      body: JSON.stringify({ closed: true }),
    });
    assert.equal(closed.status, 200);
    await page.locator('#submit').click();
    await page.getByRole('alert').filter({ hasText: 'यह अभ्यास बंद है: शिक्षक अब उत्तर नहीं ले रहे।' }).waitFor();
    assert.equal(await page.locator('#status').textContent(), 'यह अभ्यास बंद है।');
    for (const id of ['submit', 'name']) assert.equal(await page.locator('#' + id).isDisabled(), true, `#${id} is disabled`);
    assert.equal(await page.locator('#type-buttons button').first().isDisabled(), true, 'the marking buttons are disabled');
    // Marking does nothing now; the work done before is kept.
    await select(page, CITY.start, CITY.end);
    await page.keyboard.press('2');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#article mark').count(), 1);
    assert.equal(await page.locator('#article').getAttribute('data-marks'), '1');
  });
});

test('the dashboard says how each student did, groups what the class missed, and tells a wrong teacher link from a missing one', async () => {
  const made = await makeExercise();
  // Asha finds everything; Bilal finds the person and calls तेल अवीव a person; Chitra finds one भारत and marks an extra word.
  const kahA = at('कहा', 'PER');
  const plans = [
    ['Asha', KEY],
    ['Bilal', [PERSON, { ...CITY, type: 'PER' }]],
    ['Chitra', [INDIA1, kahA]],
  ];
  for (const [name, annotations] of plans) await post(`/api/exercises/${made.id}/submissions`, { name, annotations });
  await withPage(browser, { allowErrors: [/status of 40[13]/] }, async (d) => {
    await d.goto(`${baseURL}/t/${made.id}`);
    await d.getByRole('status').filter({ hasText: 'This browser does not hold the teacher link' }).waitFor();
    await d.goto('about:blank'); // a new fragment alone would not load the page again
    await d.goto(`${baseURL}/t/${made.id}#token=AAAAAAAAAAAAAAAAAAAAAA`);
    await d.getByRole('status').filter({ hasText: 'That teacher link does not open this exercise' }).waitFor();

    await d.goto(made.teacherUrl);
    await d.locator('#glance li[data-student]').first().waitFor();
    const line = (name) => d.locator(`#glance li[data-student="${name}"]`).textContent();
    assert.match(await line('Asha'), /found 4 of 4, 0 extra, 0 wrong type/);
    assert.match(await line('Bilal'), /found 1 of 4, 0 extra, 1 wrong type/);
    assert.match(await line('Chitra'), /found 1 of 4, 1 extra, 0 wrong type/);
    assert.equal(await d.locator('#glance li[data-student="Bilal"] meter').getAttribute('value'), '1');
    // Misses grouped by name: भारत occurs twice; Bilal missed both, Chitra one.
    const missed = await d.locator('#missed li').allTextContents();
    assert.ok(missed.some((m) => /^भारत ×2 — place: missed by 2 of 3 students \(3 of 6 mentions missed in all\)$/.test(m)), missed.join(' | '));
    assert.ok(missed.some((m) => /^तेल अवीव ×1 — place: missed by 2 of 3 students$/.test(m)), missed.join(' | '));
    assert.match(await d.locator('#agreement').textContent(), /^The 3 students agree .+ \(Fleiss' κ -?\d\.\d\d\)\.$/);
    // The statistics are one click away, with their explanation.
    assert.equal(await d.getByRole('table', { name: 'Scores', exact: true }).isVisible(), false);
    await d.locator('#stats summary').click();
    await d.getByRole('table', { name: 'Scores', exact: true }).waitFor();
    assert.match(await d.locator('#stats').textContent(), /Recall: of the key, the share the student found/);
  });
});

// Every classroom page, in both languages, reached by the pages' own
// language switch: axe-core finds nothing, and a phone's 390 px hold it.
for (const first of ['en-US', 'hi-IN']) {
  test(`every classroom page passes axe-core in English and Hindi and fits 390 px (browser in ${first})`, async () => {
    const made = await makeExercise({ roster: ['Priya'] });
    for (const [name, annotations] of [['Asha', KEY], ['Bilal', [PERSON]]]) await post(`/api/exercises/${made.id}/submissions`, { name, annotations });
    await withPage(browser, { locale: first, viewport: { width: 390, height: 844 } }, async (page) => {
      const pages = [
        ['the exercise maker', `${baseURL}/class`, '#setup'],
        ["a student's exercise", made.studentUrl, '#main:not([hidden])'],
        ["the teacher's dashboard", made.teacherUrl, '#main:not([hidden]) #glance li[data-student]'],
      ];
      for (const [what, url, ready] of pages) {
        await page.goto(url);
        await page.locator(ready).first().waitFor();
        for (const round of [0, 1]) {
          const lang = await page.evaluate(() => document.documentElement.lang);
          if (what === "the teacher's dashboard") {
            await page.locator('#stats summary').click();
            await page.locator('#glance details').first().locator('summary').click();
          }
          if (what === "a student's exercise") await page.locator('#continue-box summary').click();
          await noViolations(page, `${what} (${lang}, 390 px)`);
          const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(over, 0, `${what} (${lang}) overflows a 390 px screen by ${over} px`);
          if (round === 0) {
            await page.locator('#lang').click();
            await page.waitForFunction((was) => document.documentElement.lang !== was, lang);
            await page.locator(ready).first().waitFor();
          }
        }
      }
      // After a student's hand-in: the score, the key and the code.
      await page.goto(made.studentUrl);
      await page.locator('#main:not([hidden])').waitFor();
      await page.locator('#name').fill('मीरा');
      await page.locator('#submit').click();
      await page.locator('#result:not([hidden])').waitFor();
      await noViolations(page, `a student's score, key and code (${first})`);
    });
  });
}
