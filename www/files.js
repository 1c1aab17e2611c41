// Export and import. The files themselves are written and read by the Go
// engine (annotation and annotation/export through the wasm), so the
// browser and the command line produce byte-identical files.
import { toTippani } from './marking/doc-model.js';
import { download } from './marking/download.js';
import { t } from './i18n.js';

// fileStem makes a safe file name from a title: letters (any script),
// digits and single hyphens, at most 60 characters, cut between words.
function fileStem(title) {
  const stem = [...(title || '').normalize('NFC')]
    .map((c) => (/[\p{L}\p{M}\p{N}]/u.test(c) ? c : '-'))
    .join('')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const chars = [...stem];
  if (chars.length <= 60) return stem || 'tippani';
  // Cut at a word boundary, so no letter loses its vowel sign.
  const cut = chars.slice(0, 61).join('');
  return cut.slice(0, cut.lastIndexOf('-')) || chars.slice(0, 60).join('');
}

// exportDoc asks the engine for the document in format ("tippani", "w3c",
// "conll", "csv") and downloads it; it returns the message to show.
export async function exportDoc(engine, doc, format) {
  const res = await engine.call('export', { format, document: toTippani(doc), source: doc.shareLink || '' });
  if (res.error) return res.error.message;
  const name = fileStem(doc.title) + res.extension;
  download(name, res.content, res.mediaType + ';charset=utf-8');
  let message = t('exported', name);
  if (res.stats && (res.stats.widened || res.stats.dropped)) message += ' ' + t('conllWidened', res.stats.widened, res.stats.dropped);
  return message;
}

// readFile opens a file the reader picked or dropped: a Tippani document
// (JSON) comes back as {document}, checked by the engine; anything else
// is read as plain text, {text}; a problem is {error: message}.
export async function readFile(engine, file) {
  let content;
  try {
    content = await file.text();
  } catch (err) {
    return { error: String(err && err.message || err) };
  }
  const looksJSON = /\.json$/i.test(file.name) || /^\s*\{/.test(content);
  if (!looksJSON) return { text: content };
  const res = await engine.call('import', { content });
  if (res.error) return { error: res.error.message };
  return { document: res.document };
}
