// Shared set-up for integration tests: a real PostgreSQL that scripts/test.mjs created for this
// run. The guard refuses any other database so a stray run never truncates someone's data.
import { onTestFinished } from 'vitest';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/generated/prisma/enums';

if (process.env.CLAIMDESK_TEST_DATABASE !== '1' || !/\/claimdesk_it$/.test(process.env.DATABASE_URL ?? '')) {
  throw new Error('Integration tests run only through `npm test`, against the throwaway database it creates.');
}

export { db };

export async function resetDatabase() {
  // A backend the previous test left closing (a cancelled export's cursor) can still be taking its
  // locks when TRUNCATE takes them all: PostgreSQL then breaks the deadlock, and a second try wins.
  for (let attempt = 0; ; attempt++) {
    try {
      await db.$executeRawUnsafe(
        'TRUNCATE events, corrections, fact_checks, verdicts, notes, sources, claims, article_links, articles, claimant_aliases, claimants, search_words, login_attempts, rate_limits, users RESTART IDENTITY CASCADE',
      );
      return;
    } catch (e) {
      if (attempt >= 2 || !String(e).includes('40P01')) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

let hash: string | undefined;
export async function makeUser(role: Role, name: string = role) {
  hash ??= await hashPassword('correct horse battery');
  return db.user.create({
    data: { email: `${name}-${Math.random().toString(36).slice(2, 8)}@test.local`.toLowerCase(), name, role, passwordHash: hash },
    select: { id: true, email: true, role: true, name: true },
  });
}

export async function makeArticle(importedById: string, plainText = 'First sentence here. Second sentence there. Third one.') {
  return db.article.create({
    // With the address, publisher and date the publishing checklist asks for.
    data: {
      title: 'Test article',
      publisher: 'The Test Gazette',
      url: 'https://news.test/article',
      publishedAt: new Date('2025-05-08T00:00:00Z'),
      rawInput: plainText,
      plainText,
      textHash: Math.random().toString(36),
      importedById,
    },
    select: { id: true, plainText: true },
  });
}

/**
 * Puts the process in New York's time zone until the current test ends: a server whose local time
 * is not UTC, where pg's own reading of a timestamp or a date would be hours or a day off.
 */
export function inNewYorkUntilTestEnds() {
  const saved = process.env.TZ;
  process.env.TZ = 'America/New_York';
  onTestFinished(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}
