// The page's main thread. It never runs the engine itself: text goes to
// the engine worker (engine-client.js) and answers come back as JSON, so a
// long article never blocks typing or scrolling. This file wires the
// pieces together: reading and highlighting, correcting, keeping work in
// IndexedDB, export and import, and sharing.
import { EngineClient } from './engine-client.js';
import { TextIndex } from './textindex.js';
import { DocModel, TYPES, modelAnnotations } from './doc-model.js';
import { ArticleView } from './article-view.js';
import { KeySelect } from './keyselect.js';
import { buildLegend, renderEntityList, renderNormReport, renderRecent } from './panels.js';
import * as store from './store.js';
import * as i18n from './i18n.js';
import { t, typeName } from './i18n.js';
import { exportDoc, readFile } from './files.js';
import { shareDoc, fetchShare } from './share.js';
import { registerOffline } from './offline.js';

const $ = (id) => document.getElementById(id);
const ui = {
  status: $('status'), progress: $('engine-progress'), article: $('article'), annotate: $('annotate'),
  openFile: $('open-file'), newDoc: $('new-doc'), inputSection: $('input-section'),
  banner: $('readonly-banner'), makeCopy: $('make-copy'), toolbar: $('toolbar'), undo: $('undo'),
  redo: $('redo'), exportFormat: $('export-format'), exportButton: $('export'), share: $('share'),
  shareLink: $('share-link'), articleSection: $('article-section'), output: $('output'),
  editor: $('editor'), editorEntity: $('editor-entity'), note: $('note'), saveNote: $('save-note'),
  remove: $('remove'), legend: $('legend'), entityList: $('entity-list'), normReport: $('norm-report'),
  showChanges: $('show-changes'), recent: $('recent'), lang: $('lang'),
};

const TENTATIVE = 0.6; // model suggestions below this score look tentative
const KEY_TYPES = {
  Digit1: 'PER', Digit2: 'LOC', Digit3: 'ORG', Digit4: 'DATE', Digit5: 'NUM',
  Numpad1: 'PER', Numpad2: 'LOC', Numpad3: 'ORG', Numpad4: 'DATE', Numpad5: 'NUM',
  KeyP: 'PER', KeyL: 'LOC', KeyO: 'ORG', KeyD: 'DATE', KeyN: 'NUM',
};

let engine;
let model = null; // DocModel of the open document
let index = null; // TextIndex of its text
let tokens = null; // promise of [[start, end, start16, end16], ...]
let readOnly = false;
let selected = null; // the annotation shown in the editor
let lastSelection = null; // {start, end} of the last selection in the article
let engineState = 'loading';

// say reports the outcome of the reader's last action. Engine start-up
// news goes through sayEngine, which never overwrites such a report.
let spoke = false;
const say = (message) => { spoke = true; ui.status.textContent = message; };
const sayEngine = (message) => { if (!spoke) ui.status.textContent = message; };

const view = new ArticleView(ui.output, describe);
const keySelect = new KeySelect(view, () => tokenList());

// describe gives a highlight its accessible name, tooltip and classes: the
// type is always named in words, never shown by colour alone.
function describe(a) {
  const text = index.slice(a.start, a.end);
  const tentative = a.source === 'model' && a.score > 0 && a.score < TENTATIVE;
  let label = `${text} — ${typeName(a.type)}`;
  if (tentative) label += `, ${t('tentative')}`;
  if (a.note) label += `; ${t('note')}: ${a.note}`;
  let title = typeName(a.type);
  if (a.source === 'model' && a.score) title += ` (${Math.round(a.score * 100)}%)`;
  if (a.note) title += ` — ${a.note}`;
  const classes = [];
  if (tentative) classes.push('tentative');
  if (a.note) classes.push('has-note');
  if (a.source === 'person') classes.push('by-person');
  return { label, title, className: classes.join(' ') };
}

// ---- engine ----------------------------------------------------------

