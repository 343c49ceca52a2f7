import { defineConfig } from 'tsup';

export default defineConfig([{
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: 'src/index.ts' },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: false,
  treeshake: true,
},
  // The `vanban` command: Node-only, ESM, with a shebang so `npx vanban` runs it.
  { entry: { cli: 'src/cli/main.ts' }, format: ['esm'], target: 'node20', banner: { js: '#!/usr/bin/env node' }, sourcemap: true },
  // The batch pool's worker thread, loaded by dist/cli.js from its own folder.
  { entry: { 'cli-worker': 'src/cli/worker.ts' }, format: ['esm'], target: 'node20', sourcemap: true },
]);
