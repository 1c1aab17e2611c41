// The load and fault bench of the edge worker, run by scripts/bench-api
// (which documents the settings). It starts its own `wrangler dev` on a
// loopback port with a throwaway D1, in its own process group, and prints
// Markdown tables with the figures and the ratios that matter.
//
// Every loop is bounded in count and time, and every request goes to
// 127.0.0.1 only.
import { spawn, execFileSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, readdirSync, openSync, writeFileSync } from "node:fs";
import { loadavg, cpus } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

const env = process.env;
const ROOT = env.ROOT;
const STATE = env.STATE;
const LOG = env.LOG;
const n = Math.min(+env.N || 200, 2000);
const c = +env.C || 4;
const load = env.LOAD === "1";
const soakSeconds = Math.min(+env.SOAK || 0, 1800);
const soakRate = Math.min(+env.RATE || 100, 500);

// --- the server -----------------------------------------------------------

// Server is a wrangler dev this script started, in its own process group.
class Server {
  // start runs Tippani's Worker, or with control set the control Worker
  // (scripts/lib/control-worker), on port.
  static async start(port, control = false) {
    const s = new Server();
    s.url = `http://127.0.0.1:${port}`;
    const out = openSync(LOG, "a");
    const args = control ? [] : ["--persist-to", STATE, "--var", `PUBLIC_ORIGIN:${s.url}`];
    s.child = spawn(`${ROOT}/node_modules/.bin/wrangler`, ["dev", "--ip", "127.0.0.1", "--port", String(port),
      "--show-interactive-dev-session=false", ...args], {
      cwd: control ? `${ROOT}/scripts/lib/control-worker` : ROOT, detached: true, stdio: ["ignore", out, out],
    });
    s.exited = new Promise((resolve) => s.child.on("exit", resolve));
    const deadline = Date.now() + 90_000;
    for (;;) {
      try {
        const res = await fetch(`${s.url}/api/health`);
        await res.arrayBuffer();
        if (res.ok) break;
      } catch {}
      if (Date.now() > deadline) throw new Error(`wrangler dev did not answer on ${s.url} within 90 s; see ${LOG}`);
      await sleep(300);
    }
    // The first requests compile the worker; they are not what readers see.
    for (let i = 0; i < 5 && !control; i++) {
      await (await fetch(`${s.url}/api/health`)).arrayBuffer();
      await (await fetch(`${s.url}/style.css`)).arrayBuffer();
    }
    return s;
  }

  // kill signals the whole process group (wrangler and its workerd) and
  // waits for wrangler to go.
  async kill(signal) {
    try {
      process.kill(-this.child.pid, signal);
    } catch {}
    await Promise.race([this.exited, sleep(15_000)]);
    try {
      process.kill(-this.child.pid, "SIGKILL");
    } catch {}
  }

  // rss is the resident memory, in MB, of the server's two workerd
  // processes: the one running the Worker (and D1, the cache and the
  // static files), which wrangler starts with an inspector, and the one
  // running wrangler's own dev proxy in front of it.
  rss() {
    const out = { worker: 0, proxy: 0 };
    for (const pid of readdirSync("/proc")) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
        const pgid = +stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2];
        if (comm !== "workerd" || pgid !== this.child.pid) continue;
        const kb = +/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1];
        const role = readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("--inspector-addr") ? "worker" : "proxy";
        out[role] += kb / 1024;
      } catch {}
    }
    return out;
  }
}

// RSSWatch samples the server's workerd memory every interval while a phase
// runs, and keeps where it started and its peak.
class RSSWatch {
  constructor(server, ms = 100) {
    this.start = server.rss();
    this.peak = { ...this.start };
    const sample = () => {
      const now = server.rss();
      for (const k in now) this.peak[k] = Math.max(this.peak[k], now[k]);
    };
    this.timer = setInterval(sample, ms);
  }
  stop() {
    clearInterval(this.timer);
    return this;
  }
}

// --- requests ---------------------------------------------------------------

