// Export: each format downloads and is read back by something that would
// notice a mistake: the project JSON reopens as the same document, the W3C
// export has the Web Annotation data model's required properties with
// selectors that point at the right words, the CoNLL file is scored by
// `tippani eval`, and the CSV has one row per entity.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { launch, withPage, openApp, annotate, selectText, marks, repoRoot, addNote, download, clearSpan } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const TEXT = 'मंगलवार को नई दिल्ली में सुनीता शर्मा ने 25 छात्रों से बात की।\nदूसरे दिन भी बैठक हुई।';
const PERSON = 'सुनीता शर्मा';
const NOTE = 'विद्यालय की प्रधानाचार्य, "उद्धरण" सहित';

// prepare annotates TEXT and adds a person's annotation with a note, so
// every export holds both model and person annotations.
async function prepare(page) {
  await openApp(page);
  await annotate(page, TEXT);
  const at = TEXT.indexOf(PERSON);
  await clearSpan(page, at, at + PERSON.length);
  await selectText(page, at, at + PERSON.length);
  await page.keyboard.press('p');
  await page.locator(`#output mark[data-start="${at}"]`).waitFor();
  await addNote(page, at, NOTE);
  return marks(page);
}

test('the project JSON reopens as the same document', async () => {
  let shown;
  let file;
  await withPage(browser, { acceptDownloads: true }, async (page) => {
    shown = await prepare(page);
    file = await download(page, 'tippani');
    assert.match(file.name, /\.tippani\.json$/);
    const doc = JSON.parse(file.content);
    assert.equal(doc.format, 'tippani');
    assert.equal(doc.version, 1);
    assert.equal(doc.text, TEXT);
    assert.equal(doc.annotations.length, shown.length);
    const person = doc.annotations.find((a) => a.note === NOTE);
    assert.equal(person.source, 'person');
    assert.equal(person.type, 'PER');
  });
  await withPage(browser, async (page) => {
    await openApp(page);
    await page.getByLabel('Open a file').setInputFiles(file.path);
    await page.getByRole('status').filter({ hasText: 'Opened' }).waitFor();
    await page.locator('#output[data-state="ready"]').waitFor();
    assert.deepEqual(await marks(page), shown);
  });
});

test('a file that is not a Tippani document is refused and nothing is lost', async () => {
  await withPage(browser, async (page) => {
    const shown = await prepare(page);
    await page.getByLabel('Open a file').setInputFiles({
      name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else","text":"x"}'),
    });
    await page.getByRole('status').filter({ hasText: 'Could not open the file' }).waitFor();
    assert.deepEqual(await marks(page), shown);
  });
});

test('the W3C export satisfies the Web Annotation data model', async () => {
  await withPage(browser, { acceptDownloads: true }, async (page) => {
    const shown = await prepare(page);
    const file = await download(page, 'w3c');
    const col = JSON.parse(file.content);
    const codePoints = [...TEXT];
    assert.equal(col['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(col.type, 'AnnotationCollection');
    const items = col.first.items;
    assert.equal(items.length, shown.length);
    for (const item of items) {
      // Required by the model: id (an IRI), type Annotation, a target.
      assert.match(item.id, /^[a-z][a-z0-9+.-]*:/i, 'id must be an IRI');
      assert.equal(item.type, 'Annotation');
      assert.ok(item.target && typeof item.target.source === 'string');
      const selectors = [].concat(item.target.selector);
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
      const position = selectors.find((s) => s.type === 'TextPositionSelector');
      assert.ok(quote && position, 'both selectors are present');
      assert.equal(quote.exact, codePoints.slice(position.start, position.end).join(''));
      const tag = [].concat(item.body).find((b) => b.purpose === 'tagging');
      const mark = shown.find((m) => m.start === position.start && m.end === position.end);
      assert.ok(mark, `no highlight at ${position.start}..${position.end}`);
      assert.equal(tag.value, mark.type);
    }
    const commented = items.find((i) => [].concat(i.body).some((b) => b.purpose === 'commenting' && b.value === NOTE));
    assert.ok(commented, 'the note is exported as a commenting body');
  });
});

test('the CoNLL export is read by `tippani eval`, and the CSV has a row per entity', async () => {
  await withPage(browser, { acceptDownloads: true }, async (page) => {
    const shown = await prepare(page);
    const conll = await download(page, 'conll');
    const lines = conll.content.split('\n').filter((l) => l !== '');
    for (const line of lines) assert.match(line, /^\S+\t(O|[BI]-(PER|LOC|ORG|DATE|NUM))$/, `bad CoNLL line ${JSON.stringify(line)}`);
    assert.equal(lines.filter((l) => l.includes('\tB-')).length, shown.length);
    assert.ok(conll.content.includes(`सुनीता\tB-PER\nशर्मा\tI-PER\n`));
    // Asynchronously: `go run` may compile for a while, and a blocked
    // event loop would stall the browser connection meanwhile.
    const { stdout: report } = await promisify(execFile)('go', ['run', './cmd/tippani', 'eval', conll.path], {
      cwd: repoRoot, encoding: 'utf8', timeout: 240_000,
    });
    assert.match(report, /PER/);

    const csv = await download(page, 'csv');
    assert.ok(csv.content.startsWith('\uFEFF'), 'the CSV starts with a byte order mark for spreadsheets');
    const rows = parseCSV(csv.content.slice(1));
    assert.deepEqual(rows[0], ['start', 'end', 'type', 'text', 'source', 'score', 'note']);
    assert.equal(rows.length - 1, shown.length);
    const person = rows.find((r) => r[6] === NOTE);
    assert.deepEqual(person.slice(2, 5), ['PER', PERSON, 'person']);
  });
});

// parseCSV reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF).
function parseCSV(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}
