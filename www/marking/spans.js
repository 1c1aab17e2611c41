// Pure span arithmetic for marking: snapping a selection to whole tokens,
// moving one end of a highlight by a token, and choosing which other
// occurrences of a text an action should also reach. Tokens are
// [[start, end, …], …] in code points, sorted; spans are {start, end}.
import { overlaps, sameSpan } from './doc-model.js';

// trim moves a span's ends in past white space (index is a TextIndex).
export function trim(index, { start, end }) {
  const isSpace = (cp) => /\s/u.test(index.slice(cp, cp + 1));
  while (start < end && isSpace(start)) start++;
  while (end > start && isSpace(end - 1)) end--;
  return { start, end };
}

// snap trims white space off a span and, unless exact, widens it to the
// whole tokens it touches, so a sloppy drag still marks words.
export function snap(index, span, toks, exact) {
  let { start, end } = trim(index, span);
  if (exact || start >= end || !toks) return { start, end };
  for (const [s, e] of toks) {
    if (e <= start) continue;
    if (s >= end) break;
    if (s < start) start = s;
    if (e > end) end = e;
  }
  return { start, end };
}

// moveEdge moves edge ("start" or "end") of span by one token, outwards
// (grow) or inwards (shrink); null when it cannot (a one-word highlight
// does not shrink; nothing lies beyond the text's ends).
export function moveEdge(span, edge, grow, toks) {
  let { start, end } = span;
  if (edge === 'end' && grow) {
    const tok = toks.find(([, e]) => e > end);
    if (!tok) return null;
    end = tok[1];
  } else if (edge === 'end') {
    const tok = toks.findLast(([, e]) => e < end);
    if (!tok || tok[1] <= start) return null;
    end = tok[1];
  } else if (grow) {
    const tok = toks.findLast(([s]) => s < start);
    if (!tok) return null;
    start = tok[0];
  } else {
    const tok = toks.find(([s]) => s > start);
    if (!tok || tok[0] >= end) return null;
    start = tok[0];
  }
  return { start, end };
}

// toMark picks, from the spans of a text's other occurrences, the ones
// "mark them all as type" should change: unmarked ones, and ones marked on
// exactly that span with another type or by the model. Spans that overlap
// a different highlight are left alone.
export function toMark(spans, self, annotations, type) {
  return spans.filter((s) => {
    if (sameSpan(s, self)) return false;
    const clash = annotations.filter((a) => overlaps(a, s));
    if (clash.length === 0) return true;
    return clash.length === 1 && sameSpan(clash[0], s) && (clash[0].type !== type || clash[0].source === 'model');
  });
}

// toRemove picks the highlights lying exactly on the other occurrences.
export function toRemove(spans, self, annotations) {
  return annotations.filter((a) => !sameSpan(a, self) && spans.some((s) => sameSpan(s, a)));
}
