// Sharing through the edge worker's API. A document has one link: the
// first Share makes it, and sharing again after edits stores the document
// as the link's next version. The owner's secret stays in this browser,
// with the document; nobody else can update the link.
//   POST /api/shares {title?, text, annotations, customTypes?} → 201 {id, url, version, ownerToken}
//   PUT  /api/shares/{id} (Authorization: Bearer ownerToken)     → 200 {version}
//   GET  /api/shares/{id}          the latest version
//   GET  /api/shares/{id}/v/{n}    version n, never changing
// Errors are {"error": {"code", "message"}}; 429 carries Retry-After.
// Nothing here touches the reader's saved work, so a failed share loses
// nothing: the caller shows the message and the document stays as it was.
import { cleanAnnotation } from './marking/doc-model.js';
import { t } from './i18n.js';

async function errorMessage(res) {
  try {
    const body = await res.json();
    if (body && body.error && body.error.message) return body.error.message;
  } catch { /* not JSON */ }
  return `HTTP ${res.status}`;
}

function shareBody(doc) {
  const body = { text: doc.text, annotations: doc.annotations.map(cleanAnnotation) };
  if (doc.title) body.title = doc.title;
  if (doc.customTypes?.length) body.customTypes = doc.customTypes;
  return body;
}

// send makes one request; it resolves to {res} or {failure: message}.
async function send(url, init) {
  let res;
  try {
    res = await fetch(url, init);
  } catch {
    return { failure: t('shareOffline') };
  }
  if (res.status === 429) return { failure: t('shareBusy', Number(res.headers.get('Retry-After')) || 60) };
  return { res };
}

// shareDoc shares the document, or, when it was shared from this browser
// before, updates its link with a new version. It resolves to {ok: true,
// share: {id, link, version, ownerToken}, updated} or {ok: false, message}.
export async function shareDoc(doc) {
  const body = JSON.stringify(shareBody(doc));
  const old = doc.share;
  if (old?.id && old.ownerToken) {
    const { res, failure } = await send(`/api/shares/${encodeURIComponent(old.id)}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${old.ownerToken}` },
      body,
    });
    if (failure) return { ok: false, message: failure };
    if (res.ok) {
      const answer = await res.json().catch(() => null);
      if (!answer?.version) return { ok: false, message: t('shareFailed', 'the server sent an unreadable answer') };
      return { ok: true, updated: true, share: { ...old, version: answer.version } };
    }
    // A link that is gone or no longer ours is replaced by a new one.
    if (res.status !== 404 && res.status !== 403) return { ok: false, message: t('shareFailed', await errorMessage(res)) };
  }
  const { res, failure } = await send('/api/shares', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  if (failure) return { ok: false, message: failure };
  if (!res.ok) return { ok: false, message: t('shareFailed', await errorMessage(res)) };
  const answer = await res.json().catch(() => null);
  if (!answer?.id) return { ok: false, message: t('shareFailed', 'the server sent an unreadable answer') };
  const link = new URL(answer.url || `/s/${encodeURIComponent(answer.id)}`, location.origin).href;
  return { ok: true, updated: false, share: { id: answer.id, link, version: answer.version || 1, ownerToken: answer.ownerToken } };
}

// fetchShare loads a shared document, its latest version or version n:
// {ok: true, share} or {ok: false, message}.
export async function fetchShare(id, version) {
  const path = `/api/shares/${encodeURIComponent(id)}` + (version ? `/v/${version}` : '');
  let res;
  try {
    res = await fetch(path);
  } catch {
    return { ok: false, message: t('shareOffline') };
  }
  if (!res.ok) return { ok: false, message: await errorMessage(res) };
  try {
    return { ok: true, share: await res.json() };
  } catch {
    return { ok: false, message: 'the server sent an unreadable answer' };
  }
}

// fingerprint is what a change count compares: the title, the text (by a
// hash), the custom types and each annotation by its span.
export function fingerprint(doc) {
  let h = 0x811c9dc5;
  for (let i = 0; i < doc.text.length; i++) h = Math.imul(h ^ doc.text.charCodeAt(i), 0x01000193);
  const spans = {};
  for (const a of doc.annotations) spans[`${a.start}:${a.end}`] = `${a.type}|${a.note || ''}`;
  return { title: doc.title || '', text: h >>> 0, types: JSON.stringify(doc.customTypes || []), spans };
}

// changesSince counts what changed between a fingerprint and the document:
// the title, the text and the custom types count one each; each
// annotation added, removed or changed (type or note) counts one.
export function changesSince(before, doc) {
  const now = fingerprint(doc);
  let n = (before.title !== now.title) + (before.text !== now.text) + (before.types !== now.types);
  for (const [span, what] of Object.entries(now.spans)) if (before.spans[span] !== what) n++;
  for (const span of Object.keys(before.spans)) if (!(span in now.spans)) n++;
  return n;
}
