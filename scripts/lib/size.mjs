// Measures raw, gzip (level 9) and brotli (quality 11) sizes of the browser
// engine and the worker wasm named on the command line, prints a Markdown
// table, and exits 1 if the worker's gzip size is over the free plan's 3 MB.
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const [browserWasm, workerWasm] = process.argv.slice(2);
const mb = (n) => (n / 1e6).toFixed(2) + ' MB';
const measure = (file) => {
  const raw = readFileSync(file);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const b = measure(browserWasm);
const w = measure(workerWasm);
console.log('| file | raw | gzip -9 | brotli 11 |');
console.log('|---|---|---|---|');
console.log(`| browser engine (${browserWasm}) | ${mb(b.raw)} | ${mb(b.gzip)} | ${mb(b.brotli)} |`);
console.log(`| edge worker (${workerWasm}) | ${mb(w.raw)} | ${mb(w.gzip)} | ${mb(w.brotli)} |`);
const limit = 3 * 1024 * 1024;
if (w.gzip > limit) {
  console.error(`size: the worker is ${mb(w.gzip)} gzip, over the free plan's 3 MiB`);
  process.exit(1);
}
