// Learning from the reader: three names corrected in one article are found
// with the corrected types in a second article that mentions them, after a
// reload too; "Forget everything" gives the shipped model's answers back
// and "Take back the last lesson" undoes that; the learned file exported from one
// browser and imported into a fresh one annotates the second article the
// same way; a share carries the annotations and nothing learned; the panel
// passes axe-core in English and Hindi and works by keyboard on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, withPage, openApp, annotate, selectText, marks, clearSpan, noViolations } from './browser.mjs';

// A film beat: एटली and कुंचाकोबोबन (a made-up name) the shipped model
// misses, and the studio होम्बले फिल्म्स, which it misses too.
const FIRST = 'निर्देशक एटली की नई फिल्म में कुंचाकोबोबन मुख्य भूमिका में हैं और इसे होम्बले फिल्म्स बना रहा है।';
const SECOND = 'फिल्म की शूटिंग चेन्नई में हुई। एटली ने कहा कि कुंचाकोबोबन के साथ काम करना अच्छा रहा और होम्बले फिल्म्स को धन्यवाद दिया।';
const CORRECTIONS = [['एटली', 'PER', '1'], ['कुंचाकोबोबन', 'PER', '1'], ['होम्बले फिल्म्स', 'ORG', '3']];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const summary = (page) => page.locator('#learning > p').first();
const nameTypes = (list) => list.map((m) => `${m.text}:${m.type}`).sort();

// correct gives phrase of the open article the type, as a reader would:
// a highlight exactly on it is retyped with the type's key; otherwise
// whatever highlight overlaps it is removed and the phrase selected and
// marked.
async function correct(page, text, phrase, key) {
  const start = text.indexOf(phrase);
  const end = start + phrase.length;
  const exact = (await marks(page)).find((m) => m.start === start && m.end === end);
  if (exact) {
    await page.locator(`#output mark[data-start="${start}"]`).focus();
  } else {
    await clearSpan(page, start, end);
    await selectText(page, start, end);
  }
  await page.keyboard.press(key);
  await page.waitForFunction(([s, e, k]) => {
    const m = document.querySelector(`#output mark[data-start="${s}"]`);
    return m && Number(m.dataset.end) === e && m.dataset.type === k;
  }, [start, end, { 1: 'PER', 3: 'ORG' }[key]]);
}

// annotateNew opens a new document and annotates text in it.
async function annotateNew(page, text) {
  await page.getByRole('button', { name: 'New document' }).click();
  await annotate(page, text);
  return marks(page);
}

