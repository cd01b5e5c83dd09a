import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { EventAction, EventEntity } from '@/lib/generated/prisma/enums';
import { getClaimPage } from '@/lib/data/claim-page';

// The history's vocabulary is closed in the database itself (prisma/schema.prisma EventAction,
// and CHECKs in the migration), so no script or future code path can write an event the
// timeline cannot show, or one that forgets its article or claim.

beforeEach(resetDatabase);

async function fixture() {
  const user = await makeUser('journalist');
  const article = await makeArticle(user.id);
  const claim = await db.claim.create({ data: { articleId: article.id, start: 0, end: 5, text: 'First' } });
  return { user, article, claim };
}

const insert = (
  f: Awaited<ReturnType<typeof fixture>>,
  action: string,
  entity: string,
  names: { article?: boolean; claim?: boolean } = { article: true, claim: true },
) =>
  db.$executeRawUnsafe(
    `INSERT INTO events (actor_id, action, entity_type, entity_id, article_id, claim_id) VALUES ($1, $2::"EventAction", $3::"EventEntity", $4, $5, $6)`,
    f.user.id,
    action,
    entity,
    f.claim.id,
    names.article ? f.article.id : null,
    names.claim ? f.claim.id : null,
  );

describe('the history vocabulary, in the database', () => {
  it('refuses an action outside the vocabulary', async () => {
    const f = await fixture();
    await expect(insert(f, 'claim.status', 'claim')).rejects.toThrow(/invalid input value for enum "EventAction"/);
    await expect(insert(f, 'claim.span', 'claim')).resolves.toBe(1);
  });

  it('refuses an event whose entity is not its action’s, or that forgets its article or claim', async () => {
    const f = await fixture();
    await expect(insert(f, 'claim.span', 'source')).rejects.toThrow(/events_entity_matches_action/);
    await expect(insert(f, 'claim.span', 'claim', { claim: true })).rejects.toThrow(/events_article_named/);
    await expect(insert(f, 'source.create', 'source', { article: true })).rejects.toThrow(/events_claim_named/);
    await expect(insert(f, 'user.role', 'user', {})).resolves.toBe(1);
    expect(await db.event.count()).toBe(1);
  });

  it('stores every action of the vocabulary under its dotted name, and the timeline has words for each', async () => {
    const f = await fixture();
    for (const action of Object.values(EventAction)) {
      const entityType = action.slice(0, action.indexOf('_')) as EventEntity;
      expect(Object.values(EventEntity)).toContain(entityType);
      await db.event.create({
        data: {
          actorId: f.user.id,
          action,
          entityType,
          entityId: f.claim.id,
          articleId: entityType === 'user' ? null : f.article.id,
          claimId: f.claim.id,
        },
      });
    }
    const stored = await db.$queryRawUnsafe<{ action: string }[]>('SELECT action::text AS action FROM events ORDER BY id');
    expect(stored.map((r) => r.action)).toEqual(Object.values(EventAction).map((a) => a.replace('_', '.')));
    const { history } = await getClaimPage(f.user.id, f.claim.id);
    expect(history).toHaveLength(Object.values(EventAction).length);
    for (const h of history) expect(h.summary).toMatch(/^[A-Z][a-z]+ /);
  });
});
