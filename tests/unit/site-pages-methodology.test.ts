import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLD, EXTRACTOR_VERSION } from '@/lib/extraction';
import { RATINGS } from '@/lib/ratings';
import { defaultSitePages } from '@/lib/site-pages/defaults';
import { extractorRelease, methodologyFacts } from '@/lib/site-pages/methodology';
import { SITE_PAGE_PATHS, SITE_PAGE_SLUGS, slugFromSegment, sitePageSegment } from '@/lib/site-pages/pages';

// /methodology states the extractor's version and the rating scale from the code, so the page
// readers see cannot fall behind the software or the scale the desk rules with.

describe('the methodology page’s facts', () => {
  it('names the extractor version the importer records, and the threshold it suggests at', () => {
    const facts = methodologyFacts();
    expect(facts.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(EXTRACTOR_VERSION.endsWith(`/${facts.extractorRelease}`)).toBe(true);
    expect(extractorRelease('claimdesk-extract/9.1.0')).toBe('9.1.0');
    expect(facts.steps.join(' ')).toContain(`scoring ${DEFAULT_THRESHOLD} or more are suggested`);
  });

  it('defines every rating on the scale, best first, with its place on the ClaimReview scale', () => {
    const { ratings } = methodologyFacts();
    expect(ratings.map((r) => r.rating)).toEqual([...RATINGS]);
    for (const r of ratings) expect(r.definition.length).toBeGreaterThan(5);
    expect(ratings.map((r) => r.value)).toEqual([6, 5, 4, 3, 2, 1, null]);
  });
});

describe('the transparency pages', () => {
  it('have an address each, found back from it', () => {
    expect(SITE_PAGE_SLUGS.map((s) => SITE_PAGE_PATHS[s])).toEqual(['/about', '/methodology', '/corrections-policy']);
    for (const s of SITE_PAGE_SLUGS) expect(slugFromSegment(sitePageSegment(s))).toBe(s);
    expect(slugFromSegment('corrections_policy')).toBeNull();
  });

  it('default to text naming the organisation, with funding and contact marked as placeholders', () => {
    const pages = defaultSitePages('The Example Desk');
    expect(pages.about.title).toBe('About The Example Desk');
    expect(pages.about.body).toMatch(/## Independence and funding\n\n\*\*Placeholder: an administrator must replace this section\.\*\*/);
    expect(pages.about.body).toMatch(/## Contact\n\n\*\*Placeholder/);
    expect(pages.corrections_policy.body).toContain('The Example Desk corrects its mistakes openly.');
  });
});
