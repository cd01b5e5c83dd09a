import { listPublishedFactChecks } from '@/lib/data/public';
import { factCheckPath } from '@/lib/claimreview';
import { publicBaseUrl } from '@/lib/config';
import { json } from './public-json';

// Small and read far less than the pages: rendered per request, so it is never stale.
export const dynamic = 'force-dynamic';

/** Public JSON of published fact-checks. */
export async function GET() {
  const base = publicBaseUrl();
  const items = await listPublishedFactChecks();
  return json({
    factChecks: items.map((f) => ({ ...f, url: `${base}${factCheckPath(f.slug)}`, api: `${base}/api${factCheckPath(f.slug)}` })),
  });
}
