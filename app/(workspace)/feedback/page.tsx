import Link from '@/app/components/link';
import { currentUserId, requireUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { listFeedback } from '@/lib/data/feedback';
import { guard } from '@/lib/page-guard';
import { ReportList, TipList } from './feedback-items';
import './feedback.css';

export const metadata = { title: 'Reader feedback' };
export const dynamic = 'force-dynamic';

// Readers' error reports and tips, new ones first. Which forms show is decided from the role here
// for rendering only: every triage authorizes again in lib/data/feedback.ts.
export default async function FeedbackPage() {
  const [user, me] = await Promise.all([requireUser(), currentUserId()]);
  const queue = await guard(listFeedback(me));
  return (
    <main id="main" className="feedback-page">
      <h1>Reader feedback</h1>
      <p className="muted">
        What readers sent from the public pages: errors they found in a fact-check (editors accept one as a correction or decline it with a reason)
        and claims they would like checked (turn one into a claim or link it to an article, or decline it).
      </p>
      <section aria-labelledby="reports-heading">
        <h2 id="reports-heading">
          Error reports <span className="count">{queue.counts.reports} new</span>
        </h2>
        <ReportList reports={queue.reports} canTriage={can(user, 'report.triage')} />
      </section>
      <section aria-labelledby="tips-heading">
        <h2 id="tips-heading">
          Claims to check <span className="count">{queue.counts.tips} new</span>
        </h2>
        <TipList tips={queue.tips} articles={queue.articles} canTriage={can(user, 'tip.triage')} />
      </section>
      <p className="small muted">
        Readers send these from “Report an error” on every fact-check and claim page, and from <Link href="/tips/new">Send us a claim to check</Link>.
      </p>
    </main>
  );
}
