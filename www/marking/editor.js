// The entity editor: the words of the highlight being edited, buttons to
// change its type, its note, and Remove. On a read-only page it only shows
// the type and the note. It closes with Escape, with its close button and
// with a click or tap anywhere but on it or on a highlight, and it never
// hides the highlight it edits: on a wide screen it stands beside the text,
// on a phone it is a bottom sheet and the highlight is scrolled into the
// part of the screen the sheet leaves free.
import { t } from '../i18n.js';
import { el } from './dom.js';
import { typeButton } from './buttons.js';

let editors = 0;

export class Editor {
  // host is the element to build in; actions are callbacks:
  // retype(ann, type), saveNote(ann, note, back), remove(ann), closed(ann, back).
  constructor(host, { types, readOnly, actions }) {
    this.host = host;
    this.types = types;
    this.readOnly = readOnly;
    this.actions = actions;
    this.ann = null;
    this.id = host.id || `editor-${++editors}`;
    host.id = this.id;
    host.classList.add('editor');
    host.hidden = true;
    this.build();
    // A click elsewhere closes it: on click, not pointerdown, so that what
    // was clicked gets the click before anything moves.
    document.addEventListener('click', (e) => {
      if (host.hidden || host.contains(e.target) || e.target.closest?.('mark, .span-handle, .offer')) return;
      this.close(false);
    });
    document.body.classList.add('has-editor');
    host.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.close(true);
    });
  }

  build() {
    const heading = el('h2', t('selectedEntity'), { id: this.id + '-heading' });
    this.host.setAttribute('aria-labelledby', heading.id);
    this.closeButton = el('button', '×', { type: 'button', className: 'editor-close', 'aria-label': t('closeEditor'), title: t('close') });
    this.closeButton.addEventListener('click', () => this.close(true));
    this.entity = el('p', '', { lang: 'hi', className: 'editor-entity' });
    const parts = [heading, this.closeButton, this.entity];
    if (this.readOnly) {
      this.noteText = el('p', '', { className: 'editor-note' });
      parts.push(this.noteText);
    } else {
      const labelId = this.id + '-type-label';
      this.typeGroup = el('div', null, { role: 'group', 'aria-labelledby': labelId, className: 'row type-row' });
      this.typeGroup.append(el('span', t('changeType'), { id: labelId }));
      for (const code of this.types.codes) {
        const b = typeButton(this.types, code, 'retype');
        b.addEventListener('click', () => this.ann && this.actions.retype(this.ann, code));
        this.typeGroup.append(b);
      }
      const noteId = this.id + '-note';
      const label = el('label', t('note'), { for: noteId });
      this.note = el('textarea', null, { id: noteId, rows: '2' });
      this.note.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          this.save(true);
        }
      });
      const save = el('button', t('saveNote'), { type: 'button' });
      save.addEventListener('click', () => this.save());
      const remove = el('button', t('remove'), { type: 'button', className: 'danger', 'aria-keyshortcuts': 'Delete' });
      remove.addEventListener('click', () => this.ann && this.actions.remove(this.ann));
      const row = el('div', null, { className: 'row' });
      row.append(save, remove);
      parts.push(this.typeGroup, label, this.note, row);
    }
    this.host.replaceChildren(...parts);
  }

  // save saves the note; back puts the focus back on the highlight (the
  // reader saved from the keyboard and goes on reading).
  save(back = false) {
    if (this.ann) this.actions.saveNote(this.ann, this.note.value.trim(), back);
  }

  // open shows ann ({start, end, type, note?}) whose words are text,
  // drawn as markEl.
  open(ann, text, markEl) {
    const same = this.ann && this.ann.start === ann.start && !this.host.hidden;
    this.ann = ann;
    this.entity.textContent = `${text} — ${this.types.name(ann.type)}`;
    if (this.readOnly) {
      this.noteText.textContent = ann.note ? `${t('note')}: ${ann.note}` : '';
      this.noteText.hidden = !ann.note;
    } else {
      // Keep what the reader is typing when the same highlight is redrawn.
      if (!same || document.activeElement !== this.note) this.note.value = ann.note || '';
      for (const b of this.typeGroup.querySelectorAll('[data-retype]')) b.setAttribute('aria-pressed', String(b.dataset.retype === ann.type));
    }
    this.host.hidden = false;
    if (markEl) keepVisible(markEl, this.host);
  }

  get isOpen() { return !this.host.hidden; }

  // close hides the editor; back says whether the focus returns to the
  // highlight (Escape, the close button) or stays where the reader put it.
  close(back) {
    if (this.host.hidden) return;
    const ann = this.ann;
    this.host.hidden = true;
    this.ann = null;
    this.actions.closed(ann, back);
  }
}

// keepVisible scrolls so that markEl is on screen and not under the
// editor (a bottom sheet on a phone) or a sticky toolbar above it.
export function keepVisible(markEl, editor) {
  const r = markEl.getBoundingClientRect();
  const sheet = editor && !editor.hidden ? editor.getBoundingClientRect() : null;
  const sheetTop = sheet && sheet.bottom >= innerHeight - 1 && sheet.left <= r.left && sheet.right >= r.right ? sheet.top : innerHeight;
  let top = 0;
  for (const bar of document.querySelectorAll('.toolbar')) {
    const b = bar.getBoundingClientRect();
    if (getComputedStyle(bar).position === 'sticky' && b.top <= 1 && b.bottom > top && b.height > 0) top = b.bottom;
  }
  if (r.top >= top && r.bottom <= sheetTop) return;
  const room = sheetTop - top;
  const y = r.top - top - Math.max(0, (room - r.height) / 2);
  scrollBy({ top: y, behavior: 'instant' });
}
