// Sharing through the edge worker's API:
//   POST /api/shares {title?, text, annotations, customTypes?} → 201 {id, url}
//   GET  /api/shares/{id}                        → {id, title, text, annotations, ...}
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

// shareDoc posts the document; it resolves to {ok: true, link} or
// {ok: false, message}.
export async function shareDoc(doc) {
  const body = {
    text: doc.text,
    annotations: doc.annotations.map(cleanAnnotation),
  };
  if (doc.title) body.title = doc.title;
  if (doc.customTypes?.length) body.customTypes = doc.customTypes;
  let res;
  try {
    res = await fetch('/api/shares', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, message: t('shareOffline') };
  }
  if (res.status === 429) {
    const wait = Number(res.headers.get('Retry-After')) || 60;
    return { ok: false, message: t('shareBusy', wait) };
  }
  if (!res.ok) return { ok: false, message: t('shareFailed', await errorMessage(res)) };
  let answer;
  try {
    answer = await res.json();
  } catch {
    return { ok: false, message: t('shareFailed', 'the server sent an unreadable answer') };
  }
  const link = new URL(answer.url || `/s/${encodeURIComponent(answer.id)}`, location.origin).href;
  return { ok: true, link };
}

// fetchShare loads a shared document: {ok: true, share} or {ok: false, message}.
export async function fetchShare(id) {
  let res;
  try {
    res = await fetch(`/api/shares/${encodeURIComponent(id)}`);
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
