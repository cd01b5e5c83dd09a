import { getPublishedFactCheck } from '@/lib/data/public';
import { VERSION_HEADER } from '@/lib/public-cache';
import { factCheckJson, json, notFoundJson } from '../public-json';

// Cached like the reader's page: scripts/server.mjs keeps the bytes of a 200 until
// lib/public-cache.ts says readers should see another version; the version header tells it which
// one a copy shows. An unknown slug's 404 is never kept.
export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const fc = await getPublishedFactCheck((await params).slug);
  return fc ? json({ factCheck: factCheckJson(fc) }, 200, { [VERSION_HEADER]: String(fc.readerVersion) }) : notFoundJson();
}
