// Bundles the annotator's page modules (www/app.js and everything it
// imports) into one minified module, www/app.bundle.js, which index.html
// loads. Wrangler's asset server, like any HTTP/1.1 host, answers a few
// requests at a time, so the 22 modules cost a first visit and a shared
// link about half a second on loopback even when all were preloaded; as
// one file they cost one request and half the bytes. The sources stay as
// they are: other pages import them directly.
// Usage: node scripts/lib/bundle.mjs (run by ./scripts/build)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const options = {
  entryPoints: [root + 'www/app.js'],
  bundle: true,
  format: 'esm',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};
export const output = root + 'www/app.bundle.js';

// bundled returns the bundle's text as the current sources make it, and
// the site paths of the modules in it.
export async function bundled() {
  const result = await build({ ...options, write: false, metafile: true, outfile: output });
  const inputs = Object.keys(result.metafile.inputs).map((p) => '/' + p.replace(/^.*?www\//, ''));
  return { text: result.outputFiles[0].text, inputs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build({ ...options, outfile: output });
}
