#!/usr/bin/env node
// The CLI runs from the TypeScript sources through tsx, so a fresh clone needs no build step.
require('tsx/cjs');
require('../src/cli/main.ts').main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`phuluc: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
