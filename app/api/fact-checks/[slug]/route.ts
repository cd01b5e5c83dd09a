import { getPublishedFactCheck, getRetraction } from '@/lib/data/public';
import { VERSION_HEADER } from '@/lib/public-cache';
import { factCheckJson, json, notFoundJson, retractedJson } from '../public-json';

// Cached like the reader's page: scripts/server.mjs keeps the bytes of a 200 until
// lib/public-cache.ts says readers should see another version; the version header tells it which
// one a copy shows. An unknown slug's 404 and a retracted fact-check's 410 are never kept.
export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const fc = await getPublishedFactCheck(slug);
  if (fc) return json({ factCheck: factCheckJson(fc) }, 200, { [VERSION_HEADER]: String(fc.readerVersion) });
  const retraction = await getRetraction(slug);
  return retraction ? retractedJson(retraction) : notFoundJson();
}
