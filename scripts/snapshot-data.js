#!/usr/bin/env node
'use strict';
/**
 * Build step: writes the data the rules load on first use next to the compiled code, so that a
 * process or worker thread reads it instead of rebuilding it: compromise's unpacked lexicon
 * (src/nlp/lexicon-snapshot.ts), the place index (src/lexicon/gazetteer/snapshot.ts), the
 * world's given names (src/lexicon/world-given-names.ts) and where each date pattern's matches
 * begin (src/recognize/dates/rule-starts.ts).
 */
const fs = require('node:fs');
const { takeSnapshot, SNAPSHOT_PATH } = require('../dist/nlp/lexicon-snapshot.js');
const { buildGazetteerData } = require('../dist/lexicon/gazetteer/index.js');
const { writeGazetteerSnapshot } = require('../dist/lexicon/gazetteer/snapshot.js');
const { writeWorldNamesSnapshot } = require('../dist/lexicon/world-given-names.js');
const { DATE_RULES } = require('../dist/recognize/dates.js');
const { writeRuleStartsSnapshot } = require('../dist/recognize/dates/rule-starts.js');

fs.writeFileSync(SNAPSHOT_PATH, JSON.stringify(takeSnapshot()));
writeGazetteerSnapshot(buildGazetteerData());
writeWorldNamesSnapshot();
writeRuleStartsSnapshot(DATE_RULES);
