import Link from '@/app/components/link';
import type { FeedbackQueue } from '@/lib/data/feedback';
import { formatDate } from '@/lib/format';
import { AcceptReportForm, DeclineReportForm, DeclineTipForm, TipToArticleForm, TipToClaimForm } from './triage-forms';

type Report = FeedbackQueue['reports'][number];
type Tip = FeedbackQueue['tips'][number];

const STATUS: Record<string, string> = { new: 'New', accepted: 'Accepted', declined: 'Declined', used: 'Used' };

function Sender({ email, at }: { email: string | null; at: Date }) {
  return (
    <p className="small muted">
      Sent {formatDate(at)}
      {email ? (
        <>
          {' '}
          by <a href={`mailto:${email}`}>{email}</a>
        </>
      ) : (
        ' without an email address'
      )}
    </p>
  );
}

function Outcome({ by, at, children }: { by: { name: string } | null; at: Date | null; children: React.ReactNode }) {
  return (
    <p className="outcome">
      {children} {by && <>by {by.name}</>} {at && <>on {formatDate(at)}</>}
    </p>
  );
}

export function ReportList({ reports, canTriage }: { reports: Report[]; canTriage: boolean }) {
  if (reports.length === 0) return <p className="empty">No reader has reported an error yet.</p>;
  return (
    <ol className="feedback-list">
      {reports.map((r) => (
        <li key={r.id} className={`feedback-item status-${r.status}`} aria-labelledby={`report-${r.id}`}>
          <h3 id={`report-${r.id}`}>
            <span className={`pill status-${r.status}`}>{STATUS[r.status]}</span> {r.reference}:{' '}
            <a href={`/fact-checks/${r.factCheck.slug}${r.claimNumber ? `/claims/${r.claimNumber}` : ''}`}>
              {r.factCheck.article.title}
              {r.claimNumber ? `, claim ${r.claimNumber}` : ''}
            </a>
          </h3>
          <blockquote className="reader-words">{r.whatIsWrong}</blockquote>
          {r.evidenceUrl && (
            <p className="small">
              Evidence:{' '}
              <a href={r.evidenceUrl} rel="noopener noreferrer nofollow">
                {r.evidenceUrl}
              </a>
            </p>
          )}
          <Sender email={r.email} at={r.createdAt} />
          {r.status === 'accepted' && (
            <Outcome by={r.triagedBy} at={r.triagedAt}>
              Accepted as the correction “{r.correction?.whatChanged ?? '—'}”
            </Outcome>
          )}
          {r.status === 'declined' && (
            <Outcome by={r.triagedBy} at={r.triagedAt}>
              Declined (“{r.declineReason}”)
            </Outcome>
          )}
          {r.status === 'new' && canTriage && (
            <div className="triage">
              <AcceptReportForm report={r} />
              <DeclineReportForm report={r} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

function TipOutcome({ t }: { t: Tip }) {
  if (t.status === 'declined')
    return (
      <Outcome by={t.triagedBy} at={t.triagedAt}>
        Declined (“{t.declineReason}”)
      </Outcome>
    );
  return (
    <Outcome by={t.triagedBy} at={t.triagedAt}>
      {t.claim && t.article ? (
        <>
          Became{' '}
          <Link href={`/articles/${t.article.id}`}>
            claim {t.claim.number} of “{t.article.title}”
          </Link>
        </>
      ) : t.article ? (
        <>
          Became the article <Link href={`/articles/${t.article.id}`}>“{t.article.title}”</Link>
        </>
      ) : (
        'Used'
      )}
    </Outcome>
  );
}

export function TipList({ tips, articles, canTriage }: { tips: Tip[]; articles: FeedbackQueue['articles']; canTriage: boolean }) {
  if (tips.length === 0) return <p className="empty">No reader has sent a claim to check yet.</p>;
  return (
    <ol className="feedback-list">
      {tips.map((t) => (
        <li key={t.id} className={`feedback-item status-${t.status}`} aria-labelledby={`tip-${t.id}`}>
          <h3 id={`tip-${t.id}`}>
            <span className={`pill status-${t.status}`}>{STATUS[t.status]}</span> {t.reference}
          </h3>
          <blockquote className="reader-words">{t.claimText}</blockquote>
          {t.seenAtUrl && (
            <p className="small">
              Seen at:{' '}
              <a href={t.seenAtUrl} rel="noopener noreferrer nofollow">
                {t.seenAtUrl}
              </a>
            </p>
          )}
          <Sender email={t.email} at={t.createdAt} />
          {t.status !== 'new' && <TipOutcome t={t} />}
          {t.status === 'new' && canTriage && (
            <div className="triage">
              <TipToClaimForm tip={t} />
              <div>
                <p className="small">
                  <Link href={t.seenAtUrl ? `/articles/new?${new URLSearchParams({ url: t.seenAtUrl })}` : '/articles/new'}>
                    Import an article for {t.reference}
                  </Link>
                  , then link it here:
                </p>
                <TipToArticleForm tip={t} articles={articles} />
              </div>
              <DeclineTipForm tip={t} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
