import type { Metadata } from 'next';
import Link from '@/app/components/link';
import { notFound } from 'next/navigation';
import { getPublishedFactCheck } from '@/lib/data/public';
import { factCheckPath } from '@/lib/claimreview';
import { quote } from '@/lib/text';
import { ReportForm } from './report-form';

// "Report an error" on a published fact-check or one of its claims (?claim=<n>, the claim's number
// on the reader's pages). No account; the form works without JavaScript (lib/data/feedback.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ claim?: string | string[] }> };

export const metadata: Metadata = { title: 'Report an error', robots: { index: false } };

export default async function ReportErrorPage({ params, searchParams }: Props) {
  const [{ slug }, { claim }] = await Promise.all([params, searchParams]);
  const fc = await getPublishedFactCheck(slug);
  if (!fc) notFound();
  const asked = typeof claim === 'string' && /^[1-9]\d{0,5}$/.test(claim) ? Number(claim) : null;
  const named = fc.claims.find((c) => c.n === asked) ?? null;
  const path = factCheckPath(fc.slug);
  return (
    <main id="main" className="narrow">
      <p className="kicker">
        <Link href={named ? named.path : path}>{named ? `Claim ${named.n} of “${fc.article.title}”` : fc.article.title}</Link>
      </p>
      <h1>Report an error</h1>
      <p>
        Did we get something wrong in this fact-check? Tell us what, and if you can, show us where the right information is. Editors read every
        report; corrections appear on the fact-check with their date, as our corrections policy says.
      </p>
      <ReportForm
        slug={fc.slug}
        factCheckPath={path}
        claims={fc.claims.map((c) => ({ n: c.n, label: `Claim ${c.n}: ${quote(c.text, 80)}` }))}
        claim={named?.n ?? null}
      />
    </main>
  );
}
