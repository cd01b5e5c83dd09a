import { formatDate, formatDateTime, isoDate } from '@/lib/format';
import { RATING_LABELS, SOURCE_TYPE_LABELS, STANCE_LABELS } from '@/lib/labels';
import type { Rating, SourceType, Stance, VerdictKind } from '@/lib/generated/prisma/enums';
import { RemoveSourceButton, SourceForm } from './source-forms';

type Source = {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  type: SourceType;
  stance: Stance;
  excerpt: string | null;
  accessedAt: Date | null;
  archiveUrl: string | null;
  notArchivableReason: string | null;
  version: number;
  addedBy: { name: string };
};

export function SourceList({ claimId, sources, canWrite }: { claimId: string; sources: Source[]; canWrite: boolean }) {
  if (sources.length === 0) return <p className="empty">No sources yet. Add the evidence you find below.</p>;
  return (
    <ul className="ledger">
      {sources.map((s) => (
        <li key={s.id} className="card">
          <p>
            <a href={s.url} rel="noopener noreferrer" target="_blank">
              {s.title}
            </a>
            {s.publisher && <span className="muted"> — {s.publisher}</span>}
          </p>
          <p className="small">
            <span className="pill">{SOURCE_TYPE_LABELS[s.type]}</span> <span className={`pill stance-${s.stance}`}>{STANCE_LABELS[s.stance]}</span>{' '}
            <span className="muted">
              Accessed {formatDate(s.accessedAt)} · added by {s.addedBy.name}
            </span>
            {s.archiveUrl && (
              <>
                {' · '}
                <a href={s.archiveUrl} rel="noopener noreferrer" target="_blank">
                  Archived copy<span className="visually-hidden"> of {s.title}</span>
                </a>
              </>
            )}
            {!s.archiveUrl && s.notArchivableReason && <span className="muted"> · not archivable: {s.notArchivableReason}</span>}
          </p>
          {s.excerpt && <blockquote className="excerpt">{s.excerpt}</blockquote>}
          {canWrite && (
            <div className="source-actions">
              <details>
                <summary>
                  Edit<span className="visually-hidden"> source {s.title}</span>
                </summary>
                <SourceForm claimId={claimId} source={{ ...s, accessedAt: isoDate(s.accessedAt) }} />
              </details>
              <RemoveSourceButton claimId={claimId} sourceId={s.id} version={s.version} title={s.title} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

type Note = { id: string; body: string; createdAt: Date; author: { name: string } };

export function NoteThread({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return <p className="empty">No notes yet.</p>;
  return (
    <ol className="notes">
      {notes.map((n) => (
        <li key={n.id} className="card">
          <p className="small muted">
            <strong>{n.author.name}</strong> · <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
          </p>
          <p className="note-body">{n.body}</p>
        </li>
      ))}
    </ol>
  );
}

type Verdict = {
  id: string;
  kind: VerdictKind;
  rating: Rating;
  explanation: string;
  attributionConfirmed: boolean;
  createdAt: Date;
  by: { name: string };
};

/** Every verdict ever given, newest first; the first ruled one is in force. */
export function VerdictList({ verdicts }: { verdicts: Verdict[] }) {
  if (verdicts.length === 0) return <p className="empty">No verdict yet.</p>;
  const inForce = verdicts.find((v) => v.kind === 'ruled')?.id;
  return (
    <ol className="verdicts">
      {verdicts.map((v) => (
        <li key={v.id} className={`card verdict-${v.kind}`}>
          <p>
            <span className={`pill rating-${v.rating}`}>{RATING_LABELS[v.rating]}</span> <strong>{v.kind === 'ruled' ? 'Ruled' : 'Proposed'}</strong>
            {v.id === inForce && <span className="pill">In force</span>}{' '}
            <span className="small muted">
              by {v.by.name} · <time dateTime={v.createdAt.toISOString()}>{formatDateTime(v.createdAt)}</time>
            </span>
          </p>
          <p>{v.explanation}</p>
          <p className="small">Attribution confirmed: {v.attributionConfirmed ? 'yes' : 'no'}</p>
        </li>
      ))}
    </ol>
  );
}
