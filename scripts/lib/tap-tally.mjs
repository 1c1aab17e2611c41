// Reads a TAP file written by `node --test` and adds its pass/fail/skip
// counts to the tally file ("passed failed skipped"). Exits 1 when the run
// had failures, skips or todos, or no tests at all.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const [tapFile, tallyFile, label] = process.argv.slice(2);
const tap = readFileSync(tapFile, 'utf8');
const count = (name) => {
  const m = tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'));
  return m ? Number(m[1]) : 0;
};
const passed = count('pass');
const failed = count('fail') + count('cancelled');
const skipped = count('skipped') + count('todo');
let prev = [0, 0, 0];
if (existsSync(tallyFile)) prev = readFileSync(tallyFile, 'utf8').trim().split(/\s+/).map(Number);
writeFileSync(tallyFile, `${prev[0] + passed} ${prev[1] + failed} ${prev[2] + skipped}\n`);
console.log(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed || skipped || passed === 0 ? 1 : 0);
