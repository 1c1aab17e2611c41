// Export and import. The files themselves are written and read by the Go
// engine (the format registry of annotation/export through the wasm), so
// the browser and the command line produce byte-identical files and read
// the same ones.
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

// base64 and its inverse carry a zip across the engine's JSON bridge.
function toBase64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
function fromBase64(b64) {
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}

// exportDoc asks the engine for the document in format (a name of the
// registry: tippani, w3c, brat, labelstudio, doccano, spacy, hypothesis,
// conll, csv) and downloads it; it returns the message to show.
export async function exportDoc(engine, doc, format) {
  const res = await engine.call('export', { format, document: toTippani(doc), source: doc.shareLink || '' });
  if (res.error) return res.error.message;
  const name = fileStem(doc.title) + res.extension;
  if (res.contentBase64 !== undefined) download(name, new Blob([fromBase64(res.contentBase64)], { type: res.mediaType }));
  else download(name, res.content, res.mediaType + ';charset=utf-8');
  let message = t('exported', name);
  if (res.stats && (res.stats.widened || res.stats.dropped)) message += ' ' + t('conllWidened', res.stats.widened, res.stats.dropped);
  if (res.report?.utf16) message += ' ' + t('exportUTF16');
  return message;
}

// isZip tells a zip by its first bytes.
function isZip(bytes) {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

// readFiles opens the files a reader picked or dropped together: one file
// of any format the engine reads, a brat .txt and .ann pair, or
// annotations with the .txt they annotate. Annotations come back as
// {document, report}, checked by the engine; a lone text file (or one the
// engine finds is no annotation format) as {text}; a problem as {error}.
export async function readFiles(engine, fileList) {
  const files = [];
  try {
    for (const file of fileList) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (isZip(bytes)) files.push({ name: file.name, contentBase64: toBase64(bytes) });
      else files.push({ name: file.name, content: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
    }
  } catch (err) {
    return { error: err instanceof TypeError ? t('notUTF8') : String(err?.message || err) };
  }
  const res = await engine.call('import', { files });
  if (res.error?.code === 'not_annotations' && files.length === 1 && files[0].content !== undefined) return { text: files[0].content };
  if (res.error) return { error: res.error.message };
  return { document: res.document, report: res.report };
}

// reportMessage words what the engine reported about an import.
export function reportMessage(r) {
  if (!r) return '';
  const parts = [];
  if (r.records > 1) parts.push(t('importRecord', r.record, r.records));
  if (r.conll) parts.push(t('importCoNLL', r.conll.sentences, r.conll.tokens, r.conll.entities));
  if (r.utf16) parts.push(t('importUTF16'));
  if (r.reanchored) parts.push(t('importReanchored', r.reanchored));
  if (r.overlapping) parts.push(t('importOverlapping', r.overlapping));
  if (r.superseded) parts.push(t('importSuperseded', r.superseded));
  if (r.refused) parts.push(t('importRefused', r.refused, r.refusedLabels.join(', ')));
  if (r.ignored) parts.push(t('importIgnored', r.ignored));
  return parts.join(' ');
}
