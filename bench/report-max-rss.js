'use strict';
// Preloaded with -r by the bench: writes the process's peak resident memory (KB) on exit.
const fs = require('node:fs');

process.on('exit', () => {
  fs.writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
