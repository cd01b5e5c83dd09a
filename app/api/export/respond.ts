import 'server-only';
import { NextResponse } from 'next/server';
import { pipeline, type Transform } from 'node:stream';
import { openClaimExport, type ClaimExport } from '@/lib/data/export';
import { csvWriter } from '@/lib/export/csv';
import { jsonWriter } from '@/lib/export/json';
import { nodeToWebStream } from '@/lib/export/web-stream';
import { isAppError } from '@/lib/errors';
import { exportQueryFromParams, type ExportFormat } from '@/lib/validation/export';

const STATUS = { UNAUTHORIZED: 401, FORBIDDEN: 403, INVALID: 400, RATE_LIMITED: 429 } as const;

const CONTENT_TYPE: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** "claims-2026-12-02.csv": the day of the export (UTC). */
export const exportFilename = (format: ExportFormat, now = new Date()) => `claims-${now.toISOString().slice(0, 10)}.${format}`;

/**
 * GET /api/export/claims.csv and .json: the /claims list's filters from the query string, checked
 * (400 with every field's error, 401 signed out) before any byte is sent; then the claims streamed
 * as they come off the database cursor. A failure half way aborts the download (the JSON is then
 * left unclosed) rather than ending it as if it were complete.
 */
export async function exportResponse(req: Request, format: ExportFormat, actorId: string | null): Promise<Response> {
  let exp: ClaimExport;
  try {
    exp = await openClaimExport(actorId, exportQueryFromParams(new URL(req.url).searchParams));
  } catch (e) {
    const status = isAppError(e) ? (STATUS as Record<string, number>)[e.code] : undefined;
    if (!status || !isAppError(e)) throw e;
    const body = e.info.code === 'INVALID' ? { error: e.message, fieldErrors: e.info.fieldErrors } : { error: e.message };
    return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store', ...(status === 429 ? { 'Retry-After': '60' } : {}) } });
  }
  const stages: Transform[] = format === 'csv' ? csvWriter(exp.includeNotes) : jsonWriter();
  // An error anywhere destroys every stage: the cursor closes and the download is aborted.
  pipeline([exp.rows, ...stages], (err) => {
    if (err && err.name !== 'AbortError' && (err as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      console.error(`claims export failed: ${err.message}`);
    }
  });
  return new Response(nodeToWebStream(stages[stages.length - 1]!), {
    headers: {
      'Content-Type': CONTENT_TYPE[format],
      'Content-Disposition': `attachment; filename=${exportFilename(format)}`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
