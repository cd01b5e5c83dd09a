import 'server-only';
import { clientRating } from '@/lib/ratings';
import { db, type Tx } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ClaimantType, ClaimStatus, Rating } from '@/lib/generated/prisma/enums';
import { authorize } from '@/lib/auth/actor';
import { invalidField, notFound, type SavedRecord } from '@/lib/errors';
import { publicBaseUrl } from '@/lib/config';
import { claimPath } from '@/lib/claimreview';
import { recordEvent, type ClaimantFields } from '@/lib/data/events';
import { entityHistory } from '@/lib/data/history';
import { updateVersioned } from '@/lib/data/versioned';
import { parseOrThrow } from '@/lib/validation/parse';
import {
  CLAIMANTS_PAGE_SIZE,
  ZClaimantListQuerySchema,
  ZClaimantPageQuerySchema,
  ZMergeClaimantSchema,
  ZUpdateClaimantSchema,
  type TClaimantListQuery,
  type TMergeClaimant,
  type TUpdateClaimant,
} from '@/lib/validation/claimants';

// Claimant records: who said it, once across articles. Claims are linked to a record in the
// database (claimant_resolve, migration 20261202140100) by the keys of its names; here editors
// rename, describe (type, role, sameAs) and merge records, and everyone reads a claimant's track
// record: every claim attributed to them, with its verdict.

const CLAIMS_PAGE = 50;

const recordSelect = { id: true, name: true, type: true, role: true, sameAs: true, version: true } as const;
type RecordRow = { id: string; name: string; type: ClaimantType; role: string | null; sameAs: string | null; version: number };

const saved = (r: RecordRow): SavedRecord => ({
  entity: 'claimant',
  id: r.id,
  version: r.version,
  name: r.name,
  type: r.type,
  role: r.role,
  sameAs: r.sameAs,
});

/** A record's own names (not its name itself, not derived surnames), as the form lists them. */
async function aliasesOf(client: Tx | typeof db, r: { id: string; name: string }) {
  const rows = await client.claimantAlias.findMany({
    where: { claimantId: r.id, derived: false },
    select: { alias: true },
    orderBy: { alias: 'asc' },
  });
  return rows.map((a) => a.alias).filter((a) => a !== r.name);
}

const fieldsOf = (r: RecordRow, aliases: string[]): ClaimantFields => ({ name: r.name, type: r.type, role: r.role, sameAs: r.sameAs, aliases });

const cursorOf = (name: string, id: string) => Buffer.from(JSON.stringify([name, id]), 'utf8').toString('base64url');
function readCursor(s: string | undefined): [string, string] | null {
  if (!s) return null;
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && typeof v[0] === 'string' && typeof v[1] === 'string') return [v[0], v[1]];
  } catch {
    /* a broken link starts from the top */
  }
  return null;
}