function onEngineStatus(msg) {
  const mb = (n) => (n / 1e6).toFixed(1);
  if (msg.type === 'progress') {
    ui.progress.max = msg.total || msg.loaded || 1;
    ui.progress.value = msg.loaded;
    if (engineState === 'loading') sayEngine(t('downloading', mb(msg.loaded), msg.total ? mb(msg.total) : ''));
  } else if (msg.type === 'starting') {
    sayEngine(t('startingEngine'));
  } else if (msg.type === 'ready') {
    engineState = 'ready';
    ui.progress.hidden = true;
    ui.annotate.disabled = false;
    sayEngine(t('engineReady'));
  } else if (msg.type === 'failed') {
    engineState = 'failed';
    ui.progress.hidden = true;
    say(t('engineFailed', msg.message));
  }
}

// ---- documents -------------------------------------------------------

function titleOf(text) {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) || '';
  const chars = [...line];
  return chars.length > 80 ? chars.slice(0, 79).join('') + '…' : line;
}

async function annotate() {
  const raw = ui.article.value;
  if (!raw.trim()) { say(t('emptyArticle')); return; }
  say(t('annotating'));
  ui.annotate.disabled = true;
  const began = performance.now();
  performance.mark('tippani-annotate-start');
  try {
    await engine.ready;
    const res = await engine.call('annotate', { text: raw });
    performance.mark('tippani-annotate-engine');
    if (res.error) { say(res.error.message); ui.output.dataset.state = 'failed'; return; }
    if (model && !readOnly && model.doc.text === res.text) {
      model.mergeModel(res.entities);
      model.doc.normalization = res.normalization;
      tokens = Promise.resolve(res.tokens);
      say(t('reannotated', res.entities.length));
      await showDoc();
      performance.mark('tippani-annotated'); // read by scripts/bench-browser
      await persist();
    } else {
      const now = Date.now();
      const doc = {
        id: store.newId(), title: titleOf(res.text), text: res.text,
        annotations: modelAnnotations(res.entities), rejected: [],
        normalization: res.normalization, created: now, modified: now,
      };
      say(t('annotated', res.entities.length, Math.round(performance.now() - began)));
      await openModel(new DocModel(doc), Promise.resolve(res.tokens));
      performance.mark('tippani-annotated');
      await persist();
    }
  } finally {
    ui.annotate.disabled = engineState !== 'ready';
  }
}

async function openModel(m, tokenList) {
  model = m;
  tokens = tokenList || null;
  readOnly = false;
  selected = null;
  lastSelection = null;
  // A document shared before shows its link again.
  ui.shareLink.hidden = !m.doc.shareLink || m.doc.id.startsWith('share:');
  ui.shareLink.value = m.doc.shareLink || '';
  await showDoc();
  await store.setState('current', m.doc.id).catch(() => {});
  refreshRecent();
}

// showDoc draws the open document and its panels.
async function showDoc() {
  index = new TextIndex(model.doc.text);
  ui.output.dataset.state = 'drawing';
  ui.article.scrollTop = 0;
  ui.toolbar.hidden = false;
  ui.articleSection.hidden = false;
  ui.editor.hidden = true;
  document.body.classList.toggle('read-only', readOnly);
  document.body.classList.add('has-doc');
  ui.inputSection.hidden = readOnly;
  ui.banner.hidden = !readOnly;
  performance.mark('tippani-draw-start');
  keySelect.reset();
  const done = await view.render(index, model.annotations, model.doc.normalization?.edits);
  if (!done) return;
  performance.measure('tippani-draw', 'tippani-draw-start');
  performance.mark('tippani-panels-start');
  renderPanels();
  performance.measure('tippani-panels', 'tippani-panels-start');
  updateHistoryButtons();
  ui.output.dataset.state = 'ready';
}

function renderPanels() {
  renderEntityList(ui.entityList, index, model.annotations, goTo);
  renderNormReport(ui.normReport, model.doc.normalization);
}

