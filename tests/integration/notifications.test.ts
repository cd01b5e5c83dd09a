// Issue 14, notifications: written with the change that causes them (fan-out from the history),
// to the people concerned and nobody else, never to the actor, never for a muted kind; readers'
// messages reach the staff who triage them; everyone reads and marks only their own.
import { headerCounts } from '@/lib/data/feedback';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, makeUser, resetDatabase } from './db';
import { article, code, makeClaim, people } from './claims-helpers';
import { assignClaim, sendBackClaim } from '@/lib/data/workflow';
import { proposeVerdict, ruleVerdict } from '@/lib/data/verdicts';
import { listNotifications, markNotificationsRead, saveNotificationPrefs } from '@/lib/data/notifications';
import { submitTip } from '@/lib/data/feedback';
import type { TRuleVerdict } from '@/lib/validation/verdicts';

beforeEach(resetDatabase);

const verdict = (claimId: string, version: number, rating = 'mixed') =>
  ({ claimId, version, rating, explanation: 'Partly right.', attributionConfirmed: 'yes' }) as TRuleVerdict;

const inboxOf = async (userId: string) =>
  (await db.notification.findMany({ where: { userId }, orderBy: { id: 'asc' }, select: { kind: true, text: true, url: true } })).map((n) => n);

describe('notifications', () => {
  it('tells the assignee of an assignment, the editors of a proposal, and the researcher of the ruling, in words with a link', async () => {
    const { journalist, editor, admin } = await people();
    const otherEditor = await makeUser('editor', 'Eve');
    const a = await article(journalist.id);
    const c = await makeClaim(a.id);

    const assigned = await assignClaim(editor.id, { claimId: c.id, version: c.version, assigneeId: journalist.id });
    expect(await inboxOf(journalist.id)).toEqual([
      {
        kind: 'assigned',
        text: expect.stringMatching(/^Ed assigned you claim \d+ \(“Sentence number \d+ is here\.”\) in “Test article”\.$/),
        url: `/claims/${c.id}`,
      },
    ]);
    expect(await inboxOf(editor.id)).toEqual([]); // the actor is never told of their own doing

    const proposed = await proposeVerdict(journalist.id, verdict(c.id, assigned.version));
    // Everyone who may rule hears of it: both editors; not the journalist who proposed, not the admin.
    expect((await inboxOf(editor.id)).map((n) => n.kind)).toEqual(['proposal']);
    expect((await inboxOf(otherEditor.id)).map((n) => n.kind)).toEqual(['proposal']);
    expect((await inboxOf(admin.id)).map((n) => n.kind)).toEqual([]);

    await ruleVerdict(editor.id, verdict(c.id, proposed.claim.version, 'false_'));
    const ruled = (await inboxOf(journalist.id)).at(-1);
    expect(ruled).toMatchObject({ kind: 'ruled', text: expect.stringMatching(/^Ed ruled on claim \d+ .*: False\.$/) });
    // Every notification names the event that caused it.
    expect(await db.notification.count({ where: { eventId: null } })).toBe(0);
  });

  it('sends a claim back to its researcher with the reason, and skips kinds a person muted', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id, { status: 'in_review', assigneeId: journalist.id });
    await sendBackClaim(editor.id, { claimId: c.id, version: c.version, reason: 'Find the ministry’s own table.' });
    expect(await inboxOf(journalist.id)).toEqual([
      { kind: 'sent_back', text: expect.stringContaining('back to you: Find the ministry’s own table.'), url: `/claims/${c.id}` },
    ]);

    await saveNotificationPrefs(journalist.id, { muted: ['assigned'], email: false });
    const d = await makeClaim(a.id);
    await assignClaim(editor.id, { claimId: d.id, version: d.version, assigneeId: journalist.id });
    expect((await inboxOf(journalist.id)).map((n) => n.kind)).toEqual(['sent_back']);
    // The form's shape: a checkbox per kind, what is unchecked is muted.
    const saved = await saveNotificationPrefs(journalist.id, { hear_assigned: 'true', hear_sent_back: 'true', email: 'true' } as never);
    expect(saved).toEqual({ notifyMuted: ['proposal', 'ruled', 'report', 'tip'], notifyEmail: true });
  });

  it('writes nothing when the change is refused: the notification commits with it or not at all', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id);
    expect(await code(assignClaim(editor.id, { claimId: c.id, version: c.version + 5, assigneeId: journalist.id }))).toBe('CONFLICT');
    expect(await db.notification.count()).toBe(0);
  });

  it('tells the staff who triage tips of a reader’s tip, and lists, counts and marks only one’s own', async () => {
    const { journalist, editor, admin } = await people();
    await submitTip('192.0.2.9', { claimText: 'The mayor said the bridge cost 40 million.', seenAtUrl: '', email: '' });
    expect((await inboxOf(journalist.id)).map((n) => n.kind)).toEqual(['tip']);
    expect((await inboxOf(editor.id)).map((n) => n.kind)).toEqual(['tip']);
    expect(await inboxOf(admin.id)).toEqual([]);

    const mine = await listNotifications(journalist.id, {});
    expect(mine).toMatchObject({ unread: 1, nextBefore: null, notifications: [{ kind: 'tip', read: false, url: '/feedback' }] });
    const editorsId = (await listNotifications(editor.id, {})).notifications[0]!.id;
    // Marking someone else's notification does nothing.
    expect(await markNotificationsRead(journalist.id, { ids: [editorsId] })).toEqual({ marked: 0 });
    expect((await listNotifications(editor.id, {})).unread).toBe(1);
    // The header's counts, in one statement: the new tip waits at /feedback, and each one's unread.
    expect(await headerCounts(journalist.id)).toEqual({ feedback: 1, unread: 1 });
    expect(await markNotificationsRead(journalist.id, {})).toEqual({ marked: 1 });
    expect((await listNotifications(journalist.id, {})).unread).toBe(0);
    expect(await headerCounts(journalist.id)).toEqual({ feedback: 1, unread: 0 });
    expect(await code(headerCounts(null))).toBe('UNAUTHORIZED');
    expect(await code(listNotifications(null, {}))).toBe('UNAUTHORIZED');
    expect(await code(listNotifications(journalist.id, { limit: 0 }))).toBe('INVALID');
  });

  it('pages the inbox newest first', async () => {
    const { journalist, editor } = await people();
    const a = await article(journalist.id);
    for (let i = 0; i < 5; i++) {
      const c = await makeClaim(a.id);
      await assignClaim(editor.id, { claimId: c.id, version: c.version, assigneeId: journalist.id });
    }
    const first = await listNotifications(journalist.id, { limit: 3 });
    expect(first.notifications).toHaveLength(3);
    const rest = await listNotifications(journalist.id, { limit: 3, before: first.nextBefore! });
    expect(rest.notifications).toHaveLength(2);
    expect(rest.nextBefore).toBeNull();
    const ids = [...first.notifications, ...rest.notifications].map((n) => BigInt(n.id));
    expect(ids).toEqual([...ids].sort((x, y) => (y > x ? 1 : -1)));
  });
});
