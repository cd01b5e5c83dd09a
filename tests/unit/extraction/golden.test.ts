import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, EXTRACTOR_VERSION } from '@/lib/extraction';
import { ARTICLES, FIXTURES, readFixture } from './helpers';

/**
 * Full-output snapshots. Any rule change alters some output; this test then insists on a new
 * EXTRACTOR_VERSION, because stored claims are tagged with the version that produced them.
 * Regenerate with: UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/extraction/golden.test.ts
 */
describe('golden outputs', () => {
  for (const name of ARTICLES) {
    it(name, () => {
      const file = path.join(FIXTURES, `${name}.golden.json`);
      const actual = `${JSON.stringify(extractArticle(readFixture(name)), null, 2)}\n`;
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
      const golden = readFileSync(file, 'utf8');
      const goldenVersion = (JSON.parse(golden) as { extractorVersion: string }).extractorVersion;
      expect(goldenVersion, 'golden files are from another extractor version: review and regenerate').toBe(EXTRACTOR_VERSION);
      expect(actual, 'output changed: bump EXTRACTOR_VERSION, review the diff, regenerate goldens').toBe(golden);
    });
  }
});
