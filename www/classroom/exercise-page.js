// The student page, /x/{id}: read the article and instructions, mark the
// entities asked for, add notes, hand in. The work is kept in the browser
// until handed in (draft.js). The first hand-in makes the student one
// student of the class: the answer holds a secret this browser keeps (the
// next hand-in is a new version of the same student's work) and a short
// code to write down and continue on another device. The key and the
// score are shown when the teacher allows: with the student's own
// hand-in, or once revealed to everyone.
import * as api from './api.js';
import { Engine } from './engine.js';
import { Marker } from '/marking/marker.js';
import { DocModel, docFromMarks, marksOf } from '/marking/doc-model.js';
import { TypeSet } from '/marking/types.js';
import { fillToolbar } from '/marking/buttons.js';
import { loadDraft, saveDraft, keepExerciseCopy, exerciseCopy } from './draft.js';
import { scoreTable } from './score-view.js';
import { plain } from './format.js';
import { startLanguage, when } from './language.js';
import { t } from '/i18n.js';
import { el } from '/marking/dom.js';
import { registerOffline } from '/offline.js';

const $ = (id) => document.getElementById(id);
const say = (message) => { $('status').textContent = message; };
const id = decodeURIComponent(location.pathname.split('/')[2] || '');
const lang = startLanguage();

let exercise;
let marker;
let draft;
let closed = false;

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
  if (s) $('submitted').textContent = t('exSubmitted', draft.student?.label || draft.name, s.version, when(s.created, lang));
}

// showIdentity: once the student is known, the name is theirs (the
// teacher may rename it) and the code is on show to write down.
function showIdentity() {
  const st = draft.student;
  $('identity').hidden = !st;
  $('continue-box').hidden = !!st;
  if (!st) return;
  $('identity').replaceChildren(t('exIdentity', st.label), ' ', el('strong', st.code, { className: 'code', lang: 'en' }), ' ', t('exCodeHint'));
  $('name').value = st.label;
  $('name').readOnly = true;
}

function showKeyRule() {
  $('key-rule').textContent = exercise.revealKey ? t('exKeyShown') : exercise.keyAfterHandIn ? t('exKeyAfter') : t('exKeyLater');
}

// showClosed turns the page into a reading copy: nothing can be marked or
// handed in, and the page says why in its language.
function showClosed() {
  closed = true;
  $('closed').hidden = false;
  for (const c of document.querySelectorAll('#main button, #main input')) c.disabled = true;
  if (marker) marker.disabled = true;
  say(t('exClosed'));
}

// showResult draws the score of the last hand-in and the key, when the
// teacher shows it (to everyone, or with this student's hand-in).
async function showResult() {
  const key = exercise.key || draft.submitted?.key;
  if (!key || !draft.submitted) return;
  $('result').hidden = false;
  const score = draft.submitted.score;
  const parts = [];
  if (score) {
    const p = plain(score, key.length);
    const caption = t('exYourScore', draft.submitted.version);
    // A narrow screen scrolls the table, not the page.
    const wrap = el('div', null, { className: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption });
    wrap.append(scoreTable(score, caption));
    parts.push(el('p', t('exScoreSentence', p.found, p.of, p.extra, p.wrongType)), wrap);
  } else {
    parts.push(el('p', t('exRevealedLater')));
  }
  $('score').replaceChildren(...parts);
  const keyView = new Marker({
    container: $('key-article'), model: new DocModel(docFromMarks(exercise.text, key)),
    types: typesOf(exercise), readOnly: true, editorHost: $('key-viewer'),
  });
  await keyView.draw();
}

// refusal words an API error for the student, in the page's language.
function refusal(err) {
  const words = {
    exercise_closed: 'exClosed', too_many_students: 'exClassFull', too_many_versions: 'exTooManyVersions',
    wrong_student_secret: 'exWrongSecret', rate_limited: 'exRateLimited', unknown_student_code: 'exCodeWrong',
  }[err.code];
  if (words) return t(words);
  if (err.code === 'bad_name') return t('exBadName', err.message);
  return t('exHandInFailed', err.message + (err.field ? ` (${err.field})` : ''));
}

