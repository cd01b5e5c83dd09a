import { describe, expect, it } from 'vitest';
import { ZSubmitReportSchema, ZSubmitTipSchema } from '@/lib/validation/feedback';
import { fieldErrors } from '@/lib/validation/parse';

// What a reader reads under each field of the feedback forms: a clear sentence, never zod's
// generic "Invalid input".
const errorsOf = (r: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) => (r.success ? {} : fieldErrors(r.error!));

describe('the readers’ feedback forms', () => {
  it('accept empty optional fields as none, and keep the rest trimmed (email lower-cased)', () => {
    const tip = ZSubmitTipSchema.parse({ claimText: ' A claim.\r\nSecond line ', seenAtUrl: '', email: ' Me@Example.ORG ', website: '' });
    expect(tip).toEqual({ claimText: 'A claim.\nSecond line', seenAtUrl: null, email: 'me@example.org', website: '' });
    const report = ZSubmitReportSchema.parse({ slug: 'a-fact-check', claim: '', whatIsWrong: 'Wrong date.' });
    expect([report.claim, report.evidenceUrl ?? null, report.email ?? null]).toEqual([null, null, null]);
    expect(ZSubmitReportSchema.parse({ slug: 'a', claim: '3', whatIsWrong: 'x' }).claim).toBe(3);
  });

  it('say what is wrong with each field', () => {
    const tip = errorsOf(ZSubmitTipSchema.safeParse({ claimText: '  ', seenAtUrl: 'ftp://x', email: 'not an address' }));
    expect(tip.claimText).toEqual(['Write the claim you would like us to check.']);
    expect(tip.seenAtUrl?.[0]).toMatch(/^Enter a full web address/);
    expect(tip.email?.[0]).toMatch(/^Enter an email address/);
    const report = errorsOf(ZSubmitReportSchema.safeParse({ slug: 'a', claim: 'two', whatIsWrong: 'x'.repeat(2001) }));
    expect(report.claim?.[0]).toMatch(/^Choose a claim/);
    expect(report.whatIsWrong?.[0]).toMatch(/^Keep your message under 2,000 characters/);
  });
});
