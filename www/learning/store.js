// Keeps the reader's personal layer in IndexedDB, apart from the
// documents, so that it survives reloads and offline use and can be
// forgotten on its own.
//
// Database "tippani-learning", version 1, one store "layer":
//   "current"   {layer, stats, names, saved}: the layer file (base64, as
//               the engine's learn and setLayer methods speak it), what
//               it holds, and when it was saved (ms since the epoch)
//   "previous"  the same for the state before the last lesson, import or
//               forgetting, for "Take back the last lesson"; layer null when that
//               state was the shipped model alone
// The layer file is bounded by the engine (ner.MaxLayerRows), about
// 550 kB at most, so the two records stay under about 1.5 MB.
const DB_NAME = 'tippani-learning';
const DB_VERSION = 1;
const STORE = 'layer';

let opening;

function open() {
  opening ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
    };
    req.onsuccess = () => {
      req.result.onversionchange = () => { req.result.close(); opening = null; };
      resolve(req.result);
    };
    req.onerror = () => reject(req.error);
  });
  return opening;
}

async function run(mode, action) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = action(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req?.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('transaction aborted'));
  });
}

export const loadLayer = (key) => run('readonly', (s) => s.get(key));

// saveLayers writes current and previous in one transaction, so a crash
// never leaves one without the other; null deletes a record.
export function saveLayers({ current, previous }) {
  return run('readwrite', (s) => {
    if (current) s.put(current, 'current'); else s.delete('current');
    if (previous) return s.put(previous, 'previous');
    return s.delete('previous');
  });
}

// setAside keeps a record the engine could not use (learned on another
// version of the recognizer) out of the way instead of deleting it.
export const setAside = (record) => run('readwrite', (s) => s.put(record, 'setAside'));
