import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { authorize, authorizeSelf } from '@/lib/auth/actor';
import { conflict, isAppError, notFound, type FieldErrors, type SavedRecord } from '@/lib/errors';
import { importArticleVersion, type VersionPhase } from '@/lib/data/article-versions';
import { MAX_ATTEMPTS, TASKS } from '@/lib/jobs/names';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZImportVersionSchema, type TImportVersion } from '@/lib/validation/articles';
import { ZTaskIdSchema } from '@/lib/validation/tasks';

// Long work done for someone by the job queue, and followed from the page that started it: a new
// version of an article (extracting up to a million characters and re-anchoring every claim).
// The request only checks and queues it; the worker runs it with the person's own permissions,
// checked again when it runs, and writes each step and the outcome here. Queued work survives a
// restart: the job stays in the queue until a worker finishes it.

export type TaskPhase = 'queued' | VersionPhase;
export type TaskOutcome = { message: string; fieldErrors?: FieldErrors; conflict?: SavedRecord };
export type VersionResult = {
  articleId: string;
  version: number;
  exact: number;
  moved: number;
  changed: number;
  orphaned: number;
  suggested: number;
};

/** Checks what can be checked at once (permission, the article, the version seen), then queues the import. */
export async function queueArticleVersion(actorId: string | null, input: TImportVersion): Promise<{ taskId: string; articleId: string }> {
  const data = parseOrThrow(ZImportVersionSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'claim.review', tx);
    const article = await tx.article.findUnique({ where: { id: data.articleId }, select: { id: true, title: true, currentVersion: true } });
    if (!article) throw notFound('That article');
    if (article.currentVersion !== data.baseVersion) {
      throw conflict(
        { entity: 'article', id: article.id, title: article.title },
        `this article (version ${article.currentVersion} was imported meanwhile)`,
      );
    }
    const task = await tx.backgroundTask.create({
      data: { kind: TASKS.articleVersion, actorId: actor.id, articleId: article.id, phase: 'queued', input: data },
      select: { id: true },
    });
    await tx.$queryRaw(
      Prisma.sql`SELECT count(graphile_worker.add_job(${TASKS.articleVersion}, json_build_object('id', ${task.id}::text), max_attempts => ${MAX_ATTEMPTS.articleVersion}::int))::int AS n`,
    );
    return { taskId: task.id, articleId: article.id };
  });
}

/** A task as the page that started it polls it (GET /api/tasks/<id>): only its own person sees it. */
export async function getTask(actorId: string | null, id: string) {
  const { taskId } = parseOrThrow(ZTaskIdSchema, { taskId: id });
  const me = await authorizeSelf(actorId);
  const t = await db.backgroundTask.findUnique({
    where: { id: taskId },
    select: {
      id: true,
      kind: true,
      status: true,
      phase: true,
      actorId: true,
      result: true,
      error: true,
      createdAt: true,
      startedAt: true,
      finishedAt: true,
    },
  });
  if (!t || t.actorId !== me.id) throw notFound('That task');
  const { actorId: _owner, ...task } = t;
  return {
    ...task,
    result: task.result as VersionResult | null,
    error: task.error as TaskOutcome | null,
    createdAt: task.createdAt.toISOString(),
    startedAt: task.startedAt?.toISOString() ?? null,
    finishedAt: task.finishedAt?.toISOString() ?? null,
  };
}

const setPhase = (id: string, phase: string) => db.backgroundTask.update({ where: { id }, data: { phase } });

/**
 * The worker's side (lib/jobs/runner.ts). A refusal (the text is the same, someone imported a
 * version meanwhile, the person lost the permission) is the task's outcome, never retried; an
 * unexpected failure throws so the queue retries, and the last attempt records it.
 */
export async function runArticleVersionTask(id: string, attempt: { attempt: number; maxAttempts: number }): Promise<void> {
  const task = await db.backgroundTask.findUnique({ where: { id }, select: { status: true, actorId: true, input: true } });
  if (!task || task.status === 'done' || task.status === 'failed') return;
  await db.backgroundTask.update({ where: { id }, data: { status: 'running', startedAt: new Date(), attempts: attempt.attempt } });
  try {
    const result = await importArticleVersion(task.actorId, task.input as TImportVersion, (phase) => setPhase(id, phase));
    await finish(id, { status: 'done', result });
  } catch (e) {
    if (isAppError(e)) {
      const outcome: TaskOutcome = { message: e.message };
      if (e.info.code === 'INVALID') outcome.fieldErrors = e.info.fieldErrors;
      if (e.info.code === 'CONFLICT') outcome.conflict = e.info.current;
      await finish(id, { status: 'failed', error: outcome });
      return;
    }
    const last = attempt.attempt >= attempt.maxAttempts;
    const message = 'The server could not finish this. Your text is still in the box: try again in a moment.';
    await db.backgroundTask.update({
      where: { id },
      data: last ? { status: 'failed', error: { message }, finishedAt: new Date(), input: Prisma.DbNull } : { status: 'queued', phase: 'queued' },
    });
    throw e;
  }
}

/** The outcome; the input (up to a million characters) is not kept once the task is over. */
function finish(id: string, end: { status: 'done'; result: VersionResult } | { status: 'failed'; error: TaskOutcome }) {
  const outcome = end.status === 'done' ? { result: end.result } : { error: end.error as unknown as Prisma.InputJsonValue };
  return db.backgroundTask.update({
    where: { id },
    data: { status: end.status, ...outcome, phase: null, finishedAt: new Date(), input: Prisma.DbNull },
  });
}
