import Link from '@/app/components/link';
import type { ClaimPage } from '@/lib/data/claim-page';
import { RATING_LABELS } from '@/lib/labels';
import { formatDateTime } from '@/lib/format';
import { TakeOverButton, UnlinkButton } from './link-forms';

/** "Same claim as": the claim's live links, and the step that takes over a linked ruling. */
export function SameClaimSection({ page }: { page: ClaimPage }) {
  const { claim, links, can } = page;
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="h-same-claim">
      <h2 id="h-same-claim">Same claim as</h2>
      <ul className="matches">
        {links.map((l) => (
          <li key={l.id}>
            <p>
              <Link href={`/claims/${l.other.id}`}>
                Claim {l.other.number} of “{l.other.article.title}”
              </Link>
              : “{l.other.text}”
            </p>
            <p className="small muted">
              {l.ruled && l.other.latestRating ? `Ruled ${RATING_LABELS[l.other.latestRating]}` : 'Not ruled yet'} · linked by {l.by},{' '}
              {formatDateTime(l.createdAt)}
            </p>
            {can.link && <UnlinkButton linkId={l.id} text={l.other.text} />}{' '}
            {l.outgoing && l.ruled && can.takeOver && <TakeOverButton claimId={claim.id} version={claim.version} linkId={l.id} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
