import Link from 'next/link';
import { currentUserId } from '@/lib/auth/session';
import { getClaimForWorkspace } from '@/lib/data/claims';
import { guard } from '@/lib/page-guard';

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, userId] = await Promise.all([params, currentUserId()]);
  const claim = await guard(getClaimForWorkspace(userId, id));
  return (
    <main id="main" className="narrow">
      <p>
        <Link href={`/articles/${claim.article.id}`}>← {claim.article.title}</Link>
      </p>
      <h1>Claim</h1>
      <blockquote>{claim.text}</blockquote>
      <dl>
        <dt>Claimant</dt>
        <dd>{claim.claimant ?? 'Not attributed'}</dd>
        <dt>Cue</dt>
        <dd>{claim.cue ?? '—'}</dd>
        <dt>Status</dt>
        <dd>{claim.status}</dd>
      </dl>
    </main>
  );
}