async function persist() {
  if (readOnly || !model) return;
  try {
    await store.saveDoc(model.doc);
    refreshRecent();
  } catch (err) {
    say(t('saveFailed', String(err && err.message || err)));
  }
}

async function refreshRecent() {
  try {
    const docs = await store.recentDocs();
    renderRecent(ui.recent, docs, model?.doc.id, openSaved, removeSaved);
  } catch { /* storage unavailable: the list stays empty */ }
}

async function openSaved(id) {
  const doc = await store.loadDoc(id);
  if (!doc) return;
  if (location.pathname !== '/') history.pushState(null, '', '/');
  await openModel(new DocModel(doc), null);
  say(t('opened', doc.title || t('untitled')));
}

async function removeSaved(id) {
  await store.deleteDoc(id);
  if (model?.doc.id === id) {
    model = null;
    document.body.classList.remove('has-doc');
    ui.toolbar.hidden = true;
    ui.articleSection.hidden = true;
    ui.editor.hidden = true;
    ui.entityList.replaceChildren();
    ui.normReport.replaceChildren();
    await store.setState('current', null);
  }
  refreshRecent();
}

function newDocument() {
  model = null;
  document.body.classList.remove('has-doc', 'read-only');
  readOnly = false;
  ui.article.value = '';
  saveDraft();
  ui.toolbar.hidden = true;
  ui.articleSection.hidden = true;
  ui.editor.hidden = true;
  ui.banner.hidden = true;
  ui.inputSection.hidden = false;
  ui.entityList.replaceChildren();
  ui.normReport.replaceChildren();
  store.setState('current', null).catch(() => {});
  if (location.pathname !== '/') history.pushState(null, '', '/');
  ui.article.focus();
}

let draftTimer;
function saveDraft() {
  clearTimeout(draftTimer);
  return store.setState('draft', ui.article.value).catch(() => {});
}
function saveDraftSoon() {
  clearTimeout(draftTimer);
  draftTimer = setTimeout(saveDraft, 250);
}

// ---- correcting --------------------------------------------------------

