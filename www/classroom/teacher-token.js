// The teacher's token for an exercise. It arrives in the fragment of the
// teacher link (/t/{id}#token=…), which browsers never send to a server;
// the page keeps it in localStorage under "tippani.teacher.<id>" and sends
// it only as an Authorization header.
const keyOf = (id) => 'tippani.teacher.' + id;

export function rememberToken(id, token) {
  try { localStorage.setItem(keyOf(id), token); } catch { /* the link still works */ }
}

export function forgetToken(id) {
  try { localStorage.removeItem(keyOf(id)); } catch { /* nothing kept */ }
}

// takeToken reads the token from location.hash (keeping it, and then
// clearing it from the address bar so it is not on show when a teacher
// projects the dashboard) or else from what this browser kept.
export function takeToken(id) {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    rememberToken(id, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  try { return localStorage.getItem(keyOf(id)); } catch { return null; }
}
