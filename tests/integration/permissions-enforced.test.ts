import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabase } from './db';
import { article, code, makeClaim, people, snapshot, SOURCE } from './claims-helpers';
import { createSource, deleteSource, updateSource } from '@/lib/data/sources';
import { addNote } from '@/lib/data/notes';
import { assignClaim, reviewClaim, sendBackClaim } from '@/lib/data/workflow';
import { proposeVerdict, ruleVerdict } from '@/lib/data/verdicts';
import type { ClaimStatus } from '@/lib/generated/prisma/enums';

beforeEach(resetDatabase);

type Who = 'journalist' | 'editor' | 'admin' | 'signedOut';
type Ctx = { claimId: string; version: number; sourceId: string; sourceVersion: number; journalistId: string };

/**
 * Every claim mutation of the research and workflow work, with the claim status it needs and who
 * may call it. Each row runs against a fresh claim for every caller.
 */
const MUTATIONS: { name: string; status: ClaimStatus; allowed: Who[]; call: (uid: string | null, c: Ctx) => Promise<unknown> }[] = [
  { name: 'createSource', status: 'open', allowed: ['journalist', 'editor'], call: (uid, c) => createSource(uid, { ...SOURCE, claimId: c.claimId }) },
  {
    name: 'updateSource',
    status: 'open',
    allowed: ['journalist', 'editor'],
    call: (uid, c) => updateSource(uid, { ...SOURCE, title: 'Changed title', sourceId: c.sourceId, version: c.sourceVersion }),
  },
  {
    name: 'deleteSource',
    status: 'open',
    allowed: ['journalist', 'editor'],
    call: (uid, c) => deleteSource(uid, { sourceId: c.sourceId, version: c.sourceVersion }),
  },
  { name: 'addNote', status: 'open', allowed: ['journalist', 'editor'], call: (uid, c) => addNote(uid, { claimId: c.claimId, body: 'A note' }) },
  {
    name: 'reviewClaim (accept)',
    status: 'suggested',
    allowed: ['journalist', 'editor'],
    call: (uid, c) => reviewClaim(uid, { claimId: c.claimId, version: c.version, move: 'accept' }),
  },
  {
    name: 'reviewClaim (dismiss)',
    status: 'open',
    allowed: ['journalist', 'editor'],
    call: (uid, c) => reviewClaim(uid, { claimId: c.claimId, version: c.version, move: 'dismiss' }),
  },
  {
    name: 'assignClaim',
    status: 'open',
    allowed: ['editor'],
    call: (uid, c) => assignClaim(uid, { claimId: c.claimId, version: c.version, assigneeId: c.journalistId }),
  },
  {
    name: 'sendBackClaim',
    status: 'in_review',
    allowed: ['editor'],
    call: (uid, c) => sendBackClaim(uid, { claimId: c.claimId, version: c.version, reason: 'Need a primary source' }),
  },
  {
    name: 'proposeVerdict',
    status: 'researching',
    allowed: ['journalist', 'editor'],
    call: (uid, c) =>
      proposeVerdict(uid, {
        claimId: c.claimId,
        version: c.version,
        rating: 'unverified',
        explanation: 'Could not be verified.',
        attributionConfirmed: 'yes',
      }),
  },
  {
    name: 'ruleVerdict',
    status: 'in_review',
    allowed: ['editor'],
    call: (uid, c) =>
      ruleVerdict(uid, { claimId: c.claimId, version: c.version, rating: 'false_', explanation: 'It is false.', attributionConfirmed: 'no' }),
  },
];

describe('the permission matrix, enforced by each data-layer mutation', () => {
  for (const m of MUTATIONS) {
    it(`${m.name}: allowed for ${m.allowed.join(' and ')}; everyone else is refused and nothing changes`, async () => {
      const p = await people();
      const ids: Record<Who, string | null> = { journalist: p.journalist.id, editor: p.editor.id, admin: p.admin.id, signedOut: null };
      const a = await article(p.journalist.id);
      for (const who of ['signedOut', 'admin', 'journalist', 'editor'] as Who[]) {
        const claim = await makeClaim(a.id, { status: m.status });
        const source = await db.source.create({ data: { ...SOURCE, claimId: claim.id, addedById: p.journalist.id } });
        const ctx: Ctx = {
          claimId: claim.id,
          version: claim.version,
          sourceId: source.id,
          sourceVersion: source.version,
          journalistId: p.journalist.id,
        };
        const before = await snapshot(claim.id);
        const result = await code(m.call(ids[who], ctx));
        const after = await snapshot(claim.id);
        if (m.allowed.includes(who)) {
          expect(result, `${who} should be allowed`).toBe('OK');
          // An allowed change is recorded in the history.
          expect(after.events, `${who}: an event is written`).toBeGreaterThan(before.events);
        } else {
          expect(result, `${who} should be refused`).toBe(who === 'signedOut' ? 'UNAUTHORIZED' : 'FORBIDDEN');
          expect(after, `${who}: nothing changed`).toEqual(before);
        }
      }
    });
  }

  it('a deactivated editor is refused like a signed-out caller', async () => {
    const p = await people();
    const a = await article(p.journalist.id);
    const claim = await makeClaim(a.id, { status: 'in_review' });
    await db.user.update({ where: { id: p.editor.id }, data: { active: false } });
    const before = await snapshot(claim.id);
    expect(
      await code(ruleVerdict(p.editor.id, { claimId: claim.id, version: 1, rating: 'mixed', explanation: 'x', attributionConfirmed: 'yes' })),
    ).toBe('UNAUTHORIZED');
    expect(await snapshot(claim.id)).toEqual(before);
  });
});