// liveSelection is the article text selected right now, or null.
function liveSelection() {
  const sel = getSelection();
  if (!model || !sel.rangeCount || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  const start = view.offsetOf(r.startContainer, r.startOffset);
  const end = view.offsetOf(r.endContainer, r.endOffset);
  return start !== null && end !== null && end > start ? { start, end } : null;
}

// currentSelection falls back to the last selection made in the article,
// in case pressing a toolbar button cleared it.
function currentSelection() { return liveSelection() || lastSelection; }

document.addEventListener('selectionchange', () => {
  const picked = liveSelection();
  if (picked) lastSelection = picked;
});

function tokenList() {
  tokens ??= engine.call('tokens', { text: model.doc.text }).then((r) => r.tokens || []);
  return tokens;
}

// snap trims white space off a selection and, unless exact is set (Alt
// held), widens it to whole tokens, so a sloppy drag still marks words.
async function snap({ start, end }, exact) {
  const isSpace = (cp) => /\s/u.test(index.slice(cp, cp + 1));
  while (start < end && isSpace(start)) start++;
  while (end > start && isSpace(end - 1)) end--;
  if (exact || start >= end) return { start, end };
  const toks = await tokenList();
  for (const [s, e] of toks) {
    if (e <= start) continue;
    if (s >= end) break;
    if (s < start) start = s;
    if (e > end) end = e;
  }
  return { start, end };
}

// markSelection marks picked (code point offsets) as a person's entity of
// type, after snapping and checking it.
async function markSelection(type, exact, picked) {
  if (!model || readOnly) return;
  if (!picked) { say(t('noSelection')); return; }
  const { start, end } = await snap(picked, exact);
  if (start >= end) { say(t('noSelection')); return; }
  const clash = model.overlapping(start, end);
  if (clash) { say(t('overlap', index.slice(clash.start, clash.end))); return; }
  const check = await engine.call('validate', {
    text: model.doc.text, annotations: [{ start, end, type, source: 'person' }],
  });
  if (check.error) { say(check.error.message); return; }
  model.add(start, end, type);
  getSelection().removeAllRanges();
  lastSelection = null;
  await afterEdit(start, end, start);
  say(t('added', index.slice(start, end), typeName(type)));
}

// afterEdit redraws the article between from and to, focuses the
// highlight at focusStart (or, with orArticle, the article when there is
// none), then saves.
async function afterEdit(from, to, focusStart, orArticle = false) {
  model.doc.modified = Date.now();
  await view.update(model.annotations, from, to);
  renderPanels();
  updateHistoryButtons();
  const mark = focusStart === undefined ? null : view.markFor(focusStart);
  if (mark) mark.focus();
  else if (orArticle) ui.output.focus();
  await persist();
}

function activeMark() {
  const el = document.activeElement;
  return el && el.tagName === 'MARK' && ui.output.contains(el) ? el : null;
}

function annotationOf(mark) { return model.find(Number(mark.dataset.start)); }

function showEditor(ann) {
  selected = ann;
  ui.editor.hidden = readOnly;
  ui.editorEntity.textContent = `${index.slice(ann.start, ann.end)} — ${typeName(ann.type)}`;
  ui.note.value = ann.note || '';
  for (const b of ui.editor.querySelectorAll('[data-retype]')) b.setAttribute('aria-pressed', String(b.dataset.retype === ann.type));
}

async function retype(ann, type) {
  if (readOnly || !ann || ann.type === type && ann.source === 'person') return;
  const next = model.retype(ann, type);
  await afterEdit(next.start, next.end, next.start);
  showEditor(next);
  say(t('retyped', index.slice(next.start, next.end), typeName(type)));
}

async function removeAnnotation(ann) {
  if (readOnly || !ann) return;
  const text = index.slice(ann.start, ann.end);
  model.remove(ann);
  ui.editor.hidden = true;
  selected = null;
  // The focus moves on (to the next highlight, or the article) as soon as
  // the article is redrawn, not after the save: a reader who goes on
  // marking meanwhile must not have the focus taken away.
  const next = model.annotations.find((a) => a.start >= ann.end);
  await afterEdit(ann.start, ann.end, next?.start, true);
  say(t('removed', text));
}

async function saveNote() {
  if (readOnly || !selected) return;
  const note = ui.note.value.trim();
  const next = model.setNote(selected, note);
  await afterEdit(next.start, next.end);
  showEditor(next);
  say(t('noteSaved'));
}

// changedSpan is the range of text two annotation lists differ on, for
// redrawing after undo or redo.
function changedSpan(before, after) {
  const a = new Set(before);
  const b = new Set(after);
  let from = Infinity;
  let to = -Infinity;
  for (const x of before) if (!b.has(x)) { from = Math.min(from, x.start); to = Math.max(to, x.end); }
  for (const x of after) if (!a.has(x)) { from = Math.min(from, x.start); to = Math.max(to, x.end); }
  return from <= to ? { from, to } : null;
}

async function stepHistory(direction) {
  if (!model || readOnly) return;
  const before = model.annotations;
  const moved = direction === 'undo' ? model.undo() : model.redo();
  if (!moved) { say(t(direction === 'undo' ? 'nothingToUndo' : 'nothingToRedo')); return; }
  const span = changedSpan(before, model.annotations);
  ui.editor.hidden = true;
  selected = null;
  if (span) await afterEdit(span.from, span.to);
  else { updateHistoryButtons(); await persist(); }
  say(t(direction === 'undo' ? 'undone' : 'redone'));
}

function updateHistoryButtons() {
  ui.undo.disabled = !model || model.past.length === 0;
  ui.redo.disabled = !model || model.future.length === 0;
}

function goTo(start) {
  const mark = view.markFor(start);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.focus({ preventScroll: true });
}

// ---- keyboard ----------------------------------------------------------

function onKeyDown(e) {
  const target = e.target;
  const typing = target.closest && target.closest('textarea, input, select');
  if (typing) return;
  if (e.ctrlKey || e.metaKey) {
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.altKey) { e.preventDefault(); stepHistory(e.shiftKey ? 'redo' : 'undo'); }
    else if (key === 'y' && !e.altKey) { e.preventDefault(); stepHistory('redo'); }
    return;
  }
  if (!model) return;
  if (ui.output.contains(target) && keySelect.wants(e)) {
    keySelect.handle(e);
    return;
  }
  if (readOnly) return;
  const mark = activeMark();
  const type = KEY_TYPES[e.code];
  if (type && !e.shiftKey) {
    e.preventDefault();
    // A fresh selection wins over the focused highlight: the reader just
    // chose new words.
    if (mark && !liveSelection()) retype(annotationOf(mark), type);
    else markSelection(type, e.altKey, liveSelection());
    return;
  }
  if (!mark) return;
  if (e.key === 'Delete' || e.key === 'Backspace') {
    e.preventDefault();
    removeAnnotation(annotationOf(mark));
  } else if (e.key === 'Enter') {
    e.preventDefault();
    showEditor(annotationOf(mark));
    ui.note.focus();
  }
}

