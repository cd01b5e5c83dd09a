import { Suspense } from 'react';
import { matchClaims } from '@/lib/data/matching';
import type { ClaimPage } from '@/lib/data/claim-page';
import { MatchItem } from '@/app/components/match-item';
import { LinkButton } from './link-forms';

/**
 * "Checked before?": earlier claims of other articles that say what this one says, best first,
 * with their verdicts. Streamed after the rest of the page (it waits in a Suspense boundary).
 */
type Props = { actorId: string | null; claimId: string; text: string; articleId: string; canLink: boolean; linked: string[] };

export async function CheckedBefore({ actorId, claimId, text, articleId, canLink, linked }: Props) {
  const { matches } = await matchClaims(actorId, { text, excludeArticle: articleId, limit: 5 });
  if (matches.length === 0) return <p className="empty">No claim in another article says this.</p>;
  return (
    <ol className="matches">
      {matches.map((m) => (
        <MatchItem key={m.id} match={m}>
          {/* A claim whose numbers differ is never offered as the same claim. */}
          {canLink && !m.numbersDiffer && !linked.includes(m.id) && <LinkButton claimId={claimId} linkedClaimId={m.id} text={m.text} />}
        </MatchItem>
      ))}
    </ol>
  );
}

/** The claim page's section: the page renders at once and the matches stream in. */
export function CheckedBeforeSection({ page, actorId }: { page: ClaimPage; actorId: string | null }) {
  const { claim } = page;
  return (
    <section aria-labelledby="h-checked-before">
      <h2 id="h-checked-before">Checked before?</h2>
      <Suspense fallback={<p className="muted">Looking for earlier claims that say this…</p>}>
        <CheckedBefore
          actorId={actorId}
          claimId={claim.id}
          text={claim.text}
          articleId={claim.article.id}
          canLink={page.can.link}
          linked={page.links.map((l) => l.other.id)}
        />
      </Suspense>
    </section>
  );
}
