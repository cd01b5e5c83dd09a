import Link from '@/app/components/link';
import { currentUserId } from '@/lib/auth/session';
import { listSitePagesForEditing } from '@/lib/data/site-pages';
import { formatDateTime } from '@/lib/format';
import { guard } from '@/lib/page-guard';
import { SITE_PAGE_LINKS, SITE_PAGE_PATHS, sitePageSegment } from '@/lib/site-pages/pages';

export const metadata = { title: 'Site pages' };

export default async function SitePagesPage() {
  const pages = await guard(listSitePagesForEditing(await currentUserId()));
  return (
    <main id="main">
      <h1>Site pages</h1>
      <p>
        The transparency pages every public page links to in its footer. Write them in Markdown; readers see a change as soon as you save it. The
        methodology page also lists the claim extractor’s method and version and the rating scale, from the software itself.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Page</th>
            <th scope="col">Title</th>
            <th scope="col">Last edited</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {pages.map((p) => (
            <tr key={p.slug}>
              <td>
                <Link href={SITE_PAGE_PATHS[p.slug]}>{SITE_PAGE_PATHS[p.slug]}</Link>
              </td>
              <td>{p.title}</td>
              <td>{p.updatedAt ? `${formatDateTime(p.updatedAt)}${p.updatedBy ? ` by ${p.updatedBy}` : ''}` : 'Never: the default text is shown'}</td>
              <td>
                <Link href={`/admin/pages/${sitePageSegment(p.slug)}`} aria-label={`Edit ${SITE_PAGE_LINKS[p.slug]}`}>
                  Edit
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
