import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { article, code, makeClaim, people, SOURCE } from './claims-helpers';
import { exportResponse } from '@/app/api/export/respond';
import { listClaimsPage } from '@/lib/data/claim-lists';
import { closeExportPool, EXPORT_CONNECTIONS, openClaimExport } from '@/lib/data/export';
import type { ExportClaim } from '@/lib/export/rows';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';
import { measureBuffered, measureExport, seedExportSet } from '@/scripts/bench-export.mts';

beforeEach(resetDatabase);
afterAll(closeExportPool);

const MB = 1024 * 1024;

async function exported(userId: string | null, query: Record<string, string>, options = {}): Promise<ExportClaim[]> {
  const exp = await openClaimExport(userId, query, options);
  const out: ExportClaim[] = [];
  for await (const c of exp.rows as AsyncIterable<ExportClaim>) out.push(c);
  return out;
}

async function listed(userId: string, query: Record<string, string>): Promise<string[]> {
  const seen: string[] = [];
  let after: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await listClaimsPage(userId, { ...query, after }, 13);
    seen.push(...page.claims.map((c) => c.id));
    if (!page.next) return seen;
    after = page.next;
  }
  throw new Error('pagination did not end');
}

/** Waits (up to 5 s) until no PostgreSQL backend is running or holding the export statement. */
async function exportBackendsGone(): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE query LIKE '%json_agg(json_build_object(''url''%' AND pid <> pg_backend_pid()`,
    );
    if (Number(row!.n) === 0) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

const get = (userId: string | null, format: 'csv' | 'json', qs = '') =>
  exportResponse(new Request(`http://claimdesk.test/api/export/claims.${format}${qs}`), format, userId);

/** A small desk: two articles, every status, three assignees, verdicts, sources and notes. */
async function desk() {
  const { journalist, editor, admin } = await people();
  const [a, b] = [await article(journalist.id), await article(journalist.id)];
  const statuses: ClaimStatus[] = ['suggested', 'open', 'dismissed', 'researching', 'in_review', 'ruled'];
  const base = Date.UTC(2026, 0, 1);
  const claims = [];
  for (let i = 0; i < 60; i++) {
    const assigneeId = [null, journalist.id, editor.id][i % 3];
    claims.push(
      await makeClaim(i % 2 ? a.id : b.id, { status: statuses[i % 6], assigneeId, score: (i % 4) / 4, updatedAt: new Date(base + (i % 7) * 1000) }),
    );
  }
  for (const [i, c] of claims.entries()) {
    if (i % 4 === 0) {
      await db.verdict.create({
        data: {
          claimId: c.id,
          kind: 'proposed',
          rating: i % 8 ? 'false_' : 'mixed',
          explanation: `why ${i}`,
          attributionConfirmed: true,
          byId: journalist.id,
        },
      });
    }
  }
  return { journalist, editor, admin, a, b, claims };
}

