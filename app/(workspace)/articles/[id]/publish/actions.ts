'use server';

import { revalidatePath } from 'next/cache';
import { runAction, type FormState } from '@/lib/actions';
import { publishFactCheck, saveSummary, setClaimIncluded, unpublishFactCheck } from '@/lib/data/factchecks';
import { writeCorrection } from '@/lib/data/corrections';

// Thin: the data layer validates every field (hidden ones included) and authorizes; it also
// expires the reader's cached pages after its transaction commits.
const refresh = () => revalidatePath('/articles/[id]/publish', 'page');
const input = (form: FormData) => Object.fromEntries([...form.entries()].filter(([k]) => !k.startsWith('$ACTION')));

async function act<T>(form: FormData, fn: (uid: string | null) => Promise<T>, ok: (r: T) => string): Promise<FormState> {
  const r = await runAction(form, fn, ok);
  if (r.ok) refresh();
  return { ok: r.ok, message: r.message, errors: r.errors, values: r.values, current: r.current };
}

export async function saveSummaryAction(_prev: FormState, form: FormData): Promise<FormState> {
  return act(form, (uid) => saveSummary(uid, input(form)), () => 'Summary saved.');
}

export async function setIncludedAction(_prev: FormState, form: FormData): Promise<FormState> {
  return act(form, (uid) => setClaimIncluded(uid, input(form)), (c) => (c.included ? 'Claim included.' : 'Claim left out.'));
}

export async function publishAction(_prev: FormState, form: FormData): Promise<FormState> {
  return act(form, (uid) => publishFactCheck(uid, input(form)), (fc) => `Published at /fact-checks/${fc.slug}.`);
}

export async function unpublishAction(_prev: FormState, form: FormData): Promise<FormState> {
  return act(form, (uid) => unpublishFactCheck(uid, input(form)), () => 'Unpublished: readers can no longer see this fact-check.');
}

export async function correctionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return act(form, (uid) => writeCorrection(uid, input(form)), () => 'Correction published.');
}
