// Typed failures thrown by the data layer. The action pipeline (lib/actions/pipeline.ts) turns
// them into form state, pages turn them into 404/403/sign-in (lib/page-guard.ts); anything else
// is a bug and goes to error.tsx.
//
// A discriminated union on `info.code`: INVALID always carries field errors, CONFLICT always
// carries what is saved now, so no caller has to cast.

/** Messages per field, as forms show them under each input; `_form` for the form as a whole. */
export type FieldErrors = Record<string, string[]>;

/** What is saved now, sent back with a CONFLICT so the form can show it beside the kept input. */
export type SavedRecord =
  | {
      entity: 'claim';
      id: string;
      version: number;
      articleId: string;
      status: string;
      start: number;
      end: number;
      text: string;
      claimant: string | null;
      cue: string | null;
    }
  | { entity: 'source'; id: string; version: number; claimId: string; title: string; url: string }
  | { entity: 'factcheck'; id: string; version: number; articleId: string; status: string; summary: string }
  | { entity: 'article'; id: string; title: string }
  | {
      entity: 'articleDetails';
      id: string;
      version: number;
      title: string;
      publisher: string | null;
      url: string | null;
      publishedAt: string | null;
    }
  | { entity: 'sitePage'; id: string; version: number; title: string; body: string }
  /** A reader's report or tip, as triaged now (lib/data/feedback.ts). */
  | { entity: 'feedback'; id: string; version: number; kind: 'report' | 'tip'; status: string; triagedBy: string | null }
  | { entity: 'webhook'; id: string; version: number; name: string; url: string; active: boolean; events: string[] }
  | { entity: 'claimant'; id: string; version: number; name: string; type: string; role: string | null; sameAs: string | null };

/** The article a saved record belongs to, where it says (claims and fact-checks do). */
export const articleIdOf = (saved: SavedRecord | undefined): string | undefined =>
  saved && 'articleId' in saved ? saved.articleId : saved?.entity === 'article' || saved?.entity === 'articleDetails' ? saved.id : undefined;

export type AppErrorInfo =
  | { code: 'INVALID'; fieldErrors: FieldErrors }
  | { code: 'CONFLICT'; current: SavedRecord }
  | { code: 'UNAUTHORIZED' }
  | { code: 'FORBIDDEN' }
  | { code: 'NOT_FOUND' }
  | { code: 'RATE_LIMITED' };

export type AppErrorCode = AppErrorInfo['code'];

export class AppError extends Error {
  readonly info: AppErrorInfo;
  constructor(info: AppErrorInfo, message: string) {
    super(message);
    this.name = 'AppError';
    this.info = info;
  }
  get code(): AppErrorCode {
    return this.info.code;
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;

export const unauthorized = () => new AppError({ code: 'UNAUTHORIZED' }, 'Sign in to do that.');
export const forbidden = (what = 'do that') => new AppError({ code: 'FORBIDDEN' }, `Your role does not allow you to ${what}.`);
export const notFound = (what = 'That item') => new AppError({ code: 'NOT_FOUND' }, `${what} was not found.`);
export const rateLimited = (message: string) => new AppError({ code: 'RATE_LIMITED' }, message);

/** Bad input: `message` is the summary; `fieldErrors` every problem, keyed by field. */
export const invalid = (message: string, fieldErrors: FieldErrors = { _form: [message] }) => new AppError({ code: 'INVALID', fieldErrors }, message);

/** Bad input in one field: the message shows under that field and as the summary. */
export const invalidField = (field: string, message: string) => invalid(message, { [field]: [message] });

/** A stale optimistic-lock version: someone else saved first. `current` is what is there now. */
export const conflict = (current: SavedRecord, what = 'this claim') =>
  new AppError({ code: 'CONFLICT', current }, `Someone else changed ${what} while you were editing. Here is what is saved now; your input is kept.`);
