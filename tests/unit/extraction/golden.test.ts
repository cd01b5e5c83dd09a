import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, EXTRACTOR_VERSION } from '@/lib/extraction';
import { ARTICLES, FIXTURES, readFixture } from './helpers';

/**
 * Full-output snapshots. Any rule change alters some output; this test then insists on a new
 * EXTRACTOR_VERSION, because stored claims are tagged with the version that produced them.
 *
 * A missing golden file is a failure, never a pass: the test does not write one on its own.
 * Golden files are (re)written only when asked, with the flag UPDATE_GOLDEN=1:
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/extraction/golden.test.ts
 * then review the diff (git diff tests/unit/extraction/fixtures) before committing it.
 */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden outputs', () => {
  for (const name of ARTICLES) {
    it(name, () => {
      const file = path.join(FIXTURES, `${name}.golden.json`);
      const actual = `${JSON.stringify(extractArticle(readFixture(name)), null, 2)}\n`;
      if (UPDATE) writeFileSync(file, actual);
      expect(existsSync(file), `${file} is missing: create it with UPDATE_GOLDEN=1 (see the top of this file)`).toBe(true);
      const golden = readFileSync(file, 'utf8');
      const goldenVersion = (JSON.parse(golden) as { extractorVersion: string }).extractorVersion;
      expect(goldenVersion, 'golden files are from another extractor version: review and regenerate').toBe(EXTRACTOR_VERSION);
      expect(actual, 'output changed: bump EXTRACTOR_VERSION, review the diff, regenerate goldens').toBe(golden);
    });
  }
});
