#!/usr/bin/env node
'use strict';
const { run } = require('../dist/cli/main');
const { processIO } = require('../dist/cli/io');

run(process.argv.slice(2), processIO()).then((code) => {
  process.exitCode = code;
});
