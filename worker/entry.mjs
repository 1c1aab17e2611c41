// The Worker's entry point: it runs the Go worker (worker/build/app.wasm,
// built by ./scripts/build) and keeps every /api/* answer JSON, whatever
// happens to the Go side.
//
// Memory is bounded per isolate, not per request. A Go instance costs about
// 6 MB at start and its memory never shrinks, so starting one per request
// (as syumai/workers does) makes memory grow with concurrency. Here a few
// instances serve request after request, one request at a time each, and
// requests beyond that wait in a queue, so the isolate holds at most
// `limits.instances` Go instances and `limits.active` request bodies
// however many clients come at once. An instance that exits (a Go fatal
// error), grows past `limits.instanceBytes` or served
// `limits.instanceRequests` requests is dropped and a fresh one starts.
//
// Share snapshots never change, and the Go worker stores each one it serves
// in the edge cache (with its ETag, Cache-Control and security headers), so
// a cached snapshot is answered here without entering Go at all.
//
// Wiring: ./scripts/build copies this file to worker/build/entry.mjs, beside
// the wasm_exec.js and runtime.mjs that workers-assets-gen writes, and
// wrangler.toml's `main` names worker/build/entry.mjs.
import "./wasm_exec.js";
import { createRuntimeContext, loadModule } from "./runtime.mjs";

export const limits = {
  instances: 4, // Go instances per isolate, each serving one request at a time
  active: 32, // requests past the queue: reading their body or in Go
  queue: 4096, // requests waiting to become active; beyond that, 503 busy
  queueMs: 60_000, // longest wait in the queue before a 503 busy
  bodyBytes: 1 << 20, // the API's body cap (maxBody in worker/api)
  bodyMs: 10_000, // longest a client may take to send its body
  drainBytes: 32 << 20, // most of a refused body read and dropped before answering
  drainMs: 10_000, // and for at most this long
  handlerMs: 30_000, // longest one request may run in Go
  instanceBytes: 64 << 20, // an instance whose memory grew past this is replaced
  instanceRequests: 20_000, // and so is one that served this many requests
};

// The exact shape of a share id, so nothing else is ever looked up here.
const sharePath = /^\/api\/shares\/[A-Za-z0-9_-]{22}$/;

