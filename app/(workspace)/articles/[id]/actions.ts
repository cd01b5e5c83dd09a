'use server';

import { revalidatePath } from 'next/cache';
import { runAction, type FormState } from '@/lib/actions';
import { updateClaimAttribution } from '@/lib/data/claims';
import { addClaimFromSelection, editClaimSpan, mergeClaims, reviewClaim, splitClaim } from '@/lib/data/claim-review';
import { STATUS_LABELS } from '@/lib/workflow';

// Thin on purpose: each data-layer function parses its (untrusted) input with zod and authorizes
// the signed-in user inside its own transaction. Results are reduced to what the page needs.

type Result = FormState & { result?: unknown };
export type ReviewState = FormState & { claimId?: string };

const fields = (form: FormData) => Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === 'string' && !k.startsWith('$ACTION')));

/**
 * Refreshes the article page after a change, and also after a conflict, so the next attempt is
 * based on what is there now (the form keeps what was typed through `values`).
 */
function done(r: Result, articleId: unknown, claimId?: string): ReviewState {
  const current = r.current as { articleId?: unknown } | undefined;
  const id = typeof articleId === 'string' ? articleId : typeof current?.articleId === 'string' ? current.articleId : null;
  if (id && (r.ok || r.current)) {
    revalidatePath(`/articles/${id}`);
    revalidatePath('/articles');
  }
  const { result: _result, ...state } = r;
  return { ...state, claimId };
}

const articleOf = (r: Result) => (r.result as { articleId?: string } | undefined)?.articleId;

/** Accept or dismiss; called from buttons and the `a` / `d` keys. */
export async function reviewAction(input: { claimId: string; version: number; move: 'accept' | 'dismiss' }): Promise<ReviewState> {
  const r = await runAction(null, (uid) => reviewClaim(uid, input), (c) => `Claim ${c.status === 'open' ? 'accepted' : 'dismissed'}: it is now ${STATUS_LABELS[c.status].toLowerCase()}.`);
  return done(r, articleOf(r));
}

export async function mergeAction(input: { firstId: string; firstVersion: number; secondId: string; secondVersion: number }): Promise<ReviewState> {
  const r = await runAction(null, (uid) => mergeClaims(uid, input), () => 'Claims merged.');
  return done(r, articleOf(r), (r.result as { id?: string } | undefined)?.id);
}

export async function addClaimAction(input: { articleId: string; start: number; end: number }): Promise<ReviewState> {
  const r = await runAction(null, (uid) => addClaimFromSelection(uid, input), (c) => `Claim added: “${c.text.slice(0, 60)}${c.text.length > 60 ? '…' : ''}”.`);
  return done(r, articleOf(r), (r.result as { id?: string } | undefined)?.id);
}

export async function spanAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(form, (uid) => editClaimSpan(uid, fields(form)), (c) => `Span saved: characters ${c.start}–${c.end}.`);
  return done(r, articleOf(r));
}

export async function splitAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(form, (uid) => splitClaim(uid, fields(form)), () => 'Claim split in two.');
  return done(r, (r.result as { first?: { articleId?: string } } | undefined)?.first?.articleId);
}

export async function attributionAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(form, (uid) => updateClaimAttribution(uid, fields(form)), () => 'Claimant and cue saved.');
  return done(r, articleOf(r));
}
