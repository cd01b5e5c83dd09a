import 'server-only';
import type { Tx } from '@/lib/db';
import type { RowsExtraction } from '@/lib/jobs/extraction-pool';

// The bulk writes of an import. A 1,000,000-character article has ~6,000 sentences: they go in
// as INSERT … SELECT FROM jsonb_to_recordset($1), one statement per ~256 KB of rows (~15 for
// the largest article), where Prisma's createMany would send 15 parameters a row. The worker
// thread built the JSON (lib/jobs/extraction-worker.mjs), ids included, so this thread only
// passes it on.

/** The time as PostgreSQL's zoneless timestamp columns hold it: UTC, whatever the session's zone. */
const nowUtc = () => new Date().toISOString();

export async function insertLinks(tx: Tx, articleId: string, rows: Pick<RowsExtraction, 'linksJson'>) {
  for (const json of rows.linksJson) {
    await tx.$executeRaw`
    INSERT INTO article_links (id, article_id, text, href, start, "end")
    SELECT r.id, ${articleId}, r.text, r.href, r.start, r."end"
    FROM jsonb_to_recordset(${json}::jsonb) AS r(id text, text text, href text, start int, "end" int)`;
  }
}

/**
 * Inserts extracted claims, numbered after the article's last issued number in the order given
 * (the text's): each statement bumps articles.claim_seq by its row count and numbers its rows from
 * there, so the per-row numbering trigger (migration 20261202080100) never fires on this path.
 */
export async function insertClaims(tx: Tx, articleId: string, rows: Pick<RowsExtraction, 'claimsJson'>) {
  const now = nowUtc();
  for (const json of rows.claimsJson) {
    await tx.$executeRaw`
    WITH r AS (
      SELECT * FROM ROWS FROM (jsonb_to_recordset(${json}::jsonb) AS (
        id text, start int, "end" int, text text, prefix text, suffix text, claimant text, "claimantType" text, "claimantRole" text,
        "claimantMention" text, "disputedBy" text, cue text, kind text,
        score double precision, reasons jsonb, unverified boolean, disputed boolean, recommended boolean)) WITH ORDINALITY AS r
    ), seq AS (
      UPDATE articles SET claim_seq = claim_seq + (SELECT count(*) FROM r) WHERE id = ${articleId}
      RETURNING claim_seq - (SELECT count(*) FROM r) AS base
    )
    INSERT INTO claims (id, article_id, number, start, "end", text, prefix, suffix, claimant, claimant_type, claimant_role, claimant_mention,
                        disputed_by, cue, kind, score, reasons,
                        flag_unverified, flag_disputed, recommended, status, created_at, updated_at)
    SELECT r.id, ${articleId}, seq.base + r.ordinality, r.start, r."end", r.text, r.prefix, r.suffix, r.claimant, r."claimantType"::"ClaimantType",
           r."claimantRole", r."claimantMention", r."disputedBy", r.cue, r.kind::"ClaimKind", r.score,
           ARRAY(SELECT jsonb_array_elements_text(r.reasons)), r.unverified, r.disputed, r.recommended, 'suggested'::"ClaimStatus",
           ${now}::timestamptz AT TIME ZONE 'UTC', ${now}::timestamptz AT TIME ZONE 'UTC'
    FROM r CROSS JOIN seq`;
  }
}

/** Rows as JSON arrays of at most ~256 KB each, for statements like the ones above (see the worker). */
export function jsonChunks(rows: unknown[], maxChars = 256 * 1024): string[] {
  const out: string[] = [];
  let part: string[] = [];
  let size = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
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
