import { getPublishedFactCheck } from '@/lib/data/public';
import { factCheckJson, json, notFoundJson } from '../public-json';

// Cached like the reader's page (see lib/public-cache.ts): rendered once per slug, expired by
// publishing, unpublishing, corrections and rulings. The 404 for an unknown slug is cached too,
// and expired when a fact-check is published under that slug.
export const revalidate = false;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const fc = await getPublishedFactCheck((await params).slug);
  return fc ? json({ factCheck: factCheckJson(fc) }) : notFoundJson();
}
