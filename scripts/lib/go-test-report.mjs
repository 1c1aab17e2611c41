// Reads `go test -json` on stdin and prints a short report: one line per
// package, the full output of every failed test, and the counts. It adds
// the counts to the tally file named by its first argument ("passed failed
// skipped" on one line) and exits 1 when anything failed, was skipped or
// did not build.
import { createInterface } from 'node:readline';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const tallyFile = process.argv[2];
const label = process.argv[3] || 'go';
let passed = 0, failed = 0, skipped = 0;
const output = new Map(); // "pkg test" → lines
const failures = [];
const packageFailures = [];

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  let ev;
  try {
    ev = JSON.parse(line);
  } catch {
    // Build errors arrive as plain text before the JSON stream starts.
    if (line.trim()) console.log(line);
    continue;
  }
  const key = ev.Package + ' ' + (ev.Test || '');
  if (ev.Action === 'output') {
    if (!output.has(key)) output.set(key, []);
    output.get(key).push(ev.Output);
    continue;
  }
  if (ev.Action === 'build-output') {
    process.stdout.write(ev.Output);
    continue;
  }
  if (!ev.Test) {
    if (ev.Action === 'pass' || ev.Action === 'fail' || ev.Action === 'skip') {
      const lines = output.get(key) || [];
      const summary = lines.filter((l) => /^(ok|FAIL|\?)\s/.test(l)).join('').trim();
      if (summary) console.log(`${label}: ${summary.split('\n').pop()}`);
      if (ev.Action === 'fail') packageFailures.push({ key, lines });
    }
    continue;
  }
  if (ev.Action === 'pass') passed++;
  else if (ev.Action === 'skip') {
    skipped++;
    failures.push({ key, lines: output.get(key) || [], why: 'SKIPPED' });
  } else if (ev.Action === 'fail') {
    failed++;
    failures.push({ key, lines: output.get(key) || [], why: 'FAILED' });
  }
}

for (const f of failures) {
  console.log(`\n--- ${f.why}: ${f.key}`);
  process.stdout.write(f.lines.join(''));
}
// A package that failed without a failing test did not build or panicked
// outside a test: count it once so it can never pass unnoticed.
for (const p of packageFailures) {
  if (!failures.some((f) => f.key.startsWith(p.key.trim() + ' '))) {
    failed++;
    console.log(`\n--- FAILED: package ${p.key.trim()}`);
    process.stdout.write(p.lines.join(''));
  }
}

let prev = [0, 0, 0];
if (existsSync(tallyFile)) prev = readFileSync(tallyFile, 'utf8').trim().split(/\s+/).map(Number);
writeFileSync(tallyFile, `${prev[0] + passed} ${prev[1] + failed} ${prev[2] + skipped}\n`);
console.log(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed || skipped || packageFailures.length ? 1 : 0);
