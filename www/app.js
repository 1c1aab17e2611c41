// The annotator's main thread. It never runs the engine itself: text goes
// to the engine worker (engine-client.js) and answers come back as JSON,
// so a long article never blocks typing or scrolling. Marking is the
// shared marking module's (marking/marker.js); this file wires the rest:
// reading and re-reading the article (re-anchoring a reader's work when
// the text changed), keeping work in IndexedDB, export and import, the
// side panels, and sharing.
import { EngineClient } from './engine-client.js';
import { DocModel, modelAnnotations, isPersons, packHistory, unpackHistory } from './marking/doc-model.js';
import { Marker } from './marking/marker.js';
import { TypeSet } from './marking/types.js';
import { fillToolbar } from './marking/buttons.js';
import { buildLegend, renderEntityList, renderNormReport, renderRecent, renderUnplaced } from './panels.js';
import { TypeForm } from './type-form.js';
import * as store from './store.js';
import * as i18n from './i18n.js';
import { t } from './i18n.js';
import { exportDoc, readFiles, reportMessage } from './files.js';
import { shareDoc, fetchShare, fingerprint, changesSince } from './share.js';
import { registerOffline } from './offline.js';
import { Learner } from './learning/learner.js';
import { LearningPanel } from './learning/panel.js';

const $ = (id) => document.getElementById(id);
const ui = {
  status: $('status'), progress: $('engine-progress'), article: $('article'), annotate: $('annotate'),
  openFile: $('open-file'), newDoc: $('new-doc'), inputSection: $('input-section'),
  banner: $('readonly-banner'), makeCopy: $('make-copy'), toolbar: $('toolbar'), markButtons: $('mark-buttons'),
  undo: $('undo'), redo: $('redo'), exportFormat: $('export-format'), exportButton: $('export'), share: $('share'),
  shareLink: $('share-link'), shareState: $('share-state'), shareStateText: $('share-state-text'), updateLink: $('update-link'),
  articleSection: $('article-section'), output: $('output'),
  editor: $('editor'), offer: $('offer'), legend: $('legend'), entityList: $('entity-list'), normReport: $('norm-report'),
  showChanges: $('show-changes'), recent: $('recent'), lang: $('lang'), unplaced: $('unplaced'),
  unplacedSection: $('unplaced-section'), typeForm: $('type-form'), learning: $('learning'),
};

let engine;
let learner = null; // learns from the reader's decisions (learning/)
let learningPanel = null;
let model = null; // DocModel of the open document
let tokens = null; // promise of [[start, end, start16, end16], ...]
let readOnly = false;
let engineState = 'loading';
let marker = null;
const hiddenTypes = new Set(); // types switched off in the legend

// say reports the outcome of the reader's last action. Engine start-up
// news goes through sayEngine, which never overwrites such a report.
let spoke = false;
const say = (message) => { spoke = true; ui.status.textContent = message; };
const sayEngine = (message) => { if (!spoke) ui.status.textContent = message; };

const typesOf = (m) => new TypeSet(m?.doc.customTypes || []);

function tokenList() {
  tokens ??= engine.call('tokens', { text: model.doc.text }).then((r) => r.tokens || []);
  return tokens;
}

// makeMarker builds the marker for the page's mode (editing or read-only).
function makeMarker() {
  marker = new Marker({
    container: ui.output, model, types: typesOf(model), readOnly, editorHost: ui.editor, offerHost: ui.offer,
    tokens: tokenList, hiddenTypes,
    validate: async (ann) => {
      const r = await engine.call('validate', { text: model.doc.text, annotations: [{ ...ann, source: 'person' }], customTypes: model.doc.customTypes });
      return r.error ? r.error.message : null;
    },
    occurrences: async ({ start, end }) => {
      const r = await engine.call('occurrences', { text: model.doc.text, start, end });
      return r.error ? null : r.spans;
    },
    say,
    onChange: onEdit,
  });
}

