// The page's handle on the engine worker (engine-worker.js), which starts
// downloading, compiling and warming up the engine as soon as this is
// constructed: call(op, request) sends a request object and resolves to the
// engine's parsed answer. An engine error ({"error": {...}}) resolves like
// any answer; callers check .error.
//
// onStatus receives the worker's status messages: progress {loaded,
// total}, starting, ready {timings}, failed {message}. ready comes after
// the engine's warm-up, so the first call costs what later ones do;
// timings (ms from the worker's start to downloaded, compiled, started and
// warmed) stays on the client for measurement.
// started holds the ready promise of every engine this page started, so
// that other parts of the page (offline.js) can wait for the download to
// finish instead of competing with it.
const started = [];

// enginesSettled resolves once every engine started so far is ready or
// has failed; at once if the page started none.
export const enginesSettled = () => Promise.allSettled(started);

export class EngineClient {
  constructor(onStatus) {
    this.worker = new Worker('/engine-worker.js');
    this.nextId = 1;
    this.pending = new Map();
    this.timings = null;
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (event) => {
        const msg = event.data;
        if (msg.type) {
          if (msg.type === 'ready') this.timings = msg.timings || null;
          onStatus(msg);
          if (msg.type === 'ready') resolve();
          if (msg.type === 'failed') reject(new Error(msg.message));
          return;
        }
        const done = this.pending.get(msg.id);
        if (done) {
          this.pending.delete(msg.id);
          done(msg.result);
        }
      };
    });
    this.ready.catch(() => {}); // reported through onStatus
    started.push(this.ready);
    this.worker.onerror = (event) => onStatus({ type: 'failed', message: event.message || 'worker error' });
  }

  // call parses the answer off the engine's JSON string; the parse of a
  // 100,000-character result takes a few milliseconds on the main thread.
  async call(op, request) {
    const id = this.nextId++;
    const raw = await new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, op, arg: JSON.stringify(request) });
    });
    return JSON.parse(raw);
  }
}
