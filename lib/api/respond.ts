import 'server-only';
import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';

// How the JSON API answers an expected failure, in one place: the status for each AppError code
// and `{ "error": message, "fieldErrors"?: {…}, "current"?: {…} }`. Anything else is a bug and is
// rethrown (Next answers 500 and logs it).

const STATUS = { INVALID: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429 } as const;

export const NO_STORE = { 'Cache-Control': 'private, no-store' } as const;

export function errorResponse(e: unknown): NextResponse {
  if (!isAppError(e)) throw e;
  const info = e.info;
  const body = {
    error: e.message,
    ...(info.code === 'INVALID' ? { fieldErrors: info.fieldErrors } : {}),
    ...(info.code === 'CONFLICT' ? { current: info.current } : {}),
  };
  const headers: Record<string, string> = { ...NO_STORE };
  if (info.code === 'RATE_LIMITED') headers['Retry-After'] = '60';
  if (info.code === 'UNAUTHORIZED') headers['WWW-Authenticate'] = 'Bearer realm="claimdesk"';
  return NextResponse.json(body, { status: STATUS[info.code], headers });
}

/** Runs a route's work and answers its AppError as above. */
export async function answer(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (e) {
    return errorResponse(e);
  }
}
