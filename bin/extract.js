#!/usr/bin/env node
'use strict';
const argv = process.argv.slice(2);

// `extract --version` answers before the CLI and the extractor load, so that it starts about
// as fast as bare node.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${require('../dist/version').packageVersion()}\n`);
} else {
  require('../dist/cli/v8-tuning').tuneV8ForBatches();
  const { run } = require('../dist/cli/main');
  const { processIO } = require('../dist/cli/io');
  run(argv, processIO()).then((code) => {
    process.exitCode = code;
  });
}
