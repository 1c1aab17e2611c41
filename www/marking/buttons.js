// Type buttons: the toolbar's "mark as" buttons and the editor's "change
// type to" buttons, drawn the same way on every page.
import { el } from './dom.js';

// typeButton makes a button for a type: its first key and its name, e.g.
// "1 person". attr is "mark" (the toolbar) or "retype" (the editor).
export function typeButton(types, code, attr = 'mark') {
  const b = el('button', null, { type: 'button', className: 'type-btn' });
  b.dataset[attr] = code;
  b.dataset.type = code;
  const color = types.color(code);
  if (color) b.style.setProperty('--type-color', color);
  if (types.isCustom(code)) b.classList.add('custom');
  const key = types.keys(code)[0];
  if (attr === 'mark' && key) {
    b.append(el('kbd', key), ' ');
    b.setAttribute('aria-keyshortcuts', key);
  }
  b.append(el('span', types.name(code), { 'data-type-name': code }));
  return b;
}

// fillToolbar fills host with one "mark as" button per type the marker
// allows.
export function fillToolbar(host, marker) {
  host.replaceChildren(...marker.types.codes.map((code) => {
    const b = typeButton(marker.types, code, 'mark');
    // mousedown would move the focus and may drop the selection first.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => marker.markSelection(code, e.altKey));
    return b;
  }));
}
