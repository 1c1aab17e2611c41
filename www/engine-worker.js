// An engine's Web Worker: a Go engine runs here and never on the page's
// main thread. The engine comes in two builds (wasm/engines.go), each in a
// worker of its own, named by the page: 'core' (engine.wasm: annotate,
// normalize, tokens; what a first visit waits for) and 'tools'
// (engine-tools.wasm: the document tools, started once the core is
// ready and the page quiet). The page talks to them through engine-client.js: {id, op, arg}
// messages answered with {id, result}, where arg and result are the JSON
// strings the engine's methods take and return (see wasm/main.go).
//
// Start-up is arranged so that the engine is ready before the reader is:
//
//  1. The engine's download starts the moment the page creates this
//     worker, before wasm_exec.js is even loaded, and the browser compiles
//     it while the bytes arrive (WebAssembly.compileStreaming), reporting
//     progress to the page for the bar on a first visit.
//  2. Streaming compilation needs Content-Type: application/wasm. The
//     download is passed on as a Response of that type whatever the server
//     said, so it streams from any static host; where a browser lacks
//     streams or compileStreaming, the bytes are read whole and compiled.
//  3. Go's runtime starts, the engine installs tippaniEngine and warms
//     itself up (wasm/warmup.go, wasm/warmup_tools.go): the core annotates
//     a short article twice, which decodes the recognizer's model and runs
//     every stage, the tools engine checks and re-anchors marks on it;
//     then each collects the garbage, so the reader's first call costs
//     what later ones do. Only then does it call tippaniEngineReady.
//
// Status messages to the page, in order: {type: 'progress', loaded, total}
// while downloading, {type: 'starting'} once compiled, {type: 'ready',
// methods, timings} after the warm-up (methods: the names this engine
// answers; timings: ms since the worker began, for downloaded, compiled,
// started (Go's runtime) and warmed), or {type: 'failed', message}.
const engineFiles = { core: '/engine.wasm', tools: '/engine-tools.wasm' };
const engineFile = engineFiles[self.name || 'core'];
const began = performance.now();
const since = () => Math.round(performance.now() - began);
const timings = {};
self.tippaniTimings = timings; // for measurement from outside (tests, scripts/bench-browser)
self.tippaniCalls = []; // {op, ms} of each call the page made, for the same

// countingResponse passes the download through as a Response of type
// application/wasm, posting how many bytes have arrived at most about
// every 50 ms.
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
      timings.downloaded = since();
      self.postMessage({ type: 'progress', loaded, total: total || loaded });
    },
  }));
  return new Response(counted, { headers: { 'Content-Type': 'application/wasm' } });
}

// compile downloads and compiles the engine, streaming where it can.
async function compile() {
  if (!engineFile) throw new Error('no engine is named ' + self.name);
  const response = await fetch(engineFile);
  if (!response.ok) throw new Error(engineFile + ': HTTP ' + response.status);
  if (response.body && WebAssembly.compileStreaming) {
    return WebAssembly.compileStreaming(countingResponse(response));
  }
  const bytes = await response.arrayBuffer();
  timings.downloaded = since();
  self.postMessage({ type: 'progress', loaded: bytes.byteLength, total: bytes.byteLength });
  return WebAssembly.compile(bytes);
}

const compiled = compile();
compiled.catch(() => {}); // reported by start below
importScripts('/wasm_exec.js');

let engineInstalled;
const installed = new Promise((resolve) => { engineInstalled = resolve; });
self.tippaniEngineReady = () => engineInstalled();

async function start() {
  const engineModule = await compiled;
  timings.compiled = since();
  self.postMessage({ type: 'starting' });
  const go = new Go();
  const instance = await WebAssembly.instantiate(engineModule, go.importObject);
  timings.started = since();
  go.run(instance);
  await installed;
  timings.warmed = since();
}

const ready = start();
ready.then(
  () => self.postMessage({ type: 'ready', methods: Object.keys(self.tippaniEngine), timings }),
  (err) => self.postMessage({ type: 'failed', message: String((err && err.message) || err) }),
);

self.onmessage = async (event) => {
  const { id, op, arg } = event.data;
  let result;
  try {
    await ready;
    const fn = self.tippaniEngine[op];
    const t0 = performance.now();
    result = fn
      ? fn(arg)
      : JSON.stringify({ error: { code: 'unknown_op', message: 'unknown operation ' + op } });
    self.tippaniCalls.push({ op, ms: performance.now() - t0 });
  } catch (err) {
    result = JSON.stringify({ error: { code: 'internal', message: String((err && err.message) || err) } });
  }
  self.postMessage({ id, result });
};
