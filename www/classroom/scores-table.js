// The dashboard's score tables: one row per student (latest version) with
// exact and lenient precision, recall and F1, wrong-type count and the
// exact F1 of each type; and a by-type table. Every ratio cell also keeps
// the exact value in data-value, for scripts and tests.
import { el } from '/marking/dom.js';
import { percent } from './format.js';
import { typeName } from '/marking/types.js';
import { t } from '/i18n.js';

function ratioCell(v) {
  return el('td', percent(v), { 'data-value': String(v) });
}

function header(table, names) {
  const tr = el('tr');
  for (const n of names) tr.append(el('th', n, { scope: 'col' }));
  const thead = el('thead');
  thead.append(tr);
  table.append(thead);
}

// versionsNote says when the latest version came in and how the earlier
// ones scored, so a teacher sees a student's progress without a new table.
function versionsNote(s) {
  return t('stVersionNote', s.version, s.history.map((h) => [h.version, percent(h.score.f1)]));
}

// scoresTable draws the students' scores; types are the exercise's types.
export function scoresTable(submissions, types) {
  const table = el('table', null, { className: 'scores', id: 'scores-table' });
  table.append(el('caption', t('stScores')));
  header(table, [...t('stHeads'), ...types.map((ty) => `${typeName(ty)} F1`)]);
  const body = el('tbody');
  for (const s of submissions) {
    const tr = el('tr', null, { 'data-student': s.label });
    tr.append(el('th', s.label, { scope: 'row' }));
    tr.append(el('td', s.version, { title: versionsNote(s) }));
    const { exact, lenient } = s.score;
    for (const v of [exact.precision, exact.recall, exact.f1, lenient.precision, lenient.recall, lenient.f1]) tr.append(ratioCell(v));
    tr.append(el('td', s.score.wrongType));
    for (const ty of types) {
      const r = s.score.byType.find((b) => b.type === ty);
      tr.append(r ? ratioCell(r.exact.f1) : el('td', '—'));
    }
    body.append(tr);
  }
  if (!submissions.length) {
    const tr = el('tr');
    tr.append(el('td', t('dbNoneYet'), { colspan: String(9 + types.length) }));
    body.append(tr);
  }
  table.append(body);
  return table;
}

// byTypeTable breaks each student's exact score down by type.
export function byTypeTable(submissions) {
  const table = el('table', null, { className: 'scores' });
  table.append(el('caption', t('stByType')));
  header(table, t('stByTypeHeads'));
  const body = el('tbody');
  for (const s of submissions) {
    for (const r of s.score.byType) {
      const tr = el('tr');
      tr.append(el('th', s.label, { scope: 'row' }), el('td', typeName(r.type)));
      for (const v of [r.exact.truePositives, r.exact.falsePositives, r.exact.falseNegatives]) tr.append(el('td', v));
      for (const v of [r.exact.precision, r.exact.recall, r.exact.f1, r.lenient.f1]) tr.append(ratioCell(v));
      body.append(tr);
    }
  }
  table.append(body);
  return table;
}
