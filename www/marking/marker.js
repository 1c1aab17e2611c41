// Marker is how a reader marks text, on every page that shows an article:
// the annotator, a shared article, the exercise maker's key, a student's
// exercise. It draws the document (a DocModel) through an ArticleView and
// turns selections, keys, clicks and drags into edits of that model, each
// one undoable step:
//
//   select words, press a type key      mark them (snapped to whole words;
//                                       Alt marks exactly the letters)
//   on a highlight: a type key          change its type
//                   Delete, Backspace   remove it
//                   Enter / Space       open the editor (Enter: at the note)
//                   Alt+→ / Alt+←       move its end a word later / earlier
//                   Alt+Shift+← / →     move its start a word earlier / later
//                   drag a handle       move that end (Alt: exact letters)
//   ↓ / ↑                               next / previous highlight
//   →, ←, Ctrl+arrows, Home, End        keyboard selection (keyselect.js)
//   Ctrl+Z, Ctrl+Y (Ctrl+Shift+Z)       undo, redo
//
// The article is one Tab stop: the highlight last visited is in the Tab
// order (roving tabindex), or the article itself when there is none. A
// selection that overlaps a highlight offers to replace or merge it, and
// marking, retyping or removing offers to do the same to every other
// occurrence of the text.
import { ArticleView } from './article-view.js';
import { TextIndex } from '../textindex.js';
import { KeySelect } from './keyselect.js';
import { Editor, keepVisible } from './editor.js';
import { Handles } from './handles.js';
import { Offers } from './offer.js';
import { overlaps, sameSpan } from './doc-model.js';
import { snap, moveEdge, toMark, toRemove } from './spans.js';
import { t } from '../i18n.js';

const TENTATIVE = 0.6; // model suggestions below this score look tentative

export class Marker {
  // options:
  //   container    element the article is drawn in
  //   model        the DocModel shown
  //   types        a TypeSet: the types that may be marked
  //   readOnly     only reading: a highlight shows its note, nothing edits
  //   editorHost   element to build the editor in
  //   offerHost    element for offers (inside the page's toolbar)
  //   tokens       () => Promise of the text's tokens, for snapping
  //   validate     async (annotation) => problem message or null
  //   occurrences  async ({start, end}) => spans of the same text, or null
  //   hints        model suggestions are hints a click accepts (classroom)
  //   hiddenTypes  a Set of type codes whose highlights are drawn plain
  //   say          (message) => void, the page's status line
  //   onChange     ({kind, textChanged}) => void, after every edit
  constructor(options) {
    Object.assign(this, {
      readOnly: false, hints: false, say: () => {}, onChange: () => {},
      validate: async () => null, occurrences: async () => null, tokens: async () => null,
      hiddenTypes: new Set(),
    }, options);
    this.disabled = false;
    this.lastSelection = null;
    this.current = null; // start of the highlight in the Tab order
    this.view = new ArticleView(this.container, (a) => this.describe(a));
    this.keySelect = new KeySelect(this.view, async () => (await this.tokens()) || []);
    this.editor = new Editor(this.editorHost, {
      types: this.types,
      readOnly: this.readOnly,
      actions: {
        retype: (ann, type) => this.retype(ann, type),
        saveNote: (ann, note, back) => this.saveNote(ann, note, back),
        remove: (ann) => this.remove(ann),
        closed: (ann, back) => {
          this.handles?.show(null);
          if (back && ann) this.focusMark(ann.start);
        },
      },
    });
    if (this.offerHost) this.offers = new Offers(this.offerHost);
    if (!this.readOnly) this.handles = new Handles(this.view, (edge, at, exact) => this.dragged(edge, at, exact));
    this.container.tabIndex = 0;
    this.wire();
  }

  get text() { return this.model.doc.text; }
  slice(a) { return this.index.slice(a.start, a.end); }

  // setModel shows another document (or the same one after its text
  // changed) and draws it.
  async setModel(model) {
    this.model = model;
    this.current = null;
    this.lastSelection = null;
    this.editor.close(false);
    this.offers?.dismiss();
    return this.draw();
  }

  setTypes(types) {
    this.types = types;
    this.editor.types = types;
    this.editor.build();
  }