// The sample in NFC with Unix newlines; a short prefix keeps it in display
// form without pulling the Go normalizer into this script.
const text = readFileSync(env.SAMPLE, "utf8").normalize("NFC").replace(/\r\n?/g, "\n").split("\n").slice(0, 6).join("\n");
let clientNo = 0;
// Each write comes from its own documentation-range address, so the
// per-address write allowance measures nothing here.
const nextIP = () => {
  const i = clientNo++;
  return `10.${200 + ((i >> 16) & 15)}.${(i >> 8) & 255}.${i & 255}`;
};
const shareBody = (i) => JSON.stringify({ title: `bench ${i}`, text, annotations: [{ start: 0, end: 4, type: "LOC", note: "बेंच 🧪" }] });
const createReq = (base, i) => [`${base}/api/shares`, {
  method: "POST", headers: { "content-type": "application/json", "cf-connecting-ip": nextIP() }, body: shareBody(i) }];

// one sends a request and records its status (or the network error) and
// latency; it never throws.
async function one(url, init) {
  const s = performance.now();
  try {
    const res = await fetch(url, init);
    const body = await res.text();
    return { status: res.status, type: res.headers.get("content-type") || "", body, ms: performance.now() - s };
  } catch (err) {
    return { status: err.cause?.code || err.name, type: "", body: "", ms: performance.now() - s };
  }
}

// phase sends count requests made by makeRequest(i), conc at a time, and
// returns the figures. At most 120 s a phase.
async function phase(name, count, conc, makeRequest, expect, server) {
  const watch = server ? new RSSWatch(server) : null;
  const results = [];
  let next = 0;
  const deadline = performance.now() + 120_000;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(conc, count) }, async () => {
    while (next < count && performance.now() < deadline) {
      const i = next++;
      results[i] = await one(...makeRequest(i));
    }
  }));
  const secs = (performance.now() - t0) / 1000;
  watch?.stop();
  const done = results.filter(Boolean);
  const lat = done.map((r) => r.ms).sort((a, b) => a - b);
  const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))] ?? NaN;
  const statuses = {};
  for (const r of done) statuses[r.status] = (statuses[r.status] || 0) + 1;
  return {
    name, conc, results: done, statuses, requests: done.length,
    failed: done.filter((r) => r.status !== expect).length,
    s503: done.filter((r) => r.status === 503).length,
    rps: done.length / secs, p50: q(0.5), p99: q(0.99), rss: watch,
  };
}

const f1 = (x) => (x === undefined || Number.isNaN(x) ? "–" : x.toFixed(1));
function table(rows, withRSS) {
  const rssHead = " Worker's workerd RSS MB: start → peak | dev proxy's workerd: start → peak |";
  console.log(`| phase | at once | requests | failed | 503 | req/s | p50 ms | p99 ms |${withRSS ? rssHead : ""}`);
  console.log(`|---|---|---|---|---|---|---|---|${withRSS ? "---|---|" : ""}`);
  for (const r of rows) {
    const m = r.rss;
    console.log(`| ${r.name} | ${r.conc} | ${r.requests} | ${r.failed} | ${r.s503} | ${f1(r.rps)} | ${f1(r.p50)} | ${f1(r.p99)} |` +
      (withRSS ? (m ? ` ${f1(m.start.worker)} → ${f1(m.peak.worker)} | ${f1(m.start.proxy)} → ${f1(m.peak.proxy)} |` : " – | – |") : ""));
  }
}

// createShares makes count shares, conc at a time, and returns their ids.
async function createShares(base, count, conc) {
  const r = await phase("setup", count, conc, (i) => createReq(base, i), 201);
  const ids = r.results.filter((x) => x.status === 201).map((x) => JSON.parse(x.body).id);
  if (ids.length !== count) throw new Error(`setup: ${count - ids.length} of ${count} shares were not created: ${JSON.stringify(r.statuses)}`);
  return ids;
}

