// The action pipeline's reader refresh (lib/public-cache.ts refreshReaderCopies) against the real
// database and the real reader cache of scripts/server.mjs (scripts/reader-cache.mjs), whose
// renders read the published fact-check through the real lib/data/public.ts. Workspace edits
// leave readers' copies alone (issue 9, item 7); a new version or an unpublish drops them, in this
// process and, through NOTIFY, in every other instance.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { runPipeline, type PipelineDeps } from '@/lib/actions/pipeline';
import { PUBLIC_CACHE_KEY, readerVersion, refreshReaderCopies } from '@/lib/public-cache';
import { getPublishedFactCheck, getRetraction } from '@/lib/data/public';
import { publishFactCheck, saveSummary, unpublishFactCheck } from '@/lib/data/factchecks';
import { updateClaimAttribution } from '@/lib/data/claims';
import { createSource } from '@/lib/data/sources';
import { ZUpdateClaimAttributionSchema } from '@/lib/validation/claims';
import { ZCreateSourceSchema } from '@/lib/validation/sources';
import { ZPublishSchema, ZUnpublishSchema } from '@/lib/validation/factchecks';
import { ZImportVersionSchema } from '@/lib/validation/articles';
import { importArticleVersion } from '@/lib/data/article-versions';
import { createReaderCache, type ReaderCache } from '../../scripts/reader-cache.mjs';

const TEXT = 'Alpha said the sky is green. Beta said water is dry.';

let cache: ReaderCache;
let server: http.Server;
let base: string;
let renders = 0;
/** Another instance: its own copy, told only through NOTIFY (as scripts/server.mjs listens). */
let other: ReaderCache;
let otherServer: http.Server;
let otherBase: string;
let down = false;
let listener: pg.Client;
const notified: string[] = [];

