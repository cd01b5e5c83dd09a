import { readSitePage } from '@/lib/site-pages/read';
import { SitePageView, sitePageMetadata } from '@/lib/site-pages/page-view';

export const generateMetadata = () => sitePageMetadata('corrections_policy');

export default async function CorrectionsPolicyPage() {
  return <SitePageView page={await readSitePage('corrections_policy')} />;
}
