// The side panel: the legend (switch each type's highlights on and off),
// the entity list (distinct entities by type with counts; choosing one
// steps through its occurrences) and the Unicode clean-up report.
import { TYPES } from './doc-model.js';
import { t, typeName, ruleName } from './i18n.js';

// buildLegend draws one switch per type; turning one off hides that type's
// highlights (a class on the article, no redraw) and its list group.
export function buildLegend(list, output, entityList) {
  list.replaceChildren();
  for (const type of TYPES) {
    const li = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = !output.classList.contains('hide-' + type);
    box.dataset.legend = type;
    box.addEventListener('change', () => {
      output.classList.toggle('hide-' + type, !box.checked);
      entityList.classList.toggle('hide-' + type, !box.checked);
    });
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.dataset.type = type;
    swatch.textContent = type;
    swatch.setAttribute('aria-hidden', 'true');
    label.append(box, swatch, document.createTextNode(' ' + typeName(type)));
    li.append(label);
    list.append(li);
  }
}

// renderEntityList lists the distinct entity strings of each type, most
// frequent first. Choosing one focuses its next occurrence in the article.
const collator = new Intl.Collator('hi');

export function renderEntityList(container, index, annotations, goTo) {
  const groups = new Map(TYPES.map((type) => [type, new Map()]));
  for (const a of annotations) {
    const text = index.slice(a.start, a.end);
    const group = groups.get(a.type);
    if (!group) continue;
    if (!group.has(text)) group.set(text, []);
    group.get(text).push(a.start);
  }
  const frag = document.createDocumentFragment();
  for (const [type, group] of groups) {
    if (group.size === 0) continue;
    const section = document.createElement('div');
    section.className = 'entity-group';
    section.dataset.type = type;
    const h = document.createElement('h3');
    let total = 0;
    for (const starts of group.values()) total += starts.length;
    h.textContent = `${typeName(type)} (${total})`;
    const ul = document.createElement('ul');
    const entries = [...group].sort((x, y) => y[1].length - x[1].length || collator.compare(x[0], y[0]));
    for (const [text, starts] of entries) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'entity-item';
      button.dataset.type = type;
      const name = document.createElement('span');
      name.lang = 'hi';
      name.textContent = text;
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = t('occurrences', starts.length);
      button.append(name, document.createTextNode(' '), count);
      let next = 0;
      button.addEventListener('click', () => {
        goTo(starts[next % starts.length]);
        next++;
      });
      li.append(button);
      ul.append(li);
    }
    section.append(h, ul);
    frag.append(section);
  }
  if (!frag.childNodes.length) {
    const p = document.createElement('p');
    p.textContent = t('noEntities');
    frag.append(p);
  }
  container.replaceChildren(frag);
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