// ---- language ----------------------------------------------------------

function applyLanguage() {
  i18n.apply();
  for (const el of document.querySelectorAll('[data-type-name]')) el.textContent = typeName(el.dataset.typeName);
  ui.lang.lang = i18n.language() === 'en' ? 'hi' : 'en';
  buildLegend(ui.legend, ui.output, ui.entityList);
  if (engineState === 'ready' && !model) sayEngine(t('engineReady'));
}

async function switchLanguage() {
  i18n.setLanguage(i18n.language() === 'en' ? 'hi' : 'en');
  applyLanguage();
  store.setState('lang', i18n.language()).catch(() => {});
  if (model) await showDoc();
  refreshRecent();
}

// ---- sharing -----------------------------------------------------------

async function share() {
  if (!model) return;
  ui.share.disabled = true;
  say(t('sharing'));
  try {
    const outcome = await shareDoc(model.doc);
    if (!outcome.ok) { say(outcome.message); return; }
    ui.shareLink.hidden = false;
    ui.shareLink.value = outcome.link;
    ui.shareLink.select();
    model.doc.shareLink = outcome.link;
    await persist();
    let copied = false;
    try { await navigator.clipboard.writeText(outcome.link); copied = true; } catch { /* no clipboard permission */ }
    say(t(copied ? 'shared' : 'sharedNoCopy'));
  } finally {
    ui.share.disabled = false;
  }
}

async function openShare(id) {
  say(t('loadingShare'));
  const got = await fetchShare(id);
  if (!got.ok) { say(t('shareMissing', got.message)); return; }
  const s = got.share;
  const now = Date.now();
  readOnly = true;
  model = new DocModel({
    id: 'share:' + s.id, title: s.title || '', text: s.text, annotations: s.annotations || [],
    rejected: [], normalization: null, created: now, modified: now, shareLink: location.href,
  });
  tokens = null;
  await showDoc();
  say(t('readOnly'));
}

async function makeCopy() {
  if (!model) return;
  // The copy is a new document: it has no share link until shared itself.
  const doc = { ...model.doc, id: store.newId(), modified: Date.now(), shareLink: undefined };
  readOnly = false;
  history.replaceState(null, '', '/');
  await openModel(new DocModel(doc), tokens);
  ui.article.value = doc.text;
  saveDraft();
  await persist();
  say(t('copied'));
}

// ---- wiring ------------------------------------------------------------

