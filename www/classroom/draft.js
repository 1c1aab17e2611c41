// A student's work on one exercise, kept in localStorage under
// "tippani.exercise.<id>" so a reload or a closed tab loses nothing:
//   {name, marks, submitted: null | {version, created, score?}}
// marks are the current marks; submitted describes the last hand-in.
// The exercise itself, as last loaded, is kept apart under
// "tippani.exercise-copy.<id>", so that the page opens offline too.
const keyOf = (id) => 'tippani.exercise.' + id;
const copyKeyOf = (id) => 'tippani.exercise-copy.' + id;

export function loadDraft(id) {
  try {
    const d = JSON.parse(localStorage.getItem(keyOf(id)) || 'null');
    if (d && Array.isArray(d.marks)) return { name: String(d.name || ''), marks: d.marks, submitted: d.submitted || null };
  } catch { /* a damaged draft is replaced */ }
  return { name: '', marks: [], submitted: null };
}

// saveDraft stores d and returns null, or an error message when the
// browser refuses (storage full or disabled).
export function saveDraft(id, d) {
  try {
    localStorage.setItem(keyOf(id), JSON.stringify(d));
    return null;
  } catch (err) {
    return `Could not keep your work in this browser (${err.message}); hand it in soon.`;
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
