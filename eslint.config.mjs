// ESLint: Next's rules (core web vitals, React, hooks, a11y, import) with typescript-eslint's,
// then Prettier's config last so formatting is Prettier's job alone. Zero warnings in CI
// (`npm run lint` runs with --max-warnings=0 as the first step of `npm test`).
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      // Unused names are errors (tsconfig's noUnusedLocals too); a leading _ marks a deliberate skip.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Small functions: a component or data function that outgrows a screen gets split.
    files: ['app/**', 'lib/**'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Links go through app/components/link.tsx (no prefetching: see there).
    files: ['app/**', 'lib/**'],
    ignores: ['app/components/link.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Import Link from '@/app/components/link' (no prefetching)." }] }],
    },
  },
  {
    // Command-line scripts and the custom server print progress on purpose.
    files: ['scripts/**', 'prisma/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
  globalIgnores([
    '.next/**',
    '.next-*/**',
    'node_modules/**',
    'lib/generated/**',
    '.data/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
]);
