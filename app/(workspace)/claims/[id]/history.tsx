import type { HistoryEntry } from '@/lib/data/history';
import { formatDateTime } from '@/lib/format';

/** Newest first: who, when, and each field's before → after. */
export function History({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="empty">No changes yet.</p>;
  return (
    <ol className="timeline">
      {entries.map((e) => (
        <li key={e.id}>
          <p className="timeline-head">
            <strong>{e.actor}</strong> {e.summary.charAt(0).toLowerCase() + e.summary.slice(1)} ·{' '}
            <time dateTime={e.at.toISOString()} className="muted small">
              {formatDateTime(e.at)}
            </time>
          </p>
          {e.changes.length > 0 && (
            <ul className="changes small">
              {e.changes.map((c) => (
                <li key={c.field}>
                  {c.field}:{' '}
                  {c.before !== undefined && c.after !== undefined ? (
                    <>
                      <del>{c.before}</del> → <ins>{c.after}</ins>
                    </>
                  ) : c.after !== undefined ? (
                    <ins>{c.after}</ins>
                  ) : (
                    <del>{c.before}</del>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