  // describe gives a highlight its accessible name, tooltip, classes and
  // colour: the type is always named in words, never shown by colour alone.
  describe(a) {
    const text = this.slice(a);
    const name = this.types.name(a.type);
    const color = this.types.color(a.type);
    if (this.hints && a.source === 'model') {
      return { label: t('hintLabel', text, name), title: t('hintTitle', name), className: 'hint', color };
    }
    const tentative = a.source === 'model' && a.score > 0 && a.score < TENTATIVE;
    let label = `${text} — ${name}`;
    if (tentative) label += `, ${t('tentative')}`;
    if (a.note) label += `; ${t('note')}: ${a.note}`;
    let title = name;
    if (a.source === 'model' && a.score) title += ` (${Math.round(a.score * 100)}%)`;
    if (a.note) title += ` — ${a.note}`;
    const classes = [];
    if (tentative) classes.push('tentative');
    if (a.note) classes.push('has-note');
    if (a.source !== 'model') classes.push('by-person');
    if (color) classes.push('custom');
    if (this.hiddenTypes.has(a.type)) classes.push('type-hidden');
    return { label, title, className: classes.join(' '), color };
  }

  // draw draws the whole document; it resolves to false when a newer draw
  // took over.
  async draw() {
    this.index = new TextIndex(this.text);
    this.keySelect.reset();
    const done = await this.view.render(this.index, this.model.annotations, this.model.doc.normalization?.edits);
    if (done) this.settle();
    return done;
  }

  // settle puts the Tab stop back after a redraw and counts the marks.
  settle() {
    const mark = this.current === null ? null : this.view.markFor(this.current);
    if (mark) mark.tabIndex = 0;
    else this.current = null;
    this.container.tabIndex = mark ? -1 : 0;
    this.container.dataset.marks = String(this.model.annotations.filter((a) => !this.hints || a.source !== 'model').length);
    if (this.editor.isOpen) {
      const ann = this.model.find(this.editor.ann.start);
      const el = ann && this.view.markFor(ann.start);
      if (ann && el) {
        this.editor.open(ann, this.slice(ann), null);
        this.handles?.show(el);
      } else {
        this.editor.close(false);
      }
    }
  }

  // ---- focus -----------------------------------------------------------

  markEl(ann) { return ann ? this.view.markFor(ann.start) : null; }

  annotationOf(el) { return el ? this.model.find(Number(el.dataset.start)) : null; }

  focusedMark() {
    const a = document.activeElement;
    return a && a.tagName === 'MARK' && this.container.contains(a) ? a : null;
  }

  // rove makes el the article's one Tab stop.
  rove(el) {
    const old = this.current === null ? null : this.view.markFor(this.current);
    if (old && old !== el) old.tabIndex = -1;
    el.tabIndex = 0;
    this.container.tabIndex = -1;
    this.current = Number(el.dataset.start);
  }

