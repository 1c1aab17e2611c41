// Keyboard selection in the article, so a reader without a mouse can mark
// new entities (no caret browsing needed). With the article or a highlight
// focused:
//
//   → / ←                 select the next / previous word (token)
//   Ctrl+→ / Ctrl+←       jump to the first word of the next / previous sentence
//   Home / End            the first / last word of the current sentence
//   Ctrl+Home / Ctrl+End  the first / last word of the article
//   Shift with any of these grows or shrinks the selection instead
//
// The selection is an ordinary DOM selection, so the type keys mark it
// exactly as they mark a selection made with the mouse. The first key
// starts from the focused highlight, if there is one.
const SENTENCE_END = /^[।॥?!.]+$/u;

export class KeySelect {
  // view is the ArticleView; tokens() resolves to [[start, end, …], …] in
  // code points, sorted.
  constructor(view, tokens) {
    this.view = view;
    this.tokens = tokens;
    this.reset();
  }

  // reset forgets the keyboard selection (a new article was drawn).
  reset() {
    this.anchor = this.focus = -1;
    this.sentences = null;
  }

  // wants says whether keydown e is one of this module's keys.
  wants(e) {
    if (e.metaKey || e.altKey) return false;
    if (!['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(e.key)) return false;
    return true;
  }

  // sentenceStarts lists, for the tokens, the index of the first token of
  // every sentence: after an end mark (। ॥ ? ! .) or a line break.
  sentenceStarts(toks) {
    if (this.sentences) return this.sentences;
    const text = this.view.index;
    const starts = [0];
    for (let i = 1; i < toks.length; i++) {
      const prev = text.slice(toks[i - 1][0], toks[i - 1][1]);
      const gap = text.slice(toks[i - 1][1], toks[i][0]);
      if (SENTENCE_END.test(prev) || gap.includes('\n')) starts.push(i);
    }
    this.sentences = starts;
    return starts;
  }

  // tokenAt is the index of the first token ending after code point cp.
  static tokenAt(toks, cp) {
    let lo = 0, hi = toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toks[mid][1] <= cp) lo = mid + 1; else hi = mid;
    }
    return Math.min(lo, toks.length - 1);
  }

  // handle moves or grows the selection for a key that wants(e) accepted;
  // from is the focused highlight's span, where a fresh selection starts.
  async handle(e, from) {
    e.preventDefault();
    const toks = await this.tokens();
    if (!toks.length) return;
    const last = toks.length - 1;
    const fresh = this.focus < 0 || this.focus > last || !this.selectionIsOurs(toks);
    if (fresh) {
      if (from) {
        this.anchor = KeySelect.tokenAt(toks, from.start);
        this.focus = KeySelect.tokenAt(toks, Math.max(from.start, from.end - 1));
        if (e.key === 'ArrowRight' && !e.shiftKey) this.anchor = this.focus;
        if (e.key === 'ArrowLeft' && !e.shiftKey) this.focus = this.anchor;
      } else {
        this.anchor = this.focus = e.key === 'ArrowLeft' || e.key === 'End' ? last : 0;
        if (!e.ctrlKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
          this.show(toks);
          return;
        }
      }
    }
    const next = this.target(e, toks);
    this.focus = Math.min(last, Math.max(0, next));
    if (!e.shiftKey) this.anchor = this.focus;
    this.show(toks);
  }

  // target is the token index key e moves the selection's moving end to.
  target(e, toks) {
    const last = toks.length - 1;
    const starts = this.sentenceStarts(toks);
    // The sentence holding the moving end: the last start at or before it.
    let s = 0;
    while (s + 1 < starts.length && starts[s + 1] <= this.focus) s++;
    const sentenceEnd = (k) => (k + 1 < starts.length ? starts[k + 1] - 1 : last);
    if (e.ctrlKey) {
      if (e.key === 'Home') return 0;
      if (e.key === 'End') return last;
      if (e.key === 'ArrowRight') return e.shiftKey ? (this.focus < sentenceEnd(s) ? sentenceEnd(s) : sentenceEnd(s + 1 < starts.length ? s + 1 : s)) : (s + 1 < starts.length ? starts[s + 1] : last);
      // Ctrl+←: to the start of this sentence, or of the one before.
      return this.focus > starts[s] ? starts[s] : starts[Math.max(0, s - 1)];
    }
    if (e.key === 'Home') return starts[s];
    if (e.key === 'End') return sentenceEnd(s);
    return this.focus + (e.key === 'ArrowRight' ? 1 : -1);
  }

  // selectionIsOurs says whether the page's selection is still the one
  // this module made (the reader may have clicked or dragged since).
  selectionIsOurs(toks) {
    const sel = getSelection();
    if (!sel.rangeCount || sel.isCollapsed) return false;
    const r = sel.getRangeAt(0);
    const a = this.view.offsetOf(r.startContainer, r.startOffset);
    const b = this.view.offsetOf(r.endContainer, r.endOffset);
    const lo = Math.min(this.anchor, this.focus);
    const hi = Math.max(this.anchor, this.focus);
    return a === toks[lo]?.[0] && b === toks[hi]?.[1];
  }

  show(toks) {
    const a = Math.min(this.anchor, this.focus);
    const b = Math.max(this.anchor, this.focus);
    this.select(toks[a][0], toks[b][1]);
  }

  // select makes [start, end) (code points) the document's selection.
  select(start, end) {
    const from = this.view.pointAt(start);
    const to = this.view.pointAt(end);
    if (!from || !to) return;
    getSelection().setBaseAndExtent(from.node, from.offset, to.node, to.offset);
    const el = from.node.parentElement;
    if (el) el.scrollIntoView({ block: 'nearest' });
  }
}
