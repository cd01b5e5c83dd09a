import { readSitePage } from '@/lib/site-pages/read';
import { SitePageView, sitePageMetadata } from '@/lib/site-pages/page-view';

export const generateMetadata = () => sitePageMetadata('about');

export default async function AboutPage() {
  return <SitePageView page={await readSitePage('about')} />;
}