function wire() {
  ui.annotate.addEventListener('click', annotate);
  ui.article.addEventListener('input', saveDraftSoon);
  ui.newDoc.addEventListener('click', newDocument);
  ui.lang.addEventListener('click', switchLanguage);
  ui.undo.addEventListener('click', () => stepHistory('undo'));
  ui.redo.addEventListener('click', () => stepHistory('redo'));
  ui.share.addEventListener('click', share);
  ui.makeCopy.addEventListener('click', makeCopy);
  ui.saveNote.addEventListener('click', saveNote);
  ui.remove.addEventListener('click', () => removeAnnotation(selected));
  ui.showChanges.addEventListener('change', () => ui.output.classList.toggle('show-changes', ui.showChanges.checked));
  ui.exportButton.addEventListener('click', async () => {
    if (model) say(await exportDoc(engine, model.doc, ui.exportFormat.value));
  });
  for (const b of document.querySelectorAll('[data-mark]')) {
    // mousedown would move focus and may drop the selection first.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => markSelection(b.dataset.mark, e.altKey, currentSelection()));
  }
  for (const b of document.querySelectorAll('[data-retype]')) {
    b.addEventListener('click', () => retype(selected, b.dataset.retype));
  }
  ui.note.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      saveNote().then(() => view.markFor(selected?.start)?.focus());
    }
    if (e.key === 'Escape') { e.preventDefault(); view.markFor(selected?.start)?.focus(); }
  });
  ui.output.addEventListener('focusin', (e) => {
    if (e.target.tagName === 'MARK') {
      const ann = annotationOf(e.target);
      if (ann) showEditor(ann);
    }
  });
  document.addEventListener('keydown', onKeyDown);
  ui.openFile.addEventListener('change', async () => {
    const file = ui.openFile.files[0];
    if (file) await openFile(file);
    ui.openFile.value = '';
  });
  ui.article.addEventListener('dragover', (e) => e.preventDefault());
  ui.article.addEventListener('drop', async (e) => {
    const file = e.dataTransfer.files[0];
    if (!file) return;
    e.preventDefault();
    await openFile(file);
  });
  window.addEventListener('pagehide', saveDraft);
  window.addEventListener('popstate', () => boot());
}

async function openFile(file) {
  const got = await readFile(engine, file);
  if (got.error) { say(t('importFailed', got.error)); return; }
  if (got.text !== undefined) {
    ui.article.value = got.text;
    await saveDraft();
    say(t('textLoaded'));
    return;
  }
  const d = got.document;
  const now = Date.now();
  const doc = {
    id: store.newId(), title: d.title || titleOf(d.text), text: d.text, annotations: d.annotations,
    rejected: [], normalization: null, created: Date.parse(d.created) || now, modified: now,
  };
  if (location.pathname !== '/') history.pushState(null, '', '/');
  await openModel(new DocModel(doc), null);
  ui.article.value = doc.text;
  await saveDraft();
  await persist();
  say(t('imported', doc.title || t('untitled')));
}

async function boot() {
  const shareMatch = location.pathname.match(/^\/s\/([A-Za-z0-9_-]+)\/?$/);
  if (shareMatch) { await openShare(shareMatch[1]); return; }
  const current = await store.getState('current').catch(() => null);
  const doc = current && await store.loadDoc(current).catch(() => null);
  if (doc) {
    await openModel(new DocModel(doc), null);
    say(t('opened', doc.title || t('untitled')));
  } else if (readOnly) {
    newDocument();
  }
}

async function start() {
  i18n.setLanguage(i18n.initialLanguage(await store.getState('lang').catch(() => null)));
  applyLanguage();
  wire();
  engine = new EngineClient(onEngineStatus);
  engine.ready.catch(() => {});
  registerOffline();
  const draft = await store.getState('draft').catch(() => null);
  if (draft && !ui.article.value) ui.article.value = draft;
  await boot();
  refreshRecent();
}

start();
