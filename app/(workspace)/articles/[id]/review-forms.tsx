'use client';

import { useActionState, useRef } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { FieldError, FormMessage, latestVersion, typedOr } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { attributionAction, spanAction, splitAction } from './actions';
import type { NumberedClaim } from './workspace';
import type { TextSelection } from './article-text';

// Each form sends the version it was shown; a stale one comes back as a conflict that shows what
// is there now, while the inputs keep what was typed (defaultValue from `values` after a failure).

function Hidden({ claim, state }: { claim: { id: string; version: number }; state: FormState }) {
  return (
    <>
      <input type="hidden" name="claimId" value={claim.id} />
      <input type="hidden" name="version" value={latestVersion(claim.version, state)} />
    </>
  );
}

export function AttributionForm({ claim }: { claim: { id: string; version: number; claimant: string | null; cue: string | null } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(attributionAction, {});
  const e = state.errors ?? {};
  return (
    <form action={action} className="form review-form" aria-labelledby="attr-heading">
      <h3 id="attr-heading">Who said it</h3>
      <Hidden claim={claim} state={state} />
      <div className="field">
        <label htmlFor="attr-claimant">Claimant</label>
        <input
          id="attr-claimant"
          name="claimant"
          type="text"
          defaultValue={typedOr(state, 'claimant', claim.claimant)}
          aria-invalid={!!e.claimant}
          aria-describedby="attr-claimant-error"
        />
        <FieldError id="attr-claimant-error" errors={e.claimant} />
      </div>
      <div className="field">
        <label htmlFor="attr-cue">Cue</label>
        <input
          id="attr-cue"
          name="cue"
          type="text"
          defaultValue={typedOr(state, 'cue', claim.cue)}
          aria-invalid={!!e.cue}
          aria-describedby="attr-cue-hint attr-cue-error"
        />
        <p id="attr-cue-hint" className="hint">
          The verb that attributes it, such as “said” or “claimed”.
        </p>
        <FieldError id="attr-cue-error" errors={e.cue} />
      </div>
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <div>
        <button type="submit" className="secondary" disabled={pending}>
          {pending ? 'Saving…' : 'Save claimant and cue'}
        </button>
      </div>
    </form>
  );
}

export function SpanForm({ claim, text, selection }: { claim: NumberedClaim; text: string; selection: TextSelection | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(spanAction, {});
  const start = useRef<HTMLInputElement>(null);
  const end = useRef<HTMLInputElement>(null);
  const e = state.errors ?? {};
  return (
    <form action={action} className="form review-form" aria-labelledby="span-heading">
      <h3 id="span-heading">Fix the span</h3>
      <Hidden claim={claim} state={state} />
      <p id="span-hint" className="hint">
        Offsets count characters of the article text (0–{text.length}). Select the right words in the article and use the selection, or type the
        offsets. Spaces at either end are dropped; claims may not overlap.
      </p>
      <div className="span-fields">
        <div className="field">
          <label htmlFor="span-start">Start</label>
          <input
            ref={start}
            id="span-start"
            name="start"
            type="number"
            min={0}
            max={text.length}
            defaultValue={typedOr(state, 'start', claim.start)}
            aria-invalid={!!e.start}
            aria-describedby="span-hint span-start-error"
          />
          <FieldError id="span-start-error" errors={e.start} />
        </div>
        <div className="field">
          <label htmlFor="span-end">End</label>
          <input
            ref={end}
            id="span-end"
            name="end"
            type="number"
            min={0}
            max={text.length}
            defaultValue={typedOr(state, 'end', claim.end)}
            aria-invalid={!!e.end}
            aria-describedby="span-hint span-end-error"
          />
          <FieldError id="span-end-error" errors={e.end} />
        </div>
      </div>
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <div className="review-buttons">
        <button
          type="button"
          className="secondary"
          disabled={!selection}
          onClick={() => {
            if (!selection || !start.current || !end.current) return;
            start.current.value = String(selection.start);
            end.current.value = String(selection.end);
          }}
        >
          Use the selected text
        </button>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save span'}
        </button>
      </div>
    </form>
  );
}

export function SplitForm({ claim, selection }: { claim: NumberedClaim; selection: TextSelection | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(splitAction, {});
  const at = useRef<HTMLInputElement>(null);
  const e = state.errors ?? {};
  const inside = selection && selection.start > claim.start && selection.start < claim.end;
  return (
    <form action={action} className="form review-form" aria-labelledby="split-heading">
      <h3 id="split-heading">Split in two</h3>
      <Hidden claim={claim} state={state} />
      <div className="field">
        <label htmlFor="split-at">Split at offset</label>
        <input
          ref={at}
          id="split-at"
          name="at"
          type="number"
          min={claim.start + 1}
          max={claim.end - 1}
          defaultValue={typedOr(state, 'at', '')}
          aria-invalid={!!e.at}
          aria-describedby="split-hint split-at-error"
        />
        <p id="split-hint" className="hint">
          Between {claim.start + 1} and {claim.end - 1}. The first part keeps this claim&apos;s research; the second becomes a new claim. To pick the
          point, select text in the claim that starts where the second part should begin.
        </p>
        <FieldError id="split-at-error" errors={e.at} />
      </div>
      <FormMessage state={state} />
      <ConflictNotice saved={state.conflict} />
      <div className="review-buttons">
        <button
          type="button"
          className="secondary"
          disabled={!inside}
          onClick={() => inside && at.current && (at.current.value = String(selection.start))}
        >
          Split where the selection starts
        </button>
        <button type="submit" disabled={pending}>
          {pending ? 'Splitting…' : 'Split'}
        </button>
      </div>
    </form>
  );
}
