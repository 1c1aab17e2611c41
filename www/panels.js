// The side panel: the legend (switch each type's highlights on and off),
// the entity list (distinct entities by type with counts; choosing one
// steps through its occurrences, and each can be changed or removed
// everywhere at once), the Unicode clean-up report, the annotations that
// could not be placed after the text changed, and the recent documents.
import { t, ruleName } from './i18n.js';
import { el } from './marking/dom.js';

// buildLegend draws one switch per type (types is a TypeSet); turning one
// off puts it in hidden and redraws, which shows its highlights plain and
// leaves its group out of the entity list.
export function buildLegend(list, hidden, types, redraw) {
  list.replaceChildren();
  for (const type of types.codes) {
    const box = el('input', null, { type: 'checkbox' });
    box.checked = !hidden.has(type);
    box.dataset.legend = type;
    box.addEventListener('change', () => {
      if (box.checked) hidden.delete(type); else hidden.add(type);
      redraw();
    });
    const swatch = el('span', type, { className: 'swatch', 'aria-hidden': 'true' });
    swatch.dataset.type = type;
    const color = types.color(type);
    if (color) {
      swatch.classList.add('custom');
      swatch.style.setProperty('--type-color', color);
    }
    const label = el('label');
    label.append(box, swatch, document.createTextNode(' ' + types.name(type)));
    const li = el('li');
    li.append(label);
    list.append(li);
  }
}

// renderEntityList lists the distinct entity strings of each type, most
// frequent first. Choosing one focuses its next occurrence in the article;
// beside it, a reader changes or removes every occurrence in one step.
// actions: goTo(start), changeAll(list, type), removeAll(list), readOnly,
// hidden (a Set of type codes not shown).
const collator = new Intl.Collator('hi');

export function renderEntityList(container, index, annotations, types, actions) {
  const groups = new Map(types.codes.map((type) => [type, new Map()]));
  for (const a of annotations) {
    const group = groups.get(a.type);
    if (!group || actions.hidden?.has(a.type)) continue;
    const text = index.slice(a.start, a.end);
    if (!group.has(text)) group.set(text, []);
    group.get(text).push(a);
  }
  const frag = document.createDocumentFragment();
  for (const [type, group] of groups) {
    if (group.size === 0) continue;
    const section = el('div', null, { className: 'entity-group' });
    section.dataset.type = type;
    let total = 0;
    for (const list of group.values()) total += list.length;
    const h = el('h3', `${types.name(type)} (${total})`);
    const ul = el('ul');
    const entries = [...group].sort((x, y) => y[1].length - x[1].length || collator.compare(x[0], y[0]));
    for (const [text, list] of entries) ul.append(entityItem(type, text, list, types, actions));
    section.append(h, ul);
    frag.append(section);
  }
  if (!frag.childNodes.length) frag.append(el('p', t('noEntities')));
  container.replaceChildren(frag);
}

function entityItem(type, text, list, types, actions) {
  const li = el('li');
  const button = el('button', null, { type: 'button', className: 'entity-item' });
  button.dataset.type = type;
  button.append(el('span', text, { lang: 'hi' }), ' ', el('span', t('occurrences', list.length), { className: 'count' }));
  let next = 0;
  button.addEventListener('click', () => {
    actions.goTo(list[next % list.length].start);
    next++;
  });
  li.append(button);
  if (actions.readOnly) return li;
  const change = el('select', null, { className: 'change-all', 'aria-label': t('changeAll', text, list.length) });
  change.append(el('option', t('changeAllPick'), { value: '' }));
  for (const code of types.codes) if (code !== type) change.append(el('option', types.name(code), { value: code }));
  change.addEventListener('change', () => {
    if (change.value) actions.changeAll(list, change.value);
  });
  const remove = el('button', t('removeAll'), { type: 'button', className: 'remove-all', 'aria-label': t('removeAllLabel', text, list.length) });
  remove.addEventListener('click', () => actions.removeAll(list));
  li.append(change, remove);
  return li;
}

// renderUnplaced lists the annotations that could not be found again after
// the text changed: quote, type and note, to place on a selection or discard.
export function renderUnplaced(list, items, types, { place, discard }) {
  list.replaceChildren(...items.map((item) => {
    const a = item.annotation;
    const li = el('li');
    const what = el('p', null, { className: 'unplaced-what' });
    what.append(el('span', t('unplacedItem', item.quote, types.name(a.type)), { lang: 'hi' }));
    if (a.note) what.append(el('br'), `${t('note')}: `, el('span', a.note, { lang: 'hi' }));
    const placeButton = el('button', t('placeHere'), { type: 'button', 'aria-label': t('placeLabel', item.quote) });
    placeButton.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
    placeButton.addEventListener('click', () => place(item));
    const discardButton = el('button', t('discard'), { type: 'button', 'aria-label': t('discardLabel', item.quote) });
    discardButton.addEventListener('click', () => discard(item));
    li.append(what, placeButton, ' ', discardButton);
    return li;
  }));
}

// renderNormReport shows what the clean-up changed and how often.
export function renderNormReport(container, report) {
  container.replaceChildren();
  const p = document.createElement('p');
  if (!report) {
    p.textContent = '—';
    container.append(p);
    return;
  }
  if (!report.changes) {
    p.textContent = t('noChanges');
    container.append(p);
    return;
  }
  p.textContent = t('changesCount', report.changes);
  const ul = document.createElement('ul');
  for (const { rule, count } of report.rules) {
    const li = document.createElement('li');
    li.textContent = `${ruleName(rule)}: ${count}`;
    ul.append(li);
  }
  container.append(p, ul);
}

// renderRecent lists saved documents; open(id) and remove(id) act on one.
export function renderRecent(list, docs, currentId, open, remove) {
  list.replaceChildren();
  for (const d of docs) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'recent-open';
    if (d.id === currentId) button.setAttribute('aria-current', 'true');
    const title = document.createElement('span');
    title.lang = 'hi';
    title.textContent = d.title || t('untitled');
    const meta = document.createElement('small');
    meta.textContent = ` ${new Date(d.modified).toLocaleString()} · ${d.count}`;
    button.append(title, meta);
    button.addEventListener('click', () => open(d.id));
    const del = document.createElement('button');
    del.type = 'button';
    del.className = 'recent-delete';
    del.textContent = t('deleteDoc');
    del.setAttribute('aria-label', `${t('deleteDoc')}: ${d.title || t('untitled')}`);
    del.addEventListener('click', () => remove(d.id));
    li.append(button, del);
    list.append(li);
  }
}
