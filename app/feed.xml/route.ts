import { Feed } from 'feed';
import { listPublishedFactChecks } from '@/lib/data/public-lists';
import { factCheckPath } from '@/lib/claimreview';
import { organisation, publicBaseUrl } from '@/lib/config';
import { PUBLIC_CACHE_CONTROL } from '../api/fact-checks/public-json';

// The Atom feed of published fact-checks: the newest 50, each updated when a new version (an
// update or a correction) was published. Written by the `feed` library; a retracted fact-check
// leaves it with the next request (scripts/server.mjs drops its copy at every publication).
export const dynamic = 'force-dynamic';

const ENTRIES = 50;

/** Titles and summaries are plain text; Atom's "html" type would read a "<" in them as markup. */
const asHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function GET() {
  const base = publicBaseUrl();
  const org = organisation();
  const { items } = await listPublishedFactChecks({ limit: ENTRIES });
  const feed = new Feed({
    title: `${org.name}: fact-checks`,
    description: 'Published fact-checks, newest first.',
    id: `${base}/fact-checks`,
    link: `${base}/fact-checks`,
    language: 'en',
    image: org.logo,
    updated: items.reduce((latest: Date | undefined, f) => (!latest || f.updatedAt > latest ? f.updatedAt : latest), undefined),
    feedLinks: { atom: `${base}/feed.xml` },
    author: { name: org.name, link: org.url },
    copyright: `© ${org.name}`,
  });
  for (const f of items) {
    const url = `${base}${factCheckPath(f.slug)}`;
    feed.addItem({
      title: asHtml(`Fact-check: ${f.title}`),
      id: url,
      link: url,
      date: f.updatedAt,
      published: f.publishedAt,
      description: asHtml(f.summary),
      author: [{ name: org.name, link: org.url }],
    });
  }
  return new Response(feed.atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': PUBLIC_CACHE_CONTROL },
  });
}