  // focusMark focuses the highlight starting at start, or with orArticle
  // the article when there is none.
  focusMark(start, orArticle = true) {
    const el = start === undefined || start === null ? null : this.view.markFor(start);
    if (el) {
      this.rove(el);
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: 'nearest' });
    } else if (orArticle) {
      this.container.focus({ preventScroll: true });
    }
  }

  // focusArticle puts the focus back in the article: on its Tab stop.
  focusArticle() {
    const el = this.current === null ? null : this.view.markFor(this.current);
    (el || this.container).focus({ preventScroll: true });
  }

  // ---- selection -------------------------------------------------------

  liveSelection() {
    const sel = getSelection();
    if (!sel.rangeCount || sel.isCollapsed) return null;
    const r = sel.getRangeAt(0);
    const start = this.view.offsetOf(r.startContainer, r.startOffset);
    const end = this.view.offsetOf(r.endContainer, r.endOffset);
    return start !== null && end !== null && end > start ? { start, end } : null;
  }

  // picked is the selection to act on, snapped: the live one, else the
  // last one made in the article (a toolbar button may have cleared it).
  async picked(exact) {
    const sel = this.liveSelection() || this.lastSelection;
    if (!sel) return null;
    const span = snap(this.index, sel, await this.tokens(), exact);
    return span.start < span.end ? span : null;
  }

  forgetSelection() {
    getSelection().removeAllRanges();
    this.lastSelection = null;
    this.keySelect.reset();
  }

  // ---- edits -------------------------------------------------------------

  // edited redraws [from, to), puts the focus on the highlight at focusAt
  // (or the article), and reports the change with the spans the reader's
  // decision was made on (spans, else [from, to)).
  async edited(from, to, focusAt, kind = 'edit', spans = null) {
    this.model.doc.modified = Date.now();
    await this.view.update(this.model.annotations, from, to);
    this.settle();
    if (focusAt !== undefined) this.focusMark(focusAt);
    this.onChange({ kind, spans: spans || [{ start: from, end: to }] });
  }

  // decisions are the highlights a selection must not silently replace:
  // all of them, except hints on a classroom page.
  decisions(span) {
    return this.model.annotations.filter((a) => overlaps(a, span) && !(this.hints && a.source === 'model'));
  }

  async markSelection(type, exact) {
    if (this.readOnly || this.disabled) return;
    if (!this.types.has(type)) { this.say(t('notAsked', this.types.name(type))); return; }
    let span = await this.picked(exact);
    if (!span) { this.say(t('noSelection')); return; }
    const clash = this.decisions(span);
    const exactly = clash.length === 1 && sameSpan(clash[0], span);
    if (exactly) { await this.retype(clash[0], type); return; }
    if (clash.length) {
      const choice = await this.offers?.ask(t('overlapOffer', this.slice(clash[0])), [
        { label: t('replace'), value: 'replace' }, { label: t('merge'), value: 'merge' },
      ], { focus: true });
      if (!choice) { this.focusArticle(); return; }
      if (choice === 'merge') {
        span = { start: Math.min(span.start, ...clash.map((a) => a.start)), end: Math.max(span.end, ...clash.map((a) => a.end)) };
      }
    }
    const problem = await this.validate({ ...span, type });
    if (problem) { this.say(problem); return; }
    const note = clash.find((a) => a.note)?.note;
    const [made] = this.model.addMany([{ ...span, type, note }]);
    this.forgetSelection();
    const from = Math.min(span.start, ...clash.map((a) => a.start));
    const to = Math.max(span.end, ...clash.map((a) => a.end));
    await this.edited(from, to, made.start);
    this.say(t('added', this.slice(made), this.types.name(type)));
    this.offerEverywhere(made, type);
  }

  async retype(ann, type) {
    if (this.readOnly || this.disabled || !ann || !this.types.has(type)) return;
    if (ann.type === type && ann.source !== 'model') return;
    const hint = this.hints && ann.source === 'model';
    const next = this.model.retype(ann, type);
    await this.edited(next.start, next.end, next.start);
    if (this.editor.isOpen) this.openEditor(next);
    this.say(t(hint ? 'accepted' : 'retyped', this.slice(next), this.types.name(type)));
    this.offerEverywhere(next, type);
  }

  async remove(ann) {
    if (this.readOnly || this.disabled || !ann) return;
    const text = this.slice(ann);
    const others = toRemove((await this.occurrences(ann)) || [], ann, this.model.annotations);
    this.model.remove(ann);
    this.editor.close(false);
    // The focus moves on (to the next highlight, or the article) as soon as
    // the article is redrawn: a reader who goes on marking meanwhile must
    // not have the focus taken away later.
    const next = this.model.annotations.find((a) => a.start >= ann.end);
    await this.edited(ann.start, ann.end, next ? next.start : null);
    this.say(t('removed', text));
    if (others.length && this.offers) {
      const yes = await this.offers.ask(t('offerRemove', others.length, text), [{ label: t('doAll', others.length), value: true }], { decline: t('notNow') });
      if (yes) await this.removeAll(others.filter((a) => this.model.annotations.includes(a)));
    }
  }

  // removeAll removes every highlight in list as one step.
  async removeAll(list) {
    if (this.readOnly || !list.length) return;
    const text = this.slice(list[0]);
    this.model.removeMany(list);
    await this.edited(Math.min(...list.map((a) => a.start)), Math.max(...list.map((a) => a.end)), undefined, 'edit', list);
    this.say(t('removedAll', list.length, text));
  }

  // changeAll gives every highlight in list the type, as one step.
  async changeAll(list, type) {
    if (this.readOnly || !list.length) return;
    const made = this.model.addMany(list.map((a) => ({ start: a.start, end: a.end, type, note: a.note })));
    await this.edited(Math.min(...made.map((a) => a.start)), Math.max(...made.map((a) => a.end)), undefined, 'edit', made);
    this.say(t('markedAll', made.length, this.slice(made[0]), this.types.name(type)));
  }

  // offerEverywhere offers to mark the text's other occurrences as type.
  async offerEverywhere(ann, type) {
    if (!this.offers) return;
    const spans = await this.occurrences(ann);
    if (!spans || !this.model.annotations.includes(ann)) return;
    const others = toMark(spans, ann, this.model.annotations, type);
    if (!others.length) return;
    const text = this.slice(ann);
    const yes = await this.offers.ask(t('offerMark', others.length, text, this.types.name(type)), [{ label: t('doAll', others.length), value: true }], { decline: t('notNow') });
    if (!yes) return;
    // The document may have changed while the offer stood.
    const still = toMark(others, ann, this.model.annotations, type);
    await this.changeAll(still, type);
  }

  async saveNote(ann, note, back = false) {
    if (this.readOnly || this.disabled || !ann) return;
    const next = this.model.setNote(ann, note);
    await this.edited(next.start, next.end, back ? next.start : undefined);
    this.openEditor(next);
    this.say(t(note ? 'noteSaved' : 'noteRemoved'));
  }

  // resizeTo moves ann to span after checking it.
  async resizeTo(ann, span, exact) {
    const clash = this.model.annotations.find((a) => a !== ann && overlaps(a, span) && !(this.hints && a.source === 'model'));
    if (!span || span.start >= span.end || clash) { this.say(t('cannotResize')); return; }
    if (exact) {
      const problem = await this.validate({ ...span, type: ann.type });
      if (problem) { this.say(problem); return; }
    }
    const wasOpen = this.editor.isOpen;
    const next = this.model.resize(ann, span.start, span.end);
    await this.edited(Math.min(ann.start, next.start), Math.max(ann.end, next.end), next.start);
    if (wasOpen) this.openEditor(next);
    this.say(t('resized', this.slice(next)));
  }

  async moveEdgeByKey(ann, edge, grow) {
    const toks = await this.tokens();
    if (!toks) return;
    const span = moveEdge(ann, edge, grow, toks);
    if (!span) { this.say(t('cannotResize')); return; }
    await this.resizeTo(ann, span, false);
  }

  // dragged moves the edited highlight's edge to take in (or stop at) the
  // character at, the one under the pointer.
  async dragged(edge, at, exact) {
    const ann = this.editor.ann && this.model.find(this.editor.ann.start);
    if (!ann) return;
    const raw = edge === 'end' ? { start: ann.start, end: Math.max(at + 1, ann.start + 1) } : { start: Math.min(at, ann.end - 1), end: ann.end };
    const toks = await this.tokens();
    const span = snap(this.index, raw, toks, exact);
    // Snapping widens; an inward drag keeps the other end where it was.
    if (edge === 'end') span.start = ann.start; else span.end = ann.end;
    if (sameSpan(span, ann)) { this.handles.place(); return; }
    await this.resizeTo(ann, span, exact);
  }

  // ---- the editor ----------------------------------------------------------

  openEditor(ann, focusNote = false) {
    const el = this.markEl(ann);
    if (!el) return;
    this.editor.open(ann, this.slice(ann), el);
    this.handles?.show(el);
    if (focusNote && this.editor.note) this.editor.note.focus();
  }

  // activate acts on a highlight clicked or pressed: accepts a hint, or
  // opens the editor (on a read-only page, the note).
  async activate(el, focusNote) {
    const ann = this.annotationOf(el);
    if (!ann) return;
    this.rove(el);
    if (this.hints && ann.source === 'model' && !this.readOnly) {
      await this.retype(ann, ann.type);
      return;
    }
    this.openEditor(ann, focusNote && !this.readOnly);
  }

  // ---- events --------------------------------------------------------------

  wire() {
    document.addEventListener('selectionchange', () => {
      const picked = this.liveSelection();
      if (picked) this.lastSelection = picked;
    });
    this.container.addEventListener('click', (e) => {
      const el = this.view.markAt(e.target);
      // A drag that ends on a highlight is a new selection, not a click on it.
      if (!el || this.disabled || this.liveSelection()) return;
      this.activate(el, false);
    });
    this.container.addEventListener('focusin', (e) => {
      if (e.target.tagName === 'MARK') {
        this.rove(e.target);
        const ann = this.annotationOf(e.target);
        // The open editor follows the focus from highlight to highlight.
        if (ann && this.editor.isOpen && this.editor.ann?.start !== ann.start) this.openEditor(ann);
      }
    });
    document.addEventListener('keydown', (e) => this.onKey(e));
  }

  // owns says whether keydown e is for this marker: in its article, or
  // anywhere but a text field while words of its article are selected.
  owns(e) {
    return this.container.contains(e.target) || this.liveSelection() !== null;
  }

  onKey(e) {
    if (this.disabled || !this.model) return;
    const target = e.target;
    if (target.closest?.('textarea, input, select')) return;
    const inArticle = this.container.contains(target);
    const focused = this.focusedMark();
    const ann = this.annotationOf(focused);

    if ((e.ctrlKey || e.metaKey) && !e.altKey) {
      const key = e.key.toLowerCase();
      const body = target === document.body || target === document.documentElement;
      if ((key === 'z' || key === 'y') && !this.readOnly && (inArticle || body || target.closest?.('.toolbar'))) {
        e.preventDefault();
        this.step(key === 'y' || e.shiftKey ? 'redo' : 'undo');
        return;
      }
      if (inArticle && this.keySelect.wants(e)) this.keySelect.handle(e, ann);
      return;
    }
    if (inArticle && !e.altKey && !e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      this.next(e.key === 'ArrowDown' ? 1 : -1, ann);
      return;
    }
    if (e.key === 'Escape' && this.editor.isOpen && (inArticle || target === document.body)) {
      e.preventDefault();
      this.editor.close(true);
      return;
    }
    if (ann && e.altKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      e.preventDefault();
      if (!this.readOnly) this.moveEdgeByKey(ann, e.shiftKey ? 'start' : 'end', e.shiftKey ? e.key === 'ArrowLeft' : e.key === 'ArrowRight');
      return;
    }
    if (inArticle && this.keySelect.wants(e)) {
      this.keySelect.handle(e, ann);
      return;
    }
    if (ann && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      this.activate(focused, e.key === 'Enter');
      return;
    }
    if (this.readOnly || !this.owns(e)) return;
    const type = this.types.forKey(e.code);
    if (type && !e.shiftKey) {
      e.preventDefault();
      // A fresh selection wins over the focused highlight: the reader just
      // chose new words.
      if (ann && !this.liveSelection()) this.retype(ann, type);
      else this.markSelection(type, e.altKey);
      return;
    }
    if (ann && (e.key === 'Delete' || e.key === 'Backspace')) {
      e.preventDefault();
      this.remove(ann);
    }
  }

  // next focuses the next (dir 1) or previous (-1) highlight after ann,
  // or after the selection, or from the article's start.
  next(dir, ann) {
    const list = this.model.annotations;
    if (!list.length) return;
    const from = ann || this.liveSelection() || this.lastSelection;
    let i;
    if (!from) i = dir > 0 ? 0 : list.length - 1;
    else if (dir > 0) i = list.findIndex((a) => a.start > from.start || (a.start === from.start && !ann));
    else i = list.findLastIndex((a) => a.start < from.start);
    if (i < 0) return;
    this.forgetSelection();
    this.focusMark(list[i].start);
    if (this.editor.isOpen) this.openEditor(list[i]);
  }

  // step undoes or redoes one edit, then puts the focus back in the article.
  async step(direction) {
    const before = this.model.snapshot();
    const moved = direction === 'undo' ? this.model.undo() : this.model.redo();
    if (!moved) { this.say(t(direction === 'undo' ? 'nothingToUndo' : 'nothingToRedo')); return; }
    this.editor.close(false);
    this.offers?.dismiss();
    const textChanged = before.text !== this.model.doc.text;
    this.model.doc.modified = Date.now();
    if (textChanged) {
      await this.draw();
    } else {
      const span = changedSpan(before.annotations, this.model.annotations);
      if (span) await this.view.update(this.model.annotations, span.from, span.to);
      this.settle();
    }
    this.focusArticle();
    this.say(t(textChanged && direction === 'undo' ? 'textUndone' : direction === 'undo' ? 'undone' : 'redone'));
    this.onChange({ kind: direction, textChanged, spans: textChanged ? [] : differing(before.annotations, this.model.annotations) });
  }

  // keepInView scrolls the highlight at start clear of the toolbar and editor.
  keepInView(start) {
    const el = this.view.markFor(start);
    if (el) keepVisible(el, this.editor.host);
  }
}

// differing lists the annotations that are in one list and not the other:
// where an undo or redo changed the reader's decisions.
function differing(before, after) {
  const a = new Set(before);
  const b = new Set(after);
  return before.filter((x) => !b.has(x)).concat(after.filter((x) => !a.has(x)));
}

// changedSpan is the range of text two annotation lists differ on, for
// redrawing after undo or redo.
function changedSpan(before, after) {
  const a = new Set(before);
  const b = new Set(after);
  let from = Infinity;
  let to = -Infinity;
  for (const x of before) if (!b.has(x)) { from = Math.min(from, x.start); to = Math.max(to, x.end); }
  for (const x of after) if (!a.has(x)) { from = Math.min(from, x.start); to = Math.max(to, x.end); }
  return from <= to ? { from, to } : null;
}
