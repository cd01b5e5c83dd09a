import { beforeEach, describe, expect, it } from 'vitest';
import { db, resetDatabase } from './db';
import { article, code, makeClaim, people, SOURCE } from './claims-helpers';
import { getClaimPage } from '@/lib/data/claim-page';
import { addNote } from '@/lib/data/notes';
import { createSource } from '@/lib/data/sources';
import { proposeVerdict } from '@/lib/data/verdicts';

beforeEach(resetDatabase);

describe('the claim page read', () => {
  it('returns the claim with its research and timeline in one call', async () => {
    const { journalist } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id, { status: 'researching' });
    await createSource(journalist.id, { ...SOURCE, claimId: c.id });
    await addNote(journalist.id, { claimId: c.id, body: 'Called the ministry.' });
    await proposeVerdict(journalist.id, { claimId: c.id, version: 1, rating: 'mixed', explanation: 'Partly.', attributionConfirmed: 'yes' });

    const page = await getClaimPage(journalist.id, c.id);
    expect(page.claim).toMatchObject({ id: c.id, status: 'in_review', version: 2, article: { id: a.id, title: 'Test article' } });
    expect(page.sources).toMatchObject([{ title: SOURCE.title, version: 1 }]);
    expect(page.notes).toMatchObject([{ body: 'Called the ministry.', author: { name: 'Jo' } }]);
    expect(page.verdicts).toMatchObject([{ kind: 'proposed', rating: 'mixed' }]);
    expect(page.history.map((h) => h.summary)).toEqual(['Proposed a verdict', 'Put the claim in review', 'Wrote a note', 'Added a source']);
    expect(page.needsCorrection).toBe(false);
  });

  it('says what each role may do, from the permission matrix and the workflow', async () => {
    const { journalist, editor, admin } = await people();
    const gone = await db.user.create({
      data: { email: 'gone@test.local', name: 'Gone', role: 'journalist', passwordHash: 'x', active: false },
      select: { id: true },
    });
    const a = await article(journalist.id);
    const c = await makeClaim(a.id, { status: 'researching' });

    const j = await getClaimPage(journalist.id, c.id);
    expect(j.moves).toEqual(['propose']);
    // A journalist may take over a linked ruling as a proposal, but only editors link claims.
    expect(j.can).toEqual({ editAttribution: true, writeSources: true, writeNotes: true, link: false, takeOver: true });
    expect(j.assignable).toEqual([]);

    const e = await getClaimPage(editor.id, c.id);
    expect(e.moves).toEqual(['assign', 'propose']);
    expect(e.can).toMatchObject({ link: true, takeOver: true });
    // Active journalists and editors only: never an admin, never a deactivated account.
    expect(e.assignable.map((p) => p.id).sort()).toEqual([journalist.id, editor.id].sort());
    expect(e.assignable.map((p) => p.id)).not.toContain(gone.id);

    const ad = await getClaimPage(admin.id, c.id);
    expect(ad.moves).toEqual([]);
    expect(ad.can).toEqual({ editAttribution: false, writeSources: false, writeNotes: false, link: false, takeOver: false });
  });

  it('refuses signed-out callers and reports a missing claim as NOT_FOUND', async () => {
    const { journalist } = await people();
    const a = await article(journalist.id);
    const c = await makeClaim(a.id);
    expect(await code(getClaimPage(null, c.id))).toBe('UNAUTHORIZED');
    expect(await code(getClaimPage(journalist.id, 'no-such-claim'))).toBe('NOT_FOUND');
  });
});
