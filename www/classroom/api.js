// The classroom API as the pages call it (see worker/api: exercises.go,
// submissions.go, teacher.go). Every call resolves to the parsed JSON body
// or rejects with an ApiError carrying the API's error code and message.
//
// The teacher's token travels only in the Authorization header, never in a
// URL, so it cannot end up in server logs, browser history or a Referer.

import { download } from '/marking/download.js';

export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status; // HTTP status, 0 when the server was not reached
    this.code = code;
    this.field = field;
  }
}

const exercisePath = (id) => '/api/exercises/' + encodeURIComponent(id);

async function send(method, path, { body, token } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = 'Bearer ' + token;
  let res;
  try {
    res = await fetch(path, {
      method, headers, cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'Could not reach the server. Check the connection and try again; nothing was lost.');
  }
  if (res.ok) return res.headers.get('Content-Type')?.includes('json') ? res.json() : res;
  throw await errorOf(res);
}

// errorOf reads the API's {"error": {code, message, field?}} shape, or
// makes one up from the status when the body is something else.
async function errorOf(res) {
  let err = null;
  try { err = (await res.json()).error; } catch { /* not JSON */ }
  return new ApiError(res.status, err?.code || 'http_' + res.status,
    err?.message || `The server answered ${res.status} ${res.statusText}.`, err?.field);
}

// createExercise posts {title, instructions, text, types, key, hints,
// revealKey} and resolves to {id, teacherToken, studentUrl, teacherUrl}.
export const createExercise = (exercise) => send('POST', '/api/exercises', { body: exercise });

// getExercise is the student view: {id, title, instructions, text, types,
// hints, revealKey, closed, key? (once revealed), created}.
export const getExercise = (id) => send('GET', exercisePath(id));

// submit hands in a student's annotations; resolves to {exerciseId, name,
// version, created, score?}. A closed exercise rejects with status 409.
export const submit = (id, name, annotations) =>
  send('POST', exercisePath(id) + '/submissions', { body: { name, annotations } });

// classReport is the teacher's view: {exercise, key, submissions, class}.
export const classReport = (id, token) => send('GET', exercisePath(id) + '/submissions', { token });

// patchExercise sets {closed?, revealKey?}; resolves to the student view.
export const patchExercise = (id, token, patch) => send('PATCH', exercisePath(id), { token, body: patch });

// downloadScores fetches the score sheet with the token in a header and
// hands it to the browser as a file download; it resolves to the file name.
export async function downloadScores(id, token) {
  const res = await send('GET', exercisePath(id) + '/scores.csv', { token });
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') || '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] || `tippani-${id}-scores.csv`;
  return download(name, blob);
}
