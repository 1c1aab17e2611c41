// The teacher's dashboard, /t/{id}#token=…: each student's latest hand-in
// in words ("found 9 of 32, 3 extra, 2 wrong type") with a bar, the
// statistics one click away, what the class missed grouped by name, the
// spans outside the key, the heat map, notes and agreement in one
// sentence; the score sheet as CSV; switches to close the exercise and to
// choose when students see the key; renaming and merging students.
// Students come a page at a time. The token is read from the fragment,
// kept in this browser, and sent only as an Authorization header.
import * as api from './api.js';
import { takeToken, rememberToken, forgetToken } from './teacher-token.js';
import { scoresTable, byTypeTable } from './scores-table.js';
import { fillGlance, fillMissed, fillExtra, fillNotes, describeAgreement } from './class-views.js';
import { drawHeat, fillHeatList, heatLegend } from './heatmap.js';
import { startLanguage } from './language.js';
import { BUILT_IN as TYPES, typeName } from '/marking/types.js';
import { t } from '/i18n.js';
import { el } from '/marking/dom.js';
import { registerOffline } from '/offline.js';

const $ = (id) => document.getElementById(id);
const say = (message) => { $('status').textContent = message; };
const id = decodeURIComponent(location.pathname.split('/')[2] || '');
const lang = startLanguage();

let token = null;
let report = null; // {exercise, key, page, waiting}: the last listing answer
let students = []; // every student loaded so far, in name order
let cls = null; // the class views

const keyChoice = (ex) => (ex.revealKey ? 'true' : ex.keyAfterHandIn ? 'afterHandIn' : 'false');

function render() {
  const ex = report.exercise;
  document.title = `${ex.title} — ${t('dbTitle')}`;
  $('ex-title').textContent = ex.title;
  $('ex-state').textContent = t('dbState', ex.closed, report.page.total, report.key.length);
  $('student-link').textContent = `${location.origin}/x/${ex.id}`;
  $('student-link').href = `/x/${ex.id}`;
  $('toggle-closed').textContent = ex.closed ? t('dbReopen') : t('dbClose');
  $('key-choice').value = keyChoice(ex);

  fillGlance($('glance'), students, report.key.length, { rename, merge }, lang);
  const left = report.page.total - students.length;
  $('more').hidden = left <= 0;
  $('more').textContent = t('dbMore', Math.min(left, 50), left);
  $('waiting').textContent = report.waiting.length ? t('dbWaiting', report.waiting.map((w) => w.label)) : '';
  $('scores').replaceChildren(scoresTable(students, ex.types));
  $('by-type').replaceChildren(byTypeTable(students));
  fillNotes($('notes'), students, ex.text);
  if (cls) renderClass();
}

function renderClass() {
  fillMissed($('missed'), cls.missedGroups, cls.students);
  fillExtra($('extra'), cls.extra);
  drawHeatNow();
  $('agreement').textContent = describeAgreement(cls.agreement);
}

function drawHeatNow() {
  const type = $('heat-type').value;
  drawHeat($('heat'), report.exercise.text, cls.heat, cls.students, type);
  fillHeatList($('heat-list'), report.exercise.text, cls.heat, cls.students, type);
  heatLegend($('heat-legend'), cls.students);
}

function buildHeatChoices(types) {
  const select = $('heat-type');
  select.replaceChildren(el('option', t('dbEveryType'), { value: '' }));
  for (const ty of types) select.append(el('option', typeName(ty), { value: ty }));
}

// refused answers a 401 or 403 by asking for the teacher link again, with
// the reason: no token in this browser, or a token for something else.
function refused(err) {
  if (err.status !== 401 && err.status !== 403) return false;
  forgetToken(id);
  askToken(err.status === 401 ? t('dbNoToken') : t('dbWrongToken'));
  return true;
}

