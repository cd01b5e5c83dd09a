// Issue 14, long work on the durable queue: a new version of an article is checked and queued by
// the request, run by a graphile-worker worker with the person's own permissions, and followed
// step by step; a refusal found while running becomes the task's outcome, not a retry.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Runner } from 'graphile-worker';
import { db, makeUser, resetDatabase } from './db';
import { code } from './claims-helpers';
import { importArticle } from '@/lib/data/import';
import { getTask, queueArticleVersion, queueImport } from '@/lib/data/tasks';
import { startWorker } from '@/lib/jobs/runner';

const OLD = 'The mayor said the city built 40 new schools last year.\n\nOfficials said the budget rose by 12 per cent.';
const NEW = 'Officials said the budget rose by 12 per cent.\n\nThe mayor said the city built 38 new schools last year.';

let runner: Runner | null = null;

beforeEach(async () => {
  await resetDatabase();
  await db.$executeRawUnsafe('DELETE FROM graphile_worker._private_jobs');
});
afterEach(async () => {
  await runner?.stop().catch(() => {});
  runner = null;
});

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  const end = Date.now() + 30_000;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('a new article version as a background task', () => {
  it('is queued by the request, run by the worker, and reported to its owner only', async () => {
    const [j, other] = [await makeUser('journalist'), await makeUser('journalist', 'Other')];
    const saved = await importArticle(j.id, { raw: OLD, title: 'Schools' });
    const { taskId } = await queueArticleVersion(j.id, { articleId: saved.id, raw: NEW, baseVersion: 1 });
    // Nothing ran yet: the text is unchanged and the task waits.
    expect((await db.article.findUniqueOrThrow({ where: { id: saved.id } })).currentVersion).toBe(1);
    expect(await getTask(j.id, taskId)).toMatchObject({ status: 'queued', phase: 'queued', result: null });
    expect(await code(getTask(other.id, taskId))).toBe('NOT_FOUND');
    expect(await code(getTask(null, taskId))).toBe('UNAUTHORIZED');

    runner = await startWorker({ connectionString: process.env.DATABASE_URL, pollInterval: 200 });
    const task = await until(
      () => getTask(j.id, taskId),
      (t) => t.status === 'done' || t.status === 'failed',
    );
    expect(task).toMatchObject({ status: 'done', phase: null, error: null, result: { articleId: saved.id, version: 2, changed: 1 } });
    expect(task.startedAt).not.toBeNull();
    expect((await db.article.findUniqueOrThrow({ where: { id: saved.id } })).currentVersion).toBe(2);
    // The million characters a task may carry are not kept once it is over.
    expect((await db.backgroundTask.findUniqueOrThrow({ where: { id: taskId } })).input).toBeNull();
  });

  it('checks at once what it can, and makes a refusal found while running the task’s outcome', async () => {
    const [j, admin] = [await makeUser('journalist'), await makeUser('admin')];
    const saved = await importArticle(j.id, { raw: OLD, title: 'Schools' });
    expect(await code(queueArticleVersion(admin.id, { articleId: saved.id, raw: NEW, baseVersion: 1 }))).toBe('FORBIDDEN');
    expect(await code(queueArticleVersion(j.id, { articleId: saved.id, raw: NEW, baseVersion: 2 }))).toBe('CONFLICT');
    expect(await code(queueArticleVersion(j.id, { articleId: saved.id, raw: '', baseVersion: 1 }))).toBe('INVALID');
    expect(await db.backgroundTask.count()).toBe(0);

    // The same text as now: only extraction can tell, so the worker finds it and reports it.
    const { taskId } = await queueArticleVersion(j.id, { articleId: saved.id, raw: OLD, baseVersion: 1 });
    runner = await startWorker({ connectionString: process.env.DATABASE_URL, pollInterval: 200 });
    const task = await until(
      () => getTask(j.id, taskId),
      (t) => t.status === 'done' || t.status === 'failed',
    );
    expect(task).toMatchObject({
      status: 'failed',
      error: {
        message: 'This is the text the article has now: nothing changed.',
        fieldErrors: { raw: ['This is the text the article has now: nothing changed.'] },
      },
    });
    // Refusals are not retried: the job is gone from the queue.
    // (The worker removes the job just after the task has written its outcome.)
    const left = await until(
      () => db.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM graphile_worker._private_jobs'),
      (rows) => rows[0]?.n === 0,
    );
    expect(left).toEqual([{ n: 0 }]);
  });

  it('saves an import queued by the request, and reports a duplicate text as the task’s conflict', async () => {
    const [j, admin] = [await makeUser('journalist'), await makeUser('admin')];
    expect(await code(queueImport(admin.id, { raw: OLD, title: 'Schools' }))).toBe('FORBIDDEN');
    expect(await code(queueImport(j.id, { raw: OLD, title: '' }))).toBe('INVALID');
    const first = await queueImport(j.id, { raw: OLD, title: 'Schools', publisher: 'The Ledger' });
    expect(await db.article.count()).toBe(0);

    runner = await startWorker({ connectionString: process.env.DATABASE_URL, pollInterval: 200 });
    const over = (t: { status: string }) => t.status === 'done' || t.status === 'failed';
    const done = await until(() => getTask(j.id, first.taskId), over);
    const article = await db.article.findFirstOrThrow({ select: { id: true, title: true, publisher: true, _count: { select: { claims: true } } } });
    expect(done).toMatchObject({ status: 'done', result: { articleId: article.id, title: 'Schools', claimCount: article._count.claims } });
    expect(article).toMatchObject({ title: 'Schools', publisher: 'The Ledger' });
    const again = await queueImport(j.id, { raw: OLD, title: 'Schools again' });
    const dup = await until(() => getTask(j.id, again.taskId), over);
    expect(dup).toMatchObject({ status: 'failed', error: { conflict: { entity: 'article', id: article.id, title: 'Schools' } } });
    expect(await db.article.count()).toBe(1);
  });
});
