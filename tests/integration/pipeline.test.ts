// The action pipeline (lib/actions/pipeline.ts) with real data functions against the real
// database. Only the framework's cache calls are injected: outside a Next request they cannot
// run, and injecting them is what lets these tests make them fail on purpose.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { db, resetDatabase } from './db';
import { article, makeClaim, people } from './claims-helpers';
import { runPipeline, type PipelineDeps } from '@/lib/actions/pipeline';
import { formDataToObject } from '@/lib/actions/form-data';
import { updateClaimAttribution } from '@/lib/data/claims';
import { addNote } from '@/lib/data/notes';
import { ZUpdateClaimAttributionSchema } from '@/lib/validation/claims';
import { ZAddNoteSchema } from '@/lib/validation/notes';

beforeEach(resetDatabase);

function deps(actorId: string | null, overrides: Partial<PipelineDeps> = {}) {
  return {
    currentUserId: async () => actorId,
    revalidatePath: vi.fn<(path: string) => void>(),
    refreshReaders: vi.fn<(ids: string[]) => Promise<void>>(async () => {}),
    log: vi.fn<(message: string, error: unknown) => void>(),
    ...overrides,
  };
}

const attribution = {
  schema: ZUpdateClaimAttributionSchema,
  run: updateClaimAttribution,
  success: 'Attribution saved.',
  refresh: ({ input }: { input: { claimId: string } }) => [`/claims/${input.claimId}`],
};

async function publishedClaim() {
  const p = await people();
  const a = await article(p.journalist.id);
  const claim = await makeClaim(a.id, { status: 'researching' });
  await db.factCheck.create({ data: { articleId: a.id, slug: `fc-${a.id}`, status: 'published', publishedAt: new Date() } });
  return { ...p, claim, articleId: a.id };
}

describe('the action pipeline', () => {
  it('reports success for a committed change even when refreshing the caches afterwards fails', async () => {
    const { journalist, claim, articleId } = await publishedClaim();
    const d = deps(journalist.id, {
      refreshReaders: vi.fn(async () => {
        throw new Error('NOTIFY failed');
      }),
    });
    const { state } = await runPipeline(attribution, { claimId: claim.id, version: String(claim.version), claimant: 'The ministry', cue: 'said' }, d);
    expect(state).toMatchObject({ ok: true, message: 'Attribution saved.' });
    expect(d.refreshReaders).toHaveBeenCalledWith([articleId]);
    expect(d.log).toHaveBeenCalledTimes(1);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).claimant).toBe('The ministry');
  });

  it('reports success when expiring a workspace path throws after the commit', async () => {
    const { journalist, claim } = await publishedClaim();
    const d = deps(journalist.id, {
      revalidatePath: vi.fn(() => {
        throw new Error('static generation store missing');
      }),
    });
    const { state } = await runPipeline(attribution, { claimId: claim.id, version: claim.version, claimant: 'A', cue: '' }, d);
    expect(state.ok).toBe(true);
    expect(d.log).toHaveBeenCalledTimes(1);
  });

  it('never lets React’s $ACTION_ keys reach the schema', async () => {
    const { journalist, claim } = await publishedClaim();
    const form = new FormData();
    form.set('$ACTION_REF_1', '');
    form.set('$ACTION_1:0', '{"id":"abc","bound":"$@1"}');
    form.set('$ACTION_ID_0123456789abcdef', '');
    form.set('claimId', claim.id);
    form.set('body', 'Checked the ministry site.');
    const values = formDataToObject(form);
    expect(Object.keys(values).sort()).toEqual(['body', 'claimId']);
    // A strict schema refuses any key it does not name: a leaked $ACTION_ key would fail here.
    const strict = { schema: ZAddNoteSchema.strict(), run: addNote, success: 'Note added.' };
    const { state } = await runPipeline(strict, values, deps(journalist.id), values);
    expect(state).toMatchObject({ ok: true, message: 'Note added.' });
  });

  it('turns a wrong argument shape into INVALID with field errors, without calling the data function', async () => {
    const { journalist } = await publishedClaim();
    const run = vi.fn(updateClaimAttribution);
    for (const bad of [42, null, [], 'claim', { claimId: 5, version: 'x' }, {}]) {
      const { state } = await runPipeline({ ...attribution, run }, bad, deps(journalist.id));
      expect(state.ok, JSON.stringify(bad)).toBe(false);
      expect(Object.keys(state.errors ?? {}).length, JSON.stringify(bad)).toBeGreaterThan(0);
    }
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses a signed-out caller before parsing or touching the database', async () => {
    const run = vi.fn(updateClaimAttribution);
    const parse = vi.spyOn(ZUpdateClaimAttributionSchema, 'safeParse');
    const { state } = await runPipeline({ ...attribution, run }, { claimId: 'x', version: 1 }, deps(null));
    expect(state).toMatchObject({ ok: false, message: 'Sign in to do that.' });
    expect(run).not.toHaveBeenCalled();
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('answers a stale version with what is saved now, keeps the input and refreshes the page', async () => {
    const { journalist, editor, claim } = await publishedClaim();
    await updateClaimAttribution(editor.id, { claimId: claim.id, version: claim.version, claimant: 'Saved first', cue: 'said' });
    const values = { claimId: claim.id, version: String(claim.version), claimant: 'Typed late', cue: 'claimed' };
    const d = deps(journalist.id);
    const { state } = await runPipeline(attribution, values, d, values);
    expect(state.ok).toBe(false);
    expect(state.values).toEqual(values);
    expect(state.conflict).toMatchObject({ entity: 'claim', id: claim.id, version: claim.version + 1, claimant: 'Saved first' });
    expect(d.revalidatePath).toHaveBeenCalledWith(`/claims/${claim.id}`);
  });

  it('refreshes readers for the articles a change touched, and not for an internal note', async () => {
    const { journalist, claim, articleId } = await publishedClaim();
    const change = deps(journalist.id);
    await runPipeline(attribution, { claimId: claim.id, version: claim.version, claimant: 'B', cue: '' }, change);
    expect(change.refreshReaders).toHaveBeenCalledWith([articleId]);

    const note = deps(journalist.id);
    const { state } = await runPipeline({ schema: ZAddNoteSchema, run: addNote, success: 'ok' }, { claimId: claim.id, body: 'internal' }, note);
    expect(state.ok).toBe(true);
    expect(note.refreshReaders).not.toHaveBeenCalled();
  });

  it('keeps secrets out of the echoed values', async () => {
    const schema = z.object({ password: z.string().min(100) });
    const values = { email: 'a@b.c', password: 'hunter2' };
    const { state } = await runPipeline({ schema, run: async () => 1, success: '', keepOut: ['password'] }, values, deps('someone'), values);
    expect(state.values).toEqual({ email: 'a@b.c' });
  });
});
