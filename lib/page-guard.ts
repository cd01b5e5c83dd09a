import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { isAppError } from '@/lib/errors';

/**
 * For pages: runs a data-layer read and turns its typed refusals into the matching page
 * (404, 403, or the sign-in page). Other errors go on to error.tsx.
 */
export async function guard<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (isAppError(e)) {
      if (e.code === 'NOT_FOUND') notFound();
      if (e.code === 'FORBIDDEN') forbidden();
      if (e.code === 'UNAUTHORIZED') redirect('/login');
    }
    throw e;
  }
}
