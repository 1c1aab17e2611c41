// The exercise maker's work in progress, kept in localStorage under
// "tippani.class.draft" so that a reload, a closed tab or a crash loses
// neither the pasted article nor the corrected answer key:
//
//   {title, article, instructions, types, startFromModel,
//    key: null | {text, types, customTypes, marks, hints, revealKey, roster},
//    created: null | {id, studentUrl, teacherUrl}}
//
// key is set once the key has been prepared (text is the display text the
// marks' offsets count in); created once the exercise exists, so that its
// links are still there after a reload. The teacher link holds the
// teacher's token, which teacher-token.js already keeps in this browser.
import { t } from '/i18n.js';

const KEY = 'tippani.class.draft';

const strings = (xs) => (Array.isArray(xs) ? xs.filter((x) => typeof x === 'string') : []);

function markOf(m) {
  if (!m || !Number.isInteger(m.start) || !Number.isInteger(m.end) || typeof m.type !== 'string') return null;
  return typeof m.note === 'string' && m.note ? { start: m.start, end: m.end, type: m.type, note: m.note } : { start: m.start, end: m.end, type: m.type };
}

// loadMakerDraft returns the kept draft, or null when there is none (or it
// is damaged: a half-readable draft is not worth a confusing page).
export function loadMakerDraft() {
  let d;
  try { d = JSON.parse(localStorage.getItem(KEY) || 'null'); } catch { return null; }
  if (!d || typeof d !== 'object' || typeof d.article !== 'string') return null;
  const draft = {
    title: String(d.title || ''),
    article: d.article,
    instructions: String(d.instructions || ''),
    types: strings(d.types),
    startFromModel: d.startFromModel !== false,
    key: null,
    created: null,
  };
  const k = d.key;
  if (k && typeof k.text === 'string' && Array.isArray(k.marks)) {
    draft.key = { text: k.text, types: strings(k.types), customTypes: Array.isArray(k.customTypes) ? k.customTypes : [], marks: k.marks.map(markOf).filter(Boolean), hints: !!k.hints,
      // A boolean from before the choice: true meant after hand-in.
      revealKey: k.revealKey === false || k.revealKey === 'false' ? 'false' : 'afterHandIn', roster: typeof k.roster === 'string' ? k.roster : '' };
  }
  const c = d.created;
  if (c && typeof c.id === 'string' && typeof c.studentUrl === 'string' && typeof c.teacherUrl === 'string') {
    draft.created = { id: c.id, studentUrl: c.studentUrl, teacherUrl: c.teacherUrl };
  }
  return draft;
}

// saveMakerDraft keeps d and returns null, or a message for the teacher
// when the browser refuses (storage full or turned off).
export function saveMakerDraft(d) {
  try {
    localStorage.setItem(KEY, JSON.stringify(d));
    return null;
  } catch (err) {
    return t('mkNotKept', err.message);
  }
}

// dropMakerDraft forgets the draft, when the teacher starts a new exercise.
export function dropMakerDraft() {
  try { localStorage.removeItem(KEY); } catch { /* nothing kept */ }
}
