'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { FormMessage } from '@/app/components/form-bits';
import { ActionButton } from '@/app/components/action-button';
import { NOTIFICATION_KIND_LABELS } from '@/lib/labels';
import { hearField, NOTIFICATION_KINDS } from '@/lib/validation/notifications';
import { markReadAction, saveNotificationPrefsAction } from './actions';

/** "Mark read" on one notification, or "Mark all read" without an id. */
export const MarkReadButton = ({ id, label }: { id?: string; label: string }) => (
  <ActionButton action={markReadAction} fields={id ? { id } : {}} label={label} busy="Marking…" className="link" />
);

type Prefs = { muted: NotificationKind[]; email: boolean; emailAvailable: boolean };

export function NotificationPrefsForm({ muted, email, emailAvailable }: Prefs) {
  const [state, action, pending] = useActionState<FormState, FormData>(saveNotificationPrefsAction, {});
  const typed = state.ok === false ? state.values : undefined;
  const checked = (k: NotificationKind) => (typed ? typed[hearField(k)] === 'true' : !muted.includes(k));
  return (
    <form action={action} className="form" key={state.ok ? `saved:${muted.join()}:${email}` : 'typed'} noValidate>
      <FormMessage state={state} />
      <fieldset>
        <legend>Tell me about</legend>
        {NOTIFICATION_KINDS.map((k) => (
          <div key={k} className="checkbox-field">
            <input id={`hear-${k}`} type="checkbox" name={hearField(k)} value="true" defaultChecked={checked(k)} />
            <label htmlFor={`hear-${k}`}>{NOTIFICATION_KIND_LABELS[k]}</label>
          </div>
        ))}
      </fieldset>
      <div className="checkbox-field">
        <input
          id="notify-email"
          type="checkbox"
          name="email"
          value="true"
          defaultChecked={typed ? typed.email === 'true' : email}
          aria-describedby="notify-email-hint"
        />
        <label htmlFor="notify-email">Also by email</label>
      </div>
      <p id="notify-email-hint" className="hint">
        {emailAvailable
          ? 'Sent to the address you sign in with.'
          : 'Email is not set up on this server (no SMTP_URL): notifications stay in this inbox.'}
      </p>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save choices'}
        </button>
      </div>
    </form>
  );
}
