'use server';

import { revalidatePath } from 'next/cache';
import { runAction, type FormState } from '@/lib/actions';
import { updateClaimAttribution } from '@/lib/data/claims';
import { assignClaim, reviewClaim, sendBackClaim } from '@/lib/data/workflow';
import { createSource, deleteSource, updateSource } from '@/lib/data/sources';
import { addNote } from '@/lib/data/notes';
import { proposeVerdict, ruleVerdict } from '@/lib/data/verdicts';
import { invalidatePublicFactCheck } from '@/lib/public-cache';
import { STATUS_LABELS } from '@/lib/workflow';

// Thin on purpose: every function called here parses its input with zod and authorizes the
// signed-in user inside its own transaction. Hidden inputs (claimId, version) are untrusted.

const input = (form: FormData) => Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === 'string' && !k.startsWith('$ACTION')));

/** Drops the result (the client needs only the message) and refreshes the claim page on success. */
function done(r: FormState & { result?: unknown }, claimId: FormDataEntryValue | null): FormState {
  if (r.ok && typeof claimId === 'string') revalidatePath(`/claims/${claimId}`);
  const { result: _result, ...state } = r;
  return state;
}

export async function updateAttributionAction(_prev: FormState, form: FormData): Promise<FormState> {
  return done(await runAction(form, (uid) => updateClaimAttribution(uid, input(form)), () => 'Attribution saved.'), form.get('claimId'));
}

export async function reviewClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return done(await runAction(form, (uid) => reviewClaim(uid, input(form)), (c) => `Claim is now ${STATUS_LABELS[c.status].toLowerCase()}.`), form.get('claimId'));
}

export async function assignClaimAction(_prev: FormState, form: FormData): Promise<FormState> {
  return done(await runAction(form, (uid) => assignClaim(uid, input(form)), (c) => `Assigned to ${c.assignee?.name ?? 'nobody'}.`), form.get('claimId'));
}

export async function sendBackAction(_prev: FormState, form: FormData): Promise<FormState> {
  return done(await runAction(form, (uid) => sendBackClaim(uid, input(form)), () => 'Sent back for more research.'), form.get('claimId'));
}

export async function createSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  return done(await runAction(form, (uid) => createSource(uid, input(form)), (s) => `Source “${s.title}” added.`), form.get('claimId'));
}

export async function updateSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  return done(await runAction(form, (uid) => updateSource(uid, input(form)), (s) => `Source “${s.title}” saved.`), form.get('claimId'));
}

export async function deleteSourceAction(_prev: FormState, form: FormData): Promise<FormState> {
  return done(await runAction(form, (uid) => deleteSource(uid, input(form)), () => 'Source removed.'), form.get('claimId'));
}

export async function addNoteAction(_prev: FormState, form: FormData): Promise<FormState> {
  return done(await runAction(form, (uid) => addNote(uid, input(form)), () => 'Note added.'), form.get('claimId'));
}

export async function proposeVerdictAction(_prev: FormState, form: FormData): Promise<FormState> {
  return done(await runAction(form, (uid) => proposeVerdict(uid, input(form)), () => 'Verdict proposed; the claim is in review.'), form.get('claimId'));
}

export async function ruleVerdictAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(form, (uid) => ruleVerdict(uid, input(form)), (v) => (v.correctionId ? 'Verdict ruled; the correction is published.' : 'Verdict ruled.'));
  // After the commit, so readers never get the old verdict from the cache.
  if (r.ok && r.result?.publicSlug) invalidatePublicFactCheck(r.result.publicSlug);
  return done(r, form.get('claimId'));
}
