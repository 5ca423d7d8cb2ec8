// Worker thread entry: the worker runs the TypeScript sources through tsx, like bin/phuluc.js.
require('tsx/cjs');
require('./check-worker-impl.ts');
