// The exercise maker, /class: a teacher pastes an article (or takes the
// latest document from the main annotator), writes instructions, picks the
// entity types, corrects an answer key that starts from the model's
// suggestions, and creates the exercise. The page then shows the student
// link and the teacher link (whose token sits after "#"). Everything the
// teacher types or corrects is kept in this browser as it happens
// (maker-draft.js), so a reload brings back the article, the settings,
// the key and, once made, the exercise's links.
import * as api from './api.js';
import { Engine } from './engine.js';
import { Marker } from '/marking/marker.js';
import { DocModel, docFromMarks, marksOf } from '/marking/doc-model.js';
import { TypeSet } from '/marking/types.js';
import { fillToolbar } from '/marking/buttons.js';
import { t, tIn } from '/i18n.js';
import { startLanguage } from './language.js';
import { rememberToken } from './teacher-token.js';
import { loadMakerDraft, saveMakerDraft, dropMakerDraft } from './maker-draft.js';
import { el } from '/marking/dom.js';
import { registerOffline } from '/offline.js';

const $ = (id) => document.getElementById(id);
const say = (message) => { $('status').textContent = message; };
const DEFAULT_TYPES = ['PER', 'LOC', 'ORG'];
startLanguage();

let marker = null; // the key being corrected
let prepared = null; // {text, types, customTypes} the key is on
let customTypes = []; // the reader's own types, from the latest document
let latestDoc = null; // the main app's latest document, if the teacher took it
let created = null; // {id, studentUrl, teacherUrl} once the exercise exists
let restored = false; // the page came back from a kept draft

const engine = new Engine({
  onReady: () => {
    if (!keyShown()) $('prepare').disabled = false;
    if (!restored) say(t('mkReady'));
  },
  onFailed: (m) => say(t('mkEngineFailed', m)),
});

const keyShown = () => !$('key-section').hidden;

// keep stores the page's state as the draft; it runs after every change.
// Typing calls keepSoon instead, which waits for a pause (the article may
// be long), and leaving the page stores what is pending.
let keepTimer;
function keepSoon() {
  clearTimeout(keepTimer);
  keepTimer = setTimeout(keep, 250);
}
function keep() {
  clearTimeout(keepTimer);
  const problem = saveMakerDraft({
    title: $('title').value,
    article: $('article').value,
    instructions: $('instructions').value,
    types: chosenTypes(),
    startFromModel: $('start-from-model').checked,
    key: prepared && marker && keyShown()
      ? { text: prepared.text, types: prepared.types, customTypes: prepared.customTypes, marks: marksOf(marker.model), hints: $('hints').checked, revealKey: revealChoice(), roster: $('roster').value }
      : null,
    created,
  });
  if (problem) say(problem);
}

// buildTypeChoices offers the five types and the reader's own ones (from
// the latest document), each named in English and Hindi.
function buildTypeChoices(chosen = DEFAULT_TYPES) {
  const types = new TypeSet(customTypes);
  $('types').querySelectorAll('label').forEach((l) => l.remove());
  for (const type of types.codes) {
    const label = el('label', null, { className: 'check' });
    const box = el('input', null, { type: 'checkbox', value: type });
    box.checked = chosen.includes(type);
    const def = types.def(type);
    const hindi = def ? def.nameHi || '' : tIn('hi', 'typeNames')[type];
    label.append(box, ` ${types.name(type)} `, el('span', hindi, { lang: 'hi' }));
    $('types').append(label);
  }
}

// The key's release: "afterHandIn" (each student with their own hand-in)
// or "false" (only once the teacher reveals it).
const revealChoice = () => document.querySelector('input[name="reveal"]:checked')?.value || 'afterHandIn';
function setRevealChoice(v) {
  // Drafts from before the choice kept a boolean: true meant "after hand-in".
  const value = v === false || v === 'false' ? 'false' : 'afterHandIn';
  for (const r of document.querySelectorAll('input[name="reveal"]')) r.checked = r.value === value;
}

