import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { baseURL, launch, withPage } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a precomposed nukta letter comes back in its NFC form', async () => {
  await withPage(browser, async (page) => {
    await page.goto(baseURL + '/');
    const input = page.getByRole('textbox', { name: 'Article' });
    // U+0958 (क़ precomposed) is excluded from composition: NFC spells it
    // क + nukta (U+0915 U+093C).
    await input.fill('\u0958िला और क़ानून');
    const button = page.getByRole('button', { name: 'Annotate' });
    await button.click();
    const output = page.locator('#output');
    await output.getByText('\u0915\u093C', { exact: false }).first().waitFor();
    const text = await output.textContent();
    assert.ok(text.startsWith('\u0915\u093C\u093F\u0932\u093E'), `got ${JSON.stringify(text)}`);
    assert.ok(!text.includes('\u0958'), 'the precomposed letter must not survive');
  });
});
