// Open reads every format Tippani writes and the ones other tools write:
// files written by hand after each tool's documentation (the same ones the
// Go tests read), opened through the Open control alone or in pairs (a
// brat .txt and .ann, annotations with the text they annotate), and every
// export of the page opened again in a fresh page, where the same words
// come back highlighted with the same types.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, withPage, openApp, annotate, marks, repoRoot, download } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const data = (name) => join(repoRoot, 'annotation/export/testdata/formats', name);

// open picks files with the Open control and waits for the document.
async function open(page, paths) {
  await page.locator('#output').evaluate((el) => { el.dataset.state = 'waiting'; });
  await page.getByRole('status').evaluate((el) => { el.textContent = ''; });
  await page.getByLabel('Open a file').setInputFiles(paths);
  await page.getByRole('status').filter({ hasText: 'Opened' }).waitFor();
  await page.locator('#output[data-state="ready"]').waitFor();
  return { shown: await marks(page), status: await page.getByRole('status').textContent() };
}

const summary = (shown) => shown.map((m) => `${m.type}:${m.text}`).join(' | ');

test('Open reads the files of every tool, alone or in pairs, and says what it converted', async () => {
  const six = 'LOC:नई दिल्ली | DATE:4 नवंबर | PER:नरेंद्र मोदी | ORG:भारतीय अंतरिक्ष अनुसंधान संगठन | ORG:इसरो | ROLE:वैज्ञानिकों';
  const cases = [
    { files: ['article.txt', 'article.ann'], want: six, says: /3 records Tippani does not keep/ },
    { files: ['task.labelstudio.json'], want: six.replace(' | ROLE:वैज्ञानिकों', ''), says: /1 model predictions were left out/ },
    { files: ['dataset.jsonl'], want: six, says: /UTF-16 code units.*converted/ },
    { files: ['displacy.json'], want: six.replace('ROLE', 'NORP'), says: /Opened “इसरो का दौरा”/ },
    { files: ['search.hypothesis.json', 'article.txt'], want: 'PER:नरेंद्र मोदी | ORG:भारतीय अंतरिक्ष अनुसंधान संगठन | ORG:इसरो', says: /UTF-16/ },
    { files: ['page.jsonld', 'article.txt'], want: 'LOC:नई दिल्ली | DATE:4 नवंबर | PER:नरेंद्र मोदी', says: /1 records Tippani does not keep/ },
    { files: ['entities.csv', 'article.txt'], want: 'LOC:नई दिल्ली | DATE:4 नवंबर | PER:नरेंद्र मोदी', says: /Opened/ },
  ];
  await withPage(browser, async (page) => {
    await openApp(page);
    for (const c of cases) {
      const { shown, status } = await open(page, c.files.map(data));
      assert.equal(summary(shown), c.want, c.files.join(' + '));
      assert.match(status, c.says, c.files.join(' + '));
    }
    // A discontinuous brat span is refused, naming it; nothing changes.
    await page.getByLabel('Open a file').setInputFiles([data('article.txt'), data('discontinuous.ann')]);
    await page.getByRole('status').filter({ hasText: 'discontinuous span' }).waitFor();
    assert.match(await page.getByRole('status').textContent(), /T1 \(discontinuous\.ann line 1\)/);
  });
});

test('Open reads a CoNLL corpus file and a plain text file still goes to the Article box', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tippani-open-'));
  writeFileSync(join(dir, 'corpus.conll'), 'राम\tB-PER\nअयोध्या\tB-LOC\nगए\tO\n।\tO\n\nहिंदी\tB-LANGUAGE\n');
  writeFileSync(join(dir, 'article.txt'), 'यह एक सादा लेख है।');
  await withPage(browser, async (page) => {
    await openApp(page);
    const { shown, status } = await open(page, [join(dir, 'corpus.conll')]);
    assert.equal(summary(shown), 'PER:राम | LOC:अयोध्या | LANGUAGE:हिंदी');
    assert.match(status, /Read 2 sentences, 5 tokens, 3 entities/);
    await page.getByLabel('Open a file').setInputFiles(join(dir, 'article.txt'));
    await page.getByRole('status').filter({ hasText: 'Article box' }).waitFor();
    assert.equal(await page.locator('#article').inputValue(), 'यह एक सादा लेख है।');
  });
});

const TEXT = '👨‍👩‍👧 मंगलवार को नई दिल्ली में सुनीता शर्मा ने 🇮🇳 भारत के 25 छात्रों से बात की।\nदूसरे दिन भी बैठक हुई।';

test('every export of the page opens again with the same highlights', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tippani-formats-'));
  const textFile = join(dir, 'article.txt');
  writeFileSync(textFile, TEXT);
  const files = {};
  let shown;
  await withPage(browser, { acceptDownloads: true }, async (page) => {
    await openApp(page);
    await annotate(page, TEXT);
    shown = await marks(page);
    assert.ok(shown.length >= 2, 'the model marks something');
    for (const format of ['w3c', 'brat', 'labelstudio', 'doccano', 'spacy', 'hypothesis', 'conll', 'csv']) {
      const file = await download(page, format);
      files[format] = file.path;
      if (format === 'doccano' || format === 'hypothesis') {
        assert.match(await page.getByRole('status').textContent(), /UTF-16/, format);
      }
    }
  });
  await withPage(browser, async (page) => {
    await openApp(page);
    for (const [format, path] of Object.entries(files)) {
      const paths = format === 'hypothesis' || format === 'csv' ? [path, textFile] : [path];
      const { shown: back } = await open(page, paths);
      assert.equal(summary(back), summary(shown), format);
      if (format !== 'conll') assert.deepEqual(back.map((m) => [m.start, m.end]), shown.map((m) => [m.start, m.end]), format);
    }
  });
});
