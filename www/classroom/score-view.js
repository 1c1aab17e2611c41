// scoreTable draws a score result (package score's Result with precision,
// recall and f1 on top, as the API sends it) as a small table: exact and
// lenient precision, recall and F1, then one row per type.
import { el, percent } from './format.js';
import { english } from './words.js';

export function scoreTable(score, caption, words = english) {
  const table = el('table', null, { className: 'scores' });
  table.append(el('caption', caption));
  const head = el('tr');
  for (const h of words.scoreHeads) head.append(el('th', h, { scope: 'col' }));
  const thead = el('thead');
  thead.append(head);
  table.append(thead);
  const body = el('tbody');
  const row = (label, m) => {
    const tr = el('tr');
    tr.append(el('th', label, { scope: 'row' }));
    for (const v of [m.truePositives, m.falsePositives, m.falseNegatives]) tr.append(el('td', v));
    for (const v of [m.precision, m.recall, m.f1]) tr.append(el('td', percent(v)));
    body.append(tr);
  };
  row(words.exactRow, score.exact);
  row(words.lenientRow, score.lenient);
  for (const t of score.byType || []) row(words.typeRow(t.type), t.exact);
  table.append(body);
  return table;
}