beforeAll(async () => {
  cache = createReaderCache({ handle: apiRoute });
  (globalThis as Record<symbol, unknown>)[PUBLIC_CACHE_KEY] = cache;
  server = http.createServer((req, res) => void cache.handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  other = createReaderCache({ handle: apiRoute });
  otherServer = http.createServer((req, res) => void other.handle(req, res));
  await new Promise<void>((r) => otherServer.listen(0, '127.0.0.1', r));
  otherBase = `http://127.0.0.1:${(otherServer.address() as AddressInfo).port}`;
  listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  await listener.query('LISTEN claimdesk_public_cache');
  listener.on('notification', (n) => {
    notified.push(n.payload ?? '');
    other.update(JSON.parse(n.payload ?? '[]'));
  });
});

/** Stands in for Next: the API route's answer (app/api/fact-checks/[slug]), from the real reader reads. */
async function apiRoute(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const slug = req.url!.split('/').pop()!;
  if (down) {
    res.writeHead(500, { 'content-type': 'application/json' });
    return void res.end(JSON.stringify({ error: 'database unreachable' }));
  }
  const fc = await getPublishedFactCheck(slug);
  const retraction = fc ? null : await getRetraction(slug);
  res.statusCode = fc ? 200 : retraction ? 410 : 404;
  res.setHeader('content-type', 'application/json');
  if (fc) res.setHeader('x-claimdesk-version', String(fc.readerVersion));
  const body = fc
    ? { claims: fc.claims.map((c) => ({ claimant: c.claimant, sources: c.sources.length })) }
    : retraction
      ? { error: 'retracted', reason: retraction.reason }
      : { error: 'not_found' };
  res.end(JSON.stringify(body));
}

afterAll(async () => {
  delete (globalThis as Record<symbol, unknown>)[PUBLIC_CACHE_KEY];
  await listener.end();
  for (const s of [server, otherServer]) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

beforeEach(async () => {
  await resetDatabase();
  cache.setListening(true);
  cache.clear();
  other.setListening(true);
  other.clear();
  renders = 0;
  down = false;
  notified.length = 0;
});
afterEach(() => {
  cache.setListening(false);
  other.setListening(false);
});

const deps = (actorId: string): PipelineDeps => ({
  currentUserId: async () => actorId,
  revalidatePath: () => {},
  refreshReaders: refreshReaderCopies,
  log: vi.fn(),
});

async function read(slug: string, at = base) {
  const res = await fetch(`${at}/api/fact-checks/${slug}`);
  return { status: res.status, cache: res.headers.get('x-claimdesk-cache'), body: await res.json() };
}

/** Lets the NOTIFY sent after the commit arrive. */
const settle = () => new Promise((r) => setTimeout(r, 100));

async function publishedFactCheck() {
  const [journalist, editor] = [await makeUser('journalist'), await makeUser('editor')];
  const article = await makeArticle(journalist.id, TEXT);
  const claim = await db.claim.create({
    data: { articleId: article.id, start: 0, end: 28, text: TEXT.slice(0, 28), status: 'ruled', claimant: 'Alpha' },
  });
  await db.source.create({
    data: { claimId: claim.id, url: 'https://example.org/a', title: 'A', type: 'dataset', stance: 'contradicts', addedById: journalist.id },
  });
  await db.verdict.create({
    data: { claimId: claim.id, kind: 'ruled', rating: 'false_', explanation: 'No.', attributionConfirmed: true, byId: editor.id },
  });
  const draft = await saveSummary(editor.id, { articleId: article.id, version: 0, summary: 'A summary long enough to pass.' });
  const fc = await publishFactCheck(editor.id, { articleId: article.id, version: draft.version });
  return { journalist, editor, article, claim, fc };
}

describe('readers’ copies after a committed change', () => {
  it('stay in place through workspace edits, which every instance is told change nothing readers see', async () => {
    const s = await publishedFactCheck();
    expect((await read(s.fc.slug)).cache).toBe('MISS');
    expect((await read(s.fc.slug)).cache).toBe('HIT');

    const attribution = { schema: ZUpdateClaimAttributionSchema, run: updateClaimAttribution, success: 'Saved.' };
    const edit = await runPipeline(attribution, { claimId: s.claim.id, version: 1, claimant: 'Someone else', cue: '' }, deps(s.journalist.id));
    expect(edit.state.ok).toBe(true);
    const source = { schema: ZCreateSourceSchema, run: createSource, success: 'Added.' };
    await runPipeline(
      source,
      { claimId: s.claim.id, url: 'https://example.org/b', title: 'B', type: 'dataset', stance: 'supports' },
      deps(s.journalist.id),
    );
    await settle();

    const after = await read(s.fc.slug);
    expect(after).toMatchObject({ cache: 'HIT', body: { claims: [{ claimant: 'Alpha', sources: 1 }] } });
    expect(renders).toBe(1);
    expect(notified.map((p) => JSON.parse(p))).toEqual([
      [{ slug: s.fc.slug, version: readerVersion(1, 1) }],
      [{ slug: s.fc.slug, version: readerVersion(1, 1) }],
    ]);
  });

  it('are dropped when an editor publishes a new version, and when the fact-check is unpublished', async () => {
    const s = await publishedFactCheck();
    await read(s.fc.slug);
    await updateClaimAttribution(s.journalist.id, { claimId: s.claim.id, version: 1, claimant: 'Someone else', cue: '' });
    const version = (await db.factCheck.findUniqueOrThrow({ where: { id: s.fc.id } })).version;

    const publish = { schema: ZPublishSchema, run: publishFactCheck, success: 'Published.' };
    const input = { articleId: s.article.id, version, kind: 'correction', note: 'The claimant was wrong.' };
    expect((await runPipeline(publish, input, deps(s.editor.id))).state.ok).toBe(true);
    const fresh = await read(s.fc.slug);
    expect(fresh).toMatchObject({ cache: 'MISS', body: { claims: [{ claimant: 'Someone else' }] } });

    const unpublish = { schema: ZUnpublishSchema, run: unpublishFactCheck, success: 'Unpublished.' };
    expect(
      (await runPipeline(unpublish, { articleId: s.article.id, version: version + 1, reason: 'Retracted for this test.' }, deps(s.editor.id))).state
        .ok,
    ).toBe(true);
    expect(await read(s.fc.slug)).toMatchObject({ status: 410, cache: 'MISS', body: { error: 'retracted', reason: 'Retracted for this test.' } });
    await settle();
    expect(notified.map((p) => JSON.parse(p))).toEqual([[{ slug: s.fc.slug, version: readerVersion(2, 1) }], [{ slug: s.fc.slug, version: 0 }]]);
  });

  it('are dropped on a retraction in every instance: a 410 with the reason, never a stale 200, never kept', async () => {
    const s = await publishedFactCheck();
    for (const at of [base, otherBase]) {
      expect(await read(s.fc.slug, at)).toMatchObject({ status: 200, cache: 'MISS' });
      expect(await read(s.fc.slug, at)).toMatchObject({ status: 200, cache: 'HIT' });
    }
    const unpublish = { schema: ZUnpublishSchema, run: unpublishFactCheck, success: 'Unpublished.' };
    const reason = 'The quote was not what the speaker said.';
    // No reason: refused, and readers keep their copy everywhere.
    const form = { articleId: s.article.id, version: String(s.fc.version), reason: ' ' }; // as the form posts it
    const refused = await runPipeline(unpublish, form, deps(s.editor.id), form);
    expect(refused.state).toMatchObject({ ok: false, values: { reason: ' ' } });
    expect(refused.state.errors?.reason).toHaveLength(1);
    expect(await read(s.fc.slug, otherBase)).toMatchObject({ status: 200, cache: 'HIT' });

    expect((await runPipeline(unpublish, { articleId: s.article.id, version: s.fc.version, reason }, deps(s.editor.id))).state.ok).toBe(true);
    await settle();
    renders = 0;
    for (const at of [base, otherBase]) {
      expect(await read(s.fc.slug, at)).toMatchObject({ status: 410, cache: 'MISS', body: { error: 'retracted', reason } });
      expect(await read(s.fc.slug, at)).toMatchObject({ status: 410, cache: 'MISS' }); // never kept
    }
    expect(renders).toBe(4);
    // A failing render afterwards never brings back the last good copy of the retracted page.
    down = true;
    for (const at of [base, otherBase]) expect(await read(s.fc.slug, at)).toMatchObject({ status: 500, cache: 'MISS' });

    // Republished: the fact-check is back in every instance, and kept again.
    down = false;
    const publish = { schema: ZPublishSchema, run: publishFactCheck, success: 'Published.' };
    expect((await runPipeline(publish, { articleId: s.article.id, version: s.fc.version + 1 }, deps(s.editor.id))).state.ok).toBe(true);
    await settle();
    for (const at of [base, otherBase]) {
      expect(await read(s.fc.slug, at)).toMatchObject({ status: 200, cache: 'MISS' });
      expect(await read(s.fc.slug, at)).toMatchObject({ status: 200, cache: 'HIT' });
    }
  });

  it('are dropped when the publisher’s article gets a new version, so readers learn it changed', async () => {
    const s = await publishedFactCheck();
    expect(await read(s.fc.slug)).toMatchObject({ cache: 'MISS' });
    expect(await read(s.fc.slug)).toMatchObject({ cache: 'HIT' });
    const input = { articleId: s.article.id, raw: 'Alpha said the sky is blue. Beta said water is dry.', baseVersion: 1 };
    expect(
      (await runPipeline({ schema: ZImportVersionSchema, run: importArticleVersion, success: 'Imported.' }, input, deps(s.journalist.id))).state.ok,
    ).toBe(true);
    expect(await read(s.fc.slug)).toMatchObject({ cache: 'MISS' });
    await settle();
    expect(notified.map((p) => JSON.parse(p))).toEqual([[{ slug: s.fc.slug, version: readerVersion(1, 2) }]]);
  });
});
