// ArticleView draws the annotated article and maps DOM positions back to
// text offsets.
//
// The text is cut into paragraph spans (at line breaks, and at spaces in
// overlong lines) that no annotation crosses, so an edit redraws only the
// paragraphs it touches. The first draw builds paragraphs into a
// DocumentFragment a chunk at a time, yielding between chunks, so a
// 100,000-character article never blocks the page for long. Every text
// node's start offset is remembered, which makes mapping a selection back
// to the text exact. Text is only ever inserted with createTextNode.
//
// A highlight is a <mark> with role="button": it can be focused and acted
// on, and a button's aria-label is a name every browser and screen reader
// supports (a plain <mark> may not carry one). Only one highlight at a
// time is in the Tab order (tabIndex 0, set by the marker); the rest are
// reached with the arrow keys.
const PARA_MAX = 2000; // code points before a long line is cut at a space
const CHUNK = 5000; // code points drawn between yields on the first draw (one task stays short)

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

export class ArticleView {
  // describe(ann) returns {label, title, className} for a highlight.
  constructor(container, describe) {
    this.container = container;
    this.describe = describe;
    this.marks = new Map(); // annotation start → <mark>
    this.paras = []; // {start, end, el}, in order
  }

  // render draws text (a TextIndex) with annotations and the normalization
  // changes ({start, end, rules}), replacing whatever was shown.
  async render(index, annotations, changes) {
    const token = (this.renderToken = {});
    this.drawing = true;
    this.index = index;
    this.changes = changes || [];
    this.nodeStart = new WeakMap(); // text node → UTF-16 offset of its start
    this.marks = new Map();
    this.paras = paragraphs(index, annotations);
    this.container.replaceChildren();
    let frag = document.createDocumentFragment();
    let drawn = 0;
    let k = 0;
    for (const p of this.paras) {
      p.el = document.createElement('span');
      // A whole line is a block the browser may skip laying out while it
      // is off screen (content-visibility, in the style sheet); the pieces
      // of an overlong line stay inline, so the line still reads as one.
      p.el.className = p.line ? 'para line' : 'para';
      k = this.fill(p, annotations, k);
      frag.append(p.el);
      drawn += p.end - p.start;
      if (drawn >= CHUNK) {
        this.container.append(frag);
        frag = document.createDocumentFragment();
        drawn = 0;
        await yieldToPage();
        if (this.renderToken !== token) return false; // a newer render took over
      }
    }
    this.container.append(frag);
    this.drawing = false;
    return true;
  }

  // update redraws the paragraphs touching [from, to) from the full,
  // sorted annotation list. An annotation that now crosses a paragraph
  // boundary (a reader selected across lines) redraws everything.
  async update(annotations, from, to) {
    const touched = this.paras.filter((p) => p.start < to && from < p.end);
    const crosses = touched.some((p) => annotations.some((a) => a.start < p.end && p.end < a.end));
    // Mid-way through a first draw some paragraphs have no element yet.
    if (crosses || this.drawing) return this.render(this.index, annotations, this.changes);
    for (const p of touched) {
      for (const start of [...this.marks.keys()]) {
        if (start >= p.start && start < p.end) this.marks.delete(start);
      }
      p.el.replaceChildren();
      this.fill(p, annotations, 0);
    }
    return true;
  }

  // fill draws paragraph p, its annotations starting at annotations[k];
  // it returns the index of the first annotation after p.
  fill(p, annotations, k) {
    while (k < annotations.length && annotations[k].end <= p.start) k++;
    let at = p.start;
    for (; k < annotations.length && annotations[k].start < p.end; k++) {
      const a = annotations[k];
      this.text(p.el, at, a.start);
      const mark = document.createElement('mark');
      const d = this.describe(a);
      mark.dataset.type = a.type;
      mark.dataset.start = a.start;
      mark.dataset.end = a.end;
      mark.tabIndex = -1;
      mark.setAttribute('role', 'button');
      mark.className = d.className;
      mark.setAttribute('aria-label', d.label);
      mark.title = d.title;
      // A custom type's colour (CSSOM, which the page's CSP allows).
      if (d.color) mark.style.setProperty('--type-color', d.color);
      this.text(mark, a.start, a.end);
      p.el.append(mark);
      this.marks.set(a.start, mark);
      at = a.end;
    }
    this.text(p.el, at, p.end);
    return k;
  }

