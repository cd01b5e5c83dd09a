// Typed failures thrown by the data layer. Server actions and route handlers turn them into
// messages and status codes (see lib/actions.ts and lib/http.ts); anything else is a bug and
// goes to error.tsx.
export type AppErrorCode = 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID' | 'RATE_LIMITED';

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 422,
  RATE_LIMITED: 429,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Field errors for INVALID, or the current record for CONFLICT. */
  readonly details?: unknown;
  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return STATUS[this.code];
  }
}

export const unauthorized = () => new AppError('UNAUTHORIZED', 'Sign in to do that.');
export const forbidden = (what = 'do that') => new AppError('FORBIDDEN', `Your role does not allow you to ${what}.`);
export const notFound = (what = 'That item') => new AppError('NOT_FOUND', `${what} was not found.`);

/** A stale optimistic-lock version: someone else saved first. `current` is what is there now. */
export const conflict = (current: unknown, what = 'this claim') =>
  new AppError('CONFLICT', `Someone else changed ${what} while you were editing. Review what is there now; your text is kept below.`, current);

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
