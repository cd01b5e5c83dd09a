import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { pipeline } from 'node:stream';
import { csvColumns, csvRecord, csvWriter, guardFormula } from '@/lib/export/csv';
import { jsonArrayStringifier } from '@/lib/export/json';
import { toExportClaim, type ExportClaim, type ExportRow } from '@/lib/export/rows';
import { nodeToWebStream } from '@/lib/export/web-stream';
import { exportQueryFromParams, ZClaimExportQuerySchema } from '@/lib/validation/export';

const ROW: ExportRow = {
  id: 'c1',
  article_id: 'a1',
  article_title: 'Xi in Moscow',
  text: 'Trade grew by 27 per cent, "a record".',
  claimant: 'Ms Romero',
  status: 'in_review',
  updated_at: '2026-12-01T10:00:00.000Z',
  assignee_id: 'u1',
  assignee_name: 'Jo',
  verdict_rating: 'false',
  verdict_kind: 'proposed',
  verdict_explanation: 'The ministry says 20.',
  verdict_at: '2026-12-01T11:00:00.000Z',
  sources: [{ url: 'https://example.org/r', title: 'Report', type: 'dataset', stance: 'contradicts', archive_url: 'https://archive.test/r' }],
  notes: [{ author: 'Ed', body: 'Call the ministry,\nthen the embassy.', at: '2026-12-01T12:34:56.000Z' }],
};

/** Everything a stream writes, as one string. */
async function drain(s: NodeJS.ReadableStream | Readable): Promise<string> {
  let out = '';
  for await (const chunk of s as AsyncIterable<Buffer | string>) out += chunk.toString();
  return out;
}

