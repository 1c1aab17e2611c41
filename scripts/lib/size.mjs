// Measures what a first visit to the annotator downloads before a reader
// can annotate, what it fetches in the background once it can, and the
// edge worker's wasm, and prints Markdown tables.
//
// The first-visit set is read from the site itself, starting at
// www/index.html: its stylesheets, scripts and preloads; the modules they
// import (static imports); the fonts the stylesheets declare; the Web
// Worker the page starts, the scripts it imports and the files it fetches
// or names (wasm_exec.js, the engines, a stylesheet a script links); and
// the service worker the page registers with what that imports. Files the
// page fetches only once the core engine is ready (LATER below), and what
// only they reference, are listed apart: a reader can annotate before they
// arrive. e2e/engine-ready.test.mjs checks both halves in a browser: that
// nothing is fetched before Annotate is enabled that the first set leaves
// out, and that none of LATER is. Each file is measured raw, gzip -9 and
// brotli 11 (how a host may serve it).
//
// Exits 1 if the first-visit total is over the budget (1.3 MB gzip or
// 1.05 MB brotli, issue 17) or the worker is over Cloudflare's free plan
// limit (3 MiB gzip).
// Usage: node scripts/lib/size.mjs www worker/build/app.wasm
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const [site, workerWasm] = process.argv.slice(2);
const budget = { gzip: 1_300_000, brotli: 1_050_000 };
const workerLimit = 3 * 1024 * 1024;

