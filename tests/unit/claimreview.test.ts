import { describe, expect, it } from 'vitest';
import { buildClaimReview, claimantType, jsonLd, type ClaimReviewInput } from '@/lib/claimreview';
import { ZClaimReviewSchema } from '@/lib/claimreview/schema';
import { RATINGS } from '@/lib/ratings';

const input = (over: Partial<ClaimReviewInput> = {}): ClaimReviewInput => ({
  baseUrl: 'https://desk.example',
  organisation: { name: 'Example Desk', url: 'https://desk.example', logo: 'https://desk.example/logo.png', sameAs: [] },
  slug: 'xi-putin-ab12cd34',
  number: 7,
  datePublished: new Date('2025-05-10T09:00:00Z'),
  dateModified: null,
  language: 'en',
  claim: { text: 'The Soviet Union lost 27 million people in the war.', claimant: 'The National' },
  verdict: { rating: 'mostly_true', explanation: 'An estimate, widely cited.', attributionConfirmed: true },
  article: { title: 'Xi tells Putin…', publisher: 'The National', url: null, publishedAt: new Date('2025-05-08T00:00:00Z') },
  ...over,
});

describe('ClaimReview markup', () => {
  it('is valid for every rating, with a scale value only where the rating is on the scale', () => {
    for (const rating of RATINGS) {
      const r = buildClaimReview(input({ verdict: { rating, explanation: 'x', attributionConfirmed: true } }));
      expect(ZClaimReviewSchema.parse(r)).toBeTruthy();
      if (rating === 'unverified') expect(r.reviewRating).not.toHaveProperty('ratingValue');
      else expect(r.reviewRating).toMatchObject({ bestRating: 6, worstRating: 1 });
    }
    expect(buildClaimReview(input({ verdict: { rating: 'false_', explanation: 'x', attributionConfirmed: true } })).reviewRating).toMatchObject({
      alternateName: 'False',
      ratingValue: 1,
    });
    expect(buildClaimReview(input({ verdict: { rating: 'true_', explanation: 'x', attributionConfirmed: true } })).reviewRating).toMatchObject({
      alternateName: 'True',
      ratingValue: 6,
    });
  });

  it('points at the claim’s own page, names the organisation with its logo, the claimant, the language and where the claim appeared', () => {
    const r = buildClaimReview(input({ article: { title: 'T', publisher: 'P', url: 'https://news.example/a', publishedAt: null } }));
    expect(r.url).toBe('https://desk.example/fact-checks/xi-putin-ab12cd34/claims/7');
    expect(r.author).toEqual({
      '@type': 'Organization',
      name: 'Example Desk',
      url: 'https://desk.example',
      logo: { '@type': 'ImageObject', url: 'https://desk.example/logo.png' },
    });
    expect(r.inLanguage).toBe('en');
    expect(r.itemReviewed.author?.name).toBe('The National');
    expect(r.itemReviewed.appearance).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'T',
      url: 'https://news.example/a',
      publisher: { name: 'P' },
    });
    expect(r.itemReviewed).not.toHaveProperty('datePublished');
    const sameAs = ['https://www.wikidata.org/wiki/Q1', 'https://ifcncodeofprinciples.poynter.org/'];
    expect(buildClaimReview(input({ organisation: { ...input().organisation, sameAs } })).author.sameAs).toEqual(sameAs);
  });

  it('gives claimReviewed the short summary when there is one, and dates the claim by the article', () => {
    const full = buildClaimReview(input());
    expect(full.claimReviewed).toBe('The Soviet Union lost 27 million people in the war.');
    expect(full.itemReviewed.datePublished).toBe('2025-05-08');
    const short = buildClaimReview(input({ claim: { ...input().claim, summary: '  27 million Soviet war dead ' } }));
    expect(short.claimReviewed).toBe('27 million Soviet war dead');
  });

  it('names no author where the attribution is not confirmed, and says so in the explanation', () => {
    const r = buildClaimReview(input({ verdict: { rating: 'false_', explanation: 'No record of it.', attributionConfirmed: false } }));
    expect(r.itemReviewed).not.toHaveProperty('author');
    expect(r.reviewRating.ratingExplanation).toBe('No record of it. We could not confirm that The National made this claim as reported.');
    expect(ZClaimReviewSchema.parse(r)).toBeTruthy();
    // An unattributed claim names no author either.
    expect(buildClaimReview(input({ claim: { ...input().claim, claimant: '' } })).itemReviewed).not.toHaveProperty('author');
    // The schema holds the markup to what the page says: no author and no word why is refused.
    const { author: _a, ...anonymous } = buildClaimReview(input()).itemReviewed;
    expect(ZClaimReviewSchema.safeParse({ ...buildClaimReview(input()), itemReviewed: anonymous }).success).toBe(false);
  });

  it('has dateModified only after a correction, and leaves out an unknown article URL', () => {
    expect(buildClaimReview(input())).not.toHaveProperty('dateModified');
    expect(buildClaimReview(input()).itemReviewed.appearance).not.toHaveProperty('url');
    const corrected = buildClaimReview(input({ dateModified: new Date('2025-05-12T10:00:00Z') }));
    expect(corrected.dateModified).toBe('2025-05-12T10:00:00.000Z');
  });

  it('the schema rejects markup missing what search engines need', () => {
    const good = buildClaimReview(input());
    // One ClaimReview per page: the url is the claim's own page, not an anchor on the fact-check's.
    expect(ZClaimReviewSchema.safeParse({ ...good, url: 'https://desk.example/fact-checks/x#claim-c1' }).success).toBe(false);
    expect(ZClaimReviewSchema.safeParse({ ...good, claimReviewed: 'x'.repeat(201) }).success).toBe(false);
    const { logo: _l, ...noLogo } = good.author;
    expect(ZClaimReviewSchema.safeParse({ ...good, author: noLogo }).success).toBe(false);
    expect(
      ZClaimReviewSchema.safeParse({
        ...good,
        reviewRating: { '@type': 'Rating', alternateName: 'X', ratingValue: 9, bestRating: 6, worstRating: 1 },
      }).success,
    ).toBe(false);
    expect(ZClaimReviewSchema.safeParse({ ...good, reviewRating: { '@type': 'Rating', alternateName: 'X', ratingValue: 3 } }).success).toBe(false);
    const { claimReviewed: _c, ...noClaim } = good;
    expect(ZClaimReviewSchema.safeParse(noClaim).success).toBe(false);
    expect(ZClaimReviewSchema.safeParse({ ...good, notes: 'internal' }).success).toBe(false);
  });

  it('types institutions as organisations and people as persons', () => {
    expect(claimantType("Russia's Defence Ministry")).toBe('Organization');
    expect(claimantType('Xi Jinping')).toBe('Person');
  });

  it('types the claimant from the recorded type, with a person’s role as jobTitle, before any guess', () => {
    const claim = (over: Partial<ClaimReviewInput['claim']>) => buildClaimReview(input({ claim: { ...input().claim, ...over } })).itemReviewed.author;
    // The guess alone reads "US" and "Ukraine" as institutions; the recorded type says otherwise.
    expect(claimantType('US President Donald Trump')).toBe('Organization');
    expect(claim({ claimant: 'Donald Trump', claimantType: 'person', claimantRole: 'US President' })).toEqual({
      '@type': 'Person',
      name: 'Donald Trump',
      jobTitle: 'US President',
    });
    expect(claim({ claimant: 'The National', claimantType: 'organisation', claimantRole: 'newspaper' })).toEqual({
      '@type': 'Organization',
      name: 'The National',
    });
    expect(claim({ claimant: 'doctors', claimantType: 'group' })).toEqual({ '@type': 'Organization', name: 'doctors' });
    // A claimant record's sameAs identifies them (Wikidata, an official site).
    expect(claim({ claimant: 'Vladimir Putin', claimantType: 'person', claimantSameAs: 'https://www.wikidata.org/wiki/Q7747' })).toEqual({
      '@type': 'Person',
      name: 'Vladimir Putin',
      sameAs: 'https://www.wikidata.org/wiki/Q7747',
    });
    expect(claim({ claimant: 'Xi Jinping', claimantType: null, claimantRole: null })).toEqual({ '@type': 'Person', name: 'Xi Jinping' });
    for (const t of ['person', 'organisation', 'group'] as const) {
      expect(
        ZClaimReviewSchema.safeParse(buildClaimReview(input({ claim: { ...input().claim, claimantType: t, claimantRole: 'Chair' } }))).success,
      ).toBe(true);
    }
    const good = buildClaimReview(input());
    const bad = { ...good, itemReviewed: { ...good.itemReviewed, author: { '@type': 'Organization', name: 'X', jobTitle: 'Chair' } } };
    expect(ZClaimReviewSchema.safeParse(bad).success).toBe(false);
  });

  it('names the people of the article’s byline as its authors, and no one for a byline that is not names', () => {
    const appearance = (byline: string | null | undefined) =>
      buildClaimReview(input({ article: { ...input().article, byline } })).itemReviewed.appearance as Record<string, unknown>;
    expect(appearance('Jane Doe and John Roe').author).toEqual([
      { '@type': 'Person', name: 'Jane Doe' },
      { '@type': 'Person', name: 'John Roe' },
    ]);
    expect(appearance('Jane Doe, Reuters').author).toEqual([{ '@type': 'Person', name: 'Jane Doe' }]);
    for (const none of ['Radio Dunmere staff', 'BBC News', '', null, undefined]) expect(appearance(none)).not.toHaveProperty('author');
    const r = buildClaimReview(input({ article: { ...input().article, byline: 'Jane Doe, John Roe and Ann Lee' } }));
    expect(ZClaimReviewSchema.parse(r)).toEqual(r);
    // Only people: an organisation as the article's author, or an empty list, is refused.
    const withAuthor = (author: unknown) => ({ ...r, itemReviewed: { ...r.itemReviewed, appearance: { ...r.itemReviewed.appearance, author } } });
    expect(ZClaimReviewSchema.safeParse(withAuthor([{ '@type': 'Organization', name: 'Reuters' }])).success).toBe(false);
    expect(ZClaimReviewSchema.safeParse(withAuthor([])).success).toBe(false);
  });

  it('escapes JSON-LD so claim text cannot close the script tag', () => {
    const out = jsonLd({ claimReviewed: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out).claimReviewed).toBe('</script><script>alert(1)</script>');
  });
});
