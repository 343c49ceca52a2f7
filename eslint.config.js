// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first (docs/architecture.md). A folder may import from the layers
 * below it and never from one above; on the same layer, only the pairs listed in SAME_LAYER.
 */
const LAYERS = [
  ['_lib', 'errors.ts', 'version.ts'],
  ['diagnostics'],
  ['registry'],
  ['model'],
  ['grammar'],
  ['formats'],
  ['recognize', 'rule-kit'],
  ['readers', 'writers', 'rules'],
  ['edit', 'validate'],
  ['validator.ts'],
  ['index.ts'],
  ['cli'],
];
/** Same-layer imports that are allowed: the editor reads with the readers. */
const SAME_LAYER = new Set(['edit→readers']);

const path = (name) => `./src/${name}`;
const zones = [];
LAYERS.forEach((layer, i) => {
  const above = LAYERS.slice(i + 1).flat();
  for (const name of layer) {
    const siblings = layer.filter((other) => other !== name && !SAME_LAYER.has(`${name}→${other}`));
    if (above.length + siblings.length === 0) continue;
    zones.push({
      target: path(name),
      from: [...above, ...siblings].map(path),
      message: `${name} is on layer ${i} of docs/architecture.md: it imports only from the layers below.`,
    });
  }
});
// Readers and writers of one format meet in src/formats/<format>, never in each other.
zones.push(
  { target: './src/readers', from: './src/writers', message: 'No reader imports a writer: share through src/formats.' },
  { target: './src/writers', from: './src/readers', message: 'No writer imports a reader: share through src/formats.' },
);

export default tseslint.config(
  { ignores: ['dist/**', 'docs/**', 'coverage/**', '.tmp/**', 'out/**', 'node_modules/**', 'schemas/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      // Control characters and combining marks in character classes are the point of text hygiene
      // and of Vietnamese tone-mark handling (pitfalls.md): written on purpose, not by mistake.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    // Node-only APIs stay in the command and the scripts: the core runs in browsers.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(node:)?(fs|path|os|worker_threads|child_process|crypto|url|util|stream)(/.*)?$',
              message: 'The core runs in browsers: Node APIs belong in src/cli.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Buffer', message: 'Use Uint8Array: the core runs in browsers.' },
        { name: 'process', message: 'The core runs in browsers: read options, not process.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**', 'scripts/**', 'examples/**'],
    languageOptions: {
      globals: {
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        performance: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