async function handIn() {
  if (closed) { showClosed(); return; }
  const name = $('name').value.trim();
  if (!draft.student && !name) { say(t('exNameFirst')); $('name').focus(); return; }
  $('submit').disabled = true;
  say(t('exHandingIn'));
  let receipt;
  try {
    receipt = await api.submit(id, draft.student ? { studentSecret: draft.student.secret } : { name }, draft.marks);
  } catch (err) {
    if (err.code === 'exercise_closed') { showClosed(); return; }
    $('submit').disabled = false;
    say(err.status === 0 ? t('exHandInFailed', err.message) : refusal(err));
    if (err.code === 'wrong_student_secret') $('continue-box').hidden = false;
    return;
  }
  $('submit').disabled = false;
  if (receipt.studentSecret) {
    draft.student = { id: receipt.studentId, label: receipt.label, secret: receipt.studentSecret, code: receipt.studentCode };
  }
  draft.student.label = receipt.label;
  draft.submitted = { version: receipt.version, created: receipt.created, score: receipt.score || null, key: receipt.key || null };
  keep();
  showIdentity();
  showSubmitted();
  say(t('exHandedIn', receipt.version) + (receipt.studentCode ? ' ' + t('exWriteCode', receipt.studentCode) : ''));
  await showResult();
}

// continueHere gives this device the student's identity from their code,
// and their latest work when nothing is marked here yet (marks made here
// are never replaced).
async function continueHere() {
  const code = $('code').value.trim();
  if (!code) { $('code').focus(); return; }
  let res;
  try {
    res = await api.continueWith(id, code);
  } catch (err) {
    say(err.code === 'bad_field' ? t('exCodeBad') : refusal(err));
    return;
  }
  draft.student = { id: res.studentId, label: res.label, secret: res.studentSecret, code: code.toUpperCase() };
  if (res.version > 0) draft.submitted = { version: res.version, created: res.created, score: res.score || null, key: res.key || null };
  const takeWork = !draft.marks.length && res.annotations.length;
  if (takeWork) draft.marks = res.annotations;
  keep();
  if (takeWork) { location.reload(); return; }
  showIdentity();
  showSubmitted();
  say(t('exContinued', res.label, res.version));
  await showResult();
}

// checkOpen asks again whether the exercise is open when the student comes
// back to the page, so a page left open while the teacher closed it says
// so before any more work goes into it.
let lastCheck = Date.now();
async function checkOpen() {
  if (closed || document.hidden || Date.now() - lastCheck < 15_000) return;
  lastCheck = Date.now();
  try {
    const fresh = await api.getExercise(id);
    exercise = fresh;
    keepExerciseCopy(id, fresh);
    showKeyRule();
    if (fresh.closed) showClosed();
  } catch { /* offline: the hand-in will tell */ }
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
  showKeyRule();
  if (exercise.closed) showClosed();
  else say(t('exBackOnline'));
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

// showRoster offers the class list's names not yet taken as the name
// field's suggestions (the field stays a plain text box without a list).
function showRoster() {
  const names = (exercise.roster || []).filter((r) => !r.claimed).map((r) => el('option', null, { value: r.name }));
  $('roster-names').replaceChildren(...names);
  if (names.length) $('name').setAttribute('list', 'roster-names');
  else $('name').removeAttribute('list');
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
  document.title = `${exercise.title} — ${t('exPageTitle')}`;
  $('ex-title').textContent = exercise.title;
  $('instructions').textContent = exercise.instructions || '';
  const types = typesOf(exercise);
  $('find').textContent = t('exFind', types.codes.map((c) => types.name(c)));
  draft = loadDraft(id);
  draft.marks = usable(draft.marks, [...exercise.text].length, exercise.types);
  $('name').value = draft.name;
  showRoster();
  showKeyRule();

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
  showIdentity();
  $('main').hidden = false;

  if (exercise.hints) {
    $('hints-toggle').hidden = false;
    $('show-hints').addEventListener('change', () => toggleHints(engine));
  }
  $('name').addEventListener('input', () => { draft.name = $('name').value; keep(); });
  $('submit').addEventListener('click', handIn);
  $('continue').addEventListener('click', continueHere);
  addEventListener('focus', checkOpen);
  document.addEventListener('visibilitychange', checkOpen);
  if (exercise.closed) {
    showClosed();
  } else {
    say(offline ? t('exOfflineCopy') : draft.marks.length ? t('exDraftBack') : t('exBegin'));
  }
  if (offline) addEventListener('online', refresh, { once: true });
  await showResult();
}

registerOffline();
start();
