// The student page, /x/{id}: read the article and instructions, mark the
// entities asked for, add notes, hand in under a name. The work is kept in
// the browser until handed in (draft.js); handing in again stores a new
// version. Once the teacher reveals the key, it is shown with the score.
import * as api from './api.js';
import { Engine } from './engine.js';
import { Marker } from '/marking/marker.js';
import { DocModel, docFromMarks, marksOf } from '/marking/doc-model.js';
import { TypeSet } from '/marking/types.js';
import { fillToolbar } from '/marking/buttons.js';
import { loadDraft, saveDraft, keepExerciseCopy, exerciseCopy } from './draft.js';
import { scoreTable } from './score-view.js';
import * as i18n from '/i18n.js';
import { t } from '/i18n.js';
import { el } from '/marking/dom.js';
import { registerOffline } from '/offline.js';

const $ = (id) => document.getElementById(id);
const say = (message) => { $('status').textContent = message; };
const id = decodeURIComponent(location.pathname.split('/')[2] || '');
const LANG_KEY = 'tippani.classroom.lang';

// The student's language: their earlier choice on this page, else the
// browser's (Hindi for any "hi" tag).
function studentLanguage() {
  let saved = null;
  try { saved = localStorage.getItem(LANG_KEY); } catch { /* no storage */ }
  return i18n.initialLanguage(saved);
}
function keepLanguage(lang) {
  try { localStorage.setItem(LANG_KEY, lang); } catch { /* choice not kept */ }
}
const lang = studentLanguage();
i18n.setLanguage(lang);

let exercise;
let marker;
let draft;

function keep() {
  const problem = saveDraft(id, draft);
  if (problem) say(problem);
}

function showCount() {
  $('mark-count').textContent = t('exCount', draft.marks.length);
}

function showSubmitted() {
  const s = draft.submitted;
  $('submitted').hidden = !s;
  if (s) $('submitted').textContent = t('exSubmitted', draft.name, s.version, new Date(s.created).toLocaleString(lang === 'hi' ? 'hi-IN' : undefined));
}

function showClosed() {
  $('closed').hidden = false;
  $('submit').disabled = true;
  marker.disabled = true;
}

// showResult draws the score of the last hand-in and the key, when the
// teacher has revealed it.
async function showResult() {
  if (!exercise.revealKey || !exercise.key || !draft.submitted) return;
  $('result').hidden = false;
  const score = draft.submitted.score;
  $('score').replaceChildren(score
    ? scoreTable(score, t('exYourScore', draft.submitted.version))
    : el('p', t('exRevealedLater')));
  const keyView = new Marker({
    container: $('key-article'), model: new DocModel(docFromMarks(exercise.text, exercise.key)),
    types: typesOf(exercise), readOnly: true, editorHost: $('key-viewer'),
  });
  await keyView.draw();
}

async function handIn() {
  const name = $('name').value.trim();
  if (!name) { say(t('exNameFirst')); $('name').focus(); return; }
  $('submit').disabled = true;
  say(t('exHandingIn'));
  let receipt;
  try {
    receipt = await api.submit(id, name, draft.marks);
  } catch (err) {
    if (err.status === 409) { showClosed(); say(err.message); return; }
    $('submit').disabled = false;
    say(t('exHandInFailed', err.message + (err.field ? ` (${err.field})` : '')));
    return;
  }
  $('submit').disabled = false;
  draft.name = receipt.name;
  draft.submitted = { version: receipt.version, created: receipt.created, score: receipt.score || null };
  keep();
  showSubmitted();
  say(t('exHandedIn', receipt.version));
  if (!exercise.revealKey) return;
  try {
    exercise = await api.getExercise(id);
    await showResult();
  } catch (err) {
    say(t('exKeyFailed', err.message));
  }
}

// showHints draws the model's suggestions beside the student's marks.
async function showHints(hints) {
  marker.model.setSuggestions(hints);
  await marker.draw();
}

const typesOf = (ex) => new TypeSet(ex.customTypes || [], ex.types);