// rosterNames is the class list, one name per line, blank lines dropped.
const rosterNames = () => $('roster').value.split('\n').map((n) => n.trim()).filter(Boolean);

const chosenTypes = () => [...$('types').querySelectorAll('input:checked')].map((b) => b.value);

// offerLatest offers the document the teacher last worked on in the main
// annotator (kept in this browser's IndexedDB), with its corrected marks.
async function offerLatest() {
  try {
    const store = await import('/store.js');
    const [recent] = await store.recentDocs(1);
    if (!recent) return;
    const button = $('use-latest');
    button.textContent = t('mkUseLatest', recent.title || t('untitled'), recent.count);
    button.hidden = false;
    button.addEventListener('click', async () => {
      latestDoc = await store.loadDoc(recent.id);
      if (!latestDoc) return;
      if (latestDoc.customTypes?.length) {
        customTypes = latestDoc.customTypes;
        buildTypeChoices(chosenTypes().concat(customTypes.map((c) => c.code)));
      }
      $('article').value = latestDoc.text;
      if (!$('title').value.trim()) $('title').value = latestDoc.title || '';
      keep();
      say(t('mkLatestIn'));
    });
  } catch { /* no saved documents in this browser */ }
}

function setSetupEnabled(on) {
  for (const c of $('setup').querySelectorAll('input, textarea, button')) c.disabled = !on;
}

const firstLine = (text) => text.split('\n').map((l) => l.trim()).find(Boolean)?.slice(0, 80) || t('mkUntitled');

async function prepare() {
  const raw = $('article').value;
  const types = chosenTypes();
  if (!raw.trim()) { say(t('mkArticleFirst')); $('article').focus(); return; }
  if (!types.length) { say(t('mkTypeFirst')); return; }
  setSetupEnabled(false);
  say(t('mkReading'));
  let res;
  try {
    // Blank lines around a paste are not part of the article; a document
    // from the main app is taken as it is, so its marks' offsets still fit.
    res = await engine.annotate(latestDoc && raw === latestDoc.text ? raw : raw.trim());
  } catch (err) {
    setSetupEnabled(true);
    say(t('mkCouldNotRead', err.message));
    return;
  }
  if (!$('title').value.trim()) $('title').value = firstLine(res.text);
  let start = [];
  if (latestDoc && latestDoc.text === res.text) start = latestDoc.annotations;
  else if ($('start-from-model').checked) start = res.entities;
  start = start.filter((a) => types.includes(a.type));

  await showKey(res.text, types, start, customTypes.filter((c) => types.includes(c.code)));
  keep();
  say(t('mkKeyStarts', start.length, res.normalization?.changes || 0));
  $('key-heading').scrollIntoView({ block: 'start' });
}

// showKey opens the answer key on the display text, starting from marks.
async function showKey(text, types, marks, custom = []) {
  if (marker) marker.disabled = true; // a key on an earlier text
  prepared = { text, types, customTypes: custom };
  marker = new Marker({
    container: $('key-article'), model: new DocModel(docFromMarks(text, marks)),
    types: new TypeSet(custom, types), editorHost: $('key-editor'), offerHost: $('key-offer'),
    tokens: () => engine.tokens(text),
    validate: (mark) => engine.problem(text, mark, custom),
    occurrences: (span) => engine.occurrences(text, span),
    say,
    onChange: () => { showKeyCount(); keep(); },
  });
  fillToolbar($('key-buttons'), marker);
  await marker.draw();
  showKeyCount();
  setSetupEnabled(false);
  $('key-section').hidden = false;
}

function showKeyCount() {
  const marks = marksOf(marker.model);
  const counts = prepared.types.map((t) => `${marks.filter((m) => m.type === t).length} ${marker.types.name(t)}`);
  $('key-count').textContent = t('mkKeyCount', marks.length, counts);
}

