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
import { Marker } from './marker.js';
import { TYPES, typeName, hindiName } from './types.js';
import { rememberToken } from './teacher-token.js';
import { loadMakerDraft, saveMakerDraft, dropMakerDraft } from './maker-draft.js';
import { el } from './format.js';
import { registerOffline } from '/offline.js';

const $ = (id) => document.getElementById(id);
const say = (message) => { $('status').textContent = message; };
const DEFAULT_TYPES = ['PER', 'LOC', 'ORG'];

let marker = null; // the key being corrected
let prepared = null; // {text, types} the key is on
let latestDoc = null; // the main app's latest document, if the teacher took it
let created = null; // {id, studentUrl, teacherUrl} once the exercise exists
let restored = false; // the page came back from a kept draft

const engine = new Engine({
  onReady: () => {
    if (!keyShown()) $('prepare').disabled = false;
    if (!restored) say('Paste a Hindi article, choose what students must find, and prepare the key.');
  },
  onFailed: (m) => say(`The engine did not start (${m}). Reload the page to try again.`),
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
      ? { text: prepared.text, types: prepared.types, marks: marker.marks, hints: $('hints').checked, revealKey: $('reveal').checked }
      : null,
    created,
  });
  if (problem) say(problem);
}

function buildTypeChoices() {
  for (const type of TYPES) {
    const label = el('label', null, { className: 'check' });
    const box = el('input', null, { type: 'checkbox', value: type });
    box.checked = DEFAULT_TYPES.includes(type);
    const hi = el('span', hindiName(type), { lang: 'hi' });
    label.append(box, ` ${typeName(type)} `, hi);
    $('types').append(label);
  }
}

const chosenTypes = () => [...$('types').querySelectorAll('input:checked')].map((b) => b.value);

// offerLatest offers the document the teacher last worked on in the main
// annotator (kept in this browser's IndexedDB), with its corrected marks.
async function offerLatest() {
  try {
    const store = await import('/store.js');
    const [recent] = await store.recentDocs(1);
    if (!recent) return;
    const button = $('use-latest');
    button.textContent = `Use my latest document: ${recent.title || 'untitled'} (${recent.count} marks)`;
    button.hidden = false;
    button.addEventListener('click', async () => {
      latestDoc = await store.loadDoc(recent.id);
      if (!latestDoc) return;
      $('article').value = latestDoc.text;
      if (!$('title').value.trim()) $('title').value = latestDoc.title || '';
      keep();
      say('The document is in the Article box; its marks will start the key.');
    });
  } catch { /* no saved documents in this browser */ }
}

function setSetupEnabled(on) {
  for (const c of $('setup').querySelectorAll('input, textarea, button')) c.disabled = !on;
}

const firstLine = (text) => text.split('\n').map((l) => l.trim()).find(Boolean)?.slice(0, 80) || 'Exercise';

async function prepare() {
  const raw = $('article').value;
  const types = chosenTypes();
  if (!raw.trim()) { say('Paste the article first.'); $('article').focus(); return; }
  if (!types.length) { say('Choose at least one type for students to find.'); return; }
  setSetupEnabled(false);
  say('Reading the article…');
  let res;
  try {
    // Blank lines around a paste are not part of the article; a document
    // from the main app is taken as it is, so its marks' offsets still fit.
    res = await engine.annotate(latestDoc && raw === latestDoc.text ? raw : raw.trim());
  } catch (err) {
    setSetupEnabled(true);
    say(`The engine could not read the article: ${err.message}`);
    return;
  }
  if (!$('title').value.trim()) $('title').value = firstLine(res.text);
  let start = [];
  if (latestDoc && latestDoc.text === res.text) start = latestDoc.annotations;
  else if ($('start-from-model').checked) start = res.entities;
  start = start.filter((a) => types.includes(a.type));

  await showKey(res.text, types, start);
  keep();
  const changed = res.normalization?.changes ? ` The text was put in standard Unicode form (${res.normalization.changes} changes).` : '';
  say(`The key starts with ${start.length} marks; correct it below.${changed}`);
  $('key-heading').scrollIntoView({ block: 'start' });
}

