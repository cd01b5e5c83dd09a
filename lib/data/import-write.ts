import 'server-only';
import { randomBytes } from 'node:crypto';
import { Debug } from '@prisma/client/runtime/client';
import { clearLogs } from '@prisma/debug';
import type pg from 'pg';
import type { Tx } from '@/lib/db';
import type { RowsExtraction } from '@/lib/jobs/extraction-pool';

// The bulk writes of an import. A 1,000,000-character article has ~6,000 sentences: they go in
// as INSERT … SELECT FROM jsonb_to_recordset($1), one statement per ~256 KB of rows (~15 for
// the largest article), where Prisma's createMany would send 15 parameters a row. The worker
// thread built the JSON (lib/jobs/extraction-worker.mjs), ids included, so this thread only
// passes it on. The article's row (its text twice) and the rows go straight through the pg
// connection of the import's transaction (transactionConnection in lib/db.ts): Prisma would copy
// and convert each megabyte on the server's thread (~24 MB of garbage per 1,000,000-character
// import, measured with V8's sampling heap profiler; docs/benchmarks.md, "Import").

const released = Debug('claimdesk:import');

/**
 * Prisma keeps the arguments of its last 100 debug calls, logging on or off, for its error
 * reports: after an import, every query's parameters (the article's text four times, all the
 * rows) stay on the heap until 100 more calls push them out, and the server's heap grew with each
 * 1,000,000-character import (docs/benchmarks.md, "Import"). Called once an import's transaction
 * is over: the driver adapter's history is cleared (@prisma/debug, installed as a dependency of
 * @prisma/adapter-pg at the same version); the client's own bundled copy, which has no clear,
 * gets 100 one-word entries, so its big ones drop out.
 */
export function releaseQueryLogs() {
  clearLogs();
  for (let i = 0; i < 100; i++) released('released');
}

/** The time as PostgreSQL's zoneless timestamp columns hold it: UTC, whatever the session's zone. */
const nowUtc = () => new Date().toISOString();

/** An id in the shape of Prisma's cuid(), like the worker's (a letter, the time, 64 random bits). */
const newId = () => `c${Date.now().toString(36)}${randomBytes(8).toString('hex')}`;

/**
 * An imported article's version 1: its raw input and plain text copied from the article's row by
 * the database, so that the text (up to 1,000,000 characters, twice) is not sent a second time
 * through Prisma's handling of parameters on the server's thread.
 */
export async function insertFirstVersion(tx: Tx, articleId: string) {
  await tx.$executeRaw`
    INSERT INTO article_versions (id, article_id, number, raw_input, plain_text, text_hash, extractor_version, imported_by_id, created_at)
    SELECT ${newId()}, a.id, 1, a.raw_input, a.plain_text, a.text_hash, a.extractor_version, a.imported_by_id, ${nowUtc()}::timestamptz AT TIME ZONE 'UTC'
    FROM articles a WHERE a.id = ${articleId}`;
}

/** What an imported article's row holds besides its defaults (validated by the caller). */
export type NewArticle = {
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  language: string | null;
  rawInput: string;
  plainText: string;
  textHash: string;
  copyOfId: string | null;
  extractorVersion: string;
  importedById: string;
};

/** Inserts the article's row; a language left out takes the column's default. Fails with PostgreSQL's unique violation when its text's original exists (articles_text_hash_original_key). */
export async function insertArticle(conn: pg.ClientBase, a: NewArticle): Promise<{ id: string; title: string }> {
  const now = nowUtc();
  const values: unknown[] = [
    newId(),
    a.title,
    a.publisher,
    a.byline,
    a.url,
    a.publishedAt,
    a.rawInput,
    a.plainText,
    a.textHash,
    a.copyOfId,
    a.extractorVersion,
    a.importedById,
    now,
  ];
  const language = a.language ? (values.push(a.language), `, $${values.length}`) : '';
  const { rows } = await conn.query<{ id: string; title: string }>(
    `INSERT INTO articles (id, title, publisher, byline, url, published_at, raw_input, plain_text, text_hash, copy_of_id,
                           extractor_version, imported_by_id, created_at, updated_at${language ? ', language' : ''})
     VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10, $11, $12,
             $13::timestamptz AT TIME ZONE 'UTC', $13::timestamptz AT TIME ZONE 'UTC'${language})
     RETURNING id, title`,
    values,
  );
  return rows[0]!;
}

