/**
 * The 1 MB battery: every hostile input of bench/hostile-inputs.js, at a quarter size and at full
 * size. Each case runs through the built CLI (exit code, a well-formed record, wall time) and
 * in-process, where CPU time is measured (the least of a few runs): wall time on a shared 2-core machine mostly measures
 * the neighbours. Fails when a case errs, takes more CPU than the budget, or grows clearly faster
 * than linearly from 1/4 to full size (4× is linear, 16× quadratic).
 *
 *   npm run stress                      all kinds, 1 MB
 *   STRESS_MB=2 STRESS_BUDGET=5 npm run stress -- dots digits
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { HOSTILE_INPUTS } = require('./hostile-inputs');
const { extract } = require('../dist/index');

const BIN = path.join(__dirname, '..', 'bin', 'extract.js');
const MB = Number(process.env.STRESS_MB ?? 1);
const BUDGET_S_PER_MB = Number(process.env.STRESS_BUDGET ?? 5);
/** Linear time quadruples from 1/4 to full size; allow noise, catch n log n blow-ups and worse. */
const MAX_GROWTH = 7;
const size = Math.round(MB * 1024 * 1024);
const only = process.argv.slice(2);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-stress-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function throughCli(text) {
  const file = path.join(tmp, 'input.txt');
  fs.writeFileSync(file, text);
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, '--format', 'json', file], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: 300_000 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let problem = '';
  if (r.error) problem = r.error.message;
  else if (r.status !== 0) problem = `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`;
  else {
    const doc = JSON.parse(r.stdout);
    if (doc.error || doc.length !== text.length) problem = `bad record: ${JSON.stringify(doc.error ?? doc.length)}`;
  }
  return { seconds, problem };
}

/**
 * CPU seconds of an in-process extract(), all kinds: the least of `runs`, because a busy
 * neighbour (cache, memory bandwidth, a GC that falls in one run) only ever adds time, and a
 * quarter-size case of 50 ms can double from that alone.
 */
function cpuSeconds(text, runs) {
  let least = Infinity;
  for (let r = 0; r < runs; r++) {
    const before = process.cpuUsage();
    extract(text);
    const used = process.cpuUsage(before);
    least = Math.min(least, (used.user + used.system) / 1e6);
  }
  return least;
}

extract('Warm up: Acme Corp. paid $5 million on May 5, 2024, up 2%, said John Smith in Paris.');
console.log(`extract stress: ${MB} MB per case, budget ${BUDGET_S_PER_MB} CPU s/MB\n`);
console.log(`${'case'.padEnd(24)} ${'cpu 1/4'.padStart(8)} ${'cpu full'.padStart(9)} ${'growth'.padStart(7)} ${'MB/s'.padStart(6)} ${'CLI wall'.padStart(9)}  verdict`);
let failures = 0;
for (const [name, make] of Object.entries(HOSTILE_INPUTS)) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const text = make(size);
  const q = Math.max(cpuSeconds(make(size >> 2), 3), 0.01);
  const f = Math.max(cpuSeconds(text, 2), 0.01);
  const cli = throughCli(text);
  const growth = f / q;
  const problems = cli.problem ? [cli.problem] : [];
  if (f > BUDGET_S_PER_MB * MB) problems.push(`over budget (${(f / MB).toFixed(1)} s/MB)`);
  if (growth > MAX_GROWTH && f > 0.25) problems.push(`grows ${growth.toFixed(1)}× for 4× input`);
  if (problems.length) failures++;
  console.log(`${name.padEnd(24)} ${q.toFixed(2).padStart(7)}s ${f.toFixed(2).padStart(8)}s ${growth.toFixed(1).padStart(6)}× ${(MB / f).toFixed(2).padStart(6)} ${cli.seconds.toFixed(2).padStart(8)}s  ${problems.length ? 'FAIL ' + problems.join('; ') : 'ok'}`);
}
console.log(`\n${failures === 0 ? 'all cases ok' : `${failures} case(s) failed`}`);
process.exitCode = failures === 0 ? 0 : 1;
