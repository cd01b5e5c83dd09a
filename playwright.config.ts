import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';

// Run through `npm test`, which starts a throwaway PostgreSQL, migrates and seeds it, builds the
// app and passes E2E_DATABASE_URL, E2E_PORT and CHROMIUM_PATH.
const DATABASE_URL = process.env.E2E_DATABASE_URL;
if (!DATABASE_URL) throw new Error('Run the end-to-end tests with `npm test` (or `npm test -- --only=e2e`).');
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: `test-results/${PORT}`,
  // Generous: the machines that run this are shared, and a test that signs in two people and
  // imports an article can take 45 s under load. Speed is measured in benchmarks, not here.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1, // two cores here; one browser at a time keeps timings steady
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'chromium', use: { browserName: 'chromium' }, dependencies: ['setup'] },
  ],
  webServer: {
    command: 'node scripts/server.mjs',
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      ...(process.env as Record<string, string>),
      NODE_ENV: 'production',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: 'e2e-only-secret-not-for-production',
      NEXT_TELEMETRY_DISABLED: '1',
      // The webhook test's receiver listens on loopback, which the app otherwise refuses to post to.
      CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE: '1',
    },
  },
});