/** The records, alphabetically, with how many claims each has; `q` matches any of their names. */
export async function listClaimants(actorId: string | null, input: TClaimantListQuery) {
  const q = parseOrThrow(ZClaimantListQuerySchema, input);
  await authorize(actorId, 'workspace.read');
  const after = readCursor(q.after);
  const like = q.q ? `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = await db.$queryRaw<{ id: string; name: string; type: ClaimantType; role: string | null; claims: number }[]>(Prisma.sql`
    SELECT r.id, r.name, r.type, r.role, (SELECT count(*)::int FROM claims c WHERE c.claimant_id = r.id) AS claims
    FROM claimants r
    WHERE TRUE
      ${like ? Prisma.sql`AND (r.name ILIKE ${like} OR EXISTS (SELECT 1 FROM claimant_aliases a WHERE a.claimant_id = r.id AND a.alias ILIKE ${like}))` : Prisma.empty}
      ${after ? Prisma.sql`AND (r.name, r.id) > (${after[0]}, ${after[1]})` : Prisma.empty}
    ORDER BY r.name, r.id
    LIMIT ${CLAIMANTS_PAGE_SIZE + 1}`);
  const page = rows.slice(0, CLAIMANTS_PAGE_SIZE);
  const last = page[page.length - 1];
  return { claimants: page, next: rows.length > CLAIMANTS_PAGE_SIZE && last ? cursorOf(last.name, last.id) : null, query: q };
}

export type ClaimantClaim = {
  id: string;
  number: number;
  text: string;
  status: ClaimStatus;
  rating: Rating | null;
  ruled: boolean;
  article: { id: string; title: string };
  factCheckUrl: string | null;
};

/** A claimant's page: the record, its names, its track record (ruled claims by rating) and its claims, newest first. */
export async function getClaimant(actorId: string | null, id: string, input: { after?: string } = {}) {
  const q = parseOrThrow(ZClaimantPageQuerySchema, input);
  await authorize(actorId, 'workspace.read');
  const record = await db.claimant.findUnique({ where: { id }, select: { ...recordSelect, createdAt: true } });
  if (!record) throw notFound('That claimant');
  const [aliases, surnames, tally, total, rows, history] = await Promise.all([
    aliasesOf(db, record),
    db.claimantAlias.findMany({ where: { claimantId: id, derived: true }, select: { alias: true } }),
    db.$queryRaw<{ rating: string; n: number }[]>(Prisma.sql`
      SELECT latest_rating::text AS rating, count(*)::int AS n FROM claims
      WHERE claimant_id = ${id} AND status = 'ruled' AND latest_verdict_kind = 'ruled' GROUP BY latest_rating`),
    db.claim.count({ where: { claimantId: id } }),
    db.$queryRaw<(Omit<ClaimantClaim, 'article' | 'rating' | 'factCheckUrl'> & Record<string, unknown>)[]>(Prisma.sql`
      SELECT c.id, c.number, c.text, c.status, c.latest_rating::text AS latest_rating, (c.status = 'ruled') AS ruled, c.included,
             a.id AS article_id, a.title AS article_title, f.slug, (f.status = 'published') AS published
      FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN fact_checks f ON f.article_id = a.id
      WHERE c.claimant_id = ${id}
        ${q.after ? Prisma.sql`AND (c.created_at, c.id) < (SELECT created_at, id FROM claims WHERE id = ${q.after})` : Prisma.empty}
      ORDER BY c.created_at DESC, c.id DESC
      LIMIT ${CLAIMS_PAGE + 1}`),
    entityHistory(db, 'claimant', id),
  ]);
  const base = publicBaseUrl();
  const claims: ClaimantClaim[] = rows.slice(0, CLAIMS_PAGE).map((r) => ({
    id: r.id,
    number: r.number,
    text: r.text,
    status: r.status,
    ruled: r.ruled,
    rating: r.latest_rating ? clientRating(r.latest_rating as string) : null,
    article: { id: r.article_id as string, title: r.article_title as string },
    factCheckUrl: r.published && r.included && r.slug ? `${base}${claimPath(r.slug as string, r.number)}` : null,
  }));
  return {
    record,
    aliases,
    surnames: surnames.map((s) => s.alias),
    tally: tally.map((t) => ({ rating: clientRating(t.rating), count: t.n })),
    total,
    claims,
    next: rows.length > CLAIMS_PAGE ? (claims[claims.length - 1]?.id ?? null) : null,
    history,
  };
}

/** The other records an editor may merge into this one: by name, the closest first. */
export async function mergeCandidates(actorId: string | null, id: string) {
  await authorize(actorId, 'workspace.read');
  return db.$queryRaw<{ id: string; name: string; claims: number }[]>(Prisma.sql`
    SELECT r.id, r.name, (SELECT count(*)::int FROM claims c WHERE c.claimant_id = r.id) AS claims
    FROM claimants r, claimants me
    WHERE me.id = ${id} AND r.id <> me.id
    ORDER BY similarity(r.name, me.name) DESC, r.name
    LIMIT 200`);
}

/**
 * Gives the record these names (its name and the aliases): each must key to no other record's own
 * name. A key another person's surname shared is taken over; a key of no one in particular
 * ("officials") is refused.
 */
async function setNames(tx: Tx, id: string, type: ClaimantType, names: string[]) {
  const keyed = await tx.$queryRaw<{ alias: string; key: string | null; owner: string | null; owner_name: string | null }[]>(Prisma.sql`
    SELECT n.alias, k.key, a.claimant_id AS owner, r.name AS owner_name
    FROM unnest(${names}::text[]) n(alias)
    CROSS JOIN LATERAL (SELECT claimant_key(n.alias, ${type === 'person'}) AS key) k
    LEFT JOIN claimant_aliases a ON a.key = k.key AND NOT a.derived
    LEFT JOIN claimants r ON r.id = a.claimant_id`);
  for (const k of keyed) {
    const field = k.alias === names[0] ? 'name' : 'aliases';
    if (!k.key) throw invalidField(field, `“${k.alias}” names no one in particular: give a proper name.`);
    if (k.owner && k.owner !== id) throw invalidField(field, `“${k.alias}” is already a name of ${k.owner_name}: merge the two records instead.`);
  }
  const keys = keyed.map((k) => k.key!);
  await tx.claimantAlias.deleteMany({ where: { claimantId: id, derived: false, key: { notIn: keys } } });
  await tx.$executeRaw(Prisma.sql`
    INSERT INTO claimant_aliases (key, alias, claimant_id, derived)
    SELECT k, a, ${id}, false FROM unnest(${keys}::text[], ${keyed.map((k) => k.alias)}::text[]) AS t(k, a)
    ON CONFLICT (key) DO UPDATE SET alias = EXCLUDED.alias, claimant_id = EXCLUDED.claimant_id, derived = false`);
}

export async function updateClaimant(actorId: string | null, input: TUpdateClaimant) {
  const data = parseOrThrow(ZUpdateClaimantSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'claimant.manage', tx);
    const before = await tx.claimant.findUnique({ where: { id: data.id }, select: recordSelect });
    if (!before) throw notFound('That claimant');
    const beforeAliases = await aliasesOf(tx, before);
    const after = await updateVersioned<RecordRow>(
      { id: data.id, version: data.version },
      {
        write: (lock) =>
          tx.claimant.updateMany({
            where: lock,
            data: { name: data.name, type: data.type, role: data.role, sameAs: data.sameAs, version: { increment: 1 } },
          }),
        read: () => tx.claimant.findUnique({ where: { id: data.id }, select: recordSelect }),
        saved,
        what: 'this claimant',
        missing: 'That claimant',
      },
    );
    await setNames(tx, after.id, after.type, [after.name, ...data.aliases.filter((a) => a !== after.name)]);
    const afterAliases = await aliasesOf(tx, after);
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claimant_update',
      entityId: after.id,
      before: fieldsOf(before, beforeAliases),
      after: fieldsOf(after, afterAliases),
    });
    return after;
  });
}

/** Merges another record into this one: its claims and names move here, and it is gone. */
export async function mergeClaimants(actorId: string | null, input: TMergeClaimant) {
  const data = parseOrThrow(ZMergeClaimantSchema, input);
  return db.$transaction(async (tx) => {
    const actor = await authorize(actorId, 'claimant.manage', tx);
    const other = await tx.claimant.findUnique({ where: { id: data.otherId }, select: recordSelect });
    if (!other) throw invalidField('otherId', 'That record was not found: it may have been merged already.');
    const otherAliases = await aliasesOf(tx, other);
    const after = await updateVersioned<RecordRow>(
      { id: data.id, version: data.version },
      {
        write: (lock) => tx.claimant.updateMany({ where: lock, data: { version: { increment: 1 } } }),
        read: () => tx.claimant.findUnique({ where: { id: data.id }, select: recordSelect }),
        saved,
        what: 'this claimant',
        missing: 'That claimant',
      },
    );
    // Raw, so the claims keep their updated_at: who said them was not edited, only their record was.
    const count = await tx.$executeRaw`UPDATE claims SET claimant_id = ${after.id} WHERE claimant_id = ${other.id}`;
    await tx.claimantAlias.updateMany({ where: { claimantId: other.id }, data: { claimantId: after.id } });
    await tx.claimant.delete({ where: { id: other.id } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: 'claimant_merge',
      entityId: after.id,
      before: { merged: { id: other.id, ...fieldsOf(other, otherAliases) } },
      after: { ...fieldsOf(after, await aliasesOf(tx, after)), claims: count },
    });
    return { ...after, claims: count };
  });
}

/** The name of a record (a search's claimant filter shows it). */
export async function claimantName(actorId: string | null, id: string) {
  await authorize(actorId, 'workspace.read');
  return (await db.claimant.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
}
