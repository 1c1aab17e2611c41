// Drag handles on the highlight being edited: one at its start, one at its
// end, to move either end with a mouse, a pen or a finger (pointer events,
// so one code path for all three). The new end is the text position under
// the pointer when it is released, snapped to whole words unless Alt is
// held. The handles are decoration for pointers only (aria-hidden): the
// keyboard moves the same ends with Alt+arrows.
import { el } from './dom.js';

export class Handles {
  // view is the ArticleView; moved(edge, offset, exact) is called on
  // release with edge "start" or "end" and the code point under the pointer.
  constructor(view, moved) {
    this.view = view;
    this.moved = moved;
    this.mark = null;
    this.els = ['start', 'end'].map((edge) => {
      const h = el('div', null, { className: `span-handle span-handle-${edge}`, 'aria-hidden': 'true' });
      h.dataset.edge = edge;
      h.hidden = true;
      h.addEventListener('pointerdown', (e) => this.grab(e, h));
      document.body.append(h);
      return h;
    });
    addEventListener('resize', () => this.place());
  }

  // show puts the handles on markEl (a drawn highlight), or hides them.
  show(markEl) {
    this.mark = markEl || null;
    this.place();
  }

  place() {
    const m = this.mark;
    if (!m || !m.isConnected) {
      for (const h of this.els) h.hidden = true;
      return;
    }
    const rects = m.getClientRects();
    if (!rects.length) return;
    const first = rects[0];
    const last = rects[rects.length - 1];
    const [start, end] = this.els;
    this.put(start, first.left, first.top, first.height);
    this.put(end, last.right, last.top, last.height);
  }

  put(h, x, y, height) {
    h.hidden = false;
    // CSSOM writes: the page's CSP forbids style attributes, not these.
    h.style.left = `${x + scrollX}px`;
    h.style.top = `${y + scrollY}px`;
    h.style.height = `${height}px`;
  }

  grab(e, h) {
    if (!this.mark) return;
    e.preventDefault();
    h.setPointerCapture(e.pointerId);
    h.classList.add('dragging');
    const move = (ev) => {
      h.style.left = `${ev.clientX + scrollX}px`;
    };
    const up = (ev) => {
      h.removeEventListener('pointermove', move);
      h.removeEventListener('pointerup', up);
      h.removeEventListener('pointercancel', up);
      h.classList.remove('dragging');
      if (ev.type === 'pointercancel') { this.place(); return; }
      // The handles are over the text; look through them.
      for (const x of this.els) x.hidden = true;
      const at = this.charAtPoint(ev.clientX, ev.clientY);
      for (const x of this.els) x.hidden = false;
      if (at === null) { this.place(); return; }
      this.moved(h.dataset.edge, at, ev.altKey);
    };
    h.addEventListener('pointermove', move);
    h.addEventListener('pointerup', up);
    h.addEventListener('pointercancel', up);
  }

  // charAtPoint is the code point offset of the character under the
  // viewport point (x, y): the one after the nearest caret position, or the
  // one before it when the point is over that one; null outside the article.
  charAtPoint(x, y) {
    const cp = this.offsetAtPoint(x, y);
    if (cp === null) return null;
    const box = (a) => {
      const from = this.view.pointAt(a);
      const to = this.view.pointAt(a + 1);
      if (!from || !to) return null;
      const r = document.createRange();
      r.setStart(from.node, from.offset);
      r.setEnd(to.node, to.offset);
      return r.getBoundingClientRect();
    };
    const after = cp < this.view.index.length ? box(cp) : null;
    if (after && x >= after.left && x <= after.right) return cp;
    return cp > 0 ? cp - 1 : cp;
  }

  // offsetAtPoint is the caret position (code point offset) nearest the
  // viewport point (x, y), or null outside the article.
  offsetAtPoint(x, y) {
    let node;
    let offset;
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      if (!p) return null;
      node = p.offsetNode;
      offset = p.offset;
    } else if (document.caretRangeFromPoint) {
      const r = document.caretRangeFromPoint(x, y);
      if (!r) return null;
      node = r.startContainer;
      offset = r.startOffset;
    } else {
      return null;
    }
    return this.view.offsetOf(node, offset);
  }
}
