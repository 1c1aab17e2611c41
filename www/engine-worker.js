// The engine's Web Worker: loads Go's wasm_exec.js and the engine's
// WebAssembly, then answers {id, op, text} messages with {id, result}.
importScripts('wasm_exec.js');

let engineReady;
const ready = new Promise((resolve) => { engineReady = resolve; });
self.tippaniEngineReady = () => engineReady();

async function start() {
  const go = new Go();
  const { instance } = await WebAssembly.instantiateStreaming(fetch('engine.wasm'), go.importObject);
  go.run(instance);
  await ready;
  self.postMessage({ type: 'ready' });
}

start().catch((err) => self.postMessage({ type: 'failed', message: String(err) }));

self.onmessage = async (event) => {
  const { id, op, text } = event.data;
  await ready;
  const fn = self.tippaniEngine[op];
  const result = fn
    ? fn(text)
    : JSON.stringify({ error: { code: 'unknown_op', message: 'unknown operation ' + op } });
  self.postMessage({ id, result });
};
