// scoreTable draws a score result (package score's Result with precision,
// recall and f1 on top, as the API sends it) as a small table: exact and
// lenient precision, recall and F1, then one row per type.
import { el } from '/marking/dom.js';
import { percent } from './format.js';
import { t } from '/i18n.js';
import { typeName } from '/marking/types.js';

export function scoreTable(score, caption) {
  const table = el('table', null, { className: 'scores' });
  table.append(el('caption', caption));
  const head = el('tr');
  // The corner cell heads nothing: a plain cell, not an empty header.
  for (const h of t('scoreHeads')) head.append(h ? el('th', h, { scope: 'col' }) : el('td'));
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
  row(t('exactRow'), score.exact);
  row(t('lenientRow'), score.lenient);
  for (const x of score.byType || []) row(t('typeRow', typeName(x.type)), x.exact);
  table.append(body);
  return table;
}
