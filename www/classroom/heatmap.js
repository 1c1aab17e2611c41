// The heat map: the article with each stretch shaded by how many students
// marked it (all types together, or one type). Shading is one of five
// classes (no inline styles under the page's CSP); the exact count is in
// each stretch's title and data-count, so it is never conveyed by colour
// alone. Segments come from the API's class.heat: maximal stretches
// [start, end) of code points with constant per-type counts.
import { TextIndex } from '/textindex.js';
import { el } from '/marking/dom.js';
import { typeName } from '/marking/types.js';
import { t } from '/i18n.js';

const LEVELS = 5;

// level maps count of total students to a shade 1..LEVELS (0 when unmarked).
const level = (count, total) => (count <= 0 || total <= 0 ? 0 : Math.min(LEVELS, Math.ceil((count / total) * LEVELS)));

// drawHeat fills container with text shaded by segments; type is a type
// code or "" for every type.
export function drawHeat(container, text, segments, total, type) {
  const index = new TextIndex(text);
  container.replaceChildren();
  let at = 0;
  for (const s of segments) {
    const count = type ? (s.counts[type] || 0) : Object.values(s.counts).reduce((a, b) => a + b, 0);
    if (count === 0) continue;
    if (s.start > at) container.append(index.slice(at, s.start));
    const parts = Object.entries(s.counts).map(([t, n]) => `${typeName(t)} ${n}`).join(', ');
    const span = el('span', index.slice(s.start, s.end), {
      className: 'h' + level(count, total),
      'data-count': String(count),
      'data-start': String(s.start),
      'data-end': String(s.end),
      title: t('hmTitle', count, total, type && typeName(type), parts),
    });
    container.append(span);
    at = s.end;
  }
  if (at < index.length) container.append(index.slice(at, index.length));
}

// fillHeatList lists the marked stretches as text, most marked first, for
// readers who cannot see the shading.
export function fillHeatList(list, text, segments, total, type) {
  const index = new TextIndex(text);
  list.replaceChildren();
  const rows = segments
    .map((s) => ({ s, count: type ? (s.counts[type] || 0) : Object.values(s.counts).reduce((a, b) => a + b, 0) }))
    .filter((r) => r.count > 0 && index.slice(r.s.start, r.s.end).trim())
    .sort((a, b) => b.count - a.count || a.s.start - b.s.start);
  for (const { s, count } of rows) {
    const li = el('li');
    const parts = Object.entries(s.counts).map(([t, n]) => `${typeName(t)} ${n}`).join(', ');
    li.append(el('strong', index.slice(s.start, s.end)), el('span', ` — ${t('hmRow', count, total)} (${parts})`, { lang: t('langCode'), className: 'count' }));
    list.append(li);
  }
  if (!rows.length) list.append(el('li', t('hmNothing'), { lang: t('langCode') }));
}

// heatLegend explains the shades.
export function heatLegend(container, total) {
  container.replaceChildren(t('hmLegendStart'));
  for (let l = 1; l <= LEVELS; l++) {
    const lo = Math.floor(((l - 1) / LEVELS) * 100);
    const hi = Math.round((l / LEVELS) * 100);
    const box = el('span', `${lo}–${hi}%`, { className: 'h' + l });
    container.append(' ', box);
  }
  container.append(t('hmLegendEnd', total));
}
