import type { z } from 'zod';
import { isAppError, unauthorized, type AppError, type SavedRecord } from '@/lib/errors';
import { trackTouchedArticles } from '@/lib/data/touched';
import { fieldErrors } from '@/lib/validation/parse';
import type { FormState, FormValues } from './form-state';

// The one pipeline every server action goes through (bound to Next in lib/actions/index.ts):
//
//   session → parse with the operation's schema → data function (authorizes, commits)
//     → form state → refresh caches after the commit
//
// Expected failures (AppError) come back as form state; anything else is a bug and is rethrown
// to error.tsx. Once the data function has returned, the change is committed: nothing after that
// point may turn it into an error page, so the refresh only logs its failures.

export type ActionDef<S extends z.ZodType, R, D> = {
  /** The operation's input schema from lib/validation. */
  schema: S;
  /** The data-layer function. It parses again and authorizes: it is the trust boundary. */
  run: (actorId: string | null, input: z.input<S>) => Promise<R>;
  /** The note shown after a success. */
  success: string | ((result: NoInfer<R>, input: z.output<S>) => string);
  /**
   * Workspace pages that show what changed. Refreshed after a success, and after a conflict so
   * the next attempt starts from what is saved now.
   */
  refresh?: (outcome: { input: z.output<S>; result?: NoInfer<R>; conflict?: SavedRecord }) => (string | null | undefined)[];
  /** What the caller gets of a successful result (an id to select, a preview…). */
  data?: (result: NoInfer<R>) => D;
  /** Fields never echoed back: passwords; 'all' for large pastes that stay in the browser. */
  keepOut?: readonly string[] | 'all';
};

/** What the pipeline needs of the framework; injected so tests can run it outside a request. */
export type PipelineDeps = {
  currentUserId: () => Promise<string | null>;
  /** Expires the router cache of a workspace path. */
  revalidatePath: (path: string) => void;
  /** Drops readers' cached copies of these articles' fact-checks (lib/public-cache.ts). */
  refreshReaders: (articleIds: string[]) => Promise<void>;
  log: (message: string, error: unknown) => void;
};

export type ActionOutcome<R, D> = { state: FormState<D>; result?: R };

export async function runPipeline<S extends z.ZodType, R, D>(
  def: ActionDef<S, R, D>,
  raw: unknown,
  deps: PipelineDeps,
  values?: FormValues,
): Promise<ActionOutcome<R, D>> {
  const echo = echoed(def.keepOut, values);
  const actorId = await deps.currentUserId();
  if (!actorId) return { state: failure(unauthorized(), echo) };

  const parsed = def.schema.safeParse(raw);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { state: { ok: false, message: Object.values(errors)[0]?.[0] ?? 'The input is not valid.', errors, values: echo } };
  }
  const input = parsed.data as z.output<S>;

  let touched: { result: R; articleIds: string[] };
  try {
    // The raw input, which the schema just accepted, is exactly what the data function expects.
    touched = await trackTouchedArticles(() => def.run(actorId, raw as z.input<S>));
  } catch (e) {
    if (!isAppError(e)) throw e;
    if (e.info.code === 'CONFLICT') await refresh(deps, def.refresh?.({ input, conflict: e.info.current }), []);
    return { state: failure(e, echo) };
  }

  const { result, articleIds } = touched;
  await refresh(deps, def.refresh?.({ input, result }), articleIds);
  const message = typeof def.success === 'string' ? def.success : def.success(result, input);
  return { state: { ok: true, message, data: def.data?.(result) }, result };
}

function failure<D>(e: AppError, values: FormValues | undefined): FormState<D> {
  const state: FormState<D> = { ok: false, message: e.message, values };
  if (e.info.code === 'INVALID') state.errors = e.info.fieldErrors;
  if (e.info.code === 'CONFLICT') state.conflict = e.info.current;
  return state;
}

function echoed(keepOut: ActionDef<z.ZodType, unknown, unknown>['keepOut'], values: FormValues | undefined) {
  if (!values || keepOut === 'all') return undefined;
  if (!keepOut?.length) return values;
  return Object.fromEntries(Object.entries(values).filter(([k]) => !keepOut.includes(k)));
}

/** After the commit: never throws, because the change the user made is saved either way. */
async function refresh(deps: PipelineDeps, paths: (string | null | undefined)[] | undefined, articleIds: string[]) {
  try {
    for (const path of new Set(paths)) if (path) deps.revalidatePath(path);
    if (articleIds.length) await deps.refreshReaders(articleIds);
  } catch (e) {
    deps.log('[action] the change is saved, but refreshing cached pages failed:', e);
  }
}
