// The classroom from start to finish, through the pages only: a teacher
// makes an exercise with a corrected key from the sample article; three
// students, each in their own browser, mark it differently and hand in;
// the dashboard shows exactly the scores worked out here by hand from the
// key and each student's marks, and heat-map counts that match. The
// teacher's token must never appear in any URL a page requests.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, withPage, readShared, post, baseURL, artifact, serviceWorkerControls, selectText } from './browser.mjs';

const sample = () => readShared('samples/hi-news-india-israel-mou.txt');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// ---- by-hand scoring, from the definitions in annotation/score ----------

const same = (a, b) => a.start === b.start && a.end === b.end && a.type === b.type;
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

function metrics(tp, fp, fn) {
  const ratio = (n, d) => (d === 0 ? (tp + fp + fn === 0 ? 1 : 0) : n / d);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

// exact: a mark counts only with the key's span and type.
function exactScore(key, marks) {
  const tp = marks.filter((m) => key.some((k) => same(k, m))).length;
  return metrics(tp, marks.length - tp, key.length - tp);
}

// lenient: exact pairs first, then each remaining mark (in text order)
// pairs with the unpaired same-type key entity it overlaps most.
function lenientScore(key, marks) {
  const keyUsed = new Set();
  const markUsed = new Set();
  marks.forEach((m, i) => {
    const k = key.findIndex((x) => same(x, m));
    if (k >= 0) { keyUsed.add(k); markUsed.add(i); }
  });
  [...marks].map((m, i) => [m, i]).sort(([a], [b]) => a.start - b.start).forEach(([m, i]) => {
    if (markUsed.has(i)) return;
    let best = -1;
    key.forEach((k, j) => {
      if (keyUsed.has(j) || k.type !== m.type || overlap(k, m) === 0) return;
      if (best < 0 || overlap(k, m) > overlap(key[best], m)) best = j;
    });
    if (best >= 0) { keyUsed.add(best); markUsed.add(i); }
  });
  const tp = markUsed.size;
  return metrics(tp, marks.length - tp, key.length - tp);
}

const percent = (r) => (Math.round(r * 1000) / 10).toFixed(1) + '%';

// ---- driving the pages ----------------------------------------------

// select selects [start, end) (code points; the sample has no characters
// outside the BMP, so they equal UTF-16 offsets) in the article drawn in
// container, as a mouse drag would.
const select = (page, container, start, end) => selectText(page, start, end, container);

const KEYS = { PER: '1', LOC: '2', ORG: '3', DATE: '4', NUM: '5' };
const NAMES = { PER: 'person', LOC: 'place', ORG: 'organisation' };

// mark marks span as type, with the digit key or the toolbar button, and
// waits for the highlight.
async function mark(page, container, span, type, how = 'key') {
  await select(page, container, span.start, span.end);
  if (how === 'key') await page.keyboard.press(KEYS[type]);
  else await page.getByRole('toolbar').getByRole('button', { name: new RegExp(NAMES[type]) }).click();
  await page.locator(`${container} mark[data-start="${span.start}"][data-end="${span.end}"][data-type="${type}"]`).waitFor();
}

const marksIn = (page, container) => page.locator(`${container} mark:not(.hint)`).evaluateAll((els) => els.map((m) => ({
  start: Number(m.dataset.start), end: Number(m.dataset.end), type: m.dataset.type,
})));

// tokenSpans splits text into word spans (letters, marks and digits), for
// choosing a span outside the key; the pages snap to the engine's tokens,
// which agree on such plain words.
function words(text) {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

test('a teacher sets an exercise, three students hand in, the dashboard scores them as worked out by hand', async () => {
  const article = sample();
  const urls = [];
  const record = (page) => page.on('request', (r) => urls.push(r.url()));

  // ---- the teacher makes the exercise --------------------------------
  // Chromium logs the refused hand-in (409) as a failed resource.
  await withPage(browser, { allowErrors: [/status of 409/] }, async (t, open) => {
    record(t);
    await t.goto(baseURL + '/class');
    await t.waitForFunction(() => !document.getElementById('prepare').disabled, null, { timeout: 60_000 });
    await t.getByLabel('Title').fill('भारत-इज़राइल समझौता');
    await t.getByRole('textbox', { name: 'Article' }).fill(article);
    await t.getByLabel(/Instructions/).fill('हर व्यक्ति, स्थान और संगठन को चिह्नित करें और कारण लिखें।');
    await t.getByRole('button', { name: 'Prepare the answer key' }).click();
    await t.locator('#key-section:not([hidden])').waitFor();
    const text = await t.locator('#key-article').textContent();
    assert.ok(!/[\uD800-\uDFFF]/.test(text), 'the sample has no characters outside the BMP');
    const suggested = await marksIn(t, '#key-article');
    assert.ok(suggested.length >= 8, `the model should suggest a usable key, got ${suggested.length} marks`);
    assert.ok(suggested.every((m) => ['PER', 'LOC', 'ORG'].includes(m.type)), 'only the chosen types start the key');

    // Correct the key: remove one suggestion, add one missing entity with a note.
    const dropped = suggested[suggested.length - 1];
    await t.locator(`#key-article mark[data-start="${dropped.start}"]`).click();
    await t.getByRole('button', { name: 'Remove', exact: true }).click();
    await t.locator(`#key-article mark[data-start="${dropped.start}"]`).waitFor({ state: 'detached' });
    const free = (span, marks) => !marks.some((m) => overlap(m, span) > 0);
    const added = words(text).find((w) => w.text.length >= 3 && free(w, suggested) && w.start > dropped.end);
    assert.ok(added, 'a word after the dropped suggestion to add to the key');
    await mark(t, '#key-article', added, 'ORG', 'button');
    await t.locator(`#key-article mark[data-start="${added.start}"]`).click();
    await t.getByRole('textbox', { name: /Note/ }).fill('संस्था का नाम');
    await t.getByRole('button', { name: 'Save note' }).click();
    await t.locator(`#key-article mark[data-start="${added.start}"].has-note`).waitFor();
    const key = await marksIn(t, '#key-article');
    assert.equal(key.length, suggested.length);
    assert.ok(key.some((k) => same(k, { ...added, type: 'ORG' })) && !key.some((k) => same(k, dropped)));

    await t.getByRole('button', { name: 'Create exercise' }).click();
    const studentUrl = await t.getByRole('textbox', { name: /Student link/ }).inputValue();
    const teacherUrl = await t.getByRole('textbox', { name: /Teacher link/ }).inputValue();
    assert.match(studentUrl, /\/x\/[A-Za-z0-9_-]+$/);
    const tokenMatch = /\/t\/([A-Za-z0-9_-]+)#token=([A-Za-z0-9_-]+)$/.exec(teacherUrl);
    assert.ok(tokenMatch, `teacher link ${teacherUrl}`);
    const [, exerciseId, token] = tokenMatch;
    await t.screenshot({ path: artifact('classroom-created.png'), fullPage: true });

    // ---- three students mark it differently ---------------------------
    const other = (type) => (type === 'PER' ? 'LOC' : 'PER');
    const multi = key.findIndex((k, i) => i >= 2 && /\s/.test(text.slice(k.start, k.end)));
    assert.ok(multi >= 2, 'the key needs an entity of several words for a partial mark');
    const firstWord = words(text.slice(key[multi].start, key[multi].end))[0];
    const partial = { start: key[multi].start + firstWord.start, end: key[multi].start + firstWord.end, type: key[multi].type };
    const extra = words(text).find((w) => w.text.length >= 3 && free(w, key));
    const wrong = key.findIndex((k, i) => i >= 3 && i !== multi);
    const plans = [
      { name: 'Asha', marks: key.slice(0, 6).filter((k, i) => i !== multi).concat(key[multi]), how: 'key', note: 'यह एक देश का नाम है' },
      { name: 'Bilal', marks: [key[0], key[1], { ...key[wrong], type: other(key[wrong].type) }, { ...extra, type: 'PER' }], how: 'button' },
      { name: 'Chitra', marks: [key[0], partial, { ...key[1], type: other(key[1].type) }], how: 'key', reload: true },
    ];
    for (const p of plans) p.marks = p.marks.map(({ start, end, type }) => ({ start, end, type })).sort((a, b) => a.start - b.start);

    const students = [];
    for (const p of plans) {
      const page = await open();
      record(page);
      students.push(page);
      await page.goto(studentUrl);
      await page.locator('#main:not([hidden])').waitFor();
      assert.equal(await page.locator('#article').textContent(), text);
      assert.equal(await page.locator('#article mark').count(), 0, 'no key and no hints on the student page');
      for (const m of p.marks) await mark(page, '#article', m, m.type, p.how);
      if (p.note) {
        await page.locator(`#article mark[data-start="${p.marks[0].start}"]`).click();
        await page.getByRole('textbox', { name: /Note/ }).fill(p.note);
        await page.getByRole('button', { name: 'Save note' }).click();
        await page.locator(`#article mark[data-start="${p.marks[0].start}"].has-note`).waitFor();
      }
      await page.getByRole('textbox', { name: 'Your name' }).fill(p.name);
      if (p.reload) {
        await page.reload();
        await page.locator('#main:not([hidden])').waitFor();
        await page.locator(`#article[data-marks="${p.marks.length}"]`).waitFor();
        assert.equal(await page.getByRole('textbox', { name: 'Your name' }).inputValue(), p.name, 'the name survives a reload');
      }
      assert.deepEqual(await marksIn(page, '#article'), p.marks, `${p.name}'s marks are what the page holds`);
      await page.getByRole('button', { name: 'Submit' }).click();
      await page.locator('#submitted:not([hidden])').waitFor();
      assert.match(await page.locator('#submitted').textContent(), /version 1/);
    }

    // The key shows after hand-in, so a student sees it with their own score.
    const asha = students[0];
    await asha.locator(`#result:not([hidden]) #key-article[data-marks="${key.length}"]`).waitFor();
    assert.deepEqual(await marksIn(asha, '#key-article'), key);
    const ashaExact = exactScore(key, plans[0].marks);
    const ashaRow = asha.getByRole('row', { name: /^Exact/ });
    assert.match(await ashaRow.textContent(), new RegExp(percent(ashaExact.f1).replace('.', '\\.')));
    await asha.screenshot({ path: artifact('classroom-student.png'), fullPage: true });

    // ---- the dashboard ----------------------------------------------------
    const d = await open();
    record(d);
    await d.goto(teacherUrl);
    await d.locator('#glance li[data-student]').first().waitFor();
    await d.locator('#stats summary').click();
    const table = d.getByRole('table', { name: 'Scores', exact: true });
    await table.waitFor();
    assert.equal(new URL(d.url()).hash, '', 'the token is cleared from the address bar');

    for (const p of plans) {
      const row = table.locator(`tr[data-student="${p.name}"]`);
      const values = await row.locator('td[data-value]').evaluateAll((tds) => tds.map((td) => [Number(td.dataset.value), td.textContent]));
      const ex = exactScore(key, p.marks);
      const len = lenientScore(key, p.marks);
      const want = [ex.precision, ex.recall, ex.f1, len.precision, len.recall, len.f1];
      want.forEach((w, i) => {
        assert.ok(Math.abs(values[i][0] - w) < 1e-9, `${p.name} column ${i}: dashboard ${values[i][0]}, by hand ${w}`);
        assert.equal(values[i][1], percent(w), `${p.name} column ${i} as shown`);
      });
    }
    // Chitra's partial mark is no exact hit but a lenient one.
    assert.ok(lenientScore(key, plans[2].marks).recall > exactScore(key, plans[2].marks).recall);

    // Heat map: how many students marked a character, counted by hand.
    const heatAt = (cp) => d.locator('#heat span[data-count]').evaluateAll((spans, cp) => {
      const s = spans.find((x) => Number(x.dataset.start) <= cp && cp < Number(x.dataset.end));
      return s ? { count: Number(s.dataset.count), title: s.title } : { count: 0, title: '' };
    }, cp);
    const byHand = (cp, type) => plans.filter((p) => p.marks.some((m) => m.start <= cp && cp < m.end && (!type || m.type === type))).length;
    const probes = [key[0].start, key[1].start + 1, key[wrong].start, partial.start, key[multi].end - 1, extra.start, key[key.length - 1].start];
    for (const cp of probes) {
      const got = await heatAt(cp);
      assert.equal(got.count, byHand(cp), `heat count at ${cp} (${text.slice(cp, cp + 8)}…)`);
      if (got.count) assert.match(got.title, new RegExp(`^${got.count} of 3 students`));
    }
    await d.getByLabel('Count marks of').selectOption('PER');
    for (const cp of probes) assert.equal((await heatAt(cp)).count, byHand(cp, 'PER'), `PER heat count at ${cp}`);

    assert.match(await d.locator('#notes').textContent(), /Asha.*यह एक देश का नाम है/);
    assert.match(await d.locator('#agreement').textContent(), /^The 3 students agree .+\(Fleiss' κ -?\d\.\d{2}\)\.$/);
    for (const p of plans) {
      const ex = exactScore(key, p.marks);
      const found = Math.round(ex.recall * key.length);
      assert.match(await d.locator(`#glance li[data-student="${p.name}"]`).textContent(), new RegExp(`found ${found} of ${key.length}, `));
    }
    assert.match(await d.locator('#missed').textContent(), new RegExp(`missed by \\d of 3 students`));
    assert.match(await d.locator('#extra').textContent(), new RegExp(`${extra.text}.*marked by 1 student`));
    await d.screenshot({ path: artifact('classroom-dashboard.png'), fullPage: true });

    // The score sheet downloads with the token in a header, not the URL.
    const [download] = await Promise.all([d.waitForEvent('download'), d.getByRole('button', { name: 'Download scores' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    for (const p of plans) assert.match(csv, new RegExp(`^${p.name},`, 'm'));

    // Closing stops hand-ins with a clear message; reopening allows them.
    await d.getByRole('button', { name: 'Close exercise' }).click();
    await d.getByRole('button', { name: 'Reopen exercise' }).waitFor();
    const bilal = students[1];
    await bilal.getByRole('button', { name: 'Submit' }).click();
    await bilal.getByRole('alert').filter({ hasText: 'closed' }).waitFor();
    await d.getByRole('button', { name: 'Reopen exercise' }).click();
    await d.getByRole('button', { name: 'Close exercise' }).waitFor();

    // Handing in again adds a version; the dashboard shows the latest and remembers the first.
    await bilal.reload();
    await bilal.locator(`#article[data-marks="${plans[1].marks.length}"]`).waitFor();
    await bilal.getByRole('button', { name: 'Submit' }).click();
    await bilal.locator('#submitted').filter({ hasText: 'version 2' }).waitFor();
    await d.getByRole('button', { name: 'Refresh' }).click();
    const version = table.locator('tr[data-student="Bilal"] td').first();
    await table.locator('tr[data-student="Bilal"] td', { hasText: /^2$/ }).first().waitFor();
    assert.match(await version.getAttribute('title'), /Earlier: version 1, exact F1 /);
    // The key shows to everyone only once the teacher says so.
    const view = async () => (await fetch(`${baseURL}/api/exercises/${exerciseId}`)).json();
    assert.equal((await view()).key, undefined);
    await d.getByLabel('Students see the key').selectOption('true');
    await d.getByRole('status').filter({ hasText: 'Every student now sees the key.' }).waitFor();
    assert.equal((await view()).key.length, key.length);
    await d.getByLabel('Students see the key').selectOption('false');
    await d.getByRole('status').filter({ hasText: 'The key is hidden from students.' }).waitFor();
    assert.equal((await view()).key, undefined);

    for (const u of urls) assert.ok(!u.includes(token), `the token leaked into ${u}`);
    assert.ok(urls.some((u) => u.includes(`/api/exercises/${exerciseId}/submissions`)));
  });
});

// MEETING is a one-sentence article with a person and a place, and span
// is where a phrase of it lies, with a type.
const MEETING = 'रक्षा सचिव राजेश कुमार सिंह ने तेल अवीव में बैठक की।';
const span = (phrase, type) => ({ start: MEETING.indexOf(phrase), end: MEETING.indexOf(phrase) + phrase.length, type });

// makeExercise creates an exercise through the API, as the /class page
// would, and returns {id, teacherToken, studentUrl, teacherUrl}.
const makeExercise = (fields) => post('/api/exercises', fields);

test('hints, a kept draft, a closed exercise, a wrong link and a wrong token each get a clear answer', async () => {
  const text = sample().trim().split('\n').slice(1, 3).join('\n');
  const person = 'राजेश कुमार सिंह';
  const at = text.indexOf(person);
  assert.ok(at > 0, 'the sample names the defence secretary');
  const made = await makeExercise({
    title: 'संकेत सहित', text, types: ['PER', 'LOC', 'ORG'], hints: true, revealKey: false,
    key: [{ start: at, end: at + person.length, type: 'PER' }],
  });
  const urls = [];

  // The refused token and the unknown exercise show as failed requests (403, 404).
  await withPage(browser, { allowErrors: [/status of 40[34]/] }, async (page) => {
    page.on('request', (r) => urls.push(r.url()));
    await page.goto(made.studentUrl);
    await page.locator('#main:not([hidden])').waitFor();
    await page.getByLabel(/Show the model's suggestions/).check();
    const hint = page.locator('#article mark.hint').first();
    await hint.waitFor({ timeout: 60_000 });
    const start = await hint.getAttribute('data-start');
    await hint.click();
    await page.locator(`#article mark[data-start="${start}"]:not(.hint)`).waitFor();
    await page.locator('#article[data-marks="1"]').waitFor();

    // The accepted suggestion is the student's own and survives a reload.
    await page.reload();
    await page.locator(`#article mark[data-start="${start}"]:not(.hint)`).waitFor();

    // The teacher closes the exercise: the student is told, and cannot hand in.
    const closed = await fetch(`${baseURL}/api/exercises/${made.id}`, {
      method: 'PATCH', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + made.teacherToken },
      body: JSON.stringify({ closed: true }),
    });
    assert.equal(closed.status, 200);
    await page.reload();
    await page.getByRole('alert').filter({ hasText: 'closed' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Submit' }).isDisabled(), true);

    await page.goto(baseURL + '/x/nosuchexercise0000000');
    await page.getByRole('status').filter({ hasText: 'There is no exercise at this link' }).waitFor();

    // A wrong token is refused; pasting the real teacher link opens the class.
    await page.goto(`${baseURL}/t/${made.id}#token=not-the-token`);
    await page.getByRole('status').filter({ hasText: 'does not open this exercise' }).waitFor();
    await page.getByRole('textbox', { name: 'Teacher link' }).fill(made.teacherUrl);
    await page.getByRole('button', { name: 'Open' }).click();
    await page.locator('#glance li').filter({ hasText: 'No one has handed in yet.' }).waitFor();
    await page.getByRole('button', { name: 'Reopen exercise' }).waitFor();

    for (const u of urls) assert.ok(!u.includes(made.teacherToken), `the token leaked into ${u}`);
  });
});

test('the exercise maker starts from the latest document of the main annotator, marks and all', async () => {
  const text = MEETING;
  // A person's corrections in the main app: one of a type the exercise does not ask for.
  const saved = [span('राजेश कुमार सिंह', 'PER'), span('तेल अवीव', 'LOC'), span('बैठक', 'DATE')];
  await withPage(browser, async (page) => {
    await page.goto(baseURL + '/class');
    await page.evaluate(async ([text, annotations]) => {
      const store = await import('/store.js');
      const now = Date.now();
      await store.saveDoc({ id: 'doc-1', title: 'बैठक', text, annotations: annotations.map((a) => ({ ...a, source: 'person' })), rejected: [], created: now, modified: now });
    }, [text, saved]);
    await page.reload();
    await page.getByRole('button', { name: /Use my latest document: बैठक \(3 marks\)/ }).click();
    // The document is read from IndexedDB after the click.
    await page.waitForFunction((text) => document.getElementById('article').value === text, text);
    await page.waitForFunction(() => !document.getElementById('prepare').disabled, null, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Prepare the answer key' }).click();
    await page.locator('#key-article[data-marks="2"]').waitFor();
    assert.deepEqual(await marksIn(page, '#key-article'), saved.slice(0, 2));
    assert.equal(await page.getByLabel('Title').inputValue(), 'बैठक');
  });
});

test('the student page speaks Hindi to a Hindi browser, and switches language without losing work', async () => {
  const text = MEETING;
  const made = await makeExercise({ title: 'भाषा', text, types: ['PER', 'LOC'], key: [] });
  await withPage(browser, { locale: 'hi-IN' }, async (page) => {
    await page.goto(made.studentUrl);
    await page.locator('#main:not([hidden])').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hi');
    await page.getByRole('textbox', { name: 'आपका नाम' }).fill('मीरा');
    await page.getByRole('button', { name: 'जमा करें' }).waitFor();
    assert.equal(await page.locator('#find').textContent(), 'हर व्यक्ति और स्थान को चिह्नित करें।');
    await page.getByRole('button', { name: 'Show in English' }).click();
    await page.getByRole('button', { name: 'Submit' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Your name' }).inputValue(), 'मीरा');
  });
});

test('the exercise maker keeps the article, the settings and the corrected key through reloads, and the links once made', async () => {
  const text = MEETING;
  await withPage(browser, async (page) => {
    await page.goto(baseURL + '/class');
    await page.getByLabel('Title').fill('बैठक');
    await page.getByRole('textbox', { name: 'Article' }).fill(text);
    await page.getByLabel(/Instructions/).fill('नाम चिह्नित करें।');
    await page.getByRole('checkbox', { name: /organisation/ }).uncheck();

    // Before the key: the setup comes back as typed.
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Your unfinished exercise is back' }).waitFor();
    assert.equal(await page.getByLabel('Title').inputValue(), 'बैठक');
    assert.equal(await page.getByRole('textbox', { name: 'Article' }).inputValue(), text);
    assert.equal(await page.getByLabel(/Instructions/).inputValue(), 'नाम चिह्नित करें।');
    assert.equal(await page.getByRole('checkbox', { name: /organisation/ }).isChecked(), false);
    assert.equal(await page.getByRole('checkbox', { name: /person/ }).isChecked(), true);

    // The corrected key comes back too: one suggestion removed, a note on another.
    await page.waitForFunction(() => !document.getElementById('prepare').disabled, null, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Prepare the answer key' }).click();
    await page.locator('#key-section:not([hidden])').waitFor();
    const person = span('राजेश कुमार सिंह', 'PER');
    const place = span('तेल अवीव', 'LOC');
    const suggested = await marksIn(page, '#key-article');
    assert.ok(suggested.some((m) => same(m, place)), `the model suggests ${JSON.stringify(place)}: ${JSON.stringify(suggested)}`);
    await page.locator(`#key-article mark[data-start="${place.start}"]`).click();
    await page.getByRole('button', { name: 'Remove', exact: true }).click();
    await page.locator(`#key-article mark[data-start="${place.start}"]`).waitFor({ state: 'detached' });
    if (!suggested.some((m) => same(m, person))) await mark(page, '#key-article', person, 'PER');
    await page.locator(`#key-article mark[data-start="${person.start}"]`).click();
    await page.getByRole('textbox', { name: /Note/ }).fill('रक्षा सचिव');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.locator(`#key-article mark[data-start="${person.start}"].has-note`).waitFor();
    await page.getByLabel("Show the model's suggestions as hints").check();
    await page.getByLabel('Only when I reveal it on the dashboard').check();
    await page.getByLabel(/Class list/).fill('Priya\n\n Kabir ');
    const key = await marksIn(page, '#key-article');

    await page.reload();
    await page.getByRole('status').filter({ hasText: `Your answer key is back as you left it, with ${key.length} marks` }).waitFor();
    assert.deepEqual(await marksIn(page, '#key-article'), key);
    await page.locator(`#key-article mark[data-start="${person.start}"].has-note`).waitFor();
    assert.equal(await page.getByLabel("Show the model's suggestions as hints").isChecked(), true);
    assert.equal(await page.getByLabel('Only when I reveal it on the dashboard').isChecked(), true);
    assert.equal(await page.getByLabel(/Class list/).inputValue(), 'Priya\n\n Kabir ');
    assert.equal(await page.getByRole('textbox', { name: 'Article' }).isDisabled(), true, 'the setup stays locked while its key is open');

    // Once made, the links survive a reload; a new exercise starts blank.
    await page.getByRole('button', { name: 'Create exercise' }).click();
    const studentUrl = await page.getByRole('textbox', { name: /Student link/ }).inputValue();
    const teacherUrl = await page.getByRole('textbox', { name: /Teacher link/ }).inputValue();
    assert.match(studentUrl, /\/x\/[A-Za-z0-9_-]+$/);
    const made = await (await fetch(baseURL + '/api/exercises/' + studentUrl.split('/x/')[1])).json();
    assert.equal(made.hints, true);
    assert.equal(made.keyAfterHandIn, false);
    assert.deepEqual(made.roster, [{ name: 'Kabir', claimed: false }, { name: 'Priya', claimed: false }]);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'This exercise was made earlier' }).waitFor();
    assert.equal(await page.getByRole('textbox', { name: /Student link/ }).inputValue(), studentUrl);
    assert.equal(await page.getByRole('textbox', { name: /Teacher link/ }).inputValue(), teacherUrl);
    assert.equal(await page.getByRole('button', { name: 'Create exercise' }).isDisabled(), true);
    await page.getByRole('button', { name: 'Start a new exercise' }).click();
    await page.waitForFunction(() => document.getElementById('key-section').hidden && document.getElementById('created').hidden);
    await page.waitForFunction(() => document.getElementById('article').value === '');
    assert.equal(await page.getByLabel('Title').inputValue(), '');
  });
});

test("a student's exercise opens offline once visited, marks kept, and is handed in back online", async () => {
  const text = MEETING;
  const person = span('राजेश कुमार सिंह', 'PER');
  const made = await makeExercise({ title: 'ऑफ़लाइन', text, types: ['PER', 'LOC'], key: [person], revealKey: false });
  await withPage(browser, { allowErrors: [/ERR_INTERNET_DISCONNECTED/] }, async (page) => {
    await page.goto(made.studentUrl);
    await page.locator('#main:not([hidden])').waitFor();
    await serviceWorkerControls(page);
    await mark(page, '#article', person, 'PER');
    await page.getByRole('textbox', { name: 'Your name' }).fill('रवि');

    await page.context().setOffline(true);
    await page.reload();
    await page.locator('#main:not([hidden])').waitFor();
    await page.getByRole('status').filter({ hasText: 'You are offline' }).waitFor();
    assert.equal(await page.locator('#ex-title').textContent(), 'ऑफ़लाइन');
    assert.deepEqual(await marksIn(page, '#article'), [person]);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('status').filter({ hasText: 'Could not hand in' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Submit' }).isDisabled(), false);

    // Back online, the page checks the exercise again and says so.
    await page.context().setOffline(false);
    await page.getByRole('status').filter({ hasText: 'You are back online' }).waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('status').filter({ hasText: 'Handed in: version 1' }).waitFor();
    const report = await (await fetch(`${baseURL}/api/exercises/${made.id}/submissions`, { headers: { Authorization: 'Bearer ' + made.teacherToken } })).json();
    assert.deepEqual(report.submissions.map((s) => s.name), ['रवि']);
    // Offline, Chromium logs the requests that could not be made.
  });
});

test('the classroom pages mark with the annotator’s keys: letters as well as digits, keyboard selection, span editing', async () => {
  const text = MEETING;
  const made = await makeExercise({ title: 'कुंजियाँ', text, types: ['PER', 'LOC'], key: [] });
  await withPage(browser, async (page) => {
    await page.goto(made.studentUrl);
    await page.locator('#main:not([hidden])').waitFor();
    // Tab reaches the article; → selects a word at a time, Shift+→ grows it.
    await page.getByRole('button', { name: 'Submit' }).focus();
    for (let i = 0; i < 30 && !(await page.evaluate(() => document.activeElement?.id === 'article')); i++) await page.keyboard.press('Shift+Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.id === 'article'), 'Tab reaches the article');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    // The words come from the engine, which may still be starting.
    await page.waitForFunction(() => getSelection().toString() === 'राजेश कुमार', null, { timeout: 60_000 });
    await page.keyboard.press('p');
    const person = span('राजेश', 'PER');
    await page.locator(`#article mark[data-start="${person.start}"][data-type="PER"]`).waitFor();
    // Alt+→ moves the mark's end a word later, as in the annotator.
    await page.keyboard.press('Alt+ArrowRight');
    await page.locator(`#article mark[data-start="${person.start}"][data-end="${span('राजेश कुमार सिंह', 'PER').end}"]`).waitFor();
    // A letter key marks a mouse selection too; a type the exercise does not ask for is refused.
    const place = span('तेल अवीव', 'LOC');
    await select(page, '#article', place.start, place.end);
    await page.keyboard.press('o');
    await page.getByRole('status').filter({ hasText: 'does not ask for organisation' }).waitFor();
    await page.keyboard.press('l');
    await page.locator(`#article mark[data-start="${place.start}"][data-type="LOC"]`).waitFor();
    assert.deepEqual(await marksIn(page, '#article'), [span('राजेश कुमार सिंह', 'PER'), place]);
    // Ctrl+Z takes back the last mark here too.
    await page.keyboard.press('Control+z');
    await page.locator('#article[data-marks="1"]').waitFor();
  });
});
