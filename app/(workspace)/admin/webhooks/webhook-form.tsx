'use client';

import Link from '@/app/components/link';
import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import type { EventAction } from '@/lib/generated/prisma/enums';
import { FieldError, FormMessage, formKey, latestVersion, typedOr } from '@/app/components/form-bits';
import { ConflictNotice } from '@/app/components/conflict-notice';
import { eventField, WEBHOOK_ACTIONS } from '@/lib/validation/webhooks';
import { createWebhookAction, updateWebhookAction } from './actions';

export type WebhookValues = {
  id: string;
  version: number;
  name: string;
  url: string;
  format: 'json' | 'slack';
  events: EventAction[];
  active: boolean;
};

/** The actions grouped by what they are about ("claim", "factcheck"…), for the checkboxes. */
const GROUPS = WEBHOOK_ACTIONS.reduce<Record<string, EventAction[]>>((acc, a) => {
  const entity = a.slice(0, a.indexOf('_'));
  (acc[entity] ??= []).push(a);
  return acc;
}, {});

/** The receiver's address; with `publicOnly` (the server's default) it says which addresses are refused. */
function UrlField({ state, saved, publicOnly }: { state: FormState<{ id: string }>; saved?: string; publicOnly: boolean }) {
  const describedBy = publicOnly ? 'webhook-url-hint webhook-url-error' : 'webhook-url-error';
  return (
    <div className="field">
      <label htmlFor="webhook-url">Address (https://…)</label>
      {publicOnly && (
        <p id="webhook-url-hint" className="hint">
          A public internet address: this server does not send to itself, to private networks or to link-local addresses.
        </p>
      )}
      <input
        id="webhook-url"
        name="url"
        type="url"
        defaultValue={typedOr(state, 'url', saved ?? '')}
        aria-invalid={!!state.errors?.url}
        aria-describedby={describedBy}
      />
      <FieldError id="webhook-url-error" errors={state.errors?.url} />
    </div>
  );
}

/**
 * Registers a webhook (without `saved`) or changes one. `publicOnly`: the server refuses private
 * addresses (lib/webhooks/destination.ts), as it does unless CLAIMDESK_WEBHOOKS_ALLOW_PRIVATE=1.
 */
export function WebhookForm({ saved, publicOnly }: { saved?: WebhookValues; publicOnly: boolean }) {
  const [state, action, pending] = useActionState<FormState<{ id: string }>, FormData>(saved ? updateWebhookAction : createWebhookAction, {});
  const typed = state.ok === false ? state.values : undefined;
  const chosen = (a: EventAction) => (typed ? typed[eventField(a)] === 'true' : (saved?.events.includes(a) ?? false));
  return (
    <form action={action} className="form webhook-form" noValidate>
      <FormMessage state={state} />
      {state.ok && state.data?.id && (
        <p>
          <Link href={`/admin/webhooks/${state.data.id}`}>See its secret and deliveries</Link>
        </p>
      )}
      {!pending && <ConflictNotice saved={state.conflict} />}
      {saved && <input type="hidden" name="id" value={saved.id} />}
      {saved && <input type="hidden" name="version" value={latestVersion(saved.version, state)} />}
      <div key={formKey(saved?.id ?? 'new', state)}>
        <div className="field">
          <label htmlFor="webhook-name">Name</label>
          <input
            id="webhook-name"
            name="name"
            type="text"
            maxLength={100}
            defaultValue={typedOr(state, 'name', saved?.name ?? '')}
            aria-invalid={!!state.errors?.name}
            aria-describedby="webhook-name-error"
          />
          <FieldError id="webhook-name-error" errors={state.errors?.name} />
        </div>
        <UrlField state={state} saved={saved?.url} publicOnly={publicOnly} />
        <div className="field">
          <label htmlFor="webhook-format">Format</label>
          <select id="webhook-format" name="format" defaultValue={typedOr(state, 'format', saved?.format ?? 'json')}>
            <option value="json">JSON (the event, signed)</option>
            <option value="slack">Slack-compatible ({'{ "text": … }'}, signed)</option>
          </select>
        </div>
        {saved && (
          <div className="checkbox-field">
            <input id="webhook-active" name="active" type="checkbox" value="true" defaultChecked={typed ? typed.active === 'true' : saved.active} />
            <label htmlFor="webhook-active">Active (send deliveries)</label>
          </div>
        )}
        <fieldset aria-describedby="webhook-events-error">
          <legend>Events to send</legend>
          <FieldError id="webhook-events-error" errors={state.errors?.events} />
          <div className="event-groups">
            {Object.entries(GROUPS).map(([entity, actions]) => (
              <div key={entity} className="event-group">
                <p className="event-group-name">{entity}</p>
                {actions.map((a) => (
                  <div key={a} className="checkbox-field">
                    <input id={`event-${a}`} type="checkbox" name={eventField(a)} value="true" defaultChecked={chosen(a)} />
                    <label htmlFor={`event-${a}`}>{a.replace('_', '.')}</label>
                  </div>
                ))}
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div>
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : saved ? 'Save webhook' : 'Register webhook'}
        </button>
      </div>
    </form>
  );
}
