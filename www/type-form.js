// The form that adds a reader's own entity type to the open document: a
// name (and a Hindi one), the code exports use, a colour from the
// colour-blind-safe palette and a key. The rules are checked here with the
// engine's (marking/types.js checkCustom), so what is added is accepted by
// every export and by the share API.
import { t } from './i18n.js';
import { el } from './marking/dom.js';
import { PALETTE, checkCustom, codeFor } from './marking/types.js';

export class TypeForm {
  // host is a <details> element; list() is the document's custom types,
  // add(def) adds one and resolves to true when it did; say reports.
  constructor(host, { list, add, say }) {
    this.host = host;
    this.list = list;
    this.add = add;
    this.say = say;
    this.build();
  }

  build() {
    const field = (id, label, attrs = {}) => {
      const wrap = el('div', null, { className: 'field' });
      const input = el('input', null, { id, type: 'text', ...attrs });
      wrap.append(el('label', label, { for: id }), input);
      return [wrap, input];
    };
    const [nameRow, name] = field('type-name', t('typeNameLabel'), { maxlength: '40' });
    const [hiRow, nameHi] = field('type-name-hi', t('typeNameHiLabel'), { maxlength: '40', lang: 'hi' });
    const [codeRow, code] = field('type-code', t('typeCodeLabel'), { maxlength: '16', autocapitalize: 'characters', spellcheck: 'false' });
    const [keyRow, key] = field('type-key', t('typeKeyLabel'), { maxlength: '1', spellcheck: 'false' });
    let codeEdited = false;
    code.addEventListener('input', () => { codeEdited = code.value !== ''; });
    name.addEventListener('input', () => {
      if (!codeEdited) code.value = codeFor(name.value, this.list());
    });
    const colours = el('fieldset', null, { className: 'palette' });
    colours.append(el('legend', t('typeColorLabel')));
    PALETTE.forEach((c, i) => {
      const label = el('label', null, { className: 'colour' });
      const radio = el('input', null, { type: 'radio', name: 'type-colour', value: c });
      if (i === 0) radio.defaultChecked = true; // what reset() returns to
      const swatch = el('span', null, { className: 'colour-swatch', 'aria-hidden': 'true' });
      swatch.style.setProperty('--type-color', c);
      label.append(radio, swatch, ` ${t('colorNames')[c] || c}`);
      colours.append(label);
    });
    const button = el('button', t('addType'), { type: 'submit' });
    const form = el('form', null, { className: 'type-form' });
    form.append(nameRow, hiRow, codeRow, colours, keyRow, button);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const def = {
        code: code.value.trim().toUpperCase(),
        name: name.value.trim(),
        color: form.querySelector('input[name="type-colour"]:checked')?.value || '',
      };
      if (nameHi.value.trim()) def.nameHi = nameHi.value.trim();
      if (key.value.trim()) def.key = key.value.trim().toLowerCase();
      const problem = checkCustom(def, this.list());
      if (problem) { this.say(problem); return; }
      if (await this.add(def)) {
        form.reset();
        codeEdited = false;
      }
    });
    const summary = el('summary', t('addType'));
    this.host.replaceChildren(summary, form);
  }
}
