import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure code, no database) and `integration` (a real PostgreSQL whose
// DATABASE_URL scripts/test.mjs points at a throwaway database it created).
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        resolve: { alias: { 'server-only': path.resolve(import.meta.dirname, 'tests/server-only-stub.ts') } },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
