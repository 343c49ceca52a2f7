import { defineConfig } from 'tsup';

const REQUIRE_SHIM =
  "import { createRequire as vanbanCreateRequire } from 'node:module'; const require = vanbanCreateRequire(import.meta.url);";

/** What the command and its worker bundle: the small dependencies of every run. */
const BUNDLED = [/^zod(\/|$)/, /^date-fns(\/|$)/, /^saxes(\/|$)/, /^xmlchars(\/|$)/, /^fflate(\/|$)/];

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
    // Whitespace and syntax minified, names kept: a stack trace still names our functions, and the
    // package stays under 1 MB packed (test/package/packed.test.ts) with both module formats.
    minifyWhitespace: true,
    minifySyntax: true,
  },
  // The `vanban` command: Node-only, ESM, with a shebang so `npx vanban` runs it. The small
  // dependencies every run loads are bundled in: resolving and loading zod's, date-fns' and saxes'
  // many modules took half of the command's start (0.24 s to 0.15 s on one file) and half of each
  // worker's. The large ones, loaded only by the commands that need them (docx, the PDF libraries,
  // the row readers), stay in node_modules: bundled into the command and its worker they made
  // the package 3 MB. The require() shim is for bundled CommonJS that asks for a Node built-in.
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    noExternal: BUNDLED,
    banner: { js: `#!/usr/bin/env node\n${REQUIRE_SHIM}` },
    // Minified: the command's bundle is read at every start, and every worker thread of the
    // batch pool starts it again (the command is its own worker: one bundle ships, not two).
    minify: true,
    sourcemap: true,
  },
]);