async function csvOf(claims: ExportClaim[], includeNotes: boolean) {
  const [toRecord, text$] = csvWriter(includeNotes);
  pipeline(Readable.from(claims), toRecord, text$, () => undefined);
  const text = await drain(text$);
  return { text, records: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
}

describe('the CSV formula guard', () => {
  it('prefixes cells a spreadsheet would run as a formula with an apostrophe, and nothing else', () => {
    for (const bad of ['=HYPERLINK("http://evil.test","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(guardFormula(bad)).toBe(`'${bad}`);
    }
    for (const fine of ['The minister said', "'already quoted", ' =not at the start', '27 per cent', '', 'a=b']) {
      expect(guardFormula(fine)).toBe(fine);
    }
  });

  it('guards every text column of the written file, claimant, claim, titles, sources and notes alike', async () => {
    const evil = toExportClaim(
      {
        ...ROW,
        article_title: '=cmd|" /C calc"!A0',
        text: '+SUM(1)',
        claimant: '@evil',
        verdict_explanation: '-1',
        assignee_name: '=name',
        sources: [{ url: 'https://x.test', title: '=title', type: 'other', stance: 'context', archive_url: null }],
        notes: [{ author: 'Ed', body: 'x', at: '2026-12-01T12:00:00.000Z' }],
      },
      true,
    );
    const { records } = await csvOf([evil], true);
    const r = records[0]!;
    expect(r.article_title).toBe(`'=cmd|" /C calc"!A0`);
    expect(r.claim).toBe("'+SUM(1)");
    expect(r.claimant).toBe("'@evil");
    expect(r.verdict_explanation).toBe("'-1");
    expect(r.assignee).toBe("'=name");
    expect(r.sources).toMatch(/^'=title <https:\/\/x\.test>/);
    // No cell of the file starts with a formula character.
    for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('an exported claim', () => {
  it('maps the row: client rating names with their label, the newest verdict, sources, notes only when included', () => {
    const withNotes = toExportClaim(ROW, true);
    expect(withNotes).toEqual({
      id: 'c1',
      article: { id: 'a1', title: 'Xi in Moscow' },
      text: ROW.text,
      claimant: 'Ms Romero',
      status: 'in_review',
      updatedAt: '2026-12-01T10:00:00.000Z',
      assignee: { id: 'u1', name: 'Jo' },
      latestVerdict: {
        rating: 'false_',
        ratingLabel: 'False',
        kind: 'proposed',
        explanation: 'The ministry says 20.',
        at: '2026-12-01T11:00:00.000Z',
      },
      sources: [{ url: 'https://example.org/r', title: 'Report', type: 'dataset', stance: 'contradicts', archiveUrl: 'https://archive.test/r' }],
      notes: [{ author: 'Ed', body: 'Call the ministry,\nthen the embassy.', at: '2026-12-01T12:34:56.000Z' }],
    });
    // Left out by the data layer: no key at all, even if a row carried some.
    expect('notes' in toExportClaim(ROW, false)).toBe(false);
    const bare = toExportClaim({ ...ROW, assignee_id: null, verdict_rating: null, verdict_kind: null, sources: null, notes: null }, true);
    expect([bare.assignee, bare.latestVerdict, bare.sources, bare.notes]).toEqual([null, null, [], []]);
    expect(toExportClaim({ ...ROW, verdict_rating: 'mostly_true' }, false).latestVerdict?.rating).toBe('mostly_true');
  });

  it('writes one CSV line per claim with labels, quoting commas, quotes and line breaks (RFC 4180, CRLF)', async () => {
    const { text, records } = await csvOf([toExportClaim(ROW, true), toExportClaim({ ...ROW, id: 'c2', notes: [] }, true)], true);
    expect(text.startsWith('\uFEFFclaim_id,article_id,article_title,claim,')).toBe(true);
    expect(text).toContain('\r\n');
    expect(records.length).toBe(2);
    expect(Object.keys(records[0]!)).toEqual(csvColumns(true).map((c) => c.header));
    expect(records[0]).toMatchObject({
      claim: ROW.text,
      status: 'In review',
      latest_rating: 'False',
      latest_verdict_kind: 'proposed',
      source_count: '1',
      sources: 'Report <https://example.org/r> (Dataset, contradicts; archived <https://archive.test/r>)',
      notes: '2026-12-01 12:34 UTC, Ed: Call the ministry,\nthen the embassy.',
    });
    expect(records[1]!.notes).toBe('');
  });

  it('has no notes column when notes are not included', async () => {
    const { records } = await csvOf([toExportClaim(ROW, false)], false);
    expect(Object.keys(records[0]!)).not.toContain('notes');
    expect(csvRecord(toExportClaim(ROW, false))).not.toHaveProperty('notes');
  });

  it('writes JSON as {"claims":[…]} one claim at a time, valid when empty too', async () => {
    const claims = [toExportClaim(ROW, true), toExportClaim({ ...ROW, id: 'c2' }, true)];
    const text = await drain(Readable.from(claims).pipe(jsonArrayStringifier()));
    expect(JSON.parse(text)).toEqual({ claims });
    expect(JSON.parse(await drain(Readable.from([]).pipe(jsonArrayStringifier())))).toEqual({ claims: [] });
  });
});

describe('the export query', () => {
  it('takes the list filters and sort, ignores the page cursor and anything else', () => {
    const q = exportQueryFromParams(new URLSearchParams('status=open&status=ruled&rating=false_&after=abc&foo=1&sort=score'));
    expect(q).toEqual({ status: 'open', rating: 'false_', sort: 'score' });
    expect(ZClaimExportQuerySchema.parse({ ...q, after: 'not-a-cursor' })).toEqual({ status: 'open', rating: 'false_', sort: 'score' });
    expect(ZClaimExportQuerySchema.safeParse({ status: 'bogus' }).success).toBe(false);
  });
});

describe('the web stream made from a Node stream', () => {
  it('gathers small pieces into larger chunks and ends with the source', async () => {
    const pieces = Array.from({ length: 1000 }, (_, i) => `line ${i}\n`);
    const reader = nodeToWebStream(Readable.from(pieces, { objectMode: false }), { chunkBytes: 1024 }).getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(Buffer.concat(chunks).toString()).toBe(pieces.join(''));
    expect(chunks.length).toBeLessThan(20);
  });

  it('destroys the source when the reader cancels (the client went away), reading no further', async () => {
    let produced = 0;
    const source = new Readable({
      read() {
        produced++;
        this.push(`row ${produced}\n`);
      },
    });
    const reader = nodeToWebStream(source, { chunkBytes: 64 }).getReader();
    await reader.read();
    await reader.cancel();
    expect(source.destroyed).toBe(true);
    const seen = produced;
    await new Promise((r) => setTimeout(r, 20));
    expect(produced).toBe(seen);
  });

  it('gives up on a client that stops reading, destroying the source', async () => {
    const source = new Readable({
      read() {
        this.push('x'.repeat(100));
      },
    });
    const reader = nodeToWebStream(source, { chunkBytes: 10, stallMs: 30 }).getReader();
    await reader.read();
    // The stream refills its one-chunk queue, then waits for this reader, which reads nothing more.
    await new Promise((r) => setTimeout(r, 100));
    expect(source.destroyed).toBe(true);
    await expect(reader.read()).rejects.toThrow(/read nothing/);
  });

  it('gives up on a response body nobody ever reads', async () => {
    const source = new Readable({
      read() {
        this.push('x');
      },
    });
    nodeToWebStream(source, { chunkBytes: 10, stallMs: 30 });
    await new Promise((r) => setTimeout(r, 80));
    expect(source.destroyed).toBe(true);
  });
});
