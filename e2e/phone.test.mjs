// On a 390-pixel phone: Annotate brings the article into view, the marking
// toolbar stays on screen anywhere in the article (and marks a selection
// with a tap), and on a shared page a tap on a highlight shows its note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, selectText, marks, readShared, baseURL, artifact, post } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const SAMPLE = readShared('samples/hi-news-india-israel-mou.txt');

test('on a phone the toolbar stays reachable mid-article and Annotate shows the article', async () => {
  await withPage(browser, PHONE, async (page) => {
    await openApp(page);
    await annotate(page, SAMPLE);
    const top = await page.locator('#output').evaluate((s) => s.getBoundingClientRect().top);
    const barEnd = await page.locator('#toolbar').evaluate((s) => s.getBoundingClientRect().bottom);
    assert.ok(top >= barEnd - 1 && top < 844 / 2, `after Annotate the article starts at ${top}px, below the toolbar ending at ${barEnd}px`);

    // Halfway down the article, the toolbar is still on screen, uncovered.
    await page.evaluate(() => {
      const out = document.getElementById('output');
      scrollTo(0, out.getBoundingClientRect().top + scrollY + out.offsetHeight / 2);
    });
    const bar = await page.locator('#toolbar').boundingBox();
    assert.ok(bar.y >= 0 && bar.y + bar.height <= 844, `the toolbar is at ${bar.y}..${bar.y + bar.height}`);
    const button = page.getByRole('toolbar').getByRole('button', { name: /place/ });
    const reachable = await button.evaluate((b) => {
      const r = b.getBoundingClientRect();
      return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('button') === b;
    });
    assert.ok(reachable, 'the place button is on screen and nothing covers it');
    await page.screenshot({ path: artifact('phone-390-mid-article.png') });

    // A word in view, marked with a tap on the toolbar.
    const word = await page.evaluate(() => {
      const text = document.getElementById('output').textContent;
      for (const m of text.matchAll(/[\p{L}\p{M}]{4,}/gu)) {
        const marked = [...document.querySelectorAll('#output mark')].some((k) => Number(k.dataset.start) < m.index + m[0].length && m.index < Number(k.dataset.end));
        if (marked) continue;
        const probe = document.createRange();
        const walker = document.createTreeWalker(document.getElementById('output'), NodeFilter.SHOW_TEXT);
        let at = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (m.index < at + n.length) { probe.setStart(n, m.index - at); probe.setEnd(n, m.index - at + 1); break; }
          at += n.length;
        }
        const r = probe.getBoundingClientRect();
        if (r.top > innerHeight * 0.3 && r.bottom < innerHeight * 0.7) return { start: m.index, end: m.index + m[0].length };
      }
      return null;
    });
    assert.ok(word, 'an unmarked word in the middle of the screen');
    await selectText(page, word.start, word.end);
    await button.tap();
    await page.locator(`#output mark[data-start="${word.start}"][data-type="LOC"]`).waitFor();
  });
});

test('on a phone a tap on a highlight of a shared article shows its note', async () => {
  const text = 'सोमवार को जयपुर में अनिल मेहता ने 12 नए स्कूल खोले।';
  const at = text.indexOf('अनिल मेहता');
  const { id } = await post('/api/shares', {
    title: 'स्कूल', text, annotations: [{ start: at, end: at + 10, type: 'PER', note: 'ज़िला शिक्षा अधिकारी', source: 'person' }],
  });
  await withPage(browser, PHONE, async (page) => {
    await page.goto(`${baseURL}/s/${id}`);
    await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
    const mark = page.locator(`#output mark[data-start="${at}"]`);
    await mark.tap();
    const viewer = page.getByRole('region', { name: 'Selected entity' });
    await viewer.waitFor();
    assert.match(await viewer.textContent(), /अनिल मेहता — person.*Note: ज़िला शिक्षा अधिकारी/s);
    const v = await viewer.boundingBox();
    const m = await mark.boundingBox();
    assert.ok(m.y + m.height <= v.y || v.y + v.height <= m.y, 'the note does not cover its highlight');
    // Nothing in it edits a shared article.
    assert.equal(await viewer.getByRole('button', { name: 'Remove' }).count(), 0);
    await viewer.getByRole('button', { name: 'Close the editor' }).tap();
    await viewer.waitFor({ state: 'hidden' });
    assert.equal((await marks(page)).length, 1);
  });
});
