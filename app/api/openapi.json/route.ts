import { NextResponse } from 'next/server';
import { openApiDocument } from '@/lib/api/openapi';
import { publicBaseUrl } from '@/lib/config';

export const dynamic = 'force-dynamic';

/** The workspace API as OpenAPI 3, generated from the routes' zod schemas. Public: it describes, it grants nothing. */
export function GET() {
  return NextResponse.json(openApiDocument(publicBaseUrl()), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
