// Marker lets a person mark entities in an article: select words and press
// 1–5 (or a type button), and the selection snaps to whole tokens; click a
// mark, or focus it and press Enter, to retype it, give it a note or remove
// it (Delete also removes). It draws through the main app's ArticleView, so
// highlights look and read the same everywhere.
//
// Marks are {start, end, type, note?} in code points, sorted and never
// overlapping. Hints (the model's suggestions, when a page shows them) are
// drawn as dashed marks wherever no mark of the person's covers them;
// clicking one (or pressing Enter on it) accepts it as the person's own.
import { ArticleView } from '/article-view.js';
import { TextIndex } from '/textindex.js';
import { typeKey, typeName, hindiName, typeButton } from './types.js';
import { english } from './words.js';
import { el } from './format.js';

const byStart = (a, b) => a.start - b.start || a.end - b.end;
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

export class Marker {
  // options:
  //   container  element the article is drawn in
  //   text       the display text
  //   types      the types that may be marked
  //   editorHost element to build the mark editor in (omit for read-only)
  //   tokens     () => Promise of [[start, end, ...], ...] for snapping
  //   validate   async (mark) => error message or null (optional)
  //   say        (message) => void, for the status line
  //   onChange   (marks) => void, after every edit
  //   words      the interface's words (words.js; English by default)
  constructor(options) {
    Object.assign(this, { say: () => {}, onChange: () => {}, validate: async () => null, words: english }, options);
    this.index = new TextIndex(this.text);
    this.marks = [];
    this.hints = [];
    this.selected = null;
    this.lastSelection = null;
    this.view = new ArticleView(this.container, (a) => this.describe(a));
    this.readOnly = !this.editorHost;
    if (!this.readOnly) this.wire();
  }

  slice(a) { return this.index.slice(a.start, a.end); }

  describe(a) {
    const w = this.words;
    const text = this.slice(a);
    const name = `${typeName(a.type)} (${hindiName(a.type)})`;
    if (a.hint) return { label: w.hintLabel(text, a.type), title: w.hintTitle(a.type), className: 'hint' };
    const label = w.markLabel(text, a.type, a.note);
    return { label, title: a.note ? `${name} — ${a.note}` : name, className: a.note ? 'has-note' : '' };
  }

  // shown is what the article draws: the marks, and the hints no mark overlaps.
  shown() {
    const free = this.hints.filter((h) => !this.marks.some((m) => overlaps(m, h)));
    return [...this.marks, ...free].sort(byStart);
  }

  async setMarks(marks) {
    this.marks = marks.map(({ start, end, type, note }) => (note ? { start, end, type, note } : { start, end, type })).sort(byStart);
    await this.draw();
  }

  async setHints(hints) {
    this.hints = hints.map(({ start, end, type }) => ({ start, end, type, hint: true })).sort(byStart);
    await this.draw();
  }

  async draw() {
    await this.view.render(this.index, this.shown(), []);
    this.container.dataset.marks = String(this.marks.length);
  }

  async changed(focusStart) {
    await this.draw();
    this.onChange(this.marks);
    if (focusStart !== undefined) this.view.markFor(focusStart)?.focus();
  }

  // ---- selecting ----------------------------------------------------