export async function insertLinks(conn: pg.ClientBase, articleId: string, rows: Pick<RowsExtraction, 'linksJson'>) {
  for (const json of rows.linksJson) {
    await conn.query(
      `INSERT INTO article_links (id, article_id, text, href, start, "end")
       SELECT r.id, $1, r.text, r.href, r.start, r."end"
       FROM jsonb_to_recordset($2::jsonb) AS r(id text, text text, href text, start int, "end" int)`,
      [articleId, json],
    );
  }
}

/**
 * Inserts extracted claims, numbered after the article's last issued number in the order given
 * (the text's): each statement bumps articles.claim_seq by its row count and numbers its rows from
 * there, so the per-row numbering trigger (migration 20261202080100) never fires on this path.
 */
export async function insertClaims(conn: pg.ClientBase, articleId: string, rows: Pick<RowsExtraction, 'claimsJson'>) {
  const now = nowUtc();
  for (const json of rows.claimsJson) {
    await conn.query(
      `WITH r AS (
        SELECT * FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (
          id text, start int, "end" int, text text, prefix text, suffix text, claimant text, "claimantType" text, "claimantRole" text,
          "claimantMention" text, "disputedBy" text, cue text, kind text,
          score double precision, reasons jsonb, unverified boolean, disputed boolean, recommended boolean)) WITH ORDINALITY AS r
      ), seq AS (
        UPDATE articles SET claim_seq = claim_seq + (SELECT count(*) FROM r) WHERE id = $1
        RETURNING claim_seq - (SELECT count(*) FROM r) AS base
      )
      INSERT INTO claims (id, article_id, number, start, "end", text, prefix, suffix, claimant, claimant_type, claimant_role, claimant_mention,
                          disputed_by, cue, kind, score, reasons,
                          flag_unverified, flag_disputed, recommended, status, created_at, updated_at)
      SELECT r.id, $1, seq.base + r.ordinality, r.start, r."end", r.text, r.prefix, r.suffix, r.claimant, r."claimantType"::"ClaimantType",
             r."claimantRole", r."claimantMention", r."disputedBy", r.cue, r.kind::"ClaimKind", r.score,
             ARRAY(SELECT jsonb_array_elements_text(r.reasons)), r.unverified, r.disputed, r.recommended, 'suggested'::"ClaimStatus",
             $3::timestamptz AT TIME ZONE 'UTC', $3::timestamptz AT TIME ZONE 'UTC'
      FROM r CROSS JOIN seq`,
      [articleId, json, now],
    );
  }
}

const NOT_ASCII = /[\u0080-\uffff]/g;
const escapeChar = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Rows as JSON arrays of at most ~256 KB each, for statements like the ones above (see the
 * worker, which makes the same): characters beyond ASCII as \u escapes, so that each string takes
 * one byte a character in the heap.
 */
export function jsonChunks(rows: unknown[], maxChars = 256 * 1024): string[] {
  const out: string[] = [];
  let part: string[] = [];
  let size = 0;
  for (const row of rows) {
    const json = JSON.stringify(row).replace(NOT_ASCII, escapeChar);
    if (size + json.length > maxChars && part.length > 0) {
      out.push(`[${part.join(',')}]`);
      part = [];
      size = 0;
    }
    part.push(json);
    size += json.length + 1;
  }
  if (part.length > 0) out.push(`[${part.join(',')}]`);
  return out;
}
