import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { extractOffThread } from '@/lib/jobs/extraction-pool';
import type * as Pool from '@/lib/jobs/extraction-pool';
import { importArticle, previewImport } from '@/lib/data/import';

// Extraction is the expensive part of an import (up to a second of CPU on a long page), so a
// caller who may not import is refused before it runs, not after. The way in to the extractor's
// worker thread is wrapped in a spy that still does the real work: lib/data/import.ts gets this
// module in place of the real one.
vi.mock('@/lib/jobs/extraction-pool', async (importOriginal) => {
  const real = await importOriginal<typeof Pool>();
  return { ...real, extractOffThread: vi.fn(real.extractOffThread) };
});

const extractor = vi.mocked(extractOffThread);
const input = { raw: 'The ministry said exports rose 12% in 2024, according to its annual report.', title: 'Exports' };

beforeEach(async () => {
  await resetDatabase();
  extractor.mockClear();
});

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { info?: { code: string } }) => e.info?.code ?? String(e),
  );

describe('importing is authorized before the text is extracted', () => {
  it('runs the extractor for someone who may import (so the spy sees every call)', async () => {
    const journalist = await makeUser('journalist');
    expect(await outcome(previewImport(journalist.id, { raw: input.raw }))).toBe('OK');
    expect(await outcome(importArticle(journalist.id, input))).toBe('OK');
    expect(extractor).toHaveBeenCalledTimes(2);
  });

  it('never runs it for a signed-out caller, an admin or a deactivated account', async () => {
    const admin = await makeUser('admin');
    const gone = await makeUser('journalist', 'gone');
    await db.user.update({ where: { id: gone.id }, data: { active: false } });
    const expected: [string | null, string][] = [
      [null, 'UNAUTHORIZED'],
      [admin.id, 'FORBIDDEN'],
      [gone.id, 'UNAUTHORIZED'],
    ];
    for (const [who, code] of expected) {
      expect(await outcome(importArticle(who, input))).toBe(code);
      expect(await outcome(previewImport(who, { raw: input.raw }))).toBe(code);
    }
    expect(extractor).not.toHaveBeenCalled();
    expect(await db.article.count()).toBe(0);
  });
});
