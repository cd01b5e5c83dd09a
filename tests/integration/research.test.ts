import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabase } from './db';
import { article, makeClaim, people, snapshot, SOURCE } from './claims-helpers';
import { createSource, deleteSource, updateSource } from '@/lib/data/sources';
import { addNote } from '@/lib/data/notes';
import { getClaimPage } from '@/lib/data/claim-page';

beforeEach(resetDatabase);

async function setup() {
  const p = await people();
  const a = await article(p.journalist.id);
  const claim = await makeClaim(a.id, { status: 'researching' });
  return { ...p, claim, articleId: a.id };
}

describe('the evidence ledger', () => {
  it('adds, edits and removes a source, each with a history event carrying before and after', async () => {
    const { journalist, editor, claim, articleId } = await setup();
    const extra = { publisher: 'Ministry', excerpt: 'Two attempts', accessedAt: '2025-05-08', archiveUrl: '' };
    const s = await createSource(journalist.id, { ...SOURCE, ...extra, claimId: claim.id });
    expect(s).toMatchObject({ title: 'Ministry statement', publisher: 'Ministry', archiveUrl: null, version: 1, addedBy: { id: journalist.id } });
    expect(s.accessedAt?.toISOString()).toBe('2025-05-08T00:00:00.000Z');

    const edited = await updateSource(editor.id, {
      ...SOURCE,
      ...extra,
      sourceId: s.id,
      version: s.version,
      stance: 'contradicts',
      title: 'Ministry statement (corrected)',
    });
    expect(edited).toMatchObject({ stance: 'contradicts', version: 2 });
    await deleteSource(editor.id, { sourceId: s.id, version: edited.version });
    expect((await getClaimPage(journalist.id, claim.id)).sources).toEqual([]);

    const events = await db.event.findMany({ where: { claimId: claim.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.entityType, e.entityId, e.articleId])).toEqual([
      ['source_create', 'source', s.id, articleId],
      ['source_update', 'source', s.id, articleId],
      ['source_delete', 'source', s.id, articleId],
    ]);
    expect(events[1]!.before).toMatchObject({ stance: 'context', title: 'Ministry statement' });
    expect(events[1]!.after).toMatchObject({ stance: 'contradicts', title: 'Ministry statement (corrected)' });
    expect(events[2]!.after).toBeNull();

    const { history } = await getClaimPage(journalist.id, claim.id);
    expect(history.map((h) => h.summary)).toEqual(['Removed a source', 'Edited a source', 'Added a source']);
    expect(history[1]!.changes).toEqual([
      { field: 'Title', before: 'Ministry statement', after: 'Ministry statement (corrected)' },
      { field: 'Stance', before: 'Context', after: 'Contradicts' },
    ]);
  });

  it('rejects bad sources field by field and stores nothing', async () => {
    const { journalist, claim } = await setup();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    // Shaped like a form that was tampered with: the types are wrong on purpose.
    const bad = {
      claimId: claim.id,
      url: 'javascript:alert(1)',
      title: ' ',
      type: 'rumour',
      stance: '',
      accessedAt: tomorrow,
      archiveUrl: 'ftp://x',
    };
    await expect(createSource(journalist.id, bad as never)).rejects.toMatchObject({
      info: {
        code: 'INVALID',
        fieldErrors: {
          url: expect.any(Array),
          title: expect.any(Array),
          type: expect.any(Array),
          stance: expect.any(Array),
          accessedAt: expect.any(Array),
          archiveUrl: expect.any(Array),
        },
      },
    });
    expect(await db.source.count()).toBe(0);
    expect(await db.event.count()).toBe(0);
  });

  it('refuses an edit or a removal based on a stale version, with the source as saved now, and keeps the other edit', async () => {
    const { journalist, editor, claim } = await setup();
    const s = await createSource(journalist.id, { ...SOURCE, claimId: claim.id });
    await updateSource(editor.id, { ...SOURCE, sourceId: s.id, version: s.version, title: 'Editor title' });
    const before = await snapshot(claim.id);
    const current = { entity: 'source', id: s.id, version: 2, claimId: claim.id, title: 'Editor title', url: SOURCE.url };
    await expect(updateSource(journalist.id, { ...SOURCE, sourceId: s.id, version: s.version, title: 'Journalist title' })).rejects.toMatchObject({
      info: { code: 'CONFLICT', current },
      message: expect.stringMatching(/someone else changed this source/i),
    });
    await expect(deleteSource(journalist.id, { sourceId: s.id, version: s.version })).rejects.toMatchObject({ info: { code: 'CONFLICT', current } });
    expect(await snapshot(claim.id)).toEqual(before);
  });

  it('a source for a missing claim is NOT_FOUND and writes no event', async () => {
    const { journalist } = await setup();
    await expect(createSource(journalist.id, { ...SOURCE, claimId: 'no-such-claim' })).rejects.toMatchObject({ info: { code: 'NOT_FOUND' } });
    expect(await db.event.count()).toBe(0);
  });
});

describe('notes', () => {
  it('keep a thread with the newest last, each with its author', async () => {
    const { journalist, editor, claim } = await setup();
    await addNote(journalist.id, { claimId: claim.id, body: 'First: called the ministry' });
    await addNote(editor.id, { claimId: claim.id, body: 'Second: try the Ukrainian side' });
    const { notes } = await getClaimPage(journalist.id, claim.id);
    expect(notes.map((n) => [n.author.name, n.body])).toEqual([
      ['Jo', 'First: called the ministry'],
      ['Ed', 'Second: try the Ukrainian side'],
    ]);
    expect(await db.event.count({ where: { claimId: claim.id, action: 'note_create' } })).toBe(2);
  });

  it('refuses an empty note', async () => {
    const { journalist, claim } = await setup();
    await expect(addNote(journalist.id, { claimId: claim.id, body: '   ' })).rejects.toMatchObject({
      info: { code: 'INVALID', fieldErrors: { body: expect.any(Array) } },
    });
    expect(await db.note.count()).toBe(0);
  });
});
