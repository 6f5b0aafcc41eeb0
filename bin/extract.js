#!/usr/bin/env node
'use strict';
const argv = process.argv.slice(2);

// `extract --version` answers before the CLI and the extractor load, so that it starts about
// as fast as bare node.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${require('../dist/version').packageVersion()}\n`);
} else {
  // Every worker thread compiles the hot pipeline with TurboFan on its own. With the default
  // inlining budget those compile jobs took about 2.1 s of CPU per thread for the first 2,000
  // articles; a budget of 300 bytecodes cut that to 1.3 s with the same steady-state speed. On
  // two cores, two workers' compile jobs compete with the work itself, so this is most of the
  // warm-up that --jobs 2 pays. Set before any of our code runs, and inherited by the workers.
  require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
  const { run } = require('../dist/cli/main');
  const { processIO } = require('../dist/cli/io');
  run(argv, processIO()).then((code) => {
    process.exitCode = code;
  });
}
