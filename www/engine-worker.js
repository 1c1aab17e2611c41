// The engine's Web Worker. It downloads the Go engine (engine.wasm) as a
// stream, reporting bytes received so the page can show progress on a first
// visit, starts it with Go's wasm_exec.js, and then answers the page's
// {id, op, arg} messages with {id, result}, where arg and result are the
// JSON strings the engine's methods take and return (see wasm/main.go).
// The engine runs here and never on the page's main thread.
importScripts('/wasm_exec.js');

let engineReady;
const ready = new Promise((resolve) => { engineReady = resolve; });
self.tippaniEngineReady = () => engineReady();

// countingResponse passes a fetch response through unchanged while posting
// how many bytes have arrived, at most about every 50 ms.
function countingResponse(response) {
  const total = Number(response.headers.get('Content-Length')) || 0;
  let loaded = 0;
  let last = 0;
  const counted = response.body.pipeThrough(new TransformStream({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      const now = performance.now();
      if (now - last > 50) {
        last = now;
        self.postMessage({ type: 'progress', loaded, total });
      }
      controller.enqueue(chunk);
    },
    flush() {
      self.postMessage({ type: 'progress', loaded, total: total || loaded });
    },
  }));
  return new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
}

async function start() {
  const go = new Go();
  const response = await fetch('/engine.wasm');
  if (!response.ok) throw new Error('engine.wasm: HTTP ' + response.status);
  const source = response.body ? countingResponse(response) : response;
  const { instance } = await WebAssembly.instantiateStreaming(source, go.importObject);
  self.postMessage({ type: 'starting' });
  go.run(instance);
  await ready;
  self.postMessage({ type: 'ready' });
}

start().catch((err) => self.postMessage({ type: 'failed', message: String(err && err.message || err) }));

self.onmessage = async (event) => {
  const { id, op, arg } = event.data;
  await ready;
  const fn = self.tippaniEngine[op];
  let result;
  try {
    result = fn
      ? fn(arg)
      : JSON.stringify({ error: { code: 'unknown_op', message: 'unknown operation ' + op } });
  } catch (err) {
    result = JSON.stringify({ error: { code: 'internal', message: String(err) } });
  }
  self.postMessage({ id, result });
};
