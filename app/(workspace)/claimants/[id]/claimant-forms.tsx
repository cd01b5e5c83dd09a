'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { ClaimantType } from '@/lib/generated/prisma/enums';
import { CLAIMANT_TYPE_LABELS } from '@/lib/labels';
import { FieldError, FormMessage, formKey, latestVersion, typedOr } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { mergeClaimantAction, updateClaimantAction } from '../actions';

type Saved = { id: string; version: number; name: string; type: ClaimantType; role: string | null; sameAs: string | null; aliases: string[] };

/** Rename and describe a record: what ClaimReview says of them (Person or Organization, jobTitle, sameAs). */
export function ClaimantForm({ saved }: { saved: Saved }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateClaimantAction, {});
  const field = (name: string) => ({ 'aria-invalid': !!state.errors?.[name], 'aria-describedby': `claimant-${name}-error` });
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      {!pending && <ConflictNotice saved={state.conflict} />}
      <input type="hidden" name="id" value={saved.id} />
      <input type="hidden" name="version" value={latestVersion(saved.version, state)} />
      <div key={formKey(saved.id, state)}>
        <div className="field">
          <label htmlFor="claimant-name">Name</label>
          <input id="claimant-name" name="name" type="text" maxLength={200} defaultValue={typedOr(state, 'name', saved.name)} {...field('name')} />
          <FieldError id="claimant-name-error" errors={state.errors?.name} />
        </div>
        <div className="field">
          <label htmlFor="claimant-type">Person, organisation or group</label>
          <select id="claimant-type" name="type" defaultValue={typedOr(state, 'type', saved.type)} {...field('type')}>
            {Object.values(ClaimantType).map((t) => (
              <option key={t} value={t}>
                {CLAIMANT_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
          <FieldError id="claimant-type-error" errors={state.errors?.type} />
        </div>
        <div className="field">
          <label htmlFor="claimant-role">Role or title (a person’s jobTitle)</label>
          <input id="claimant-role" name="role" type="text" maxLength={200} defaultValue={typedOr(state, 'role', saved.role)} {...field('role')} />
          <FieldError id="claimant-role-error" errors={state.errors?.role} />
        </div>
        <div className="field">
          <label htmlFor="claimant-sameAs">Same as (a Wikidata or official page, https://…)</label>
          <input id="claimant-sameAs" name="sameAs" type="url" defaultValue={typedOr(state, 'sameAs', saved.sameAs)} {...field('sameAs')} />
          <FieldError id="claimant-sameAs-error" errors={state.errors?.sameAs} />
        </div>
        <div className="field">
          <label htmlFor="claimant-aliases">Other names, one per line</label>
          <textarea
            id="claimant-aliases"
            name="aliases"
            rows={4}
            defaultValue={typedOr(state, 'aliases', saved.aliases.join('\n'))}
            {...field('aliases')}
          />
          <FieldError id="claimant-aliases-error" errors={state.errors?.aliases} />
        </div>
      </div>
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save record'}
      </button>
    </form>
  );
}

/** Merge a duplicate (two records for one person) into this record. */
export function MergeForm({ id, version, candidates }: { id: string; version: number; candidates: { id: string; name: string; claims: number }[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(mergeClaimantAction, {});
  if (candidates.length === 0) return <p className="empty">There is no other record to merge.</p>;
  return (
    <form action={action} className="form" noValidate>
      <FormMessage state={state} />
      {!pending && <ConflictNotice saved={state.conflict} />}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={latestVersion(version, state)} />
      <div className="field">
        <label htmlFor="merge-other">Record to merge (its claims and names move here; it is then gone)</label>
        <select
          id="merge-other"
          name="otherId"
          defaultValue={typedOr(state, 'otherId', '')}
          aria-invalid={!!state.errors?.otherId}
          aria-describedby="merge-other-error"
        >
          <option value="">Choose a record…</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.claims === 1 ? '1 claim' : `${c.claims} claims`})
            </option>
          ))}
        </select>
        <FieldError id="merge-other-error" errors={state.errors?.otherId} />
      </div>
      <button type="submit" className="secondary" disabled={pending}>
        {pending ? 'Merging…' : 'Merge into this record'}
      </button>
    </form>
  );
}
