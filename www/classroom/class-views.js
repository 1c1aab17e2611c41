// The dashboard's class views, drawn from the API's "class" report
// (package score's Class): key entities students missed, spans students
// marked that the key lacks, and Fleiss' kappa between students.
import { el } from '/marking/dom.js';
import { typeName } from '/marking/types.js';

const students = (n) => (n === 1 ? '1 student' : `${n} students`);

// missedList: most missed first; "partly" counts those who marked an
// overlapping span of the right type.
export function fillMissed(list, missed, total) {
  list.replaceChildren();
  if (!missed.length) { list.append(el('li', total ? 'Every student found every key entity.' : 'No one has handed in yet.', { lang: 'en' })); return; }
  for (const m of missed) {
    const li = el('li');
    li.append(el('strong', m.text), ` — ${typeName(m.type)}: `);
    let detail = `missed by ${m.missed} of ${students(total)}`;
    if (m.partial) detail += ` (${m.partial} marked part of it or more than it)`;
    li.append(el('span', detail, { lang: 'en', className: 'count' }));
    list.append(li);
  }
}

export function fillExtra(list, extra) {
  list.replaceChildren();
  if (!extra.length) { list.append(el('li', 'Nothing outside the key.', { lang: 'en' })); return; }
  for (const m of extra) {
    const li = el('li');
    li.append(el('strong', m.text), ` — ${typeName(m.type)}: `, el('span', `marked by ${students(m.students)}`, { lang: 'en', className: 'count' }));
    list.append(li);
  }
}

// fillNotes lists, student by student, the notes they wrote on their
// marks: the "why" of the exercise.
export function fillNotes(host, submissions, text) {
  const chars = [...text];
  host.replaceChildren();
  let any = false;
  for (const s of submissions) {
    const noted = s.annotations.filter((a) => a.note);
    if (!noted.length) continue;
    any = true;
    host.append(el('h3', s.name));
    const ul = el('ul', null, { className: 'class-list', lang: 'hi' });
    for (const a of noted) {
      const li = el('li');
      li.append(el('strong', chars.slice(a.start, a.end).join('')), el('span', ` — ${typeName(a.type)}: `, { lang: 'en' }), a.note);
      ul.append(li);
    }
    host.append(ul);
  }
  if (!any) host.append(el('p', 'No notes yet.'));
}

// describeAgreement words a Fleiss' kappa result, with Landis and Koch's
// usual labels as a reading aid.
export function describeAgreement(a) {
  if (a.kappa === undefined || a.kappa === null) {
    return `Fleiss' kappa over tokens: not defined${a.reason ? ` (${a.reason})` : ''}.`;
  }
  const k = a.kappa;
  const word = k < 0 ? 'less than chance' : k <= 0.2 ? 'slight' : k <= 0.4 ? 'fair' : k <= 0.6 ? 'moderate' : k <= 0.8 ? 'substantial' : 'almost perfect';
  return `Fleiss' kappa over tokens: ${k.toFixed(3)} (${word} agreement) — ${a.raters} students, ${a.items} tokens; ` +
    `observed agreement ${a.observed.toFixed(3)}, expected by chance ${a.expected.toFixed(3)}.`;
}
