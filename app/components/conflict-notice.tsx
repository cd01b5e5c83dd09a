import type { SavedRecord } from '@/lib/errors';
import { CLAIMANT_TYPE_LABELS, STATUS_LABELS } from '@/lib/labels';
import type { ClaimantType, ClaimStatus } from '@/lib/generated/prisma/enums';

/**
 * The one conflict UX: after someone else saved first, show what is saved now beside the
 * form, which keeps what the user typed. Saving again is then a deliberate overwrite (the form
 * sends the version shown here: see latestVersion in form-bits).
 */
export function ConflictNotice({ saved }: { saved?: SavedRecord }) {
  if (!saved) return null;
  return (
    <div className="alert warn conflict-now" data-testid="conflict-current">
      <p className="label">Saved now</p>
      <dl className="facts">
        {facts(saved).map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function facts(saved: SavedRecord): [string, string][] {
  switch (saved.entity) {
    case 'claim':
      return [
        ['Status', STATUS_LABELS[saved.status as ClaimStatus] ?? saved.status],
        ['Text', `“${saved.text}” (characters ${saved.start}–${saved.end})`],
        ['Claimant', saved.claimant ?? '—'],
        ['Cue', saved.cue ?? '—'],
      ];
    case 'source':
      return [
        ['Title', saved.title],
        ['URL', saved.url],
      ];
    case 'factcheck':
      return [
        ['Status', saved.status],
        ['Summary', saved.summary || '—'],
      ];
    case 'article':
      return [['Title', saved.title]];
    case 'articleDetails':
      return [
        ['Title', saved.title],
        ['Publisher', saved.publisher ?? '—'],
        ['Address', saved.url ?? '—'],
        ['Date', saved.publishedAt ?? '—'],
      ];
    case 'sitePage':
      return [
        ['Title', saved.title],
        ['Text', saved.body || '—'],
      ];
    case 'feedback':
      return [
        ['Status', saved.status],
        ['Handled by', saved.triagedBy ?? '—'],
      ];
    case 'webhook':
      return [
        ['Name', saved.name],
        ['Address', saved.url],
        ['Events', saved.events.join(', ')],
        ['Active', saved.active ? 'yes' : 'no'],
      ];
    case 'claimant':
      return [
        ['Name', saved.name],
        ['Type', CLAIMANT_TYPE_LABELS[saved.type as ClaimantType] ?? saved.type],
        ['Role or title', saved.role ?? '—'],
        ['Same as', saved.sameAs ?? '—'],
      ];
  }
}
