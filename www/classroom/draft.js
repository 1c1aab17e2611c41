// A student's work on one exercise, kept in localStorage under
// "tippani.exercise.<id>" so a reload or a closed tab loses nothing:
//   {name, marks, student, submitted}
// name is what the student typed; marks are the current marks. student
// is null until the first hand-in, then {id, label, secret, code}: the
// secret makes the next hand-in a new version of this student's work (it
// is sent in the body, never in a URL) and the code is shown for the
// student to write down. submitted describes the last hand-in, {version,
// created, score?, key?}: the key only when the teacher shows it with a
// hand-in, so no copy of it is kept before then.
// The exercise itself, as last loaded, is kept apart under
// "tippani.exercise-copy.<id>", so that the page opens offline too; the
// student view holds the key only once the teacher revealed it.
import { t } from '/i18n.js';

const keyOf = (id) => 'tippani.exercise.' + id;
const copyKeyOf = (id) => 'tippani.exercise-copy.' + id;

function studentOf(s) {
  if (!s || typeof s.id !== 'string' || typeof s.secret !== 'string') return null;
  return { id: s.id, label: String(s.label || ''), secret: s.secret, code: String(s.code || '') };
}

export function loadDraft(id) {
  try {
    const d = JSON.parse(localStorage.getItem(keyOf(id)) || 'null');
    if (d && Array.isArray(d.marks)) {
      return { name: String(d.name || ''), marks: d.marks, student: studentOf(d.student), submitted: d.submitted || null };
    }
  } catch { /* a damaged draft is replaced */ }
  return { name: '', marks: [], student: null, submitted: null };
}

// saveDraft stores d and returns null, or an error message when the
// browser refuses (storage full or disabled).
export function saveDraft(id, d) {
  try {
    localStorage.setItem(keyOf(id), JSON.stringify(d));
    return null;
  } catch (err) {
    return t('exNotKept', err.message);
  }
}

// keepExerciseCopy stores the student view of the exercise as loaded; it
// is written once per load, not with every mark, as the text may be long.
// A browser that refuses only loses the offline copy.
export function keepExerciseCopy(id, exercise) {
  try { localStorage.setItem(copyKeyOf(id), JSON.stringify(exercise)); } catch { /* no offline copy */ }
}

// exerciseCopy returns the kept copy, or null when there is none usable.
export function exerciseCopy(id) {
  try {
    const e = JSON.parse(localStorage.getItem(copyKeyOf(id)) || 'null');
    if (e && typeof e.text === 'string' && Array.isArray(e.types)) return e;
  } catch { /* a damaged copy is as good as none */ }
  return null;
}