async function create() {
  const body = {
    title: $('title').value.trim(),
    instructions: $('instructions').value.trim(),
    text: prepared.text,
    types: prepared.types,
    key: marksOf(marker.model),
    hints: $('hints').checked,
    revealKey: revealChoice() === 'afterHandIn' ? 'afterHandIn' : false,
  };
  const roster = rosterNames();
  if (roster.length) body.roster = roster;
  if (prepared.customTypes.length) body.customTypes = prepared.customTypes;
  $('create').disabled = true;
  say(t('mkCreating'));
  try {
    const made = await api.createExercise(body);
    rememberToken(made.id, made.teacherToken);
    // The links come relative when the server has no public origin set
    // (PUBLIC_ORIGIN): a teacher copies them into messages, so they are
    // made whole against this page's own address.
    const whole = (u) => new URL(u, location.origin).href;
    created = { id: made.id, studentUrl: whole(made.studentUrl), teacherUrl: whole(made.teacherUrl) };
    keep();
    showCreated();
    say(t('mkReadyToShare'));
    $('created-heading').focus();
  } catch (err) {
    $('create').disabled = false;
    say(t('mkCreateFailed', err.message + (err.field ? ` (${err.field})` : '')));
  }
}

// showCreated shows the exercise's links and locks the key it was made from.
function showCreated() {
  $('student-link').value = created.studentUrl;
  $('teacher-link').value = created.teacherUrl;
  $('open-dashboard').href = created.teacherUrl;
  $('created').hidden = false;
  marker.disabled = true;
  $('key-section').querySelectorAll('button, input, textarea').forEach((c) => { c.disabled = true; });
}

// restore brings back a kept draft: the setup, then the key, then the
// links of an exercise already made from it.
async function restore() {
  const d = loadMakerDraft();
  if (!d) return;
  restored = true;
  $('title').value = d.title;
  $('article').value = d.article;
  $('instructions').value = d.instructions;
  customTypes = d.key?.customTypes || [];
  buildTypeChoices(d.types.length ? d.types : DEFAULT_TYPES);
  $('start-from-model').checked = d.startFromModel;
  if (!d.key) {
    say(t('mkDraftBack'));
    return;
  }
  $('hints').checked = d.key.hints;
  setRevealChoice(d.key.revealKey);
  $('roster').value = d.key.roster || '';
  await showKey(d.key.text, d.key.types, d.key.marks, d.key.customTypes || []);
  if (d.created) {
    created = d.created;
    showCreated();
    say(t('mkMadeEarlier'));
    return;
  }
  say(t('mkKeyBack', marksOf(marker.model).length));
}

function startOver() {
  removeEventListener('pagehide', keep); // or leaving would store the draft again
  clearTimeout(keepTimer);
  dropMakerDraft();
  location.reload();
}

async function copy(input) {
  try {
    await navigator.clipboard.writeText(input.value);
    say(t('mkCopied'));
  } catch {
    input.select();
    say(t('mkPressCopy'));
  }
}

registerOffline();
buildTypeChoices();
try {
  await restore();
} catch (err) {
  say(t('mkNotBack', err.message));
}
offerLatest();
$('setup').addEventListener('input', keepSoon);
$('hints').addEventListener('input', keep);
for (const r of document.querySelectorAll('input[name="reveal"]')) r.addEventListener('input', keep);
$('roster').addEventListener('input', keepSoon);
addEventListener('pagehide', keep);
$('prepare').addEventListener('click', prepare);
$('article').addEventListener('input', () => { latestDoc = latestDoc && $('article').value === latestDoc.text ? latestDoc : null; });
$('clear-key').addEventListener('click', async () => {
  marker.model.removeMany(marker.model.annotations);
  await marker.draw();
  showKeyCount();
  keep();
  say(t('mkKeyCleared'));
});
$('back').addEventListener('click', () => {
  marker.disabled = true;
  $('key-section').hidden = true;
  setSetupEnabled(true);
  keep();
  say(t('mkChangeThen'));
});
$('create').addEventListener('click', create);
$('copy-student').addEventListener('click', () => copy($('student-link')));
$('copy-teacher').addEventListener('click', () => copy($('teacher-link')));
$('start-over').addEventListener('click', startOver);
