#!/usr/bin/env node
'use strict';
/**
 * npm run bench: throughput, parallel speed-up, start-up time and peak memory, as medians,
 * with the targets of issue 6 checked as ratios measured in this one run.
 *
 *   node bench/run.js            the full run (a few minutes on 2 cores)
 *   node bench/run.js --quick    fewer repeats and a 5 MB file instead of 20 MB, for a quick look
 *
 * Needs the build (npm install builds). The corpus is real news: the texts of
 * ../shared/eval/data (MEANTIME and GUM) when present, else fixtures/*.txt, repeated to 1 MB.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'bin', 'extract.js');
const EVAL_DATA = path.join(ROOT, '..', 'shared', 'eval', 'data');
const WORK = path.join(ROOT, '.bench');
const QUICK = process.argv.includes('--quick');
const REPEATS = QUICK ? 1 : 3;
// Under a second each, so more of them: a shared host's speed drifts from one second to the next.
const WARM_REPEATS = QUICK ? 1 : 7;
const WARM_UP_ARTICLES = 2000;
const TIMED_ARTICLES = 400;
const CORPUS_BYTES = 1024 * 1024;
const BIG_MB = QUICK ? 5 : 20;
const DATE_MONEY_PERCENT = ['date', 'money', 'percent'];

const { extract } = require(path.join(ROOT, 'dist'));

function main() {
  const { articles, origin } = loadArticles();
  const corpus = repeatToBytes(articles, CORPUS_BYTES);
  const corpusBytes = byteLength(corpus);
  fs.mkdirSync(WORK, { recursive: true });
  log(`corpus: ${corpus.length} articles, ${(corpusBytes / 1024).toFixed(0)} KB, from ${origin}`);

  const rows = [];
  log('throughput: all kinds …');
  const all = throughput(corpus, (t) => extract(t, {}));
  log('throughput: date, money, percent …');
  const dmp = throughput(corpus, (t) => extract(t, { kinds: DATE_MONEY_PERCENT }));
  log('throughput: bare compromise …');
  const nlp = require('compromise');
  const bare = throughput(corpus, (t) => {
    const doc = nlp(t);
    doc.people();
    doc.places();
    doc.organizations();
    doc.numbers();
  });
  rows.push(['all kinds', `${kbs(all)} KB/s`, `${ratio(all, bare)}× compromise`, '≥ 1.75×', all / bare >= 1.75]);
  rows.push(['date + money + percent', `${kbs(dmp)} KB/s`, `${ratio(dmp, bare)}× compromise`, '≥ 12×', dmp / bare >= 12]);
  rows.push(['bare compromise parse', `${kbs(bare)} KB/s`, 'reference', '', undefined]);

  log('workers: 400 articles, --jobs 1 and --jobs 2 …');
  const articleDir = writeArticles(repeatToCount(articles, TIMED_ARTICLES));
  const wall = (jobs) => median(times(REPEATS, () => timeRun([articleDir, '--jobs', String(jobs), '-f', 'jsonl', '-o', path.join(WORK, 'out.jsonl')])));
  const one = wall(1);
  const two = wall(2);
  rows.push(['400 articles, 1 worker', `${one.toFixed(2)} s`, '', '', undefined]);
  rows.push(['400 articles, 2 workers', `${two.toFixed(2)} s`, `${(one / two).toFixed(2)}× one, cold start`, '', undefined]);

  log(`workers: ${TIMED_ARTICLES} articles on warm threads, 1 and 2 …`);
  // A cold run pays node's start, each thread's lexicon loading and each thread's JIT compiling
  // of the pipeline, which on two cores competes with the work. A long batch sees the speed of
  // warm threads: the command line's worker pool with 1 and with 2 workers, each warmed on 2,000
  // articles (after 800 a thread still compiled a dozen functions in the timed part). The two
  // settings alternate, and the speed-up is the median of each pair's ratio, so that a change in
  // the shared machine's speed during the bench hits both sides of a ratio alike.
  const warm = { 1: [], 2: [] };
  for (let r = 0; r < WARM_REPEATS; r++) for (const threads of [1, 2]) warm[threads].push(parallelWarm(articleDir, threads));
  const speedUp = median(warm[1].map((one, r) => one / warm[2][r]));
  rows.push([`${TIMED_ARTICLES} articles on warm threads, 1 worker`, `${median(warm[1]).toFixed(2)} s`, '', '', undefined]);
  rows.push([`${TIMED_ARTICLES} articles on warm threads, 2 workers`, `${median(warm[2]).toFixed(2)} s`, `${speedUp.toFixed(2)}× one (median of paired runs)`, '≥ 1.8×', speedUp >= 1.8]);
  log('workers: the machine\'s own ceiling, a CPU-bound loop on 1 and 2 threads …');
  const ceiling = Number(spawnSync(process.execPath, [path.join(__dirname, 'cpu-ceiling.js'), String(QUICK ? 1 : 5)], { encoding: 'utf8' }).stdout);
  rows.push(['a CPU-bound loop, 1 vs 2 threads', '', `${ceiling.toFixed(2)}×, this machine's ceiling for the row above`, '', undefined]);

  log('start-up: extract --version and node -e 0 …');
  const version = median(times(11, () => timeSpawn([BIN, '--version'])));
  const bareNode = median(times(11, () => timeSpawn(['-e', '0'])));
  const budget = Math.max(0.15, 2 * bareNode);
  rows.push(['node -e 0', ms(bareNode), '', '', undefined]);
  rows.push(['extract --version', ms(version), `budget ${ms(budget)}`, '≤ max(150 ms, 2× node)', version <= budget]);

  log(`peak RSS: a 2 MB and a ${BIG_MB} MB file …`);
  const small = peakRss(writeBig(articles, 2));
  const big = peakRss(writeBig(articles, BIG_MB));
  rows.push(['peak RSS, 2 MB file', `${small} MB`, '', '', undefined]);
  rows.push([`peak RSS, ${BIG_MB} MB file`, `${big} MB`, `${(big / small).toFixed(2)}× the 2 MB run`, '≤ 300 MB and ≤ 1.5×', big <= 300 && big <= 1.5 * small]);

  printTable(rows, corpusBytes);
}

function loadArticles() {
  const files = ['meantime_dev.jsonl', 'gum_news.jsonl'].map((f) => path.join(EVAL_DATA, f)).filter((f) => fs.existsSync(f));
  if (files.length > 0) {
    const articles = files.flatMap((f) =>
      fs
        .readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).text),
    );
    return { articles, origin: files.map((f) => path.relative(ROOT, f)).join(', ') };
  }
  const dir = path.join(ROOT, 'fixtures');
  const articles = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  return { articles, origin: 'fixtures/' };
}

/** The articles in turn, again and again, until there are `bytes` of them. */
function repeatToBytes(articles, bytes) {
  const out = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    out.push(articles[i % articles.length]);
    size += Buffer.byteLength(out[out.length - 1]);
  }
  return out;
}

