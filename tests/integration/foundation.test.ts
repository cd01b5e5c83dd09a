import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeArticle, makeUser, resetDatabase } from './db';
import { updateClaimAttribution } from '@/lib/data/claims';
import { changeRole, createUser, listUsers, setActive } from '@/lib/data/users';
import { listRecentArticles } from '@/lib/data/articles';
import { checkCredentials } from '@/lib/auth/login';

beforeEach(resetDatabase);

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: { info?: { code: string } }) => e.info?.code ?? String(e),
  );

describe('the data model in PostgreSQL', () => {
  it('stores a user, an article and a claim anchored in its text', async () => {
    const user = await makeUser('journalist');
    const article = await makeArticle(user.id);
    const claim = await db.claim.create({
      data: { articleId: article.id, start: 0, end: 20, text: article.plainText.slice(0, 20) },
    });
    expect(claim.status).toBe('suggested');
    expect(claim.version).toBe(1);
    expect(article.plainText.slice(claim.start, claim.end)).toBe('First sentence here.');
  });

  it('refuses a second account with the same email', async () => {
    const user = await makeUser('journalist');
    await expect(db.user.create({ data: { email: user.email, name: 'x', role: 'editor', passwordHash: 'x' } })).rejects.toThrow(/Unique constraint/i);
  });

  it('refuses a claim that points at no article', async () => {
    await expect(db.claim.create({ data: { articleId: 'missing', start: 0, end: 5, text: 'First' } })).rejects.toThrow(/Foreign key/i);
  });

  it('leaves password hashes out of every read, related rows read in the same statement included', async () => {
    const user = await makeUser('journalist');
    const article = await makeArticle(user.id);
    await db.claim.create({ data: { articleId: article.id, start: 0, end: 20, text: 'x', assigneeId: user.id } });
    const read = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { importedBy: true, claims: { include: { assignee: true, article: { include: { importedBy: true } } } } },
    });
    const claim = read.claims[0];
    for (const u of [read.importedBy, claim?.assignee, claim?.article.importedBy]) {
      expect(u?.id).toBe(user.id);
      expect(u).not.toHaveProperty('passwordHash');
    }
    const users = await db.user.findMany({ include: { assignedClaims: { include: { assignee: true } } } });
    expect(users.length).toBeGreaterThan(0);
    for (const u of [...users, ...users.flatMap((x) => x.assignedClaims.map((c) => c.assignee))]) expect(u).not.toHaveProperty('passwordHash');
  });

  it('refuses overlapping or empty claim spans in one article', async () => {
    const user = await makeUser('journalist');
    const article = await makeArticle(user.id);
    await db.claim.create({ data: { articleId: article.id, start: 0, end: 20, text: 'x' } });
    await expect(db.claim.create({ data: { articleId: article.id, start: 10, end: 30, text: 'x' } })).rejects.toThrow(
      /claims_span_no_overlap|conflicting key/,
    );
    await expect(db.claim.create({ data: { articleId: article.id, start: 30, end: 30, text: 'x' } })).rejects.toThrow(/claims_span_valid/);
    // Adjacent spans are fine.
    await expect(db.claim.create({ data: { articleId: article.id, start: 20, end: 43, text: 'x' } })).resolves.toBeTruthy();
  });
});

describe('optimistic locking', () => {
  it('applies an update based on the current version and refuses a stale one, keeping the first', async () => {
    const user = await makeUser('journalist');
    const article = await makeArticle(user.id);
    const claim = await db.claim.create({ data: { articleId: article.id, start: 0, end: 20, text: 'x' } });

    const first = await updateClaimAttribution(user.id, { claimId: claim.id, version: 1, claimant: 'Mr Xi', cue: 'said' });
    expect(first.version).toBe(2);

    const stale = updateClaimAttribution(user.id, { claimId: claim.id, version: 1, claimant: 'Someone else', cue: 'told' });
    await expect(stale).rejects.toMatchObject({
      info: { code: 'CONFLICT', current: { entity: 'claim', id: claim.id, claimant: 'Mr Xi', version: 2 } },
    });
    const now = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(now.claimant).toBe('Mr Xi');
    const events = await db.event.findMany({ where: { claimId: claim.id } });
    expect(events.map((e) => e.action)).toEqual(['claim_attribution']);
  });
});

describe('authorization in the data layer', () => {
  it('refuses signed-out callers and wrong roles, and changes nothing', async () => {
    const [journalist, editor, admin] = [await makeUser('journalist'), await makeUser('editor'), await makeUser('admin')];
    const input = { email: 'new@test.local', name: 'New', role: 'editor' as const, password: 'long enough pw' };
    expect(await code(createUser(null, input))).toBe('UNAUTHORIZED');
    expect(await code(createUser(journalist.id, input))).toBe('FORBIDDEN');
    expect(await code(createUser(editor.id, input))).toBe('FORBIDDEN');
    expect(await db.user.count({ where: { email: 'new@test.local' } })).toBe(0);
    expect(await code(createUser(admin.id, input))).toBe('OK');
    expect(await code(listUsers(editor.id))).toBe('FORBIDDEN');
    expect(await code(listRecentArticles(null))).toBe('UNAUTHORIZED');
    expect(await code(listRecentArticles(admin.id))).toBe('OK');
  });

  it('reads the role from the database, so a demotion applies at the next call', async () => {
    const admin = await makeUser('admin');
    const other = await makeUser('admin', 'other');
    expect(await code(listUsers(other.id))).toBe('OK');
    await changeRole(admin.id, { userId: other.id, role: 'journalist' });
    expect(await code(listUsers(other.id))).toBe('FORBIDDEN');
  });

  it('treats a deactivated account as signed out', async () => {
    const admin = await makeUser('admin');
    const journalist = await makeUser('journalist');
    await setActive(admin.id, { userId: journalist.id, active: false });
    expect(await code(listRecentArticles(journalist.id))).toBe('UNAUTHORIZED');
  });

  it('never removes the last active admin', async () => {
    const admin = await makeUser('admin');
    expect(await code(changeRole(admin.id, { userId: admin.id, role: 'editor' }))).toBe('INVALID');
    expect(await code(setActive(admin.id, { userId: admin.id, active: false }))).toBe('INVALID');
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe('admin');
  });
});

describe('sign-in', () => {
  it('accepts the right password and refuses a wrong one', async () => {
    const user = await makeUser('journalist');
    expect(await checkCredentials({ email: user.email, password: 'correct horse battery' }, '10.0.0.1')).toMatchObject({
      ok: true,
      user: { id: user.id },
    });
    expect(await checkCredentials({ email: user.email, password: 'wrong' }, '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
    // Throttling: tests/integration/sign-in-throttle.test.ts.
  });

  it('refuses a deactivated account with the right password', async () => {
    const user = await makeUser('journalist');
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await checkCredentials({ email: user.email, password: 'correct horse battery' }, '10.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
  });
});