// prefill stores count shares straight into the local D1 (one text, as
// POST /api/shares would store it) before the server starts, so the
// figures of a phase are not mixed with the cost of making its data.
function prefill(count) {
  const hash = createHash("sha256").update(text).digest("hex");
  const q = (v) => `'${v.replaceAll("'", "''")}'`;
  const anns = JSON.stringify([{ start: 0, end: 4, type: "LOC", note: "बेंच 🧪" }]);
  const ids = Array.from({ length: count }, () => randomBytes(16).toString("base64url"));
  const lines = [`INSERT OR IGNORE INTO texts (hash, body) VALUES (${q(hash)}, ${q(text)});`];
  for (let i = 0; i < count; i += 200) {
    const rows = ids.slice(i, i + 200).map((id, k) =>
      `(${q(id)}, ${q(`bench ${i + k}`)}, ${q(hash)}, ${q(anns)}, '2026-01-01T00:00:00.000Z')`);
    lines.push(`INSERT INTO shares (id, title, text_hash, annotations, created) VALUES ${rows.join(",")};`);
  }
  // A share is read from its versions (migrations/0004): each gets its first.
  lines.push(`INSERT INTO share_versions (share_id, version, title, text_hash, annotations, created)
    SELECT id, 1, title, text_hash, annotations, created FROM shares
    WHERE id NOT IN (SELECT share_id FROM share_versions);`);
  const file = `${STATE}.prefill.sql`;
  writeFileSync(file, lines.join("\n"));
  try {
    execFileSync(`${ROOT}/node_modules/.bin/wrangler`, ["d1", "execute", "DB", "--local", "--persist-to", STATE, "--file", file, "--yes"],
      { cwd: ROOT, stdio: "pipe" });
  } catch (err) {
    throw new Error(`storing the bench's shares in D1 failed:\n${err.stdout}${err.stderr}`);
  }
  return ids;
}

// quiet waits until wrangler dev's proxy has dropped the connections the
// last burst left idle (see worker/PERFORMANCE.md: it reuses ones the
// runtime has closed after 5 s, and answers 503 for a POST sent on one).
const quiet = () => sleep(7_000);

const machine = () => `load average ${loadavg().map((x) => x.toFixed(2)).join(" ")} on ${cpus().length} CPUs`;

// --- the bench ----------------------------------------------------------------

let failures = 0;
const check = (ok, what) => {
  if (!ok) {
    failures++;
    console.log(`**not met:** ${what}`);
  }
};

async function basic(server) {
  const base = server.url;
  console.log(`\n### Requests per second and latency (${n} requests a phase, ${c} at a time; ${machine()})\n`);
  const create = await phase("create share (POST /api/shares)", n, c, (i) => createReq(base, i), 201);
  const ids = await createShares(base, n, 8);
  const uncached = await phase("read new shares (GET, from D1)", n, c, (i) => [`${base}/api/shares/${ids[i]}`, {}], 200);
  const cached = await phase("read one share (GET, edge cache)", n, c, () => [`${base}/api/shares/${ids[0]}`, {}], 200);
  const stat = await phase("static file (GET /style.css)", n, c, () => [`${base}/style.css`, {}], 200);
  table([create, uncached, cached, stat], false);
  console.log(`\nratio of share-read p50 to static-file p50: edge cache ${(cached.p50 / stat.p50).toFixed(2)}, D1 ${(uncached.p50 / stat.p50).toFixed(2)} (goal ≤ 2)`);
  for (const r of [create, uncached, cached, stat]) check(r.failed === 0, `${r.name}: ${r.failed} failed ${JSON.stringify(r.statuses)}`);
}