function repeatToCount(articles, count) {
  return Array.from({ length: count }, (_, i) => articles[i % articles.length]);
}

function byteLength(texts) {
  return texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
}

/** KB/s over the corpus, median of REPEATS passes after a warm-up on part of it. */
function throughput(corpus, fn) {
  for (const t of corpus.slice(0, Math.ceil(corpus.length / 8))) fn(t);
  const bytes = byteLength(corpus);
  const rates = times(REPEATS, () => {
    const start = performance.now();
    for (const t of corpus) fn(t);
    return bytes / 1024 / ((performance.now() - start) / 1000);
  });
  return median(rates);
}

function writeArticles(articles) {
  const dir = path.join(WORK, 'articles');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  articles.forEach((a, i) => fs.writeFileSync(path.join(dir, `a${String(i).padStart(4, '0')}.txt`), a));
  return dir;
}

function writeBig(articles, mb) {
  const file = path.join(WORK, `big-${mb}mb.txt`);
  const target = mb * 1024 * 1024;
  const fd = fs.openSync(file, 'w');
  let size = 0;
  for (let i = 0; size < target; i++) {
    const chunk = articles[i % articles.length] + '\n\n';
    fs.writeSync(fd, chunk);
    size += Buffer.byteLength(chunk);
  }
  fs.closeSync(fd);
  return file;
}

/**
 * Seconds for the command line's worker pool with `threads` warm workers to read, extract and
 * format TIMED_ARTICLES article files of `dir`, after WARM_UP_ARTICLES each (bench/warm-parent.js).
 */
function parallelWarm(dir, threads) {
  const args = [path.join(__dirname, 'warm-parent.js'), String(threads), String(WARM_UP_ARTICLES), String(TIMED_ARTICLES), dir];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`warm workers exited ${r.status}`);
  return Number(r.stdout);
}

/** Peak resident memory of one CLI run, in MB, as the child itself reports it on exit. */
function peakRss(file) {
  const report = path.join(WORK, 'rss.txt');
  const r = spawnSync(process.execPath, ['-r', path.join(__dirname, 'report-max-rss.js'), BIN, file, '-f', 'jsonl', '-o', path.join(WORK, 'big.jsonl')], {
    env: { ...process.env, BENCH_RSS_FILE: report },
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`extract ${file} exited ${r.status}`);
  return Math.round(Number(fs.readFileSync(report, 'utf8')) / 1024);
}

function timeRun(args) {
  return timeSpawn([BIN, ...args]);
}

function timeSpawn(args) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  return (performance.now() - start) / 1000;
}

function times(n, fn) {
  return Array.from({ length: n }, fn);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const kbs = (x) => x.toFixed(0);
const ratio = (a, b) => (a / b).toFixed(2);
const ms = (s) => `${(s * 1000).toFixed(0)} ms`;

function log(s) {
  process.stderr.write(`bench: ${s}\n`);
}

function printTable(rows, corpusBytes) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nextract-facts bench, ${new Date().toISOString().slice(0, 10)}, ${cpu}, ${os.availableParallelism()} cores, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GB, node ${process.version}; corpus ${(corpusBytes / 1024).toFixed(0)} KB; medians of ${REPEATS} (warm threads: ${WARM_REPEATS})\n`);
  console.log('| measure | median | ratio | target | met |');
  console.log('|---|---|---|---|---|');
  for (const [name, value, r, target, met] of rows) {
    console.log(`| ${name} | ${value} | ${r} | ${target} | ${met === undefined ? '' : met ? 'yes' : 'NO'} |`);
  }
}

main();