describe('the claims export', () => {
  it('holds exactly the claims the list shows, in the same order, for every filter and sort', async () => {
    const { journalist, editor, a } = await desk();
    const queries: Record<string, string>[] = [
      {},
      { sort: 'score' },
      { status: 'suggested' },
      { status: 'dismissed', sort: 'score' },
      { status: 'ruled' },
      { assignee: 'me' },
      { assignee: 'none' },
      { assignee: editor.id, sort: 'score' },
      { rating: 'false_' },
      { rating: 'mixed', status: 'open' },
      { article: a.id },
      { article: a.id, assignee: 'me', sort: 'score' },
      { rating: 'true_' },
    ];
    for (const q of queries) {
      const ids = (await exported(journalist.id, q)).map((c) => c.id);
      expect(ids, JSON.stringify(q)).toEqual(await listed(journalist.id, q));
    }
    // "me" is whoever exports; the list's page cursor is not a filter and is ignored.
    expect((await exported(editor.id, { assignee: 'me' })).map((c) => c.id)).toEqual(await listed(editor.id, { assignee: 'me' }));
    expect((await exported(journalist.id, { after: 'whatever' })).length).toBe(40);
  });

  it('carries per claim its newest verdict, its sources and (for staff) its notes, one row each', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id, { status: 'ruled', assigneeId: journalist.id });
    await db.verdict.create({
      data: {
        claimId: c.id,
        kind: 'proposed',
        rating: 'mixed',
        explanation: 'first',
        attributionConfirmed: true,
        byId: journalist.id,
        createdAt: new Date(Date.now() - 60_000),
      },
    });
    await db.verdict.create({
      data: { claimId: c.id, kind: 'ruled', rating: 'false_', explanation: 'The series says 20.', attributionConfirmed: true, byId: editor.id },
    });
    await db.source.create({
      data: { ...SOURCE, claimId: c.id, addedById: journalist.id, archiveUrl: 'https://archive.test/1', createdAt: new Date(Date.now() - 5000) },
    });
    await db.source.create({
      data: { ...SOURCE, url: 'https://example.org/2', title: 'Second', stance: 'supports', claimId: c.id, addedById: editor.id },
    });
    await db.note.create({ data: { claimId: c.id, authorId: journalist.id, body: 'Called them.', createdAt: new Date(Date.now() - 5000) } });
    await db.note.create({ data: { claimId: c.id, authorId: editor.id, body: '=cmd|"/C calc"!A0' } });
    await db.claim.update({ where: { id: c.id }, data: { claimant: '=HYPERLINK("https://evil.test","Minister")' } });

    const res = await get(editor.id, 'json', '?status=ruled');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=claims-\d{4}-\d{2}-\d{2}\.json$/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { claims } = (await res.json()) as { claims: ExportClaim[] };
    expect(claims.length).toBe(1);
    const [x] = claims;
    expect(x).toMatchObject({
      id: c.id,
      article: { id: a.id, title: 'Test article' },
      status: 'ruled',
      assignee: { id: journalist.id, name: 'Jo' },
      latestVerdict: { rating: 'false_', ratingLabel: 'False', kind: 'ruled', explanation: 'The series says 20.' },
    });
    expect(x!.sources.map((s) => [s.title, s.stance, s.archiveUrl])).toEqual([
      ['Ministry statement', 'context', 'https://archive.test/1'],
      ['Second', 'supports', null],
    ]);
    expect(x!.notes?.map((n) => [n.author, n.body])).toEqual([
      ['Jo', 'Called them.'],
      ['Ed', '=cmd|"/C calc"!A0'],
    ]);

    const csv = await get(journalist.id, 'csv', '?status=ruled');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename=claims-\d{4}-\d{2}-\d{2}\.csv$/);
    const records = parse(await csv.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(records.length).toBe(1);
    expect(records[0]).toMatchObject({ claim_id: c.id, latest_rating: 'False', source_count: '2', assignee: 'Jo' });
    // A cell that a spreadsheet would run as a formula is text there; the JSON keeps the value as it is.
    expect(records[0]!.claimant).toBe(`'=HYPERLINK("https://evil.test","Minister")`);
    expect(x!.claimant).toBe('=HYPERLINK("https://evil.test","Minister")');
    expect(records[0]!.notes).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC, Jo: Called them\.\n\n.* UTC, Ed: =cmd/);
  });

  it('gives notes only when the caller may see them and asked for them; never a notes column otherwise', async () => {
    const { journalist, editor, admin } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id);
    await db.note.create({ data: { claimId: c.id, authorId: journalist.id, body: 'internal' } });
    for (const who of [journalist, editor, admin]) {
      const exp = await openClaimExport(who.id, {});
      expect(exp.includeNotes).toBe(true);
      const [row] = (await exported(who.id, {})) as ExportClaim[];
      expect(row?.notes?.map((n) => n.body)).toEqual(['internal']);
      exp.rows.destroy();
    }
    const without = await openClaimExport(editor.id, {}, { notes: false });
    expect(without.includeNotes).toBe(false);
    const rows: ExportClaim[] = [];
    for await (const r of without.rows as AsyncIterable<ExportClaim>) rows.push(r);
    expect(rows.length).toBe(1);
    expect('notes' in rows[0]!).toBe(false);
  });

  it('lets a journalist and an editor export, refuses the signed-out (401) and bad filters (400, per field)', async () => {
    const { journalist, editor } = await people();
    const gone = await makeUser('journalist', 'Gone');
    await db.user.update({ where: { id: gone.id }, data: { active: false } });
    for (const who of [journalist.id, editor.id]) {
      for (const format of ['csv', 'json'] as const) {
        const res = await get(who, format);
        expect(res.status).toBe(200);
        expect((await res.text()).length).toBeGreaterThan(0);
      }
    }
    for (const format of ['csv', 'json'] as const) {
      const out = await get(null, format);
      expect(out.status).toBe(401);
      expect(await out.json()).toEqual({ error: 'Sign in to do that.' });
      expect((await get(gone.id, format)).status).toBe(401);
    }
    expect(await code(openClaimExport(null, {}))).toBe('UNAUTHORIZED');

    const bad = await get(journalist.id, 'json', '?status=bogus&rating=great&sort=sideways');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: 'Unknown status.',
      fieldErrors: { status: ['Unknown status.'], rating: ['Unknown rating.'], sort: ['Unknown sort.'] },
    });
    // An empty export is still a whole document.
    expect(await (await get(journalist.id, 'json', '?status=ruled')).json()).toEqual({ claims: [] });
  });

  it('is one snapshot: changes committed during a slow download are not in it', async () => {
    const { journalist } = await people();
    const a = await article(journalist.id);
    const base = Date.UTC(2026, 0, 1);
    const claims = [];
    for (let i = 0; i < 40; i++) claims.push(await makeClaim(a.id, { updatedAt: new Date(base + i * 1000) }));
    const exp = await openClaimExport(journalist.id, {}, { batchSize: 5 });
    const it = (exp.rows as AsyncIterable<ExportClaim>)[Symbol.asyncIterator]();
    const first = (await it.next()).value as ExportClaim;
    expect(first.id).toBe(claims[39]!.id);
    // The oldest claim (exported last) is deleted, a new oldest one added, another edited.
    await db.claim.delete({ where: { id: claims[0]!.id } });
    await makeClaim(a.id, { updatedAt: new Date(base - 1000) });
    await db.claim.update({ where: { id: claims[1]!.id }, data: { claimant: 'Changed meanwhile' } });
    const ids = [first.id];
    let oldEdit: ExportClaim | undefined;
    for (let r = await it.next(); !r.done; r = await it.next()) {
      ids.push((r.value as ExportClaim).id);
      if ((r.value as ExportClaim).id === claims[1]!.id) oldEdit = r.value as ExportClaim;
    }
    expect(ids).toEqual([...claims].reverse().map((c) => c.id));
    expect(oldEdit?.claimant).toBeNull();
  });

  it('closes the cursor and frees its connection when the client goes away, and caps exports running at once', async () => {
    const { journalist } = await people();
    await seedExportSet(db, 3000);
    for (let i = 0; i < EXPORT_CONNECTIONS + 2; i++) {
      const res = await get(journalist.id, 'csv');
      const reader = res.body!.getReader();
      await reader.read();
      await reader.cancel();
    }
    // Every connection was handed back: as many exports as allowed can run again, one more is refused.
    const running: Readable[] = [];
    for (let i = 0; i < EXPORT_CONNECTIONS; i++) running.push((await openClaimExport(journalist.id, {})).rows);
    const over = await get(journalist.id, 'json');
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toBe('60');
    for (const r of running) r.destroy();
    // No export statement is left running or waiting in PostgreSQL.
    expect(await exportBackendsGone()).toBe(true);
    const again = await get(journalist.id, 'json', '?status=open');
    expect(again.status).toBe(200);
    // A response nobody reads or cancels would hold its connection: Next always does one or the other.
    await again.body!.cancel();
    // (And the next test's TRUNCATE must not meet a backend still taking its locks.)
    expect(await exportBackendsGone()).toBe(true);
  });
});