async function concurrency(server, ids, port) {
  console.log(`\n### Concurrency (${machine()})\n`);
  // The control, on a fresh server: 2,000 reads at once of one share in
  // the edge cache, answered by entry.mjs without entering Go or D1. What
  // it adds to workerd is the runtime's own cost per request in flight.
  await (await fetch(`${server.url}/api/shares/${ids[2499]}`)).arrayBuffer();
  const control = await phase("one cached share (control: no Go, no D1)", 2000, 2000, () => [`${server.url}/api/shares/${ids[2499]}`, {}], 200, server);
  await server.kill("SIGTERM");
  server = await Server.start(port);
  const base = server.url;
  const few = await phase("uncached share reads", 500, 20, (i) => [`${base}/api/shares/${ids[i]}`, {}], 200, server);
  const many = await phase("uncached share reads", 2000, 2000, (i) => [`${base}/api/shares/${ids[500 + i]}`, {}], 200, server);
  await quiet();
  const writes = await phase("share creations", 500, 500, (i) => createReq(base, 10_000 + i), 201, server);
  // The same burst again at once, without the quiet: what wrangler dev's
  // proxy does to it (not a goal; see worker/PERFORMANCE.md).
  const again = await phase("share creations, straight after", 500, 500, (i) => createReq(base, 20_000 + i), 201);
  await quiet();
  const statWrites = await phase("static file (GET /style.css)", 500, 500, () => [`${base}/style.css`, {}], 200, server);
  table([control, few, many, writes, again, statWrites], true);
  const ratio = many.rps / few.rps;
  const growth = many.rss.peak.worker - many.rss.start.worker;
  console.log(`\nFresh server with ${ids.length} shares stored in D1. ` +
    `Throughput of 2,000 reads at once against 20 at a time: **${ratio.toFixed(2)}** (goal ≥ 0.5). ` +
    `The Worker's workerd grew ${f1(growth)} MB under 2,000 uncached reads at once (${f1((growth * 1024) / 2000)} kB a request in flight); ` +
    `under the control it grew ${f1(control.rss.peak.worker - control.rss.start.worker)} MB. ` +
    `500 creations at once ran at ${f1(writes.rps)} requests/s, **${(writes.rps / statWrites.rps).toFixed(2)}×** the rate of 500 static-file requests at once. ` +
    `Creations straight after another burst: ${JSON.stringify(again.statuses)}; every 503 there comes from wrangler dev's proxy, not the Worker.`);
  check(many.failed === 0, `2,000 concurrent reads: ${many.failed} not 200 ${JSON.stringify(many.statuses)}`);
  check(many.rss.peak.worker <= 256, `2,000 concurrent reads: the Worker's workerd peaked at ${f1(many.rss.peak.worker)} MB (goal ≤ 256)`);
  check(ratio >= 0.5, `2,000 concurrent reads: throughput ratio ${ratio.toFixed(2)} (goal ≥ 0.5)`);
  check(writes.s503 === 0 && writes.failed === 0, `500 concurrent creations: ${JSON.stringify(writes.statuses)}`);
  check(writes.rps >= 150, `500 concurrent creations: ${f1(writes.rps)} requests/s (goal ≥ 150)`);
  return server;
}

