import { describe, expect, it } from 'vitest';
import { buildClaimReview, claimantType, jsonLd, type ClaimReviewInput } from '@/lib/claimreview';
import { ZClaimReviewSchema } from '@/lib/claimreview/schema';
import { RATINGS } from '@/lib/ratings';

const input = (over: Partial<ClaimReviewInput> = {}): ClaimReviewInput => ({
  baseUrl: 'https://desk.example',
  organisation: 'Example Desk',
  slug: 'xi-putin-ab12cd34',
  datePublished: new Date('2025-05-10T09:00:00Z'),
  dateModified: null,
  claim: { id: 'c1', text: 'The Soviet Union lost 27 million people in the war.', claimant: 'The National' },
  verdict: { rating: 'mostly_true', explanation: 'An estimate, widely cited.' },
  article: { title: 'Xi tells Putin…', publisher: 'The National', url: null, publishedAt: new Date('2025-05-08T00:00:00Z') },
  ...over,
});

describe('ClaimReview markup', () => {
  it('is valid for every rating, with a scale value only where the rating is on the scale', () => {
    for (const rating of RATINGS) {
      const r = buildClaimReview(input({ verdict: { rating, explanation: 'x' } }));
      expect(ZClaimReviewSchema.parse(r)).toBeTruthy();
      if (rating === 'unverified') expect(r.reviewRating).not.toHaveProperty('ratingValue');
      else expect(r.reviewRating).toMatchObject({ bestRating: 6, worstRating: 1 });
    }
    expect(buildClaimReview(input({ verdict: { rating: 'false_', explanation: 'x' } })).reviewRating).toMatchObject({
      alternateName: 'False',
      ratingValue: 1,
    });
    expect(buildClaimReview(input({ verdict: { rating: 'true_', explanation: 'x' } })).reviewRating).toMatchObject({
      alternateName: 'True',
      ratingValue: 6,
    });
  });

  it('points at the claim’s anchor, names the organisation, the claimant and where the claim appeared', () => {
    const r = buildClaimReview(input({ article: { title: 'T', publisher: 'P', url: 'https://news.example/a', publishedAt: null } }));
    expect(r.url).toBe('https://desk.example/fact-checks/xi-putin-ab12cd34#claim-c1');
    expect(r.author).toEqual({ '@type': 'Organization', name: 'Example Desk', url: 'https://desk.example' });
    expect(r.itemReviewed.author.name).toBe('The National');
    expect(r.itemReviewed.appearance).toMatchObject({ headline: 'T', url: 'https://news.example/a', publisher: { name: 'P' } });
  });

  it('has dateModified only after a correction, and leaves out an unknown article URL', () => {
    expect(buildClaimReview(input())).not.toHaveProperty('dateModified');
    expect(buildClaimReview(input()).itemReviewed.appearance).not.toHaveProperty('url');
    const corrected = buildClaimReview(input({ dateModified: new Date('2025-05-12T10:00:00Z') }));
    expect(corrected.dateModified).toBe('2025-05-12T10:00:00.000Z');
  });

  it('the schema rejects markup missing what search engines need', () => {
    const good = buildClaimReview(input());
    expect(ZClaimReviewSchema.safeParse({ ...good, url: 'https://desk.example/fact-checks/x' }).success).toBe(false);
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

  it('escapes JSON-LD so claim text cannot close the script tag', () => {
    const out = jsonLd({ claimReviewed: '</script><script>alert(1)</script>' });
    expect(out).not.toContain('</script>');
    expect(JSON.parse(out).claimReviewed).toBe('</script><script>alert(1)</script>');
  });
});
