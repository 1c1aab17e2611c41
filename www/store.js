// Keeps the reader's work in IndexedDB, so a reload, a crash or going
// offline loses nothing: every document (text, annotations, rejected model
// suggestions, notes) and the unsubmitted draft in the Article box.
//
// Database "tippani", version 2:
//   docs     keyPath "id": {id, title, text, annotations, rejected,
//            unplaced, customTypes, normalization, created, modified}
//            (times in ms since the epoch)
//   history  doc id → {past, future}: the document's undo and redo steps,
//            so undo reaches back across a reload (version 2)
//   state    key → value: "draft" (the Article box), "current" (open doc
//            id); "lang" only in browsers that chose a language before the
//            choice moved to localStorage (i18n.saveLanguage)
const DB_NAME = 'tippani';
const DB_VERSION = 2;
// HISTORY_KEPT is how many undo steps are stored; structured cloning keeps
// an annotation shared by many steps once, so this costs little.
const HISTORY_KEPT = 200;

let opening;

function open() {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('docs')) db.createObjectStore('docs', { keyPath: 'id' });
      if (!db.objectStoreNames.contains('state')) db.createObjectStore('state');
      if (!db.objectStoreNames.contains('history')) db.createObjectStore('history');
    };
    req.onsuccess = () => {
      // A newer version opened in another tab: step aside for it.
      req.result.onversionchange = () => { req.result.close(); opening = null; };
      resolve(req.result);
    };
    req.onerror = () => reject(req.error);
  });
  return opening;
}

async function run(storeName, mode, action) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, mode);
    const req = action(tx.objectStore(storeName));
    tx.oncomplete = () => resolve(req?.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('transaction aborted'));
  });
}

export const saveDoc = (doc) => run('docs', 'readwrite', (s) => s.put(doc));
export const loadDoc = (id) => run('docs', 'readonly', (s) => s.get(id));
export async function deleteDoc(id) {
  await run('docs', 'readwrite', (s) => s.delete(id));
  await run('history', 'readwrite', (s) => s.delete(id));
}
export const loadHistory = (id) => run('history', 'readonly', (s) => s.get(id));
// saveHistory stores {past, future} (packed by the caller); the oldest
// steps beyond HISTORY_KEPT are dropped.
export const saveHistory = (id, { past, future }) =>
  run('history', 'readwrite', (s) => s.put({ past: past.slice(-HISTORY_KEPT), future: future.slice(-HISTORY_KEPT) }, id));
export const getState = (key) => run('state', 'readonly', (s) => s.get(key));
export const setState = (key, value) => run('state', 'readwrite', (s) => s.put(value, key));

// recentDocs lists documents newest first, without their text, for the
// "Recent documents" list.
export async function recentDocs(limit = 20) {
  const all = await run('docs', 'readonly', (s) => s.getAll());
  return all
    .sort((a, b) => b.modified - a.modified)
    .slice(0, limit)
    .map(({ id, title, modified, annotations }) => ({ id, title, modified, count: annotations.length }));
}

export function newId() {
  return crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
}
