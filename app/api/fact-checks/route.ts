import { NextResponse } from 'next/server';
import { listPublishedFactChecks } from '@/lib/data/public';

export const dynamic = 'force-dynamic';

/** Public JSON of published fact-checks. */
export async function GET() {
  const items = await listPublishedFactChecks();
  return NextResponse.json(
    { factChecks: items.map((f) => ({ ...f, url: `/fact-checks/${f.slug}` })) },
    { headers: { 'Cache-Control': 'public, max-age=0, s-maxage=60, stale-while-revalidate=300' } },
  );
}
