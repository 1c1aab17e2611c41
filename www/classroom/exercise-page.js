// The student page, /x/{id}: read the article and instructions, mark the
// entities asked for, add notes, hand in under a name. The work is kept in
// the browser until handed in (draft.js); handing in again stores a new
// version. Once the teacher reveals the key, it is shown with the score.
import * as api from './api.js';
import { Engine } from './engine.js';
import { Marker } from './marker.js';
import { loadDraft, saveDraft, keepExerciseCopy, exerciseCopy } from './draft.js';
import { scoreTable } from './score-view.js';
import { studentLanguage, keepLanguage, wordsFor, applyWords } from './words.js';
import { el } from './format.js';
import { registerOffline } from '/offline.js';

const $ = (id) => document.getElementById(id);
const say = (message) => { $('status').textContent = message; };
const id = decodeURIComponent(location.pathname.split('/')[2] || '');
const lang = studentLanguage();
const w = wordsFor(lang);

let exercise;
let marker;
let draft;

function keep() {
  const problem = saveDraft(id, draft);
  if (problem) say(problem);
}

function showCount() {
  $('mark-count').textContent = w.count(draft.marks.length);
}

function showSubmitted() {
  const s = draft.submitted;
  $('submitted').hidden = !s;
  if (s) $('submitted').textContent = w.submitted(draft.name, s.version, new Date(s.created).toLocaleString(lang === 'hi' ? 'hi-IN' : undefined));
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
    ? scoreTable(score, w.yourScore(draft.submitted.version), w)
    : el('p', w.revealedLater));
  const keyView = new Marker({ container: $('key-article'), text: exercise.text, types: exercise.types, words: w });
  await keyView.setMarks(exercise.key);
}

async function handIn() {
  const name = $('name').value.trim();
  if (!name) { say(w.nameFirst); $('name').focus(); return; }
  $('submit').disabled = true;
  say(w.handingIn);
  let receipt;
  try {
    receipt = await api.submit(id, name, draft.marks);
  } catch (err) {
    if (err.status === 409) { showClosed(); say(err.message); return; }
    $('submit').disabled = false;
    say(w.handInFailed(err.message + (err.field ? ` (${err.field})` : '')));
    return;
  }
  $('submit').disabled = false;
  draft.name = receipt.name;
  draft.submitted = { version: receipt.version, created: receipt.created, score: receipt.score || null };
  keep();
  showSubmitted();
  say(w.handedIn(receipt.version));
  if (!exercise.revealKey) return;
  try {
    exercise = await api.getExercise(id);
    await showResult();
  } catch (err) {
    say(w.keyFailed(err.message));
  }
}

async function toggleHints(engine) {
  if (!$('show-hints').checked) { await marker.setHints([]); return; }
  say(w.askingModel);
  try {
    const res = await engine.annotate(exercise.text);
    const hints = res.text === exercise.text ? res.entities.filter((e) => exercise.types.includes(e.type)) : [];
    await marker.setHints(hints);
    say(w.hintsShown(hints.length));
  } catch (err) {
    say(w.noHints(err.message));
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
    say(w.closed);
  } else {
    say(w.backOnline);
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
  if (!id) { say(w.noId); return; }
  let offline = false;
  try {
    exercise = await api.getExercise(id);
    keepExerciseCopy(id, exercise);
  } catch (err) {
    // Offline (the server was not reached), the copy kept at the last
    // visit opens the exercise; the student marks on, and hands in later.
    exercise = err.status === 0 ? exerciseCopy(id) : null;
    if (!exercise) {
      say(err.status === 404 ? w.notFound : w.loadFailed(err.message));
      return;
    }
    offline = true;
  }
  document.title = `${exercise.title} — Tippani exercise`;
  $('ex-title').textContent = exercise.title;
  $('instructions').textContent = exercise.instructions || '';
  $('find').textContent = w.find(exercise.types);
  draft = loadDraft(id);
  draft.marks = usable(draft.marks, [...exercise.text].length, exercise.types);
  $('name').value = draft.name;

  const engine = new Engine({ onFailed: (m) => say(w.engineFailed(m)) });
  marker = new Marker({
    container: $('article'), text: exercise.text, types: exercise.types, editorHost: $('editor'),
    tokens: () => engine.tokens(exercise.text).catch(() => []),
    validate: (mark) => engine.problem(exercise.text, mark).catch(() => null),
    say,
    words: w,
    onChange: (marks) => { draft.marks = marks; keep(); showCount(); },
  });
  marker.toolbar($('type-buttons'));
  await marker.setMarks(draft.marks);
  draft.marks = marker.marks;
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
    say(w.closed);
  } else {
    say(offline ? w.offlineCopy : draft.marks.length ? w.draftBack : w.begin);
  }
  if (offline) addEventListener('online', refresh, { once: true });
  await showResult();
}

applyWords(w, lang);
$('lang').addEventListener('click', () => {
  // The draft is already kept, so a reload in the other language loses nothing.
  keepLanguage(lang === 'hi' ? 'en' : 'hi');
  location.reload();
});
registerOffline();
start();
