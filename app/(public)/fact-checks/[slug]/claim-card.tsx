import { claimAnchor } from '@/lib/claimreview';
import { RATING_DESCRIPTIONS, RATING_LABELS, READER_STANCE_LABELS, SOURCE_TYPE_LABELS } from '@/lib/labels';
import { formatDate } from '@/lib/format';
import type { PublicFactCheck } from '@/lib/data/public';
import { isPlaceholderUrl } from './placeholder-url';

type Claim = PublicFactCheck['claims'][number];

type CardProps = {
  claim: Claim;
  /** The fact-check is the seed's demo content; only there are example.org sources marked placeholders. */
  demo: boolean;
  /** On the fact-check's page (a list item, level-3 heading, linking to the claim's page), or the claim's own page (its h1). */
  place: { kind: 'list' } | { kind: 'own-page'; factCheckPath: string };
};

export function ClaimCard({ claim, demo, place }: CardProps) {
  const rating = { label: RATING_LABELS[claim.verdict.rating], description: RATING_DESCRIPTIONS[claim.verdict.rating] };
  const headingId = `${claimAnchor(claim.id)}-heading`;
  const own = place.kind === 'own-page';
  const H = own ? 'h1' : 'h3';
  const Sub = own ? 'h2' : 'h4';
  const card = (
    <article id={claimAnchor(claim.id)} className={`claim-card verdict-${claim.verdict.rating}`} aria-labelledby={headingId} tabIndex={-1}>
      <H id={headingId}>
        Claim {claim.n}: <span className="verdict-tag">{rating.label}</span>
      </H>
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
      <Sub>How we reached it</Sub>
      <p className="explanation">{claim.verdict.explanation}</p>
      <Sub>Sources</Sub>
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
        {place.kind === 'own-page' ? (
          <a href={`${place.factCheckPath}#mark-${claim.id}`}>Claim {claim.n} in the article, with the other claims we checked</a>
        ) : (
          <>
            <a href={`#mark-${claim.id}`}>Back to claim {claim.n} in the article</a> · <a href={claim.path}>This claim’s own page</a>
          </>
        )}{' '}
        · <ReportLink claim={claim} />
      </p>
    </article>
  );
  return own ? card : <li>{card}</li>;
}

/** "Report an error" in this claim: the fact-check's report form with the claim chosen. */
function ReportLink({ claim }: { claim: Claim }) {
  return (
    <a href={`${claim.path.slice(0, claim.path.lastIndexOf('/claims/'))}/report?claim=${claim.n}`}>
      Report an error<span className="visually-hidden"> in claim {claim.n}</span>
    </a>
  );
}
