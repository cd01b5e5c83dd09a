// Runs one of the e2e/support/*.ts scripts, which set up data through the real data layer (the
// same functions the app calls, with their permission checks), against the e2e database.
import { execFileSync } from 'node:child_process';

export function dataLayer<T>(script: string, args: Record<string, unknown> = {}): T {
  const out = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', `e2e/support/${script}.ts`, JSON.stringify(args)], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = out.trim().split('\n').pop() ?? 'null';
  return JSON.parse(last) as T;
}
