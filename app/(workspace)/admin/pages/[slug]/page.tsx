import type { Metadata } from 'next';
import Link from '@/app/components/link';
import { notFound } from 'next/navigation';
import { currentUserId } from '@/lib/auth/session';
import { getSitePageForEditing } from '@/lib/data/site-pages';
import { formatDateTime } from '@/lib/format';
import { guard } from '@/lib/page-guard';
import { SITE_PAGE_LINKS, SITE_PAGE_PATHS, slugFromSegment } from '@/lib/site-pages/pages';
import { SitePageForm } from './site-page-form';
import './site-page-form.css';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = slugFromSegment((await params).slug);
  return { title: slug ? `Edit ${SITE_PAGE_LINKS[slug]}` : 'Site pages' };
}

export default async function EditSitePagePage({ params }: Props) {
  const slug = slugFromSegment((await params).slug);
  if (!slug) notFound();
  const page = await guard(getSitePageForEditing(await currentUserId(), slug));
  return (
    <main id="main">
      <p>
        <Link href="/admin/pages">Site pages</Link>
      </p>
      <h1>Edit {SITE_PAGE_LINKS[slug]}</h1>
      <p className="muted">
        {page.updatedAt
          ? `Last saved ${formatDateTime(page.updatedAt)}${page.updatedBy ? ` by ${page.updatedBy}` : ''}.`
          : 'Never saved: this is the default text readers see now.'}{' '}
        Readers see this page at <Link href={SITE_PAGE_PATHS[slug]}>{SITE_PAGE_PATHS[slug]}</Link>.
      </p>
      <SitePageForm slug={slug} version={page.version} title={page.title} body={page.body} />
      {page.edits.length > 0 && (
        <section aria-labelledby="edits-heading">
          <h2 id="edits-heading">Recent edits</h2>
          <ul>
            {page.edits.map((e) => (
              <li key={e.id}>
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time> by {e.by}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
