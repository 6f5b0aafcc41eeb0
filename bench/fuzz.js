#!/usr/bin/env node
'use strict';
/**
 * The long fuzz run: test/robustness/extract.fuzz.test.ts with FUZZ_RUNS cases per shard, each
 * shard a jest process with its own seed, all shards in parallel. Prints cases, seeds, time and
 * failures (fast-check's shrunk counterexample and the seed/path to replay it).
 *
 *   npm run fuzz                          100,000 cases over 2 processes
 *   FUZZ_TOTAL=200000 FUZZ_SHARDS=4 npm run fuzz
 *   npm run fuzz -- --shard 2/2           one shard only (to spread shards over machines)
 */
const { spawn } = require('node:child_process');
const path = require('node:path');

const TOTAL = Number(process.env.FUZZ_TOTAL ?? 100_000);
const SHARDS = Number(process.env.FUZZ_SHARDS ?? 2);
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 7_000_000);
const only = /^(\d+)\/(\d+)$/.exec(process.argv[process.argv.indexOf('--shard') + 1] ?? '');
const JEST = path.join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js');
const perShard = Math.ceil(TOTAL / SHARDS);

function runShard(index) {
  const seed = BASE_SEED + index;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [JEST, '--ci', 'test/robustness/extract.fuzz.test.ts'], {
      cwd: path.join(__dirname, '..'),
      env: { ...process.env, FUZZ_RUNS: String(perShard), FUZZ_SEED: String(seed) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => {
      const result = /FUZZ_RESULT (\{.*\})/.exec(out);
      const failure = /Counterexample: .*|\{ seed: .*path: .*\}/g;
      resolve({ index, seed, status, result: result ? JSON.parse(result[1]) : undefined, failures: out.match(failure) ?? [] });
    });
  });
}

(async () => {
  const indexes = only ? [Number(only[1]) - 1] : [...Array(SHARDS).keys()];
  console.log(`fuzz: ${perShard} cases per shard, shards ${indexes.map((i) => i + 1).join(', ')} of ${SHARDS}`);
  const started = Date.now();
  const shards = await Promise.all(indexes.map(runShard));
  let cases = 0;
  let failed = 0;
  for (const s of shards) {
    if (s.status === 0 && s.result) {
      cases += s.result.cases;
      console.log(`shard ${s.index + 1}: ${s.result.cases} cases, seed ${s.seed}, ${s.result.seconds.toFixed(1)} s, no failure`);
    } else {
      failed++;
      console.log(`shard ${s.index + 1}: FAILED (seed ${s.seed})\n  ${s.failures.join('\n  ') || 'see jest output'}`);
    }
  }
  console.log(`total: ${cases} cases passed in ${((Date.now() - started) / 1000).toFixed(1)} s wall, ${failed} shard(s) failed`);
  process.exitCode = failed ? 1 : 0;
})();