async function toggleHints(engine) {
  if (!$('show-hints').checked) { await showHints([]); return; }
  say(t('exAskingModel'));
  try {
    const res = await engine.annotate(exercise.text);
    const hints = res.text === exercise.text ? res.entities.filter((e) => exercise.types.includes(e.type)) : [];
    await showHints(hints);
    say(t('exHintsShown', hints.length));
  } catch (err) {
    say(t('exNoHints', err.message));
  }
}

// refresh reloads the exercise once the network is back after an offline
// start: the kept copy is brought up to date, and a student whose
// exercise was closed meanwhile learns it before handing in.
async function refresh() {
  try {
    exercise = await api.getExercise(id);
    keepExerciseCopy(id, exercise);
  } catch {
    addEventListener('online', refresh, { once: true });
    return;
  }
  if (exercise.closed) {
    showClosed();
    say(t('exClosed'));
  } else {
    say(t('exBackOnline'));
  }
}

// usable keeps the draft marks that still fit the exercise (in range, of
// an asked-for type, not overlapping), in case stored data was damaged.
function usable(marks, length, types) {
  const ok = [];
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    const fits = Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.start < m.end && m.end <= length;
    if (fits && types.includes(m.type) && !(ok.length && ok[ok.length - 1].end > m.start)) ok.push(m);
  }
  return ok;
}

async function start() {
  if (!id) { say(t('exNoId')); return; }
  let offline = false;
  try {
    exercise = await api.getExercise(id);
    keepExerciseCopy(id, exercise);
  } catch (err) {
    // Offline (the server was not reached), the copy kept at the last
    // visit opens the exercise; the student marks on, and hands in later.
    exercise = err.status === 0 ? exerciseCopy(id) : null;
    if (!exercise) {
      say(err.status === 404 ? t('exNotFound') : t('exLoadFailed', err.message));
      return;
    }
    offline = true;
  }
  document.title = `${exercise.title} — Tippani exercise`;
  $('ex-title').textContent = exercise.title;
  $('instructions').textContent = exercise.instructions || '';
  const types = typesOf(exercise);
  $('find').textContent = t('exFind', types.codes.map((c) => types.name(c)));
  draft = loadDraft(id);
  draft.marks = usable(draft.marks, [...exercise.text].length, exercise.types);
  $('name').value = draft.name;

  const engine = new Engine({ onFailed: (m) => say(t('exEngineFailed', m)) });
  marker = new Marker({
    container: $('article'), model: new DocModel(docFromMarks(exercise.text, draft.marks)), types, hints: true,
    editorHost: $('editor'), offerHost: $('offer'),
    tokens: () => engine.tokens(exercise.text).catch(() => []),
    validate: (mark) => engine.problem(exercise.text, mark, exercise.customTypes || []).catch(() => null),
    occurrences: (span) => engine.occurrences(exercise.text, span).catch(() => null),
    say,
    onChange: () => { draft.marks = marksOf(marker.model); keep(); showCount(); },
  });
  fillToolbar($('type-buttons'), marker);
  await marker.draw();
  showCount();
  showSubmitted();
  $('main').hidden = false;

  if (exercise.hints) {
    $('hints-toggle').hidden = false;
    $('show-hints').addEventListener('change', () => toggleHints(engine));
  }
  $('name').addEventListener('input', () => { draft.name = $('name').value; keep(); });
  $('submit').addEventListener('click', handIn);
  if (exercise.closed) {
    showClosed();
    say(t('exClosed'));
  } else {
    say(offline ? t('exOfflineCopy') : draft.marks.length ? t('exDraftBack') : t('exBegin'));
  }
  if (offline) addEventListener('online', refresh, { once: true });
  await showResult();
}

i18n.apply();
$('lang').addEventListener('click', () => {
  // The draft is already kept, so a reload in the other language loses nothing.
  keepLanguage(lang === 'hi' ? 'en' : 'hi');
  location.reload();
});
registerOffline();
start();