test('corrections carry to the next article; forget, undo, export and import; a share carries no learning', async () => {
  let shipped;
  await withPage(browser, async (fresh) => {
    await openApp(fresh);
    shipped = await annotateNew(fresh, SECOND);
  });
  const wanted = CORRECTIONS.map(([n, type]) => `${n}:${type}`);
  const missing = wanted.filter((w) => !nameTypes(shipped).includes(w));
  assert.ok(missing.length >= 2, `the shipped model already finds ${wanted} in ${JSON.stringify(shipped)}: the test would teach nothing`);

  let learned;
  let file;
  await withPage(browser, async (page) => {
    await openApp(page);
    assert.match(await summary(page).textContent(), /Nothing yet/);
    await annotate(page, FIRST);
    for (const [phrase, , key] of CORRECTIONS) await correct(page, FIRST, phrase, key);
    await summary(page).filter({ hasText: /decisions from 1 document/ }).waitFor();
    // What each lesson cost in the engine worker, the layer's file and
    // all: reported, and held to a bound far above the 5 ms a learning
    // step is measured at (BenchmarkLearnSentence40), so that only a
    // real regression fails on a loaded machine.
    const lessons = [];
    for (const w of page.workers()) lessons.push(...await w.evaluate(() => (self.tippaniCalls || []).filter((c) => c.op === 'learn').map((c) => c.ms)));
    console.log(`# learn calls in Chromium: ${lessons.map((ms) => ms.toFixed(1)).join(', ')} ms`);
    assert.ok(lessons.length >= 3 && lessons.every((ms) => ms < 100), `learn calls: ${lessons}`);

    // A reload keeps what was learned (IndexedDB) and puts it back in
    // the engine before the next Annotate.
    await page.reload();
    await openApp(page);
    await summary(page).filter({ hasText: /from 1 document/ }).waitFor();
    learned = await annotateNew(page, SECOND);
    for (const w of wanted) assert.ok(nameTypes(learned).includes(w), `${w} missing after learning: ${JSON.stringify(learned)}`);
    await page.locator('#learning details summary').click();
    for (const [phrase] of CORRECTIONS) await page.locator('#learning li', { hasText: phrase }).first().waitFor();

    // A share sends the document's annotations, not the layer.
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/api/shares') && r.method() === 'POST'),
      page.getByRole('button', { name: 'Share' }).click(),
    ]);
    const body = request.postDataJSON();
    assert.deepEqual(Object.keys(body).filter((k) => !['title', 'text', 'annotations', 'customTypes'].includes(k)), []);
    assert.doesNotMatch(request.postData(), /TIPPANI-LAYER|VElQUEFOSS1MQVlFUg|layer/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save what was learned to a file' }).click(),
    ]);
    file = await download.path().then((p) => readFileSync(p));
    assert.equal(file.subarray(0, 14).toString(), 'TIPPANI-LAYER\n');

    // Forgetting gives the shipped model back; undo brings the lessons back.
    await page.getByRole('button', { name: 'Forget everything' }).click();
    await summary(page).filter({ hasText: /Nothing yet/ }).waitFor();
    assert.deepEqual(await annotateNew(page, SECOND), shipped);
    await page.getByRole('button', { name: 'Take back the last lesson' }).click();
    await summary(page).filter({ hasText: /from 1 document/ }).waitFor();
    assert.deepEqual(await annotateNew(page, SECOND), learned);
  });

  // A fresh browser with the file imported annotates as the first did.
  await withPage(browser, async (page) => {
    await openApp(page);
    await page.locator('#learning-import').setInputFiles({ name: 'tippani-learned.layer', mimeType: 'application/octet-stream', buffer: file });
    await summary(page).filter({ hasText: /from 1 document/ }).waitFor();
    assert.match(await page.locator('#learning-status').textContent(), /Imported/);
    assert.deepEqual(await annotateNew(page, SECOND), learned);
  });
});

test('a file that is not a learned layer is refused and changes nothing', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    await page.locator('#learning-import').setInputFiles({ name: 'notes.layer', mimeType: 'application/octet-stream', buffer: Buffer.from('{"not": "a layer"}') });
    await page.locator('#learning-status').filter({ hasText: /Could not import that file: this is not a Tippani personal layer file/ }).waitFor();
    assert.match(await summary(page).textContent(), /Nothing yet/);
  });
});

test('the learning panel: axe-core in English and Hindi, keyboard only on a phone', async () => {
  await withPage(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, async (page) => {
    await openApp(page);
    await annotate(page, FIRST);
    await correct(page, FIRST, 'एटली', '1');
    await summary(page).filter({ hasText: /1 decision from 1 document/ }).waitFor();
    await page.locator('#learning details summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('#learning li', { hasText: 'एटली' }).waitFor();
    await noViolations(page, 'the learning panel in English');
    // Keyboard only: Tab from the names list reaches the buttons; Enter
    // on "Forget everything" forgets, and the focus stays on the button.
    const forget = page.getByRole('button', { name: 'Forget everything' });
    for (let i = 0; i < 10 && !(await forget.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    assert.ok(await forget.evaluate((b) => b === document.activeElement), 'Tab reaches Forget everything');
    await page.keyboard.press('Enter');
    await summary(page).filter({ hasText: /Nothing yet/ }).waitFor();
    assert.ok(await forget.evaluate((b) => b === document.activeElement), 'the focus stays on the button');
    const box = await forget.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, 'the button fits the phone screen');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter'); // Take back the last lesson
    await summary(page).filter({ hasText: /1 decision/ }).waitFor();
    await page.getByRole('button', { name: 'हिन्दी' }).click();
    await page.locator('#learning-heading', { hasText: 'टिप्पणी ने क्या सीखा' }).waitFor();
    assert.match(await summary(page).textContent(), /1 दस्तावेज़ों से 1 निर्णय/);
    await noViolations(page, 'the learning panel in Hindi');
  });
});
