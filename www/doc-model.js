// The editable state of one document and its history.
//
// A document holds its display text and two lists:
//   annotations  {start, end, type, note?, source, score?}, code point
//                offsets, never overlapping, kept sorted by start;
//   rejected     {start, end} spans the reader removed, so that re-running
//                the model never brings back a suggestion a person turned
//                down.
// source is "model" for the engine's suggestions and "person" for anything
// a reader made or changed; model suggestions never replace a person's
// annotation.
//
// Every edit goes through apply(), which records the lists before and
// after, so undo and redo restore exactly what was there (annotation
// objects are never mutated, only replaced, so a snapshot is a shallow copy).
export const TYPES = ['PER', 'LOC', 'ORG', 'DATE', 'NUM'];
const HISTORY_LIMIT = 500;

const byStart = (a, b) => a.start - b.start || a.end - b.end;
const sameSpan = (a, b) => a.start === b.start && a.end === b.end;

export class DocModel {
  constructor(doc) {
    this.doc = doc;
    doc.annotations = (doc.annotations || []).slice().sort(byStart);
    doc.rejected = doc.rejected || [];
    this.past = [];
    this.future = [];
  }

  get annotations() { return this.doc.annotations; }

  // find returns the annotation starting at start, if any.
  find(start) { return this.doc.annotations.find((a) => a.start === start); }

  // overlapping returns an annotation sharing a code point with [start, end).
  overlapping(start, end, except) {
    return this.doc.annotations.find((a) => a !== except && a.start < end && start < a.end);
  }

  apply(change) {
    const before = { annotations: this.doc.annotations, rejected: this.doc.rejected };
    const after = change({ annotations: this.doc.annotations.slice(), rejected: this.doc.rejected.slice() });
    after.annotations.sort(byStart);
    this.doc.annotations = after.annotations;
    this.doc.rejected = after.rejected;
    this.past.push(before);
    if (this.past.length > HISTORY_LIMIT) this.past.shift();
    this.future = [];
  }

  add(start, end, type) {
    const ann = { start, end, type, source: 'person' };
    this.apply((s) => {
      s.annotations.push(ann);
      s.rejected = s.rejected.filter((r) => !sameSpan(r, ann));
      return s;
    });
    return ann;
  }

  // retype makes the annotation a person's, of the new type: a corrected
  // model suggestion is the reader's from now on.
  retype(ann, type) {
    const next = { start: ann.start, end: ann.end, type, source: 'person' };
    if (ann.note) next.note = ann.note;
    this.replace(ann, next);
    return next;
  }

  setNote(ann, note) {
    const next = { ...ann };
    if (note) next.note = note; else delete next.note;
    this.replace(ann, next);
    return next;
  }

  remove(ann) {
    this.apply((s) => {
      s.annotations = s.annotations.filter((a) => a !== ann);
      if (!s.rejected.some((r) => sameSpan(r, ann))) s.rejected.push({ start: ann.start, end: ann.end });
      return s;
    });
  }

  replace(old, next) {
    this.apply((s) => {
      s.annotations = s.annotations.map((a) => (a === old ? next : a));
      return s;
    });
  }

  // mergeModel replaces the model's suggestions with a fresh set, keeping
  // every person annotation and leaving out suggestions that overlap one or
  // that a reader rejected. It is one undoable edit.
  mergeModel(entities) {
    this.apply((s) => {
      const people = s.annotations.filter((a) => a.source !== 'model');
      const fresh = entities
        .filter((e) => !people.some((p) => p.start < e.end && e.start < p.end))
        .filter((e) => !s.rejected.some((r) => sameSpan(r, e)))
        .map((e) => ({ start: e.start, end: e.end, type: e.type, source: 'model', score: e.score }));
      s.annotations = people.concat(fresh);
      return s;
    });
  }

  undo() { return this.step(this.past, this.future); }
  redo() { return this.step(this.future, this.past); }

  step(from, to) {
    const state = from.pop();
    if (!state) return false;
    to.push({ annotations: this.doc.annotations, rejected: this.doc.rejected });
    this.doc.annotations = state.annotations;
    this.doc.rejected = state.rejected;
    return true;
  }
}

// modelEntities turns the engine's entity list into model annotations.
export function modelAnnotations(entities) {
  return entities.map((e) => ({ start: e.start, end: e.end, type: e.type, source: 'model', score: e.score }));
}

// toTippani is the document in the project's versioned JSON format, as the
// engine's export and the share API read it.
export function toTippani(doc) {
  return {
    format: 'tippani',
    version: 1,
    title: doc.title || '',
    language: 'hi',
    text: doc.text,
    annotations: doc.annotations.map(cleanAnnotation),
    created: new Date(doc.created).toISOString(),
    modified: new Date(doc.modified).toISOString(),
  };
}

// cleanAnnotation keeps only the fields of the annotation format.
export function cleanAnnotation(a) {
  const out = { start: a.start, end: a.end, type: a.type };
  if (a.note) out.note = a.note;
  if (a.source) out.source = a.source;
  if (a.source === 'model' && a.score) out.score = a.score;
  return out;
}
