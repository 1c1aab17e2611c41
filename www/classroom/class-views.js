// The dashboard's views in words: each student at a glance, what the class
// missed (grouped by name), spans outside the key, students' notes and
// agreement in one sentence. Every string comes from the page's language.
import { el } from '/marking/dom.js';
import { typeName } from '/marking/types.js';
import { t } from '/i18n.js';
import { when } from './language.js';
import { plain } from './format.js';

// fillGlance lists every student loaded: name, the plain sentence, a bar
// of found against the key, versions, and a small form to rename the
// student or merge them into another.
export function fillGlance(list, students, keySize, { rename, merge }, lang) {
  list.replaceChildren();
  if (!students.length) { list.append(el('li', t('dbNoneYet'))); return; }
  for (const s of students) {
    const p = plain(s.score, keySize);
    const li = el('li', null, { 'data-student': s.label });
    const sentence = t('dbSentence', p.found, p.of, p.extra, p.wrongType);
    li.append(el('strong', s.label, { lang: 'hi' }), ' — ', el('span', sentence, { className: 'sentence' }), ' ');
    li.append(el('meter', null, { min: '0', max: String(Math.max(1, p.of)), value: String(p.found), 'aria-label': `${s.label}: ${sentence}` }));
    li.append(el('span', ' ' + t('dbVersions', s.version, when(s.created, lang), s.history.map((h) => plain(h.score, keySize).found)), { className: 'count' }));
    li.append(manageForm(s, students, rename, merge));
    list.append(li);
  }
}

// manageForm is a student's "rename or merge" disclosure.
function manageForm(s, students, rename, merge) {
  const box = el('details', null, { className: 'manage' });
  box.append(el('summary', t('dbManage', s.label)));
  const nameId = `rename-${s.studentId}`;
  const input = el('input', null, { id: nameId, type: 'text', value: s.name, maxlength: '80', autocomplete: 'off' });
  const renameButton = el('button', t('dbRename'), { type: 'button' });
  renameButton.addEventListener('click', () => { if (input.value.trim()) rename(s, input.value); });
  const row1 = el('div', null, { className: 'row' });
  row1.append(el('label', t('dbNewName'), { for: nameId }), input, renameButton);
  box.append(row1);
  const others = students.filter((o) => o.studentId !== s.studentId);
  if (others.length) {
    const mergeId = `merge-${s.studentId}`;
    const select = el('select', null, { id: mergeId });
    for (const o of others) select.append(el('option', o.label, { value: o.studentId }));
    const mergeButton = el('button', t('dbMerge'), { type: 'button' });
    mergeButton.addEventListener('click', () => merge(s, others.find((o) => o.studentId === select.value)));
    const row2 = el('div', null, { className: 'row' });
    row2.append(el('label', t('dbSameAs'), { for: mergeId }), select, mergeButton);
    box.append(row2);
  }
  return box;
}

// fillMissed lists the key's names the class missed, most students first:
// "भारत ×9 — place: missed by 12 of 20 students".
export function fillMissed(list, groups, total) {
  list.replaceChildren();
  if (!groups.length) { list.append(el('li', total ? t('dbAllFound') : t('dbNoneYet'), { lang: t('langCode') })); return; }
  for (const g of groups) {
    const li = el('li');
    li.append(el('strong', g.text), ` ×${g.occurrences} — `);
    li.append(el('span', `${typeName(g.type)}: ${t('dbMissedBy', g.missedBy, total, g.missed, g.occurrences)}`, { lang: t('langCode'), className: 'count' }));
    list.append(li);
  }
}

export function fillExtra(list, extra) {
  list.replaceChildren();
  if (!extra.length) { list.append(el('li', t('dbNothingExtra'), { lang: t('langCode') })); return; }
  for (const m of extra) {
    const li = el('li');
    li.append(el('strong', m.text), ' — ', el('span', `${typeName(m.type)}: ${t('dbMarkedBy', m.students)}`, { lang: t('langCode'), className: 'count' }));
    list.append(li);
  }
}

// fillNotes lists, student by student, the notes they wrote on their
// marks: the "why" of the exercise.
export function fillNotes(host, students, text) {
  const chars = [...text];
  host.replaceChildren();
  let any = false;
  for (const s of students) {
    const noted = s.annotations.filter((a) => a.note);
    if (!noted.length) continue;
    any = true;
    host.append(el('h3', s.label));
    const ul = el('ul', null, { className: 'class-list', lang: 'hi' });
    for (const a of noted) {
      const li = el('li');
      li.append(el('strong', chars.slice(a.start, a.end).join('')), el('span', ` — ${typeName(a.type)}: `, { lang: t('langCode') }), a.note);
      ul.append(li);
    }
    host.append(ul);
  }
  if (!any) host.append(el('p', t('dbNoNotes')));
}

// describeAgreement says in one sentence how far students agree, from
// Fleiss' kappa over the article's words (Landis and Koch's labels).
export function describeAgreement(a) {
  if (a.kappa === undefined || a.kappa === null) return t('dbAgreementNone', a.raters);
  const k = a.kappa;
  const level = k < 0 ? 0 : k <= 0.2 ? 1 : k <= 0.4 ? 2 : k <= 0.6 ? 3 : k <= 0.8 ? 4 : 5;
  return t('dbAgreement', level, Math.round(a.observed * 100), k.toFixed(2), a.raters);
}
