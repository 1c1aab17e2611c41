// A student's work on one exercise, kept in localStorage under
// "tippani.exercise.<id>" so a reload or a closed tab loses nothing:
//   {name, marks, submitted: null | {version, created, score?}}
// marks are the current marks; submitted describes the last hand-in.
const keyOf = (id) => 'tippani.exercise.' + id;

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
