import type { Metadata } from 'next';
import { formatDate } from '@/lib/format';
import type { SitePageSlug } from '@/lib/generated/prisma/enums';
import { readSitePage, type CachedSitePage } from './read';
import { SiteMarkdown } from './markdown';

// The public transparency pages share this frame: the admin's title and Markdown, when it was
// last changed, and whatever the page adds from code (the methodology's extractor and scale).

const DESCRIPTIONS: Record<SitePageSlug, string> = {
  about: 'Who we are, who funds us and how to reach us.',
  methodology: 'How we choose the claims we check, how we research them, and what each rating means.',
  corrections_policy: 'How we correct mistakes in our fact-checks and how to tell us about one.',
};

export async function sitePageMetadata(slug: SitePageSlug): Promise<Metadata> {
  const page = await readSitePage(slug);
  return { title: page.title, description: DESCRIPTIONS[slug] };
}

export function SitePageView({ page, children }: { page: CachedSitePage; children?: React.ReactNode }) {
  return (
    <main id="main" className="narrow">
      <article className="site-page">
        <h1>{page.title}</h1>
        <div className="site-page-body">
          <SiteMarkdown source={page.body} />
        </div>
        {children}
        {page.updatedAt && (
          <p className="muted small site-page-updated">
            Last updated <time dateTime={page.updatedAt}>{formatDate(new Date(page.updatedAt))}</time>
          </p>
        )}
      </article>
    </main>
  );
}
