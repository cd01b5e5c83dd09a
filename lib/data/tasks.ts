import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { authorize, authorizeSelf } from '@/lib/auth/actor';
import { conflict, isAppError, notFound, type FieldErrors, type SavedRecord } from '@/lib/errors';
import { importArticleVersion, type VersionPhase } from '@/lib/data/article-versions';
import { importArticle } from '@/lib/data/import';
import { MAX_ATTEMPTS, TASKS } from '@/lib/jobs/names';
import { parseOrThrow } from '@/lib/validation/parse';
import { ZImportArticleSchema, ZImportVersionSchema, type TImportArticle, type TImportVersion } from '@/lib/validation/articles';
import { ZTaskIdSchema } from '@/lib/validation/tasks';
import type { Tx } from '@/lib/db';

// Long work done for someone by the job queue, and followed from the page that started it: saving
// an imported article and a new version of one (extracting up to a million characters, writing
// thousands of claims, re-anchoring every claim). The request checks what it can and queues the
// work; a worker runs it with the person's own permissions, checked again when it runs, and writes
// each step and the outcome here. Queued work survives a restart: the job stays in the queue until
// a worker finishes it.

export type TaskKind = typeof TASKS.articleVersion | typeof TASKS.articleImport;
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
export type ImportResult = { articleId: string; title: string; claimCount: number };

async function enqueue(tx: Tx, kind: TaskKind, actorId: string, articleId: string | null, input: Prisma.InputJsonValue) {
  const task = await tx.backgroundTask.create({ data: { kind, actorId, articleId, phase: 'queued', input }, select: { id: true } });
  await tx.$queryRaw(
    Prisma.sql`SELECT count(graphile_worker.add_job(${kind}, json_build_object('id', ${task.id}::text), max_attempts => ${MAX_ATTEMPTS.task}::int))::int AS n`,
  );
  return task.id;
}

/** Checks what can be checked at once (permission, the article, the version seen), then queues the new version. */
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
    return { taskId: await enqueue(tx, TASKS.articleVersion, actor.id, article.id, data), articleId: article.id };
  });
}

/** Checks the input and the permission, then queues the import (the duplicate check runs with the save). */
export async function queueImport(actorId: string | null, input: TImportArticle): Promise<{ taskId: string }> {
  const data = parseOrThrow(ZImportArticleSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'article.import', tx);
    return { taskId: await enqueue(tx, TASKS.articleImport, actor.id, null, data as Prisma.InputJsonValue) };
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
    result: task.result as VersionResult | ImportResult | null,
    error: task.error as TaskOutcome | null,
    createdAt: task.createdAt.toISOString(),
    startedAt: task.startedAt?.toISOString() ?? null,
    finishedAt: task.finishedAt?.toISOString() ?? null,
  };
}

const setPhase = (id: string, phase: string) => db.backgroundTask.update({ where: { id }, data: { phase } });

/** What each kind of task runs, as its person. */
const RUN: Record<TaskKind, (actorId: string, input: unknown, onPhase: (p: string) => unknown) => Promise<VersionResult | ImportResult>> = {
  [TASKS.articleVersion]: (actorId, input, onPhase) => importArticleVersion(actorId, input as TImportVersion, onPhase),
  [TASKS.articleImport]: async (actorId, input, onPhase) => {
    const a = await importArticle(actorId, input as TImportArticle, onPhase);
    return { articleId: a.id, title: a.title, claimCount: a.claimCount };
  },
};

/**
 * The worker's side (lib/jobs/runner.ts). A refusal (a duplicate text, the same text as now, a
 * version imported meanwhile, a permission lost) is the task's outcome, never retried; an
 * unexpected failure throws so the queue retries, and the last attempt records it.
 */
export async function runTask(id: string, attempt: { attempt: number; maxAttempts: number }): Promise<void> {
  const task = await db.backgroundTask.findUnique({ where: { id }, select: { kind: true, status: true, actorId: true, input: true } });
  if (!task || task.status === 'done' || task.status === 'failed') return;
  const run = RUN[task.kind as TaskKind];
  if (!run) throw new Error(`Unknown task kind ${task.kind}`);
  await db.backgroundTask.update({ where: { id }, data: { status: 'running', startedAt: new Date(), attempts: attempt.attempt } });
  try {
    const result = await run(task.actorId, task.input, (phase) => setPhase(id, phase));
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
function finish(id: string, end: { status: 'done'; result: VersionResult | ImportResult } | { status: 'failed'; error: TaskOutcome }) {
  const outcome = end.status === 'done' ? { result: end.result } : { error: end.error as unknown as Prisma.InputJsonValue };
  return db.backgroundTask.update({
    where: { id },
    data: { status: end.status, ...outcome, phase: null, finishedAt: new Date(), input: Prisma.DbNull },
  });
}
