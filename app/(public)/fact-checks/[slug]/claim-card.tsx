import { claimAnchor } from '@/lib/claimreview';
import { RATING_DESCRIPTIONS, RATING_LABELS, READER_STANCE_LABELS, SOURCE_TYPE_LABELS } from '@/lib/labels';
import { formatDate } from '@/lib/format';
import type { PublicFactCheck } from '@/lib/data/public';
import { isPlaceholderUrl } from './placeholder-url';

type Claim = PublicFactCheck['claims'][number];

/** `demo`: the fact-check is the seed's demo content; only there are example.org sources marked placeholders. */
export function ClaimCard({ claim, n, demo }: { claim: Claim; n: number; demo: boolean }) {
  const rating = { label: RATING_LABELS[claim.verdict.rating], description: RATING_DESCRIPTIONS[claim.verdict.rating] };
  const headingId = `${claimAnchor(claim.id)}-heading`;
  return (
    <li>
      <article id={claimAnchor(claim.id)} className={`claim-card verdict-${claim.verdict.rating}`} aria-labelledby={headingId} tabIndex={-1}>
        <h3 id={headingId}>
          Claim {n}: <span className="verdict-tag">{rating.label}</span>
        </h3>
        <blockquote className="claim-text">{claim.text}</blockquote>
        {claim.nowInArticle !== undefined && (
          <div className="claim-now" role="note">
            <p>
              <strong>The article has changed since we checked this.</strong> When we checked it, it said: “{claim.text}”
            </p>
            <p>{claim.nowInArticle === null ? 'It no longer contains these words.' : `It now says: “${claim.nowInArticle}”`}</p>
          </div>
        )}
        <dl className="claim-facts">
          <dt>Who made it</dt>
          <dd>
            {claim.claimant}
            {claim.claimantRole ? `, ${claim.claimantRole}` : ''}
          </dd>
          <dt>Our verdict</dt>
          <dd>
            <strong>{rating.label}</strong> — {rating.description}
          </dd>
          <dt>Attribution</dt>
          <dd>
            {claim.verdict.attributionConfirmed
              ? `Confirmed: ${claim.claimant} did make this claim.`
              : `Not confirmed: we could not confirm that ${claim.claimant} made this claim as reported.`}
          </dd>
        </dl>
        <h4>How we reached it</h4>
        <p className="explanation">{claim.verdict.explanation}</p>
        <h4>Sources</h4>
        <ul className="sources">
          {claim.sources.map((s) => (
            <li key={s.id}>
              <a href={s.url} className="source-link" rel="noopener noreferrer">
                {s.title}
              </a>
              {s.publisher && <span> — {s.publisher}</span>}
              {demo && isPlaceholderUrl(s.url) && <span className="pill placeholder">Placeholder, not a real reference</span>}
              <div className="source-meta small">
                <span>Type: {SOURCE_TYPE_LABELS[s.type]}</span> · <span>Stance: {READER_STANCE_LABELS[s.stance]}</span>
                {s.accessedAt && <span> · Accessed {formatDate(s.accessedAt)}</span>}
                {s.archiveUrl && (
                  <span>
                    {' '}
                    ·{' '}
                    <a href={s.archiveUrl} rel="noopener noreferrer">
                      Archived copy<span className="visually-hidden"> of {s.title}</span>
                    </a>
                  </span>
                )}
              </div>
              {s.excerpt && <blockquote className="excerpt small">{s.excerpt}</blockquote>}
            </li>
          ))}
        </ul>
        <p className="small no-print">
          <a href={`#mark-${claim.id}`}>Back to claim {n} in the article</a>
        </p>
      </article>
    </li>
  );
}