  liveSelection() {
    const sel = getSelection();
    if (!sel.rangeCount || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    const start = this.view.offsetOf(r.startContainer, r.startOffset);
    const end = this.view.offsetOf(r.endContainer, r.endOffset);
    return start !== null && end !== null && end > start ? { start, end } : null;
  }

  // snap trims white space and, unless exact (Alt held), widens the
  // selection to whole tokens, as the main annotator does.
  async snap({ start, end }, exact) {
    const isSpace = (cp) => /\s/u.test(this.index.slice(cp, cp + 1));
    while (start < end && isSpace(start)) start++;
    while (end > start && isSpace(end - 1)) end--;
    if (exact || start >= end || !this.tokens) return { start, end };
    for (const [s, e] of await this.tokens()) {
      if (e <= start) continue;
      if (s >= end) break;
      start = Math.min(start, s);
      end = Math.max(end, e);
    }
    return { start, end };
  }

  // ---- editing ------------------------------------------------------

  async mark(type, exact) {
    if (this.disabled) return;
    if (!this.types.includes(type)) {
      this.say(this.words.notAsked(type));
      return;
    }
    const picked = this.liveSelection() || this.lastSelection;
    if (!picked) { this.say(this.words.selectFirst); return; }
    const { start, end } = await this.snap(picked, exact);
    if (start >= end) { this.say(this.words.selectFirst); return; }
    const clash = this.marks.find((m) => overlaps(m, { start, end }));
    if (clash) { this.say(this.words.overlaps(this.slice(clash))); return; }
    const mark = { start, end, type };
    const problem = await this.validate(mark);
    if (problem) { this.say(problem); return; }
    this.marks = [...this.marks, mark].sort(byStart);
    getSelection().removeAllRanges();
    this.lastSelection = null;
    await this.changed(start);
    this.say(this.words.marked(this.slice(mark), type));
  }

  async accept(hint) {
    const mark = { start: hint.start, end: hint.end, type: hint.type };
    if (!this.types.includes(mark.type) || this.marks.some((m) => overlaps(m, mark))) return;
    this.marks = [...this.marks, mark].sort(byStart);
    await this.changed(mark.start);
    this.say(this.words.accepted(this.slice(mark), mark.type));
  }

  async retype(mark, type) {
    if (!this.types.includes(type) || mark.type === type) return;
    const next = { ...mark, type };
    this.marks = this.marks.map((m) => (m === mark ? next : m));
    await this.changed(next.start);
    this.select(next);
    this.say(this.words.retyped(this.slice(next), type));
  }

  async remove(mark) {
    this.marks = this.marks.filter((m) => m !== mark);
    this.select(null);
    await this.changed();
    const after = this.shown().find((a) => a.start >= mark.end);
    (after ? this.view.markFor(after.start) : this.container).focus();
    this.say(this.words.removed(this.slice(mark)));
  }

  async setNote(mark, note) {
    const next = { start: mark.start, end: mark.end, type: mark.type };
    if (note) next.note = note;
    this.marks = this.marks.map((m) => (m === mark ? next : m));
    await this.changed();
    this.select(next);
    this.say(note ? this.words.noteSaved : this.words.noteRemoved);
  }

  // ---- the editor and the keyboard ------------------------------------

  wire() {
    const host = this.editorHost;
    host.hidden = true;
    host.replaceChildren();
    const heading = el('h3', this.words.selectedMark, { id: host.id + '-heading' });
    host.setAttribute('aria-labelledby', heading.id);
    this.ui = { entity: el('p', '', { lang: 'hi', className: 'entity' }) };
    const group = el('div', null, { role: 'group', 'aria-label': this.words.changeType, className: 'row' });
    for (const type of this.types) {
      const b = typeButton(type, 'retype');
      b.addEventListener('click', () => this.selected && this.retype(this.selected, type));
      group.append(b);
    }
    const noteId = host.id + '-note';
    const label = el('label', this.words.noteLabel, { for: noteId });
    this.ui.note = el('textarea', null, { id: noteId, rows: '2' });
    const save = el('button', this.words.saveNote, { type: 'button' });
    const remove = el('button', this.words.removeMark, { type: 'button', className: 'danger' });
    save.addEventListener('click', () => this.selected && this.setNote(this.selected, this.ui.note.value.trim()));
    remove.addEventListener('click', () => this.selected && this.remove(this.selected));
    this.ui.note.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save.click(); }
    });
    const buttons = el('div', null, { className: 'row' });
    buttons.append(save, remove);
    host.append(heading, this.ui.entity, group, label, this.ui.note, buttons);

    document.addEventListener('selectionchange', () => {
      const picked = this.liveSelection();
      if (picked) this.lastSelection = picked;
    });
    this.container.addEventListener('click', (e) => {
      const m = e.target.closest('mark');
      // A drag that ends on a mark is a new selection, not a click on it.
      if (this.disabled || !m || this.liveSelection()) return;
      this.open(m);
    });
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  // open acts on a drawn mark: accepts a hint, or shows a mark in the editor.
  open(markEl) {
    const start = Number(markEl.dataset.start);
    const hint = this.hints.find((h) => h.start === start && markEl.classList.contains('hint'));
    if (hint) { this.accept(hint); return; }
    const mark = this.marks.find((m) => m.start === start);
    if (mark) this.select(mark);
  }

  select(mark) {
    this.selected = mark;
    this.editorHost.hidden = !mark;
    if (!mark) return;
    this.ui.entity.textContent = `${this.slice(mark)} — ${typeName(mark.type)} (${hindiName(mark.type)})`;
    this.ui.note.value = mark.note || '';
    for (const b of this.editorHost.querySelectorAll('[data-retype]')) {
      b.setAttribute('aria-pressed', String(b.dataset.retype === mark.type));
    }
  }

  focusedMark() {
    const a = document.activeElement;
    return a && a.tagName === 'MARK' && this.container.contains(a) ? a : null;
  }

  onKey(e) {
    if (this.disabled || e.ctrlKey || e.metaKey) return;
    if (e.target.closest?.('textarea, input, select')) return;
    const focused = this.focusedMark();
    const type = typeKey(e.code);
    if (type && !e.shiftKey) {
      e.preventDefault();
      const mark = focused && !focused.classList.contains('hint') && this.marks.find((m) => m.start === Number(focused.dataset.start));
      // A fresh selection wins over a focused mark: the person just chose new words.
      if (mark && !this.liveSelection()) this.retype(mark, type);
      else this.mark(type, e.altKey);
      return;
    }
    if (!focused) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      const isHint = focused.classList.contains('hint');
      this.open(focused);
      if (!isHint) this.ui.note.focus();
      return;
    }
    if (e.key === 'Delete' || e.key === 'Backspace') {
      const mark = this.marks.find((m) => m.start === Number(focused.dataset.start));
      if (mark) { e.preventDefault(); this.remove(mark); }
    }
  }

  // toolbar fills host with one button per allowed type.
  toolbar(host) {
    for (const type of this.types) {
      const b = typeButton(type);
      // Keep the article's selection: a mousedown on a button would clear it.
      b.addEventListener('mousedown', (e) => e.preventDefault());
      b.addEventListener('click', (e) => this.mark(type, e.altKey));
      host.append(b);
    }
  }
}
