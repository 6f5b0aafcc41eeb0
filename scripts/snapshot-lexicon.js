#!/usr/bin/env node
'use strict';
/** Build step: writes compromise's unpacked lexicon next to the compiled code (see src/nlp/lexicon-snapshot.ts). */
const fs = require('node:fs');
const { takeSnapshot, SNAPSHOT_PATH } = require('../dist/nlp/lexicon-snapshot.js');

fs.writeFileSync(SNAPSHOT_PATH, JSON.stringify(takeSnapshot()));