  // text appends the characters [a, b) to parent, wrapping the places the
  // Unicode clean-up changed so they can be shown on request.
  text(parent, a, b) {
    if (a >= b) return;
    let at = a;
    for (let i = firstChangeFrom(this.changes, a); i < this.changes.length; i++) {
      const c = this.changes[i];
      if (c.start >= b) break;
      if (c.start === c.end) {
        if (c.start < a) continue;
        this.plain(parent, at, c.start);
        const gone = document.createElement('span');
        gone.className = 'chg chg-gone';
        gone.dataset.rules = c.rules.join(' ');
        parent.append(gone);
        at = c.start;
        continue;
      }
      const s = Math.max(c.start, a);
      const e = Math.min(c.end, b);
      if (s >= e) continue;
      this.plain(parent, at, s);
      const span = document.createElement('span');
      span.className = 'chg';
      span.dataset.rules = c.rules.join(' ');
      this.plain(span, s, e);
      parent.append(span);
      at = e;
    }
    this.plain(parent, at, b);
  }

  plain(parent, a, b) {
    if (a >= b) return;
    const u = this.index.u16(a);
    const node = document.createTextNode(this.index.text.slice(u, this.index.u16(b)));
    this.nodeStart.set(node, u);
    parent.append(node);
  }

  // offsetOf maps a DOM boundary point (as in a Selection or Range) inside
  // the article to a code point offset, or returns null outside it.
  offsetOf(node, offset) {
    if (!this.container.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const u = this.nodeStart.get(node);
      return u === undefined ? null : this.index.cp(u + offset);
    }
    // An element boundary: the start of the child at offset, or the end of
    // the last text before it.
    const walker = document.createTreeWalker(this.container, NodeFilter.SHOW_TEXT);
    if (offset < node.childNodes.length) {
      walker.currentNode = node.childNodes[offset];
      const first = node.childNodes[offset].nodeType === Node.TEXT_NODE ? node.childNodes[offset] : walker.nextNode();
      if (first && this.nodeStart.has(first)) return this.index.cp(this.nodeStart.get(first));
      return this.index.length;
    }
    let last = node.lastChild;
    while (last && last.nodeType !== Node.TEXT_NODE) last = last.lastChild || last.previousSibling;
    if (!last) return null;
    return this.index.cp(this.nodeStart.get(last) + last.length);
  }

  // pointAt maps a code point offset to a DOM boundary point {node, offset}
  // inside the article's text, or returns null before it is drawn. It is
  // the inverse of offsetOf; an offset between two text nodes lands at the
  // end of the first.
  pointAt(cp) {
    const u = this.index.u16(cp);
    const walker = document.createTreeWalker(this.container, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const start = this.nodeStart.get(n);
      if (start === undefined) continue;
      if (u >= start && u <= start + n.length) return { node: n, offset: u - start };
    }
    return null;
  }

  markFor(start) { return this.marks.get(start); }

  // markAt is the highlight holding DOM node, if any.
  markAt(node) {
    const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const m = el?.closest?.('mark');
    return m && this.container.contains(m) ? m : null;
  }
}

// paragraphs cuts the text into spans no annotation crosses: after each
// line break, and at a space once a line runs past PARA_MAX.
function paragraphs(index, annotations) {
  const text = index.text;
  const covered = (cp) => {
    // annotations are sorted; binary search the last starting before cp.
    let lo = 0, hi = annotations.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (annotations[mid].start < cp) lo = mid + 1; else hi = mid;
    }
    const a = annotations[lo - 1];
    return a !== undefined && a.end > cp;
  };
  const out = [];
  let start = 0;
  let lineStart = true; // the next paragraph starts a line
  for (let u = 0; u < text.length; u++) {
    const ch = text.charCodeAt(u);
    const cut = ch === 10 || (ch === 32 && index.cp(u) - start >= PARA_MAX);
    if (!cut) continue;
    const end = index.cp(u + 1);
    if (covered(end)) continue;
    out.push({ start, end, line: ch === 10 && lineStart });
    lineStart = ch === 10;
    start = end;
  }
  if (start < index.length || out.length === 0) out.push({ start, end: index.length, line: lineStart });
  return out;
}

function firstChangeFrom(changes, a) {
  let lo = 0, hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (changes[mid].end < a) lo = mid + 1; else hi = mid;
  }
  return lo;
}
