// An offer is a question the marker puts to the reader without stopping
// them: "mark the other 8 too?", "replace or merge?". It shows in a bar
// inside the toolbar (so it stays reachable while reading, on a phone
// too) and is read out by screen readers; a newer offer replaces an older
// one, which then counts as declined.
import { el } from './dom.js';
import { t } from '../i18n.js';

export class Offers {
  constructor(host) {
    this.host = host;
    host.classList.add('offer');
    host.setAttribute('role', 'group');
    host.hidden = true;
    this.live = el('p', '', { className: 'offer-text', 'aria-live': 'polite' });
    this.buttons = el('div', null, { className: 'row' });
    host.replaceChildren(this.live, this.buttons);
    this.pending = null;
    host.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.preventDefault(); this.answer(null); }
    });
  }

  // ask shows message with choices [{label, value, ariaLabel?}] and a
  // "no" button labelled decline; it resolves to the chosen value, or
  // null when declined or replaced. With focus set, the first choice takes
  // the focus (the reader's action waits on the answer).
  ask(message, choices, { decline = t('cancel'), focus = false } = {}) {
    this.answer(null);
    this.live.textContent = message;
    this.host.setAttribute('aria-label', message);
    const made = choices.map((c) => {
      const b = el('button', c.label, { type: 'button' });
      if (c.ariaLabel) b.setAttribute('aria-label', c.ariaLabel);
      b.addEventListener('click', () => this.answer(c.value));
      return b;
    });
    const no = el('button', decline, { type: 'button' });
    no.addEventListener('click', () => this.answer(null));
    made[0]?.classList.add('primary');
    this.buttons.replaceChildren(...made, no);
    this.host.hidden = false;
    if (focus) made[0]?.focus();
    return new Promise((resolve) => { this.pending = resolve; });
  }

  answer(value) {
    const resolve = this.pending;
    this.pending = null;
    if (!resolve) return;
    this.host.hidden = true;
    this.buttons.replaceChildren();
    this.live.textContent = '';
    resolve(value);
  }

  // dismiss declines whatever is on offer.
  dismiss() { this.answer(null); }
}
