import { listPublishedFactChecks } from '@/lib/data/public-lists';
import { factCheckPath } from '@/lib/claimreview';
import { publicBaseUrl } from '@/lib/config';
import { pageJson, pageParams, publicList } from './public-json';

// Public JSON of published fact-checks, newest first, a page at a time (?limit=1–100, default 20;
// `next` and the Link header give the next page). scripts/server.mjs keeps each page's bytes until
// a publication changes what readers see.
export const dynamic = 'force-dynamic';

export async function GET(req: Request) {
  return publicList(async () => {
    const base = publicBaseUrl();
    const { items, next } = await listPublishedFactChecks(pageParams(req));
    const factChecks = items.map((f) => ({ ...f, url: `${base}${factCheckPath(f.slug)}`, api: `${base}/api${factCheckPath(f.slug)}` }));
    return pageJson(req, { factChecks }, next);
  });
}
