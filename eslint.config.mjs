import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** src/engine is pure TypeScript: no Node, Office, DOM or host imports. */
const ENGINE_IMPORTS = {
  group: ['fs', 'path', 'os', 'child_process', 'node:*', 'exceljs', 'react', 'react-dom', '@fluentui/*', '**/hosts/*', '**/hosts/**', '**/taskpane/**', '**/cli/**'],
  message: 'src/engine is pure TypeScript: no Node, Office, DOM or host imports.',
};
/** A rule never imports another rule: what two rules share lives in src/engine/analysis or rules/kit. */
const RULE_IMPORTS = {
  group: ['./*', '../table/*', '../code/*', '../cross/*', '../presentation/*', '../narrative/*', '../runner', '../../registry', '../../check'],
  message: 'A rule never imports another rule (nor the runner or registry): share through src/engine/analysis or src/engine/rules/kit.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/generated/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ENGINE_IMPORTS] }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process', 'require'],
    },
  },
  {
    // the report layer (HTML report) is pure like the engine: the standalone browser page reuses it
    files: ['src/report/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ ...ENGINE_IMPORTS, message: 'src/report is pure TypeScript: no Node, Office, DOM or host imports.' }] }],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['src/engine/rules/{table,code,cross,presentation,narrative}/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [ENGINE_IMPORTS, RULE_IMPORTS] }] },
  },
  {
    // engine tests do not import a host: tests that read workbook files live in test/integration
    files: ['src/engine/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/hosts/*', '**/hosts/**'], message: 'Engine tests do not import a host: put file-based tests in test/integration.' }] }] },
  },
  {
    // reading and checking never load exceljs (half a second at every start): only its types are imported,
    // the writers get it through src/hosts/file/exceljs-lazy.ts when they write; SheetJS is the bench's only
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'exceljs', allowTypeImports: true, message: 'Load exceljs through src/hosts/file/exceljs-lazy.ts (only when writing).' },
            { name: 'xlsx', message: 'SheetJS (npm 0.18.5, not updated since 2022) is only measured by the bench (bench/readers.ts), never used by the product.' },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