// load reads the first pages (as many students as were shown before) and
// the class views.
async function load() {
  say(t('dbLoadingClass'));
  const want = Math.max(students.length, 1);
  try {
    let page = await api.classPage(id, token, 0);
    const loaded = [...page.submissions];
    while (page.page.next !== undefined && loaded.length < want) {
      page = await api.classPage(id, token, page.page.next);
      loaded.push(...page.submissions);
    }
    report = page;
    students = loaded;
    cls = await api.classViews(id, token);
  } catch (err) {
    if (refused(err)) return false;
    say(err.status === 404 ? t('dbNotFound') : t('dbLoadFailed', err.message));
    return false;
  }
  if (!$('heat-type').options.length) buildHeatChoices(report.exercise.types.length ? report.exercise.types : TYPES);
  render();
  $('ask-token').hidden = true;
  $('main').hidden = false;
  say(t('dbUpdated', new Date().toLocaleTimeString(lang === 'hi' ? 'hi-IN' : 'en-GB')));
  return true;
}

async function more() {
  try {
    const page = await api.classPage(id, token, students.length);
    students.push(...page.submissions);
    report = { ...report, page: page.page, waiting: page.waiting };
    render();
    say(t('dbShowing', students.length, report.page.total));
  } catch (err) {
    if (!refused(err)) say(t('dbLoadFailed', err.message));
  }
}

async function patch(change, done) {
  try {
    report.exercise = await api.patchExercise(id, token, change);
    render();
    say(done(report.exercise));
  } catch (err) {
    if (!refused(err)) say(t('dbChangeFailed', err.message));
  }
}

async function rename(student, name) {
  try {
    const renamed = await api.renameStudent(id, token, student.studentId, name);
    if (await load()) say(t('dbRenamed', student.label, renamed.label));
  } catch (err) {
    if (!refused(err)) say(t('dbChangeFailed', err.message));
  }
}

async function merge(student, into) {
  try {
    await api.mergeStudent(id, token, student.studentId, into.studentId);
    if (await load()) say(t('dbMerged', student.label, into.label));
  } catch (err) {
    if (!refused(err)) say(t('dbChangeFailed', err.message));
  }
}

function askToken(message) {
  $('main').hidden = true;
  $('ask-token').hidden = false;
  $('ask-why').textContent = message;
  say(message);
}

// tokenFrom accepts a whole teacher link or the bare token.
function tokenFrom(input) {
  const v = input.trim();
  const hash = v.indexOf('#');
  if (hash >= 0) return new URLSearchParams(v.slice(hash + 1)).get('token');
  return /^[A-Za-z0-9_-]+$/.test(v) ? v : null;
}

function wire() {
  $('refresh').addEventListener('click', load);
  $('more').addEventListener('click', more);
  $('toggle-closed').addEventListener('click', () => {
    patch({ closed: !report.exercise.closed }, (ex) => (ex.closed ? t('dbClosedNow') : t('dbReopenedNow')));
  });
  $('key-choice').addEventListener('change', () => {
    const v = $('key-choice').value;
    patch({ revealKey: v === 'afterHandIn' ? v : v === 'true' }, (ex) => t('dbKeyNow', keyChoice(ex)));
  });
  $('download').addEventListener('click', async () => {
    try {
      say(t('dbDownloaded', await api.downloadScores(id, token)));
    } catch (err) {
      if (!refused(err)) say(t('dbDownloadFailed', err.message));
    }
  });
  $('heat-type').addEventListener('change', drawHeatNow);
  $('token-open').addEventListener('click', () => {
    const tok = tokenFrom($('token-input').value);
    if (!tok) { say(t('dbNotALink')); return; }
    token = tok;
    rememberToken(id, tok);
    $('token-input').value = '';
    load();
  });
}

// A teacher link opened in a tab already on this page changes only the
// fragment, which loads nothing: take the token from it all the same.
addEventListener('hashchange', () => {
  if (!new URLSearchParams(location.hash.slice(1)).get('token')) return;
  token = takeToken(id);
  load();
});

registerOffline();
wire();
if (!id) {
  say(t('dbNoId'));
} else {
  token = takeToken(id);
  if (token) load();
  else askToken(t('dbNoToken'));
}