// hostile sends what broke the worker before, beside normal traffic, and
// checks that every answer is JSON and normal traffic keeps its pace.
async function hostile(server, ids) {
  const base = server.url;
  console.log(`\n### Hostile input (${machine()})\n`);
  const normal = (offset) => (i) => [`${base}/api/shares/${ids[offset + i]}`, {}];
  const before = await phase("normal reads alone", 300, 10, normal(0), 200);
  const bomb = "[".repeat(9000) + "]".repeat(9000);
  const [during, bombs] = await Promise.all([
    phase("normal reads beside depth bombs", 300, 10, normal(300), 200),
    phase("depth bombs (POST /api/shares, 9,000 levels)", 60, 10, () => [`${base}/api/shares`, {
      method: "POST", headers: { "content-type": "application/json", "cf-connecting-ip": nextIP() }, body: bomb }], 400),
  ]);
  table([before, during, bombs], false);
  const notJSON = bombs.results.filter((r) => !r.type.startsWith("application/json")).length;
  console.log(`\ndepth bombs answered: ${JSON.stringify(bombs.statuses)}, ${notJSON} not JSON; ` +
    `normal throughput beside them: **${(during.rps / before.rps).toFixed(2)}** of alone`);
  check(bombs.failed === 0 && notJSON === 0, `depth bombs: ${JSON.stringify(bombs.statuses)}`);
  check(during.failed === 0, `normal reads beside bombs: ${JSON.stringify(during.statuses)}`);

  // A chunked body over 17 MiB (no Content-Length), then requests from
  // other clients.
  const chunk = new Uint8Array(1 << 20).fill(0x20);
  let sent = 0;
  const stream = new ReadableStream({
    pull(ctl) {
      if (sent++ < 18) ctl.enqueue(chunk);
      else ctl.close();
    },
  });
  const big = await one(`${base}/api/shares`, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" });
  const after = await phase("requests after it", 27, 1, () => [`${base}/api/health`, {}], 200);
  console.log(`18 MiB chunked body: ${big.status} ${big.type.split(";")[0]}; the 27 requests after it: ${JSON.stringify(after.statuses)}`);
  check(big.status === 413 && big.type.startsWith("application/json"), `18 MiB chunked body answered ${big.status} ${big.type}`);
  check(after.failed === 0, `requests after the 18 MiB body: ${JSON.stringify(after.statuses)}`);
}

// soak runs mixed reads and writes at a steady rate and samples memory.
async function soak(server, prefilled) {
  console.log(`\n### Soak: ${soakSeconds} s at ${soakRate} requests/s, 3 reads to 1 write (${machine()})\n`);
  const ids = prefilled.slice();
  const run = await openLoop(server, (i) => i % 4 === 3 ? createReq(server.url, i) : [`${server.url}/api/shares/${ids[(i * 7919) % ids.length]}`, {}],
    (r) => { if (r.status === 201 && ids.length < 10_000) ids.push(JSON.parse(r.body).id); });
  const bad = Object.entries(run.statuses).filter(([s]) => s !== "200" && s !== "201" && s !== "not sent");
  check(bad.length === 0, `soak: ${JSON.stringify(run.statuses)}`);
  check(run.growth <= 1.15, `soak: memory grew ${run.growth.toFixed(2)}×`);
}

// controlSoak runs the same soak against the control Worker, which answers
// every request with a constant and holds no state, under its own wrangler
// dev: how much the local runtime's memory grows by itself at this rate.
// It is a reference for the soak's figure, not a goal.
async function controlSoak(port) {
  console.log(`\n### Control soak: the same ${soakSeconds} s at ${soakRate} requests/s against a Worker that only answers a constant (${machine()})\n`);
  const control = await Server.start(port, true);
  try {
    const run = await openLoop(control, () => [`${control.url}/`, {}], () => {});
    if (Object.keys(run.statuses).some((s) => s !== "200" && s !== "not sent")) {
      console.log(`(the control answered ${JSON.stringify(run.statuses)})`);
    }
    console.log(`\nThe control's workerd grew ${run.growth.toFixed(2)}× (the same measure as the soak's).`);
  } finally {
    await control.kill("SIGTERM");
  }
}

// openLoop sends soakRate requests a second for soakSeconds, whatever the
// answers' pace, made by makeReq(i) and each passed to onResult, and
// samples the server's workerd memory as it goes; it prints the samples
// and the figures, and returns {statuses, growth}: growth is the second
// half's peak RSS of the Worker's workerd against the RSS after warm-up.
async function openLoop(server, makeReq, onResult) {
  const statuses = {};
  const lat = [];
  const samples = [];
  let sent = 0;
  const inflight = new Set();
  const t0 = performance.now();
  const sampleEvery = Math.max(10, soakSeconds / 20) * 1000;
  let nextSample = 0;
  while (performance.now() - t0 < soakSeconds * 1000) {
    const due = Math.floor(((performance.now() - t0) / 1000) * soakRate);
    while (sent < due) {
      const i = sent++;
      // An open loop, but not an unbounded one: past 1,000 requests in
      // flight the client stops opening connections and counts the
      // request as not sent.
      if (inflight.size >= 1000) {
        statuses["not sent"] = (statuses["not sent"] || 0) + 1;
        continue;
      }
      const p = one(...makeReq(i)).then((r) => {
        statuses[r.status] = (statuses[r.status] || 0) + 1;
        lat.push(r.ms);
        onResult(r);
        inflight.delete(p);
      });
      inflight.add(p);
    }
    if (performance.now() - t0 >= nextSample) {
      samples.push({ s: (performance.now() - t0) / 1000, rss: server.rss() });
      nextSample += sampleEvery;
    }
    await sleep(5);
  }
  await Promise.all(inflight);
  samples.push({ s: (performance.now() - t0) / 1000, rss: server.rss() });
  lat.sort((a, b) => a - b);
  console.log("| second | the Worker's workerd RSS MB | the dev proxy's workerd RSS MB |");
  console.log("|---|---|---|");
  for (const x of samples) console.log(`| ${x.s.toFixed(0)} | ${f1(x.rss.worker)} | ${f1(x.rss.proxy)} |`);
  const largest = samples.map((x) => x.rss.worker);
  const warm = largest[Math.min(2, largest.length - 1)];
  const tail = largest.slice(Math.floor(largest.length / 2));
  const growth = Math.max(...tail) / warm;
  console.log(`\n${sent} requests, ${JSON.stringify(statuses)}; p50 ${f1(lat[lat.length >> 1])} ms, p99 ${f1(lat[Math.floor(lat.length * 0.99)])} ms. ` +
    `Peak of the second half against the RSS after warm-up: **${growth.toFixed(2)}** (flat: ≤ 1.15). ${machine()}`);
  return { statuses, growth };
}

// crash kills the server's process group with SIGKILL during a write burst,
// starts it again on the same state and reads back every share that was
// answered 201.
async function crash(previous, port) {
  // A fresh server on the same state, whatever happened to the last one.
  await previous.kill("SIGTERM");
  const server = await Server.start(port);
  const base = server.url;
  console.log(`\n### Crash during a write burst (${machine()})\n`);
  const acked = [];
  let stop = false;
  let sent = 0;
  const writers = Array.from({ length: 50 }, async () => {
    while (!stop && sent < 20_000) {
      const i = sent++;
      const body = shareBody(50_000 + i);
      const r = await one(...createReq(base, 50_000 + i));
      if (r.status === 201) acked.push({ id: JSON.parse(r.body).id, body });
    }
  });
  // Kill once the burst is well under way.
  const killAt = performance.now();
  while (acked.length < 300 && performance.now() - killAt < 60_000) await sleep(10);
  const ackedAtKill = acked.length;
  stop = true; // the writes in flight now are the ones the kill interrupts
  await server.kill("SIGKILL");
  await Promise.all(writers);
  const second = await Server.start(port);
  let lost = 0;
  let wrong = 0;
  const check1 = await phase("re-read every acknowledged share", acked.length, 20,
    (i) => [`${second.url}/api/shares/${acked[i].id}`, {}], 200);
  check1.results.forEach((r, i) => {
    if (r.status === 404) lost++;
    else if (r.status !== 200) wrong++;
    else {
      const got = JSON.parse(r.body);
      const want = JSON.parse(acked[i].body);
      if (got.title !== want.title || got.text !== want.text) wrong++;
    }
  });
  console.log(`${sent} writes sent, 50 at a time; SIGKILL of the process group after ${ackedAtKill} had been answered 201; ` +
    `${acked.length} answered 201 in all. After the restart: **${lost} lost**, ${wrong} unreadable or different ` +
    `(re-read at ${f1(check1.rps)} requests/s).`);
  check(lost === 0 && wrong === 0, `crash: ${lost} acknowledged shares lost, ${wrong} different`);
  return second;
}

const port = +env.PORT;
// Shares for the read phases: 2,500 for the concurrency figures, 600 for
// the hostile phase, and what the soak reads (never read before, so never
// in the edge cache when first read).
const ids = load || soakSeconds ? prefill(3100 + Math.min(soakSeconds * soakRate, 100_000) / 20) : [];
let server = await Server.start(port);
console.log(`bench-api: ${server.url} (wrangler dev, local D1), ${machine()}; log in ${LOG}`);
try {
  // The concurrency figures come first, on the fresh server.
  if (load) server = await concurrency(server, ids.slice(0, 2500), port);
  await basic(server);
  if (load) await hostile(server, ids.slice(2500, 3100));
  if (soakSeconds > 0) await soak(server, ids.slice(3100));
  if (load) server = await crash(server, port);
} finally {
  await server.kill("SIGTERM");
}
if (soakSeconds > 0) await controlSoak(port);
console.log(failures ? `\nbench-api: ${failures} goal(s) not met` : "\nbench-api: every goal met");
process.exitCode = failures ? 1 : 0;