// showKey opens the answer key on the display text, starting from marks.
async function showKey(text, types, marks) {
  if (marker) marker.disabled = true; // a key on an earlier text
  $('key-buttons').replaceChildren();
  prepared = { text, types };
  marker = new Marker({
    container: $('key-article'), text, types, editorHost: $('key-editor'),
    tokens: () => engine.tokens(text),
    validate: (mark) => engine.problem(text, mark),
    say,
    onChange: () => { showKeyCount(); keep(); },
  });
  marker.toolbar($('key-buttons'));
  await marker.setMarks(marks);
  showKeyCount();
  setSetupEnabled(false);
  $('key-section').hidden = false;
}

function showKeyCount() {
  const counts = prepared.types.map((t) => `${marker.marks.filter((m) => m.type === t).length} ${typeName(t)}`);
  $('key-count').textContent = `The key has ${marker.marks.length} marks: ${counts.join(', ')}.`;
}

async function create() {
  const body = {
    title: $('title').value.trim(),
    instructions: $('instructions').value.trim(),
    text: prepared.text,
    types: prepared.types,
    key: marker.marks.map(({ start, end, type, note }) => (note ? { start, end, type, note } : { start, end, type })),
    hints: $('hints').checked,
    revealKey: $('reveal').checked,
  };
  $('create').disabled = true;
  say('Creating the exercise…');
  try {
    const made = await api.createExercise(body);
    rememberToken(made.id, made.teacherToken);
    created = { id: made.id, studentUrl: made.studentUrl, teacherUrl: made.teacherUrl };
    keep();
    showCreated();
    say('The exercise is ready. Give the student link to the class.');
    $('created-heading').focus();
  } catch (err) {
    $('create').disabled = false;
    say(`Could not create the exercise: ${err.message}${err.field ? ` (${err.field})` : ''}`);
  }
}

// showCreated shows the exercise's links and locks the key it was made from.
function showCreated() {
  $('student-link').value = created.studentUrl;
  $('teacher-link').value = created.teacherUrl;
  $('open-dashboard').href = created.teacherUrl;
  $('created').hidden = false;
  marker.disabled = true;
  $('key-section').querySelectorAll('button, input').forEach((c) => { c.disabled = true; });
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
  if (d.types.length) for (const box of $('types').querySelectorAll('input')) box.checked = d.types.includes(box.value);
  $('start-from-model').checked = d.startFromModel;
  if (!d.key) {
    say('Your unfinished exercise is back as you left it.');
    return;
  }
  $('hints').checked = d.key.hints;
  $('reveal').checked = d.key.revealKey;
  await showKey(d.key.text, d.key.types, d.key.marks);
  if (d.created) {
    created = d.created;
    showCreated();
    say('This exercise was made earlier: its links are below. Start a new exercise to make another.');
    return;
  }
  say(`Your answer key is back as you left it, with ${marker.marks.length} marks.`);
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
    say('Copied.');
  } catch {
    input.select();
    say('Press Ctrl+C to copy the selected link.');
  }
}

registerOffline();
buildTypeChoices();
try {
  await restore();
} catch (err) {
  say(`Your kept work could not be brought back (${err.message}).`);
}
offerLatest();
$('setup').addEventListener('input', keepSoon);
$('hints').addEventListener('input', keep);
$('reveal').addEventListener('input', keep);
addEventListener('pagehide', keep);
$('prepare').addEventListener('click', prepare);
$('article').addEventListener('input', () => { latestDoc = latestDoc && $('article').value === latestDoc.text ? latestDoc : null; });
$('clear-key').addEventListener('click', async () => { await marker.setMarks([]); showKeyCount(); say('The key is empty; mark the entities yourself.'); });
$('back').addEventListener('click', () => {
  marker.disabled = true;
  $('key-section').hidden = true;
  setSetupEnabled(true);
  keep();
  say('Change the article or the types, then prepare the key again.');
});
$('create').addEventListener('click', create);
$('copy-student').addEventListener('click', () => copy($('student-link')));
$('copy-teacher').addEventListener('click', () => copy($('teacher-link')));
$('start-over').addEventListener('click', startOver);
