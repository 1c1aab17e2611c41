// The editable state of one document and its history.
//
// A document holds its display text and these lists:
//   annotations  {start, end, type, note?, source, score?}, code point
//                offsets, never overlapping, kept sorted by start;
//   rejected     {start, end} spans the reader removed, so that re-running
//                the model never brings back a suggestion a person turned
//                down;
//   unplaced     {annotation, quote, prefix, suffix}: a person's
//                annotations that could not be found again after the text
//                changed, kept until the reader places or discards them;
//   customTypes  the reader's own types ({code, name, nameHi?, color, key?}).
// source is "model" for the engine's suggestions and "person" for anything
// a reader made or changed (a note makes a suggestion the reader's too);
// model suggestions never replace a person's annotation.
//
// Every edit goes through apply(), which records the state before it, so
// undo and redo restore exactly what was there, the text included when an
// edit changed it. Lists and annotation objects are never mutated, only
// replaced, so a snapshot is a handful of references.
const HISTORY_LIMIT = 500;
const FIELDS = ['text', 'annotations', 'rejected', 'unplaced', 'customTypes', 'normalization'];

const byStart = (a, b) => a.start - b.start || a.end - b.end;
export const sameSpan = (a, b) => a.start === b.start && a.end === b.end;
export const overlaps = (a, b) => a.start < b.end && b.start < a.end;

// isPersons says whether an annotation is a person's decision: made or
// changed by a reader, or given a note.
export const isPersons = (a) => a.source !== 'model' || Boolean(a.note);

export class DocModel {
  constructor(doc, history) {
    this.doc = doc;
    doc.annotations = (doc.annotations || []).slice().sort(byStart);
    doc.rejected = doc.rejected || [];
    doc.unplaced = doc.unplaced || [];
    doc.customTypes = doc.customTypes || [];
    this.past = history?.past || [];
    this.future = history?.future || [];
  }

  get annotations() { return this.doc.annotations; }

  // find returns the annotation starting at start, if any.
  find(start) { return this.doc.annotations.find((a) => a.start === start); }

  // overlapping returns an annotation sharing a code point with [start, end).
  overlapping(start, end, except) {
    return this.doc.annotations.find((a) => a !== except && a.start < end && start < a.end);
  }

  snapshot() {
    const s = {};
    for (const f of FIELDS) s[f] = this.doc[f];
    return s;
  }

  restore(s) {
    for (const f of FIELDS) if (f in s) this.doc[f] = s[f];
  }

  // apply runs change on a copy of the lists and records the state before
  // it as one undoable step. change may also set text, unplaced,
  // customTypes and normalization.
  apply(change) {
    const before = this.snapshot();
    const draft = {
      ...before,
      annotations: before.annotations.slice(),
      rejected: before.rejected.slice(),
      unplaced: before.unplaced.slice(),
      customTypes: before.customTypes.slice(),
    };
    const after = change(draft) || draft;
    after.annotations.sort(byStart);
    this.restore(after);
    this.past.push(before);
    if (this.past.length > HISTORY_LIMIT) this.past.shift();
    this.future = [];
  }

  // addMany marks spans ({start, end, type, note?}) as a person's, in one
  // step; an annotation already on exactly that span is replaced (its note
  // kept), and rejected spans it covers are forgotten.
  addMany(spans) {
    const made = spans.map(({ start, end, type, note }) => (note ? { start, end, type, note, source: 'person' } : { start, end, type, source: 'person' }));
    this.apply((s) => {
      for (const ann of made) {
        const old = s.annotations.find((a) => sameSpan(a, ann));
        if (old?.note && !ann.note) ann.note = old.note;
        s.annotations = s.annotations.filter((a) => !overlaps(a, ann));
        s.annotations.push(ann);
        s.rejected = s.rejected.filter((r) => !overlaps(r, ann));
      }
      return s;
    });
    return made;
  }

  add(start, end, type) { return this.addMany([{ start, end, type }])[0]; }

  // retype makes the annotation a person's, of the new type: a corrected
  // model suggestion is the reader's from now on.
  retype(ann, type) { return this.addMany([{ start: ann.start, end: ann.end, type, note: ann.note }])[0]; }

  // setNote gives an annotation a note (or clears it); a note is a
  // decision, so the annotation becomes the person's.
  setNote(ann, note) {
    const next = { start: ann.start, end: ann.end, type: ann.type, source: 'person' };
    if (note) next.note = note;
    this.replace(ann, next);
    return next;
  }

  // resize moves an annotation to [start, end), keeping its type and note.
  resize(ann, start, end) {
    const next = { ...ann, start, end, source: 'person' };
    delete next.score;
    this.apply((s) => {
      s.annotations = s.annotations.filter((a) => a !== ann);
      s.annotations.push(next);
      s.rejected = s.rejected.filter((r) => !overlaps(r, next));
      return s;
    });
    return next;
  }

  // removeMany removes annotations in one step and remembers their spans
  // as rejected, so the model does not bring them back.
  removeMany(list) {
    const gone = new Set(list);
    this.apply((s) => {
      s.annotations = s.annotations.filter((a) => !gone.has(a));
      for (const a of list) if (!s.rejected.some((r) => sameSpan(r, a))) s.rejected.push({ start: a.start, end: a.end });
      return s;
    });
  }

