// The page's handle on the Go engine, which runs in Web Workers
// (engine-worker.js) in two builds (wasm/engines.go):
//
//   core   annotate, normalize, tokens: what pressing Annotate needs, and
//          all a first visit waits for;
//   tools  validate, export, import, reanchor, occurrences: started once
//          the core is ready and the page has been quiet for QUIET_MS (no
//          core call in flight, none answered and no key, click or input
//          from the reader within it), or at once when one of its methods
//          is called. Its download, compile and warm-up never compete with
//          the core's, nor with the reader's first Annotate: on a two-core
//          machine they made that three times slower.
//
// call(op, request) sends a request object to whichever engine answers op
// and resolves to its parsed answer; a tools method called before the
// tools engine is ready waits for it. Callers never know there are two.
// An engine error ({"error": {...}}) resolves like any answer; callers
// check .error. An engine that failed to start answers every call with
// {"error": {"code": "engine_failed", "message"}}.
//
// onStatus receives the core worker's status messages: progress {loaded,
// total}, starting, ready {methods, timings}, failed {message}. ready
// comes after the engine's warm-up, so the first call costs what later ones
// do; timings (ms from the worker's start to downloaded, compiled, started
// and warmed) stays on the client for measurement.
//
// The engines start when the client is constructed, or, with {start:
// false}, at start() or the first call: a shared page draws its article
// before it downloads any engine.

// started holds a promise per engine of every client on this page that
// settles once that engine is ready or has failed, so that other parts of
// the page (offline.js) can wait for the downloads to finish instead of
// competing with them.
const started = [];

// enginesSettled resolves once every engine of every client is ready or
// has failed; at once if the page made no client.
export const enginesSettled = () => Promise.allSettled(started);

// deferred is a promise with its resolve and reject at hand.
function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((yes, no) => { resolve = yes; reject = no; });
  promise.catch(() => {}); // reported through onStatus or answered as an error
  return { promise, resolve, reject };
}

// EngineWorker is one engine in its worker: send(op, arg) posts a JSON
// string and resolves to the engine's JSON answer.
class EngineWorker {
  constructor(name, onStatus, ready) {
    this.pending = new Map();
    this.nextId = 1;
    this.methods = new Set();
    this.timings = null;
    this.worker = new Worker('/engine-worker.js', { name });
    this.worker.onmessage = (event) => {
      const msg = event.data;
      if (msg.type) {
        if (msg.type === 'ready') {
          this.methods = new Set(msg.methods || []);
          this.timings = msg.timings || null;
        }
        onStatus(msg);
        if (msg.type === 'ready') ready.resolve();
        if (msg.type === 'failed') ready.reject(new Error(msg.message));
        return;
      }
      const done = this.pending.get(msg.id);
      if (done) {
        this.pending.delete(msg.id);
        done(msg.result);
      }
    };
    this.worker.onerror = (event) => {
      const message = event.message || 'worker error';
      onStatus({ type: 'failed', message });
      ready.reject(new Error(message));
    };
  }

  send(op, arg) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, op, arg });
    });
  }
}

// QUIET_MS is how long the core engine and the reader must have been idle
// before the tools engine starts on its own; READER_EVENTS are what counts
// as the reader at work.
const QUIET_MS = 1500;
const READER_EVENTS = ['keydown', 'pointerdown', 'input'];

const failedAnswer = (err) => ({ error: { code: 'engine_failed', message: String((err && err.message) || err) } });

export class EngineClient {
  constructor(onStatus, { start = true } = {}) {
    this.onStatus = onStatus;
    this.core = null;
    this.tools = null;
    this.coreReady = deferred();
    this.toolsReady = deferred();
    // ready resolves once the core engine is ready: Annotate works.
    this.ready = this.coreReady.promise;
    this.timings = null;
    this.coreCalls = 0; // in flight
    this.quietSince = 0; // performance.now() of the core's last answer
    started.push(this.coreReady.promise, this.toolsReady.promise);
    if (start) this.start();
  }

  // start starts the core engine, and the tools engine once the core is
  // ready and quiet; calling it again does nothing.
  start() {
    if (this.core) return;
    this.core = new EngineWorker('core', (msg) => {
      if (msg.type === 'ready') this.timings = msg.timings || null;
      this.onStatus(msg);
    }, this.coreReady);
    this.coreReady.promise.then(() => {
      this.quietSince = performance.now();
      const busy = () => { this.quietSince = performance.now(); };
      for (const type of READER_EVENTS) addEventListener(type, busy, { capture: true, passive: true });
      this.toolsReady.promise.finally(() => {
        for (const type of READER_EVENTS) removeEventListener(type, busy, { capture: true });
      }).catch(() => {});
      this.startToolsWhenQuiet();
    }, (err) => this.toolsReady.reject(err));
    // For measurement from outside (scripts/bench-browser).
    this.toolsReady.promise.then(() => performance.mark('tippani-tools-ready'), () => {});
  }

  // startTools starts the tools engine; calling it again does nothing.
  startTools() {
    this.tools ??= new EngineWorker('tools', () => {}, this.toolsReady);
  }

  // startToolsWhenQuiet starts the tools engine once the core and the
  // reader have been idle for QUIET_MS.
  startToolsWhenQuiet() {
    if (this.tools) return;
    const wait = this.quietSince + QUIET_MS - performance.now();
    if (this.coreCalls === 0 && wait <= 0) this.startTools();
    else setTimeout(() => this.startToolsWhenQuiet(), Math.max(wait, 100));
  }

  // engineFor resolves to the engine that answers op: the core if it
  // does, else the tools engine once it is ready; the core answers an
  // unknown op with its error.
  async engineFor(op) {
    this.start();
    await this.coreReady.promise;
    if (this.core.methods.has(op)) return this.core;
    this.startTools();
    await this.toolsReady.promise;
    return this.tools.methods.has(op) ? this.tools : this.core;
  }

  // call parses the answer off the engine's JSON string; the parse of a
  // 100,000-character result takes a few milliseconds on the main thread.
  async call(op, request) {
    let engine;
    try {
      engine = await this.engineFor(op);
    } catch (err) {
      return failedAnswer(err);
    }
    const core = engine === this.core;
    if (core) this.coreCalls++;
    try {
      return JSON.parse(await engine.send(op, JSON.stringify(request)));
    } finally {
      if (core) {
        this.coreCalls--;
        this.quietSince = performance.now();
      }
    }
  }
}
