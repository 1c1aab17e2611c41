// The teacher's dashboard, /t/{id}#token=…: every student's latest
// submission scored against the key, the class views (missed entities,
// extra spans, heat map, Fleiss' kappa), the score sheet as CSV, and the
// switches to close or reopen the exercise and reveal or hide the key.
// The token is read from the fragment, kept in this browser, and sent only
// as an Authorization header.
import * as api from './api.js';
import { takeToken, rememberToken, forgetToken } from './teacher-token.js';
import { scoresTable, byTypeTable } from './scores-table.js';
import { fillMissed, fillExtra, fillNotes, describeAgreement } from './class-views.js';
import { drawHeat, fillHeatList, heatLegend } from './heatmap.js';
import { BUILT_IN as TYPES, typeName } from '/marking/types.js';
import { el } from '/marking/dom.js';
import { registerOffline } from '/offline.js';

const $ = (id) => document.getElementById(id);
const say = (message) => { $('status').textContent = message; };
const id = decodeURIComponent(location.pathname.split('/')[2] || '');

let token = null;
let report = null; // the last GET /submissions answer

function render() {
  const { exercise: ex, submissions, class: cls } = report;
  document.title = `${ex.title} — Tippani class dashboard`;
  $('ex-title').textContent = ex.title;
  const handed = submissions.length === 1 ? '1 student has handed in' : `${submissions.length} students have handed in`;
  $('ex-state').textContent = `${ex.closed ? 'Closed' : 'Open'} · key ${ex.revealKey ? 'shown to students after they hand in' : 'hidden from students'} · ${handed} · key of ${report.key.length} entities.`;
  $('student-link').textContent = `${location.origin}/x/${ex.id}`;
  $('student-link').href = `/x/${ex.id}`;
  $('toggle-closed').textContent = ex.closed ? 'Reopen exercise' : 'Close exercise';
  $('toggle-reveal').textContent = ex.revealKey ? 'Hide key' : 'Reveal key';

  $('scores').replaceChildren(scoresTable(submissions, ex.types));
  $('by-type').replaceChildren(byTypeTable(submissions));
  fillMissed($('missed'), cls.missed, cls.students);
  fillExtra($('extra'), cls.extra);
  drawHeatNow();
  fillNotes($('notes'), submissions, ex.text);
  $('agreement').textContent = describeAgreement(cls.agreement);
}

function drawHeatNow() {
  const type = $('heat-type').value;
  drawHeat($('heat'), report.exercise.text, report.class.heat, report.class.students, type);
  fillHeatList($('heat-list'), report.exercise.text, report.class.heat, report.class.students, type);
  heatLegend($('heat-legend'), report.class.students);
}

function buildHeatChoices(types) {
  const select = $('heat-type');
  select.replaceChildren(el('option', 'every type', { value: '' }));
  for (const t of types) select.append(el('option', typeName(t), { value: t }));
}

async function load() {
  say('Loading the class…');
  try {
    report = await api.classReport(id, token);
  } catch (err) {
    if (err.status === 401 || err.status === 403) {
      forgetToken(id);
      askToken('That teacher token does not open this exercise. Paste the teacher link again.');
      return false;
    }
    say(err.status === 404 ? 'There is no exercise at this link.' : `Could not load the class: ${err.message}`);
    return false;
  }
  if (!$('heat-type').options.length) buildHeatChoices(report.exercise.types.length ? report.exercise.types : TYPES);
  render();
  $('ask-token').hidden = true;
  $('main').hidden = false;
  say(`Updated at ${new Date().toLocaleTimeString()}.`);
  return true;
}

async function patch(change, done) {
  try {
    const ex = await api.patchExercise(id, token, change);
    report.exercise = ex;
    render();
    say(done(ex));
  } catch (err) {
    say(`Could not change the exercise: ${err.message}`);
  }
}

function askToken(message) {
  $('main').hidden = true;
  $('ask-token').hidden = false;
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
  $('toggle-closed').addEventListener('click', () => {
    const closed = !report.exercise.closed;
    patch({ closed }, (ex) => (ex.closed ? 'Closed: students can no longer hand in.' : 'Reopened: students can hand in again.'));
  });
  $('toggle-reveal').addEventListener('click', () => {
    const revealKey = !report.exercise.revealKey;
    patch({ revealKey }, (ex) => (ex.revealKey ? 'Students now see the key and their score after handing in.' : 'The key is hidden from students again.'));
  });
  $('download').addEventListener('click', async () => {
    try {
      say(`Downloaded ${await api.downloadScores(id, token)}.`);
    } catch (err) {
      say(`Could not download the scores: ${err.message}`);
    }
  });
  $('heat-type').addEventListener('change', drawHeatNow);
  $('token-open').addEventListener('click', () => {
    const t = tokenFrom($('token-input').value);
    if (!t) { say('That is not a teacher link.'); return; }
    token = t;
    rememberToken(id, t);
    $('token-input').value = '';
    load();
  });
}

registerOffline();
wire();
if (!id) {
  say('This link does not name an exercise.');
} else {
  token = takeToken(id);
  if (token) load();
  else askToken('Paste your teacher link to open this class.');
}
