import { defineConfig } from 'tsup';

const REQUIRE_SHIM =
  "import { createRequire as vanbanCreateRequire } from 'node:module'; const require = vanbanCreateRequire(import.meta.url);";

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: 'src/index.ts' },
    sourcemap: true,
    clean: true,
    target: 'es2022',
    splitting: false,
    treeshake: true,
  },
  // The `vanban` command: Node-only, ESM, with a shebang so `npx vanban` runs it. Its dependencies
  // are bundled in: resolving and loading zod's, date-fns' and saxes' many modules took half of the
  // command's start (0.24 s to 0.15 s on one file) and half of each worker's. The require() shim is
  // for bundled CommonJS that asks for a Node built-in.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    noExternal: [/./],
    banner: { js: `#!/usr/bin/env node\n${REQUIRE_SHIM}` },
    sourcemap: true,
  },
  // The batch pool's worker thread, loaded by dist/cli.js from its own folder.
  {
    entry: { 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    noExternal: [/./],
    banner: { js: REQUIRE_SHIM },
    sourcemap: true,
  },
]);
