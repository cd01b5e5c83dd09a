import Link from '@/app/components/link';
import type { ClaimMatch } from '@/lib/data/matching';
import { RATING_LABELS } from '@/lib/labels';
import { formatDate } from '@/lib/format';

/** One earlier claim that says the same thing ("Checked before?" on the claim page and the import preview). */
export function MatchItem({ match: m, children }: { match: ClaimMatch; children?: React.ReactNode }) {
  return (
    <li className={m.numbersDiffer ? 'match numbers-differ' : 'match'}>
      <p>
        <Link href={`/claims/${m.id}`}>“{m.text}”</Link>
        {m.claimant && <span className="muted"> ({m.claimant})</span>}
      </p>
      <p className="small">
        {m.numbersDiffer && <strong className="badge warn">Numbers differ: not the same claim</strong>}{' '}
        {m.rating ? `${RATING_LABELS[m.rating]}${m.ruledAt ? `, ruled ${formatDate(new Date(m.ruledAt))}` : ''}` : 'Not ruled yet'} · in “
        {m.article.title}” · similarity {Math.round(m.similarity * 100)}%
        {m.sharedEntities.length > 0 && ` · both name ${m.sharedEntities.join(', ')}`}
        {m.factCheckUrl && (
          <>
            {' '}
            · <a href={m.factCheckUrl}>published fact-check</a>
          </>
        )}
      </p>
      {children}
    </li>
  );
}
