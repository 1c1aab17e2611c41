// Keyboard selection in the article, a token at a time, so a reader without
// a mouse can mark new entities (no caret browsing needed). With the article
// focused:
//
//   → / ←              select the next / previous token
//   Shift+→ / Shift+←  grow or shrink the selection by a token
//   Home / End         select the first / last token
//
// The selection is an ordinary DOM selection, so the type keys (1–5, p l o
// d n) mark it exactly as they mark a selection made with the mouse.
export class KeySelect {
  // view is the ArticleView; tokens() resolves to [[start, end, …], …] in
  // code points, sorted.
  constructor(view, tokens) {
    this.view = view;
    this.tokens = tokens;
    this.anchor = -1; // token index where the selection started
    this.focus = -1; // token index it extends to
  }

  // reset forgets the keyboard selection (a new article was drawn).
  reset() { this.anchor = this.focus = -1; }

  // wants says whether keydown e is one of this module's keys.
  wants(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    return ['ArrowRight', 'ArrowLeft', 'Home', 'End'].includes(e.key);
  }

  // handle moves or grows the selection for a key that wants(e) accepted.
  async handle(e) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    const jump = !step;
    e.preventDefault();
    const toks = await this.tokens();
    if (!toks.length) return;
    const last = toks.length - 1;
    if (this.focus < 0 || this.focus > last) {
      // The first key picks the first token (the last when moving left).
      this.anchor = this.focus = step === -1 || e.key === 'End' ? last : 0;
    } else if (jump) {
      this.focus = e.key === 'Home' ? 0 : last;
      if (!e.shiftKey) this.anchor = this.focus;
    } else {
      this.focus = Math.min(last, Math.max(0, this.focus + step));
      if (!e.shiftKey) this.anchor = this.focus;
    }
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
