// The page's side of learning from the reader. This module keeps the
// personal layer in IndexedDB (learning/store.js); the tools engine learns
// from it and the reader's decisions (learn, which keeps no state) and the
// core engine adds the layer it answers to its scores (setLayer), also
// when the engine starts, so that the next Annotate, in this article or
// the next, uses what was learned. Nothing here talks to the network.
import { cleanAnnotation } from '../marking/doc-model.js';
import { loadLayer, saveLayers, setAside } from './store.js';
import { t } from '../i18n.js';

// MAX_IMPORT refuses files far larger than any layer the engine writes.
const MAX_IMPORT = 4 << 20;

export class Learner {
  // engine is the EngineClient; onChange(message) follows every change
  // (message is what to tell the reader, or '').
  constructor(engine, onChange) {
    this.engine = engine;
    this.onChange = onChange;
    this.current = null; // {layer, stats, names, saved} or null: the shipped model alone
    this.previous = null; // the state "Take back the last lesson" returns to, or null
    this.queue = Promise.resolve();
    this.ready = this.enqueue(() => this.restore());
  }

  get canUndo() { return this.previous !== null; }

  // settled resolves once every lesson given so far is learned and kept.
  settled() { return this.queue; }

  enqueue(job) {
    const run = this.queue.then(job).catch((err) => this.onChange(t('learningFailed', String(err && err.message || err))));
    this.queue = run;
    return run;
  }

  async restore() {
    await this.engine.ready;
    let current = null;
    let previous = null;
    try {
      [current, previous] = await Promise.all([loadLayer('current'), loadLayer('previous')]);
    } catch { /* storage unavailable: start from the shipped model */ }
    let message = '';
    if (current?.layer) {
      const res = await this.engine.call('setLayer', { layer: current.layer });
      if (res.error) {
        await setAside(current).catch(() => {});
        await saveLayers({ current: null, previous: null }).catch(() => {});
        current = previous = null;
        message = t('learningSetAside');
      }
    }
    this.current = current?.layer ? current : null;
    this.previous = previous || null;
    this.onChange(message);
  }

  // decided learns from decisions the reader made on doc: spans are the
  // {start, end} code point ranges they were made on. The request is
  // taken now, as the document stands right after the decision.
  decided(doc, spans) {
    const touched = spans.filter((s) => s.end > s.start).map(({ start, end }) => ({ start, end }));
    if (!touched.length) return this.queue;
    const request = {
      text: doc.text,
      annotations: doc.annotations.map(cleanAnnotation),
      customTypes: doc.customTypes || [],
      touched,
      document: doc.id,
      decisions: touched.length,
    };
    return this.enqueue(async () => {
      await this.ready;
      // The tools engine learns from the layer kept here and answers the
      // next one; the core, which annotates, is then given it.
      const res = await this.engine.call('learn', { ...request, layer: this.current?.layer || null });
      if (res.error) { this.onChange(t('learningFailed', res.error.message)); return; }
      const set = await this.engine.call('setLayer', { layer: res.layer });
      if (set.error) { this.onChange(t('learningFailed', set.error.message)); return; }
      await this.keep({ layer: res.layer, stats: res.stats, names: res.names, saved: Date.now() }, this.current || emptyState());
      this.onChange(t('learningLearned', res.sentences));
    });
  }

  // keep makes next the current state and before the one undo returns to.
  async keep(next, before) {
    this.current = next && next.layer ? next : null;
    this.previous = before;
    await saveLayers({ current: this.current, previous: this.previous });
  }

  undo() {
    return this.enqueue(async () => {
      await this.ready;
      if (!this.previous) { this.onChange(t('learningNothingToUndo')); return; }
      const res = await this.engine.call('setLayer', { layer: this.previous.layer || null });
      if (res.error) { this.onChange(t('learningFailed', res.error.message)); return; }
      this.current = this.previous.layer ? this.previous : null;
      this.previous = null;
      await saveLayers({ current: this.current, previous: null });
      this.onChange(t('learningUndone'));
    });
  }

  forget() {
    return this.enqueue(async () => {
      await this.ready;
      const res = await this.engine.call('setLayer', { layer: null });
      if (res.error) { this.onChange(t('learningFailed', res.error.message)); return; }
      if (this.current) await this.keep(null, this.current);
      this.onChange(t('learningForgotten'));
    });
  }

  // exportFile returns the layer file as bytes, or null when nothing was
  // learned.
  exportFile() {
    return this.current ? fromBase64(this.current.layer) : null;
  }

  importFile(file) {
    return this.enqueue(async () => {
      await this.ready;
      if (file.size > MAX_IMPORT) { this.onChange(t('learningImportFailed', `${file.size} bytes is far larger than a learned file`)); return; }
      const layer = toBase64(new Uint8Array(await file.arrayBuffer()));
      const res = await this.engine.call('setLayer', { layer });
      if (res.error) { this.onChange(t('learningImportFailed', res.error.message)); return; }
      await this.keep({ layer, stats: res.stats, names: res.names, saved: Date.now() }, this.current || emptyState());
      this.onChange(t('learningImported', res.stats.decisions, res.stats.documents));
    });
  }
}

// emptyState is what undo returns to when nothing had been learned.
const emptyState = () => ({ layer: null, stats: null, names: [], saved: Date.now() });

function toBase64(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64) {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