// Refusal is an answer decided here rather than by Go: a JSON error.
class Refusal extends Error {
  constructor(status, code, message, headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

// jsonError answers in the API's one error shape, with the headers every
// API answer carries (see ServeHTTP in worker/api).
export function jsonError(status, code, message, extra = {}) {
  const headers = new Headers({
    "Content-Type": "application/json; charset=utf-8",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    ...extra,
  });
  return new Response(JSON.stringify({ error: { code, message } }), { status, headers });
}

const busy = () =>
  new Refusal(503, "busy", "the server is busy; try again in a few seconds", { "Retry-After": "5" });
const crashed = () =>
  new Refusal(500, "internal", "the server failed while handling this request; try again");

// sleep resolves after ms, on a timer of the request that calls it.
function sleep(ms) {
  let timer;
  const done = new Promise((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { done, cancel: () => clearTimeout(timer) };
}

// Gate lets `size` holders in at once; the rest wait in arrival order, at
// most `queue` of them and each at most `ms`.
//
// A holder that leaves never resumes a waiter itself: code that runs
// because another request settled a promise runs in that request's
// context, and the Workers runtime refuses I/O done there on behalf of
// the waiting request ("Cannot perform I/O on behalf of a different
// request"). So leaving only marks the first waiter as let in, and each
// waiter notices on a timer of its own: every few milliseconds near the
// head of the queue, less often the further back it stands, which keeps
// thousands of waiters to a few thousand timer wake-ups a second.
export class Gate {
  constructor(size, queue) {
    this.free = size;
    this.queue = queue;
    this.waiting = [];
    this.tickets = 0; // tickets handed to waiters so far
    this.admitted = 0; // waiters let in so far, in ticket order
  }

  async enter(ms) {
    if (this.free > 0) {
      this.free--;
      return;
    }
    if (this.waiting.length >= this.queue) throw busy();
    const waiter = { ticket: this.tickets++, in: false };
    this.waiting.push(waiter);
    const deadline = Date.now() + ms;
    for (;;) {
      const ahead = waiter.ticket - this.admitted;
      await sleep(Math.min(1000, 2 + 2 * ahead)).done;
      if (waiter.in) return;
      if (Date.now() >= deadline) {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        throw busy();
      }
    }
  }

  leave() {
    const next = this.waiting.shift();
    if (next) {
      next.in = true;
      this.admitted = next.ticket + 1;
    } else {
      this.free++;
    }
  }
}

const active = new Gate(limits.active, limits.queue);
// Edge-cache look-ups are subrequests too: a flood of reads must not hold
// thousands of them at once either.
const lookups = new Gate(limits.active, limits.queue);
const running = new Gate(limits.instances, limits.active);
const idle = []; // started instances not serving a request

// start runs a fresh Go instance and resolves once it has published
// binding.serve (see worker/bridge.go).
async function start(env, ctx) {
  const go = new Go();
  const binding = {};
  const ready = new Promise((resolve) => {
    binding.ready = resolve;
  });
  const wasm = new WebAssembly.Instance(await loadModule(), go.importObject);
  const instance = { binding, memory: wasm.exports.mem, served: 0, dead: false, abort: null };
  const die = () => {
    instance.dead = true;
    instance.abort?.();
  };
  // A trap inside Go (such as the JavaScript stack running out in a deep
  // recursion) does not end the Go program the way a fatal error does; it
  // leaves it unusable, so it counts as death too.
  const resume = go._resume;
  go._resume = function () {
    try {
      return resume.call(this);
    } catch (err) {
      console.error(`worker: a Go instance trapped: ${err}`);
      die();
      throw err;
    }
  };
  const exited = go.run(wasm, createRuntimeContext({ env, ctx, binding })).then(
    () => console.error("worker: a Go instance exited"),
    (err) => console.error(`worker: a Go instance failed: ${err}`),
  );
  // An instance that dies fails the request it was serving (there is at
  // most one) and is never used again.
  exited.then(die);
  await Promise.race([ready, exited.then(() => Promise.reject(crashed()))]);
  return instance;
}

// serveInGo runs one request in an idle (or new) instance and returns Go's
// answer, keeping the instance for the next request when it is healthy.
async function serveInGo(input, env, ctx) {
  await running.enter(limits.queueMs);
  let instance;
  let reusable = false;
  const deadline = sleep(limits.handlerMs);
  try {
    while (idle.length && !instance) {
      const candidate = idle.pop();
      if (!candidate.dead) instance = candidate;
    }
    instance ??= await start(env, ctx);
    instance.served++;
    const out = await new Promise((resolve, reject) => {
      instance.abort = () => reject(crashed());
      deadline.done.then(() =>
        reject(new Refusal(503, "timeout", "the request took too long; try again", { "Retry-After": "5" })),
      );
      instance.binding.serve(input).then(resolve, reject);
    });
    instance.abort = null;
    reusable =
      !instance.dead &&
      instance.memory.buffer.byteLength <= limits.instanceBytes &&
      instance.served < limits.instanceRequests;
    return out;
  } finally {
    deadline.cancel();
    if (reusable) idle.push(instance);
    running.leave();
  }
}

// readBody reads the request body into memory, refusing it as soon as it
// is known to pass limits.bodyBytes: by Content-Length before reading, or
// while reading a chunked body.
async function readBody(request) {
  if (request.body === null) return null;
  const reader = request.body.getReader();
  const declared = request.headers.get("Content-Length");
  if (declared !== null && Number(declared) > limits.bodyBytes) {
    await discard(reader, Number(declared));
    throw tooLarge();
  }
  const deadline = sleep(limits.bodyMs);
  const late = deadline.done.then(() =>
    Promise.reject(new Refusal(408, "body_timeout", `the request body did not arrive within ${limits.bodyMs / 1000} s`)),
  );
  const chunks = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), late]);
      if (done) break;
      size += value.byteLength;
      if (size > limits.bodyBytes) {
        await discard(reader, undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof Refusal) throw err;
    reader.cancel().catch(() => {});
    throw new Refusal(400, "bad_body", "the request body could not be read");
  } finally {
    deadline.cancel();
    late.catch(() => {});
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

const tooLarge = () =>
  new Refusal(413, "body_too_large", `the request body is over the ${limits.bodyBytes}-byte limit`);

// discard reads and drops the rest of a refused body of `size` bytes
// (undefined when unknown) before the answer goes out, so the connection
// that carries it can carry the next request: one whose body was left
// unread is closed, and under `wrangler dev` the proxy in front of the
// Worker then fails the next request it sends on it. Only
// limits.drainBytes are read, for at most limits.drainMs; a body known to
// be larger is cancelled at once. None of this holds a Go instance.
async function discard(reader, size) {
  if (size === undefined || size <= limits.drainBytes) {
    const wait = sleep(limits.drainMs);
    const late = wait.done.then(() => ({ done: true }));
    let left = limits.drainBytes;
    try {
      while (left > 0) {
        const { done, value } = await Promise.race([reader.read(), late]);
        if (done) return;
        left -= value.byteLength;
      }
    } catch {
      // A client that stops sending has nothing more to drain.
    } finally {
      wait.cancel();
    }
  }
  reader.cancel().catch(() => {});
}

// toResponse builds the Response for Go's answer.
function toResponse(out, method) {
  const headers = new Headers();
  for (const [name, value] of out.headers) headers.append(name, value);
  const empty = method === "HEAD" || out.status === 204 || out.status === 304 || out.body === undefined;
  return new Response(empty ? null : out.body, { status: out.status, headers });
}

// etagMatches mirrors the Go worker's If-None-Match rule (weak comparison).
function etagMatches(header, etag) {
  if (!header || !etag) return false;
  if (header.trim() === "*") return true;
  const want = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === want);
}

// cachedShare answers a share read from the edge cache, or returns null.
async function cachedShare(request) {
  const hit = await caches.default.match(request.url);
  if (!hit || hit.status !== 200 || !hit.headers.get("ETag")) return null;
  if (etagMatches(request.headers.get("If-None-Match"), hit.headers.get("ETag"))) {
    const headers = new Headers(hit.headers);
    headers.delete("Content-Type");
    headers.delete("Content-Length");
    return new Response(null, { status: 304, headers });
  }
  return hit;
}

// api answers one /api/* request.
async function api(request, env, ctx) {
  if (request.method === "GET" && sharePath.test(new URL(request.url).pathname)) {
    await lookups.enter(limits.queueMs);
    let hit;
    try {
      hit = await cachedShare(request);
    } finally {
      lookups.leave();
    }
    if (hit) return hit;
  }
  await active.enter(limits.queueMs);
  try {
    const body = await readBody(request);
    const headers = [...request.headers];
    const out = await serveInGo({ method: request.method, url: request.url, headers, body }, env, ctx);
    return toResponse(out, request.method);
  } finally {
    active.leave();
  }
}

async function fetch(request, env, ctx) {
  if (!new URL(request.url).pathname.startsWith("/api/") && env.ASSETS) {
    return env.ASSETS.fetch(request);
  }
  try {
    return await api(request, env, ctx);
  } catch (err) {
    if (err instanceof Refusal) return jsonError(err.status, err.code, err.message, err.headers);
    console.error("worker:", err);
    return jsonError(500, "internal", "the server failed while handling this request; try again");
  }
}

export default { fetch };
