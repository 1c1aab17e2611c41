// Reading: the sample article highlighted by type with accessible names,
// the entity list stepping through occurrences, the legend switching a
// type off, the Unicode clean-up report, hostile markup shown as text,
// the Hindi interface, and screenshots at desktop and phone widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, withPage, openApp, annotate, marks, readShared, artifact, repoRoot, baseURL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SAMPLE = readShared('samples/hi-news-india-israel-mou.txt');
const WORDS = { PER: 'person', LOC: 'place', ORG: 'organisation', DATE: 'date', NUM: 'number' };

test('the sample article shows people, places and organisations, each named in words', async () => {
  await withPage(browser, { viewport: { width: 1280, height: 900 } }, async (page) => {
    await openApp(page);
    await annotate(page, SAMPLE);
    const found = await marks(page);
    const types = new Set(found.map((m) => m.type));
    for (const type of ['PER', 'LOC', 'ORG']) assert.ok(types.has(type), `no ${type} highlighted; types seen: ${[...types]}`);
    for (const m of found) {
      assert.ok(WORDS[m.type], `unknown data-type ${m.type}`);
      assert.ok(m.label.includes(WORDS[m.type]), `label ${JSON.stringify(m.label)} does not name ${WORDS[m.type]}`);
      assert.ok(m.label.startsWith(m.text), 'the label starts with the highlighted words');
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: artifact('desktop-1280.png') });
    // The README's screenshot is refreshed only on request, so that a
    // test run leaves the working tree as it found it.
    if (process.env.TIPPANI_UPDATE_SCREENSHOT === '1') {
      mkdirSync(join(repoRoot, 'docs'), { recursive: true });
      copyFileSync(artifact('desktop-1280.png'), join(repoRoot, 'docs', 'screenshot.png'));
    }

    // The entity list groups by type; choosing an entry focuses its highlight.
    const entry = page.locator('#entity-list .entity-item').first();
    await entry.click();
    const focused = await page.evaluate(() => document.activeElement.tagName + ':' + document.activeElement.dataset.type);
    assert.match(focused, /^MARK:/);
    assert.equal(focused.split(':')[1], await entry.getAttribute('data-type'));

    // Choosing the same entry again steps to its next occurrence.
    const count = Number((await entry.locator('.count').textContent()).replace(/\D/g, ''));
    if (count > 1) {
      const firstStart = await page.evaluate(() => document.activeElement.dataset.start);
      await entry.click();
      assert.notEqual(await page.evaluate(() => document.activeElement.dataset.start), firstStart);
    }

    // Switching a type off in the legend hides its highlights' colour.
    const type = found[0].type;
    await page.getByRole('checkbox', { name: WORDS[type], exact: true }).uncheck();
    const bg = await page.locator(`#output mark[data-type="${type}"]`).first().evaluate((m) => getComputedStyle(m).backgroundColor);
    assert.equal(bg, 'rgba(0, 0, 0, 0)');
  });
});

test('on a 360-pixel phone the page fits without sideways scrolling', async () => {
  await withPage(browser, { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true }, async (page) => {
    await openApp(page);
    await annotate(page, SAMPLE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await page.screenshot({ path: artifact('phone-360.png') });
  });
});

test('the clean-up report counts what changed and can mark the places', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    // U+0958 is decomposed by NFC, the NBSP becomes a space, "|" after
    // Devanagari becomes a danda.
    await annotate(page, '\u0958िला\u00A0बड़ा है|');
    const text = await page.locator('#output').textContent();
    assert.equal(text, '\u0915\u093C\u093F\u0932\u093E बड़ा है।');
    const report = await page.locator('#norm-report').textContent();
    assert.match(report, /3 changes/);
    assert.match(report, /NFC/);
    assert.match(report, /danda/);
    await page.getByRole('checkbox', { name: 'Mark the changed places' }).check();
    assert.equal(await page.locator('#output.show-changes .chg').count(), 3);
  });
});

test('pasted markup is shown as text and runs nothing', async () => {
  await withPage(browser, async (page) => {
    await openApp(page);
    const hostile = 'दिल्ली <script>window.__ran = 1</script> <img src=x onerror="window.__ran = 2"> <b>मोटा</b>';
    await annotate(page, hostile);
    assert.equal(await page.locator('#output').textContent(), hostile);
    assert.equal(await page.locator('#output script, #output img, #output b').count(), 0);
    assert.equal(await page.evaluate(() => window.__ran), undefined);
  });
});

test('a Hindi browser gets the Hindi interface, and the toggle switches it', async () => {
  await withPage(browser, { locale: 'hi-IN' }, async (page) => {
    await openApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hi');
    await page.getByRole('button', { name: 'टिप्पणी करें' }).waitFor();
    await page.getByRole('button', { name: 'View in English' }).click();
    await page.getByRole('button', { name: 'Annotate' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Annotate' }).waitFor();
    // One choice for every page: the classroom opens in English too.
    await page.goto(baseURL + '/class');
    await page.waitForFunction(() => !document.getElementById('prepare').disabled, null, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByRole('button', { name: 'Prepare the answer key' }).waitFor();
  });
});

test('the first visit reports the engine download as it streams in', async () => {
  await withPage(browser, async (page) => {
    await page.addInitScript(() => {
      window.__statuses = [];
      document.addEventListener('DOMContentLoaded', () => {
        const status = document.getElementById('status');
        new MutationObserver(() => window.__statuses.push(status.textContent))
          .observe(status, { childList: true, characterData: true, subtree: true });
      });
    });
    await openApp(page);
    const statuses = await page.evaluate(() => window.__statuses);
    const download = statuses.find((s) => /^Downloading the engine: [\d.]+ of [\d.]+ MB$/.test(s));
    assert.ok(download, `no download progress among ${JSON.stringify(statuses)}`);
    const [got, total] = download.match(/[\d.]+/g).map(Number);
    assert.ok(got > 0 && got <= total, download);
    assert.equal(statuses.at(-1), 'Engine ready. Paste an article and press Annotate.');
  });
});
