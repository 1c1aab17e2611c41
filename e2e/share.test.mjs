// Sharing: a link opens the same article with the same highlights and
// notes, read-only, and "Make a copy" turns it into the reader's own
// document. A share that fails (offline, server error, rate limit) says
// what happened and loses nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, withPage, openApp, annotate, selectText, marks, addNote, clearSpan } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TEXT = 'सोमवार को जयपुर में अनिल मेहता ने 12 नए स्कूल खोले।';
const PERSON = 'अनिल मेहता';
const NOTE = 'ज़िला शिक्षा अधिकारी';

const spans = (list) => list.map(({ start, end, type, text }) => ({ start, end, type, text }));

async function prepare(page) {
  await openApp(page);
  await annotate(page, TEXT);
  const at = TEXT.indexOf(PERSON);
  await clearSpan(page, at, at + PERSON.length);
  await selectText(page, at, at + PERSON.length);
  await page.keyboard.press('1');
  await page.locator(`#output mark[data-start="${at}"]`).waitFor();
  await addNote(page, at, NOTE);
  return { at, shown: await marks(page) };
}

test('a shared link shows the same highlights and notes, read-only, until copied', async () => {
  let link;
  let shown;
  let at;
  await withPage(browser, async (page) => {
    ({ at, shown } = await prepare(page));
    await page.getByRole('button', { name: 'Share' }).click();
    const box = page.getByRole('textbox', { name: 'Share link' });
    await box.waitFor();
    link = await box.inputValue();
    assert.match(link, /\/s\/[A-Za-z0-9_-]+$/);
  });
  await withPage(browser, async (page) => {
    await page.goto(link);
    await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#output').textContent(), TEXT);
    assert.deepEqual(spans(await marks(page)), spans(shown));
    assert.match(await page.locator(`#output mark[data-start="${at}"]`).getAttribute('aria-label'), new RegExp(NOTE));
    // Read-only: the type keys change nothing.
    await page.locator(`#output mark[data-start="${at}"]`).focus();
    await page.keyboard.press('Delete');
    await page.keyboard.press('2');
    assert.deepEqual(spans(await marks(page)), spans(shown));
    await page.getByRole('button', { name: 'Make a copy' }).click();
    await page.getByRole('status').filter({ hasText: 'yours to edit' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    await page.locator(`#output mark[data-start="${at}"]`).focus();
    await page.keyboard.press('Delete');
    await page.locator(`#output mark[data-start="${at}"]`).waitFor({ state: 'detached' });
  });
});

test('a share that cannot reach the server, or is refused, keeps the work and says why', async () => {
  await withPage(browser, { allowErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED/] }, async (page) => {
    const { shown } = await prepare(page);
    const share = page.getByRole('button', { name: 'Share' });

    await page.route('**/api/shares', (route) => route.abort('internetdisconnected'));
    await share.click();
    await page.getByRole('status').filter({ hasText: 'Could not reach the server' }).waitFor();
    await page.unroute('**/api/shares');

    await page.route('**/api/shares', (route) => route.fulfill({
      status: 503, contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'unavailable', message: 'storage is down' } }),
    }));
    await share.click();
    await page.getByRole('status').filter({ hasText: 'storage is down' }).waitFor();
    await page.unroute('**/api/shares');

    await page.route('**/api/shares', (route) => route.fulfill({
      status: 429, headers: { 'Retry-After': '30' }, contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'rate_limited', message: 'too many shares' } }),
    }));
    await share.click();
    await page.getByRole('status').filter({ hasText: '30 seconds' }).waitFor();
    await page.unroute('**/api/shares');

    assert.equal(await page.getByRole('textbox', { name: 'Share link' }).count(), 0);
    assert.deepEqual(await marks(page), shown);
    await page.reload();
    await page.locator('#output[data-state="ready"]').waitFor({ state: 'attached' });
    assert.deepEqual(await marks(page), shown);
    // Failed requests log to the console; anything else is a real error.
  });
});
