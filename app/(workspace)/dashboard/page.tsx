import Link from '@/app/components/link';
import { currentUserId } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { getDashboard } from '@/lib/data/dashboard';
import { guard } from '@/lib/page-guard';
import { ArticleTable } from '@/app/components/article-table';
import { ClaimTable } from '@/app/components/claim-table';

export const metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const { actor, myClaims, awaitingRuling, articles } = await guard(getDashboard(await currentUserId()));
  return (
    <main id="main">
      <h1>Dashboard</h1>
      {can(actor, 'claim.assign') && (
        <p>
          <Link href="/dashboard/overview">Desk overview: the desk’s work in charts</Link>
        </p>
      )}
      <section aria-labelledby="my-claims">
        <h2 id="my-claims">My claims</h2>
        <ClaimTable claims={myClaims} caption="Claims assigned to you that are not ruled yet" empty="Nothing is assigned to you right now." />
      </section>
      {awaitingRuling && (
        <section aria-labelledby="awaiting-ruling">
          <h2 id="awaiting-ruling">Awaiting my ruling</h2>
          <ClaimTable claims={awaitingRuling} caption="Claims in review, oldest first" empty="No claims are waiting for a ruling." />
        </section>
      )}
      <section aria-labelledby="recent-articles">
        <h2 id="recent-articles">Recent articles</h2>
        <ArticleTable
          articles={articles}
          empty={
            <>
              No articles yet. <Link href="/articles/new">Import the first one</Link>.
            </>
          }
        />
      </section>
    </main>
  );
}