// onEdit follows every edit the marker made: the panels, the buttons, the
// Article box after an undone text change, the save, and learning from
// the decision (the spans it was made on).
async function onEdit({ textChanged, spans }) {
  if (!textChanged && spans?.length && model && !readOnly) learner?.decided(model.doc, spans);
  if (textChanged) {
    ui.article.value = model.doc.text;
    tokens = null;
    saveDraft();
  }
  renderPanels();
  updateHistoryButtons();
  renderShareState();
  await persist();
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

// annotate reads the Article box. With a document open it stays that
// document: when the text changed, the reader's annotations, notes and
// removals move with it (the engine's reanchor), then the model's fresh
// suggestions fill in around them, all as one undoable step.
async function annotate() {
  const raw = ui.article.value;
  if (!raw.trim()) { say(t('emptyArticle')); return; }
  say(t('annotating'));
  ui.annotate.disabled = true;
  const began = performance.now();
  performance.mark('tippani-annotate-start');
  try {
    await engine.ready;
    await learner.settled(); // the decisions made so far count
    const res = await engine.call('annotate', { text: raw });
    performance.mark('tippani-annotate-engine');
    if (res.error) { say(res.error.message); ui.output.dataset.state = 'failed'; return; }
    if (model && !readOnly) {
      await reannotate(res);
    } else {
      const now = Date.now();
      const doc = {
        id: store.newId(), title: titleOf(res.text), text: res.text,
        annotations: modelAnnotations(res.entities), rejected: [],
        normalization: res.normalization, created: now, modified: now,
      };
      await openModel(new DocModel(doc), Promise.resolve(res.tokens));
      say(t('annotated', res.entities.length, Math.round(performance.now() - began)));
    }
    performance.mark('tippani-annotated'); // read by scripts/bench-browser
    showArticle();
    marker.focusArticle();
    await persist();
  } finally {
    ui.annotate.disabled = engineState !== 'ready';
  }
}

async function reannotate(res) {
  const doc = model.doc;
  const people = doc.annotations.filter(isPersons);
  const notes = people.filter((a) => a.note).length;
  let moved = null;
  let message;
  if (doc.text !== res.text) {
    // Only a person's decisions move; with none, there is nothing to ask.
    const r = people.length || doc.rejected.length
      ? await engine.call('reanchor', { oldText: doc.text, newText: res.text, annotations: people, rejected: doc.rejected })
      : { annotations: [], rejected: [], unplaced: [] };
    if (r.error) { say(r.error.message); ui.output.dataset.state = 'failed'; return; }
    moved = {
      text: res.text, annotations: r.annotations, rejected: r.rejected || [],
      unplaced: doc.unplaced.concat(r.unplaced || []), normalization: res.normalization,
    };
    message = t('reanchored', r.annotations.length) + ' ' + t('reannotated', res.entities.length);
    if (r.unplaced?.length) message += t('unplacedCount', r.unplaced.length);
  } else {
    message = t('reannotated', res.entities.length);
    if (people.length || notes) message += t('kept', people.length, notes);
  }
  model.mergeModel(res.entities, moved);
  if (!moved) doc.normalization = res.normalization;
  doc.modified = Date.now();
  tokens = Promise.resolve(res.tokens);
  await showDoc();
  say(message);
}

async function openModel(m, tokenList) {
  model = m;
  tokens = tokenList || null;
  readOnly = false;
  // A document shared before shows its link again.
  ui.shareLink.hidden = !m.doc.shareLink || m.doc.id.startsWith('share:');
  ui.shareLink.value = m.doc.shareLink || '';
  renderShareState();
  await showDoc();
  await store.setState('current', m.doc.id).catch(() => {});
  refreshRecent();
}

// showDoc draws the open document and its panels.
async function showDoc() {
  ui.output.dataset.state = 'drawing';
  // The Article box shows its start; in the next frame, so that laying out
  // a long text in it is not added to this task.
  requestAnimationFrame(() => { ui.article.scrollTop = 0; });
  ui.toolbar.hidden = false;
  ui.articleSection.hidden = false;
  document.body.classList.toggle('read-only', readOnly);
  document.body.classList.add('has-doc');
  ui.inputSection.hidden = readOnly;
  ui.banner.hidden = !readOnly;
  if (!marker || marker.readOnly !== readOnly) {
    if (marker) marker.disabled = true;
    makeMarker();
  }
  applyTypes();
  performance.mark('tippani-draw-start');
  const done = await marker.setModel(model);
  if (!done) return;
  performance.measure('tippani-draw', 'tippani-draw-start');
  performance.mark('tippani-panels-start');
  renderPanels();
  performance.measure('tippani-panels', 'tippani-panels-start');
  updateHistoryButtons();
  ui.output.dataset.state = 'ready';
}

// applyTypes shows the document's types (the five and the reader's own)
// in the toolbar, the legend and the editor.
function applyTypes() {
  const types = typesOf(model);
  marker?.setTypes(types);
  if (marker) fillToolbar(ui.markButtons, marker);
  buildLegend(ui.legend, hiddenTypes, types, async () => {
    if (!model) return;
    await marker.draw();
    renderPanels();
  });
}

function renderPanels() {
  if (!model) return;
  const types = typesOf(model);
  renderEntityList(ui.entityList, marker.index, model.annotations, types, {
    goTo, readOnly, hidden: hiddenTypes,
    changeAll: (list, type) => marker.changeAll(list, type),
    removeAll: (list) => marker.removeAll(list),
  });
  renderNormReport(ui.normReport, model.doc.normalization);
  ui.unplacedSection.hidden = readOnly || model.doc.unplaced.length === 0;
  renderUnplaced(ui.unplaced, model.doc.unplaced, types, { place, discard });
}

// place puts an annotation that could not be re-anchored on the reader's
// selection.
async function place(item) {
  const span = await marker.picked(false);
  if (!span) { say(t('noSelection')); return; }
  if (model.overlapping(span.start, span.end)) { say(t('overlapOffer', marker.slice(model.overlapping(span.start, span.end)))); return; }
  const next = model.place(item, span.start, span.end);
  marker.forgetSelection();
  await marker.edited(next.start, next.end, next.start);
  say(t('placed', marker.slice(next)));
}

async function discard(item) {
  model.discard(item);
  say(t('discarded', item.quote));
  await onEdit({});
  marker.focusArticle();
}

async function persist() {
  if (readOnly || !model) return;
  try {
    await store.saveDoc(model.doc);
    await store.saveHistory(model.doc.id, packHistory(model));
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

async function loadModel(doc) {
  const history = await store.loadHistory(doc.id).catch(() => null);
  return new DocModel(doc, unpackHistory(history, doc));
}

async function openSaved(id) {
  const doc = await store.loadDoc(id);
  if (!doc) return;
  if (location.pathname !== '/') history.pushState(null, '', '/');
  await openModel(await loadModel(doc), null);
  ui.article.value = doc.text;
  saveDraft();
  say(t('opened', doc.title || t('untitled')));
}

function closeDoc() {
  model = null;
  document.body.classList.remove('has-doc', 'read-only');
  ui.toolbar.hidden = true;
  ui.articleSection.hidden = true;
  ui.unplacedSection.hidden = true;
  marker?.editor.close(false);
  ui.entityList.replaceChildren();
  ui.normReport.replaceChildren();
}

async function removeSaved(id) {
  await store.deleteDoc(id);
  if (model?.doc.id === id) {
    closeDoc();
    await store.setState('current', null);
  }
  refreshRecent();
}

function newDocument() {
  closeDoc();
  readOnly = false;
  ui.article.value = '';
  saveDraft();
  ui.banner.hidden = true;
  ui.inputSection.hidden = false;
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

function updateHistoryButtons() {
  ui.undo.disabled = !model || model.past.length === 0;
  ui.redo.disabled = !model || model.future.length === 0;
}

// showArticle scrolls the article's start just below the toolbar, which
// stays at the top of the screen from there on.
function showArticle() {
  const bar = ui.toolbar.getBoundingClientRect().height;
  const top = ui.articleSection.getBoundingClientRect().top + scrollY - bar;
  scrollTo({ top: Math.max(0, top), behavior: 'instant' });
}

function goTo(start) {
  const mark = marker.view.markFor(start);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  marker.focusMark(start);
}

// ---- language ----------------------------------------------------------

function applyLanguage() {
  i18n.apply();
  ui.lang.lang = i18n.language() === 'en' ? 'hi' : 'en';
  if (marker) marker.editor.build();
  typeForm.build();
  learningPanel?.render();
  applyTypes();
  if (engineState === 'ready' && !model) sayEngine(t('engineReady'));
}

// adoptOldLanguage carries over a language chosen when the annotator kept
// the choice in IndexedDB.
async function adoptOldLanguage() {
  const old = await store.getState('lang').catch(() => null);
  if (old !== 'en' && old !== 'hi') return;
  i18n.saveLanguage(old);
  if (old !== i18n.language()) await switchLanguage();
}

async function switchLanguage() {
  i18n.setLanguage(i18n.language() === 'en' ? 'hi' : 'en');
  applyLanguage();
  i18n.saveLanguage(i18n.language());
  if (model) await showDoc();
  refreshRecent();
}

// ---- the reader's own types ---------------------------------------------

const typeForm = new TypeForm(ui.typeForm, {
  list: () => model?.doc.customTypes || [],
  add: async (def) => {
    if (!model || readOnly) return false;
    model.addType(def);
    applyTypes();
    await marker.draw();
    await onEdit({});
    say(t('typeAdded', def.name, def.key));
    return true;
  },
  say,
});

// ---- sharing -----------------------------------------------------------

// share makes the document's link, or, when it has one, stores the
// document as the link's next version; the link stays the same.
async function share() {
  if (!model || readOnly) return;
  ui.share.disabled = true;
  ui.updateLink.disabled = true;
  say(t('sharing'));
  try {
    const outcome = await shareDoc(model.doc);
    if (!outcome.ok) { say(outcome.message); return; }
    const link = outcome.share.link;
    model.doc.share = { ...outcome.share, shared: fingerprint(model.doc) };
    model.doc.shareLink = link;
    ui.shareLink.hidden = false;
    ui.shareLink.value = link;
    renderShareState();
    await persist();
    if (outcome.updated) { say(t('linkUpdated', outcome.share.version)); return; }
    ui.shareLink.select();
    let copied = false;
    try { await navigator.clipboard.writeText(link); copied = true; } catch { /* no clipboard permission */ }
    say(t(copied ? 'shared' : 'sharedNoCopy'));
  } finally {
    ui.share.disabled = false;
    ui.updateLink.disabled = false;
  }
}

// renderShareState says which version the link on screen shows and, when
// the document has changed since, how much, with a button to update it.
function renderShareState() {
  const s = !readOnly && model?.doc.share;
  ui.shareState.hidden = !s;
  if (!s) return;
  const n = changesSince(s.shared, model.doc);
  ui.shareStateText.textContent = n ? t('linkBehind', s.version, n) : t('linkCurrent', s.version);
  ui.updateLink.hidden = n === 0;
}

// openShare shows a shared article (its latest version, or the version
// given) read-only; sharing, when given, is its fetch, already under way.
async function openShare(id, version, sharing) {
  say(t('loadingShare'));
  const got = await (sharing || fetchShare(id, version));
  if (!got.ok) { say(t('shareMissing', got.message)); return; }
  const s = got.share;
  const now = Date.now();
  readOnly = true;
  model = new DocModel({
    id: 'share:' + s.id, title: s.title || '', text: s.text, annotations: s.annotations || [],
    customTypes: s.customTypes || [], rejected: [], normalization: null, created: now, modified: now, shareLink: location.href,
  });
  tokens = null;
  renderShareState();
  await showDoc();
  say(version ? t('versionView', version) : t('readOnly'));
}

async function makeCopy() {
  if (!model) return;
  // The copy is a new document: it has no share link until shared itself.
  const doc = { ...model.doc, id: store.newId(), modified: Date.now(), shareLink: undefined, share: undefined };
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
  ui.undo.addEventListener('click', () => marker?.step('undo'));
  ui.redo.addEventListener('click', () => marker?.step('redo'));
  ui.share.addEventListener('click', share);
  ui.updateLink.addEventListener('click', share);
  ui.makeCopy.addEventListener('click', makeCopy);
  ui.showChanges.addEventListener('change', () => ui.output.classList.toggle('show-changes', ui.showChanges.checked));
  ui.exportButton.addEventListener('click', async () => {
    if (model) say(await exportDoc(engine, model.doc, ui.exportFormat.value));
  });
  ui.openFile.addEventListener('change', async () => {
    const files = [...ui.openFile.files];
    if (files.length) await openFiles(files);
    ui.openFile.value = '';
  });
  ui.article.addEventListener('dragover', (e) => e.preventDefault());
  ui.article.addEventListener('drop', async (e) => {
    const files = [...e.dataTransfer.files];
    if (!files.length) return;
    e.preventDefault();
    await openFiles(files);
  });
  window.addEventListener('pagehide', saveDraft);
  window.addEventListener('popstate', () => boot());
}

// openFiles reads the files the reader chose: plain text goes into the
// Article box (Annotate then re-anchors the open document onto it);
// annotations in any format the engine reads open as a document of their
// own, with what the engine reported about them said aloud.
async function openFiles(files) {
  const got = await readFiles(engine, files);
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
    customTypes: d.customTypes || [], unplaced: d.unplaced || [],
    rejected: [], normalization: null, created: Date.parse(d.created) || now, modified: now,
  };
  if (location.pathname !== '/') history.pushState(null, '', '/');
  await openModel(new DocModel(doc), null);
  ui.article.value = doc.text;
  await saveDraft();
  await persist();
  say([t('imported', doc.title || t('untitled')), reportMessage(got.report)].filter(Boolean).join(' '));
}

// sharedAddress is the shared article the address names ({id, version},
// version 0 for the latest), or null.
function sharedAddress() {
  const m = location.pathname.match(/^\/s\/([A-Za-z0-9_-]+)(?:\/v\/([1-9][0-9]*))?\/?$/);
  return m ? { id: m[1], version: m[2] ? Number(m[2]) : 0 } : null;
}

async function boot(sharing) {
  const shared = sharedAddress();
  if (shared) { await openShare(shared.id, shared.version, sharing); return; }
  const current = await store.getState('current').catch(() => null);
  const doc = current && await store.loadDoc(current).catch(() => null);
  if (doc) {
    await openModel(await loadModel(doc), null);
    say(t('opened', doc.title || t('untitled')));
  } else if (readOnly) {
    newDocument();
  }
}

// afterDrawn resolves once the article on screen has its fonts and has
// been painted.
const afterDrawn = () => document.fonts.ready
  .then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

async function start() {
  // A shared page asks for its article before anything else, and starts
  // the engine (needed only to edit a copy) once the article is drawn.
  const shared = sharedAddress();
  const sharing = shared ? fetchShare(shared.id, shared.version) : null;
  const savedLanguage = i18n.savedLanguage();
  i18n.setLanguage(i18n.initialLanguage(savedLanguage));
  applyLanguage();
  wire();
  engine = new EngineClient(onEngineStatus, { start: !sharing });
  engine.ready.catch(() => {});
  learner = new Learner(engine, (message) => { learningPanel.render(); learningPanel.tell(message); });
  learningPanel = new LearningPanel(ui.learning, learner);
  learningPanel.render();
  registerOffline();
  // A shared page shows the share; the annotator's draft waits for the
  // annotator (reading it would only delay the shared article).
  const draft = sharing ? null : await store.getState('draft').catch(() => null);
  if (draft && !ui.article.value) ui.article.value = draft;
  await boot(sharing);
  if (savedLanguage === null) adoptOldLanguage();
  if (sharing) afterDrawn().then(() => engine.start());
  refreshRecent();
}

start();
