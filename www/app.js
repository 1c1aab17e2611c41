// The page's main thread: it never runs the engine itself. Text goes to the
// engine worker and results come back as JSON, so a long article never
// blocks typing or scrolling.
const article = document.getElementById('article');
const button = document.getElementById('annotate');
const status = document.getElementById('status');
const output = document.getElementById('output');

const engine = new Worker('engine-worker.js');
let nextId = 1;
const pending = new Map();

engine.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'ready') {
    button.disabled = false;
    status.textContent = 'Engine ready.';
    return;
  }
  if (msg.type === 'failed') {
    status.textContent = 'The engine could not start: ' + msg.message;
    return;
  }
  const resolve = pending.get(msg.id);
  if (resolve) {
    pending.delete(msg.id);
    resolve(msg.result);
  }
};

function call(op, text) {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    engine.postMessage({ id, op, text });
  });
}

button.addEventListener('click', async () => {
  const result = JSON.parse(await call('normalize', article.value));
  if (result.error) {
    status.textContent = result.error.message;
    return;
  }
  // textContent, never innerHTML: whatever was pasted is shown as text.
  output.textContent = result.text;
  status.textContent = 'Done.';
});