describe('a large export', () => {
  const CLAIMS = 120_000;
  // A buffered export holds at least its whole output; this one may grow by a fraction of it.
  const RSS_BOUND = 80 * MB;
  const HEAP_BOUND = 48 * MB;

  it(`streams ${CLAIMS.toLocaleString('en')} claims with memory flat (measured, printed)`, { timeout: 600_000 }, async () => {
    const t0 = Date.now();
    const editor = await seedExportSet(db, CLAIMS);
    const seeded = Date.now() - t0;
    const m = await measureExport(() => get(editor, 'csv'));
    const line =
      `export of ${CLAIMS} claims as CSV: ${m.lines - 1} rows, ${(m.bytes / MB).toFixed(1)} MB in ${(m.ms / 1000).toFixed(1)} s; ` +
      `peak RSS growth ${(m.peakRssDelta / MB).toFixed(1)} MB, peak heap growth ${(m.peakHeapDelta / MB).toFixed(1)} MB ` +
      `(bounds ${RSS_BOUND / MB} / ${HEAP_BOUND / MB} MB; seeded in ${(seeded / 1000).toFixed(0)} s)`;
    process.stdout.write(`${line}\n`);
    expect(m.lines - 1).toBe(CLAIMS);
    expect(m.peakRssDelta).toBeLessThan(RSS_BOUND);
    expect(m.peakHeapDelta).toBeLessThan(HEAP_BOUND);

    // The bounds are meaningful: the file alone is larger, and the same statement read whole and
    // written as one string (a buffered export) exceeds both.
    expect(m.bytes).toBeGreaterThan(RSS_BOUND);
    const b = await measureBuffered(process.env.DATABASE_URL!, editor, CLAIMS);
    process.stdout.write(
      `the same, buffered: ${b.lines - 1} rows, ${(b.bytes / MB).toFixed(1)} MB in ${(b.ms / 1000).toFixed(1)} s; ` +
        `peak RSS growth ${(b.peakRssDelta / MB).toFixed(1)} MB, peak heap growth ${(b.peakHeapDelta / MB).toFixed(1)} MB\n`,
    );
    expect(b.bytes).toBe(m.bytes);
    expect(b.peakRssDelta).toBeGreaterThan(RSS_BOUND);
    expect(b.peakHeapDelta).toBeGreaterThan(HEAP_BOUND);
  });
});