const measure = (file) => {
  const raw = readFileSync(file);
  return {
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};

// LATER are the files the annotator fetches only once its core engine is
// ready: the tools engine (engine-client.js starts its worker then).
export const LATER = ['/engine-tools.wasm'];

// The service worker's list of app files, which it copies for offline use
// after the engines are ready (offline.js): the names in it are not
// fetches of the page.
const offlineList = '/build-id.js';

// imports returns the specifiers of a module's static imports and
// re-exports.
function imports(code) {
  const refs = [];
  for (const m of code.matchAll(/\bimport\s+(?:[^'"`]*?\s+from\s+)?['"]([^'"]+)['"]/g)) refs.push(m[1]);
  for (const m of code.matchAll(/\bexport\s+[^'"`;]*?\s+from\s+['"]([^'"]+)['"]/g)) refs.push(m[1]);
  return refs;
}

// modules returns the site paths of the modules entry imports, directly
// or through others (static imports only), entry first.
export function modules(root, entry) {
  const found = [entry];
  for (let i = 0; i < found.length; i++) {
    const code = readFileSync(join(root, found[i]), 'utf8').replace(/^\s*\/\/.*$/gm, '');
    for (const ref of imports(code)) {
      const abs = ref.startsWith('/') ? ref : join(dirname(found[i]), ref);
      if (!found.includes(abs)) found.push(abs);
    }
  }
  return found;
}

// references returns the site paths a file refers to, by its kind.
function references(path, text) {
  const refs = [];
  if (path.endsWith('.html')) {
    for (const m of text.matchAll(/<link\b[^>]*\brel="(stylesheet|preload|modulepreload)"[^>]*>/g)) {
      const href = /\bhref="([^"]+)"/.exec(m[0]);
      if (href) refs.push(href[1]);
    }
    for (const m of text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.push(m[1]);
  } else if (path.endsWith('.css')) {
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) refs.push(m[1]);
  } else {
    const code = text.replace(/^\s*\/\/.*$/gm, '');
    refs.push(...imports(code));
    for (const m of code.matchAll(/\b(?:new Worker|importScripts|fetch|register)\(\s*['"]([^'"]+)['"]/g)) refs.push(m[1]);
    for (const m of code.matchAll(/\bimportScripts\(([^)]*)\)/g)) {
      for (const q of m[1].matchAll(/['"]([^'"]+)['"]/g)) refs.push(q[1]);
    }
    // Engines and stylesheets a script names by path (the worker's table
    // of engine files, a stylesheet linked later).
    if (path !== offlineList) {
      for (const m of code.matchAll(/['"](\/[\w./-]+\.(?:wasm|css))['"]/g)) refs.push(m[1]);
    }
  }
  return refs;
}

// walk returns the site paths reached from roots, in the order found,
// without entering those in stop (returned apart as stopped) or skip.
function walk(root, roots, stop = new Set(), skip = new Set()) {
  const found = [];
  const stopped = [];
  const seen = new Set(roots);
  const queue = [...roots];
  const add = (path, from) => {
    if (path.startsWith('data:') || /^[a-z]+:/.test(path) || path.startsWith('/api/')) return; // API calls are not part of the page
    const abs = path.startsWith('/') ? path : join(dirname(from), path);
    if (seen.has(abs) || skip.has(abs)) return;
    seen.add(abs);
    if (stop.has(abs)) stopped.push(abs);
    else queue.push(abs);
  };
  while (queue.length) {
    const path = queue.shift();
    const file = join(root, path);
    if (!existsSync(file)) throw new Error(`${path} is referenced but ${file} does not exist (run ./scripts/build)`);
    found.push(path);
    if (!/\.(html|css|js|mjs)$/.test(path)) continue;
    for (const ref of references(path, readFileSync(file, 'utf8'))) add(ref.split(/[?#]/)[0], path);
  }
  return { found, stopped };
}

// firstVisit walks the site from index.html and returns the site paths a
// first visit fetches before a reader can annotate, in the order found.
export function firstVisit(root) {
  return walk(root, ['/index.html'], new Set(LATER)).found;
}

// afterReady returns the site paths a first visit fetches once the core
// engine is ready (LATER and what they reference), leaving out those
// already fetched.
export function afterReady(root) {
  const first = walk(root, ['/index.html'], new Set(LATER));
  return walk(root, first.stopped, new Set(), new Set(first.found)).found;
}

const mb = (n) => (n / 1e6).toFixed(3) + ' MB';
const kb = (n) => (n / 1e3).toFixed(1) + ' kB';

// table prints one Markdown table of files and returns their total.
function table(site, files, label) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  console.log('| file | raw | gzip -9 | brotli 11 |');
  console.log('|---|---|---|---|');
  for (const f of files) {
    const m = measure(join(site, f));
    for (const k of Object.keys(total)) total[k] += m[k];
    console.log(`| ${f} | ${kb(m.raw)} | ${kb(m.gzip)} | ${kb(m.brotli)} |`);
  }
  console.log(`| **${label} (${files.length} ${files.length === 1 ? 'file' : 'files'})** | **${mb(total.raw)}** | **${mb(total.gzip)}** | **${mb(total.brotli)}** |`);
  return total;
}

if (process.argv[1] && process.argv[1].endsWith('size.mjs')) {
  console.log('First visit to the annotator, everything fetched before a reader can annotate:');
  console.log();
  const total = table(site, firstVisit(site), 'total');
  console.log(`| budget | | ${mb(budget.gzip)} | ${mb(budget.brotli)} |`);
  console.log();
  console.log('Fetched in the background once the core engine is ready (a reader can annotate meanwhile):');
  console.log();
  table(site, afterReady(site), 'in the background');
  console.log();
  const w = measure(workerWasm);
  console.log('| edge worker | raw | gzip -9 | brotli 11 |');
  console.log('|---|---|---|---|');
  console.log(`| ${workerWasm} | ${mb(w.raw)} | ${mb(w.gzip)} | ${mb(w.brotli)} |`);
  let failed = false;
  if (total.gzip > budget.gzip || total.brotli > budget.brotli) {
    console.error(`size: a first visit downloads ${mb(total.gzip)} gzip / ${mb(total.brotli)} brotli; the budget is ${mb(budget.gzip)} / ${mb(budget.brotli)}`);
    failed = true;
  }
  if (w.gzip > workerLimit) {
    console.error(`size: the worker is ${mb(w.gzip)} gzip, over the free plan's 3 MiB`);
    failed = true;
  }
  process.exit(failed ? 1 : 0);
}
