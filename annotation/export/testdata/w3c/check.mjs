// Checks Web Annotation JSON-LD files as the W3C's tests would: each file
// is validated against JSON schemas written from the Web Annotation Data
// Model (./schemas: an AnnotationCollection, AnnotationPage or Annotation
// by its type) and expanded by a JSON-LD processor in safe mode, which
// fails on anything expansion would drop (an undefined term, a value it
// cannot keep). Contexts come from this folder, never the network.
// Usage: node check.mjs FILE...   Prints one line per file; exits 1 on any
// failure.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';

const here = dirname(fileURLToPath(import.meta.url));
const read = (p) => JSON.parse(readFileSync(join(here, p), 'utf8'));
const contexts = {
  'http://www.w3.org/ns/anno.jsonld': read('anno.jsonld'),
  'http://www.w3.org/ns/ldp.jsonld': read('ldp.jsonld'),
};

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
for (const s of ['defs.json', 'annotation.json', 'page.json', 'collection.json']) ajv.addSchema(read('schemas/' + s));
const byType = {
  AnnotationCollection: 'https://tippani.test/schemas/collection.json',
  AnnotationPage: 'https://tippani.test/schemas/page.json',
  Annotation: 'https://tippani.test/schemas/annotation.json',
};

const documentLoader = async (url) => {
  const doc = contexts[url];
  if (!doc) throw new Error('no local copy of ' + url);
  return { contextUrl: null, documentUrl: url, document: doc };
};

const types = (v) => [].concat(v?.type ?? []);
let failed = 0;
for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const docs = Array.isArray(doc) ? doc : [doc];
  const problems = [];
  let annotations = 0;
  for (const d of docs) {
    const kind = Object.keys(byType).find((k) => types(d).includes(k));
    if (!kind) { problems.push('no Web Annotation type'); continue; }
    const validate = ajv.getSchema(byType[kind]);
    if (!validate(d)) problems.push(...validate.errors.map((e) => `${kind}${e.instancePath} ${e.message}`));
    try {
      const expanded = await jsonld.expand(d, { documentLoader, safe: true });
      const count = (n) => (Array.isArray(n) ? n.reduce((s, x) => s + count(x), 0)
        : n && typeof n === 'object' ? ((n['@type'] ?? []).includes('http://www.w3.org/ns/oa#Annotation') ? 1 : 0) + Object.values(n).reduce((s, x) => s + count(x), 0) : 0);
      annotations += count(expanded);
    } catch (err) {
      problems.push('JSON-LD expansion: ' + (err.details?.event?.code || err.message));
    }
  }
  if (problems.length) {
    failed++;
    console.log(`FAIL ${file}\n  ${problems.slice(0, 20).join('\n  ')}`);
  } else {
    console.log(`ok ${file} annotations=${annotations}`);
  }
}
process.exit(failed ? 1 : 0);
