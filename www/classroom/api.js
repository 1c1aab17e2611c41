// The classroom API as the pages call it (see worker/api: exercises.go,
// submissions.go, teacher.go). Every call resolves to the parsed JSON body
// or rejects with an ApiError carrying the API's error code and message.
//
// The teacher's token travels only in the Authorization header, never in a
// URL, so it cannot end up in server logs, browser history or a Referer.

import { download } from '/marking/download.js';
import { t } from '/i18n.js';

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
    throw new ApiError(0, 'network', t('apiNetwork'));
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
// customTypes?, hints, revealKey, keyAfterHandIn, closed, key? (once
// revealed to everyone), roster?, created}.
export const getExercise = (id) => send('GET', exercisePath(id));

// submit hands in a student's annotations, as {name} the first time and
// as {studentSecret} after; resolves to {exerciseId, studentId, name,
// ordinal, label, version, created, studentSecret? and studentCode? (the
// first time), score? and key? (when the teacher shows the key after
// hand-in)}. A closed exercise rejects with status 409.
export const submit = (id, who, annotations) =>
  send('POST', exercisePath(id) + '/submissions', { body: { ...who, annotations } });

// continueWith gives this device a secret of the student whose code it
// is: {studentId, name, label, studentSecret, version, created,
// annotations, score?, key?}.
export const continueWith = (id, studentCode) =>
  send('POST', exercisePath(id) + '/continue', { body: { studentCode } });

// classPage is one page of the teacher's listing: {exercise, key, page:
// {offset, limit, total, next?}, submissions, waiting}.
export const classPage = (id, token, offset = 0) =>
  send('GET', exercisePath(id) + '/submissions?offset=' + offset + '&limit=50', { token });

// classViews is the class summary: {students, missedGroups, missed,
// extra, heat, agreement}.
export const classViews = (id, token) => send('GET', exercisePath(id) + '/class', { token });

// patchExercise sets {closed?, revealKey?: true | false | "afterHandIn"};
// resolves to the student view.
export const patchExercise = (id, token, patch) => send('PATCH', exercisePath(id), { token, body: patch });

// renameStudent and mergeStudent resolve to the student (renamed, or
// merged into).
export const renameStudent = (id, token, student, name) =>
  send('PATCH', exercisePath(id) + '/students/' + encodeURIComponent(student), { token, body: { name } });
export const mergeStudent = (id, token, student, into) =>
  send('POST', exercisePath(id) + '/students/' + encodeURIComponent(student) + '/merge', { token, body: { into } });

// downloadScores fetches the score sheet with the token in a header and
// hands it to the browser as a file download; it resolves to the file name.
export async function downloadScores(id, token) {
  const res = await send('GET', exercisePath(id) + '/scores.csv', { token });
  const blob = await res.blob();
  const disposition = res.headers.get('Content-Disposition') || '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] || `tippani-${id}-scores.csv`;
  return download(name, blob);
}