  remove(ann) { this.removeMany([ann]); }

  replace(old, next) {
    this.apply((s) => {
      s.annotations = s.annotations.map((a) => (a === old ? next : a));
      return s;
    });
  }

  // place puts an unplaced annotation on [start, end) as the person's.
  place(item, start, end) {
    const a = item.annotation;
    const next = { start, end, type: a.type, source: 'person' };
    if (a.note) next.note = a.note;
    this.apply((s) => {
      s.unplaced = s.unplaced.filter((u) => u !== item);
      s.annotations = s.annotations.filter((x) => !overlaps(x, next));
      s.annotations.push(next);
      return s;
    });
    return next;
  }

  discard(item) {
    this.apply((s) => {
      s.unplaced = s.unplaced.filter((u) => u !== item);
      return s;
    });
  }

  addType(def) {
    this.apply((s) => {
      s.customTypes = s.customTypes.concat(def);
      return s;
    });
  }

  // mergeModel replaces the model's suggestions with a fresh set, keeping
  // every person annotation and leaving out suggestions that overlap one or
  // a span a reader rejected. It is one undoable edit; moved, when the
  // text changed, is {text, annotations, rejected, unplaced, normalization}
  // to put in place in the same step.
  mergeModel(entities, moved) {
    this.apply((s) => {
      if (moved) Object.assign(s, moved);
      s.annotations = withSuggestions(s, entities);
      return s;
    });
  }

  // setSuggestions shows entities as the model's suggestions (a classroom
  // page's hints) without an undo step: they are not the reader's edit.
  setSuggestions(entities) {
    this.doc.annotations = withSuggestions(this.doc, entities).sort(byStart);
  }

  undo() { return this.step(this.past, this.future); }
  redo() { return this.step(this.future, this.past); }

  step(from, to) {
    const state = from.pop();
    if (!state) return false;
    to.push(this.snapshot());
    this.restore(state);
    return true;
  }
}

// withSuggestions is state's person annotations plus the entities that
// overlap none of them and no rejected span, as model suggestions.
function withSuggestions(state, entities) {
  const people = state.annotations.filter(isPersons);
  const fresh = entities
    .filter((e) => !people.some((p) => overlaps(p, e)))
    .filter((e) => !state.rejected.some((r) => overlaps(r, e)))
    .map(modelAnnotation);
  return people.concat(fresh);
}

// packHistory is the model's undo and redo steps as stored: a step keeps
// its text only where the text differs from the step next to it in time,
// since a store copies a string once per step that holds it (100 steps of
// a 100,000-character article would otherwise be 20 MB). unpackHistory
// puts the texts back.
export function packHistory(model) {
  const pack = (list, neighbour) => list.map((step, i) => {
    const near = i + 1 < list.length ? list[i + 1] : neighbour;
    if (step.text !== near.text) return step;
    const { text, ...rest } = step;
    return rest;
  });
  const current = model.snapshot();
  return { past: pack(model.past, current), future: pack(model.future, current) };
}

export function unpackHistory(history, doc) {
  if (!history) return null;
  const unpack = (list) => {
    let near = doc.text;
    const out = new Array(list.length);
    for (let i = list.length - 1; i >= 0; i--) {
      const step = list[i];
      out[i] = 'text' in step ? step : { ...step, text: near };
      near = out[i].text;
    }
    return out;
  };
  return { past: unpack(history.past || []), future: unpack(history.future || []) };
}

const modelAnnotation = (e) => ({ start: e.start, end: e.end, type: e.type, source: 'model', score: e.score });

// modelAnnotations turns the engine's entity list into model annotations.
export const modelAnnotations = (entities) => entities.map(modelAnnotation);

// toTippani is the document in the project's versioned JSON format, as the
// engine's export and the share API read it.
export function toTippani(doc) {
  const out = {
    format: 'tippani',
    version: 1,
    title: doc.title || '',
    language: 'hi',
    text: doc.text,
    annotations: doc.annotations.map(cleanAnnotation),
    created: new Date(doc.created).toISOString(),
    modified: new Date(doc.modified).toISOString(),
  };
  if (doc.customTypes?.length) out.customTypes = doc.customTypes;
  if (doc.unplaced?.length) out.unplaced = doc.unplaced.map((u) => ({ ...u, annotation: cleanAnnotation(u.annotation) }));
  return out;
}

// cleanAnnotation keeps only the fields of the annotation format.
export function cleanAnnotation(a) {
  const out = { start: a.start, end: a.end, type: a.type };
  if (a.note) out.note = a.note;
  if (a.source) out.source = a.source;
  if (a.source === 'model' && a.score) out.score = a.score;
  return out;
}

// docFromMarks makes a document of a classroom page's marks (a key, a
// student's answer): each mark {start, end, type, note?} is a person's.
export function docFromMarks(text, marks) {
  return { text, annotations: marks.map(({ start, end, type, note }) => (note ? { start, end, type, note, source: 'person' } : { start, end, type, source: 'person' })), rejected: [] };
}

// marksOf is the person's marks of a document, as the classroom API takes them.
export function marksOf(model) {
  return model.annotations.filter(isPersons).map(({ start, end, type, note }) => (note ? { start, end, type, note } : { start, end, type }));
}
