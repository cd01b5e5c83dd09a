'use server';

import { formAction } from '@/lib/actions';
import { acceptReport, declineReport, declineTip, tipToArticle, tipToClaim } from '@/lib/data/feedback';
import { ZAcceptReportSchema, ZDeclineReportSchema, ZDeclineTipSchema, ZTipToArticleSchema, ZTipToClaimSchema } from '@/lib/validation/feedback';

// Triage at /feedback. Each data function authorizes (reports: editors; tips: journalists and
// editors), checks the version the form was loaded with and writes its history in one transaction.
const refresh = () => ['/feedback', '/dashboard'];

export const acceptReportAction = formAction({
  schema: ZAcceptReportSchema,
  run: acceptReport,
  success: (r) => `Report ${r.reference} accepted: the correction is on the fact-check.`,
  refresh,
});

export const declineReportAction = formAction({
  schema: ZDeclineReportSchema,
  run: declineReport,
  success: (r) => `Report ${r.reference} declined.`,
  refresh,
});

export const tipToClaimAction = formAction({
  schema: ZTipToClaimSchema,
  run: tipToClaim,
  success: (r) => `Tip ${r.reference} is now claim ${r.claimNumber} of a new article.`,
  refresh: ({ result }) => [...refresh(), '/articles', '/claims', result && `/articles/${result.articleId}`],
});

export const tipToArticleAction = formAction({
  schema: ZTipToArticleSchema,
  run: tipToArticle,
  success: (r) => `Tip ${r.reference} is linked to “${r.title}”.`,
  refresh,
});

export const declineTipAction = formAction({
  schema: ZDeclineTipSchema,
  run: declineTip,
  success: (r) => `Tip ${r.reference} declined.`,
  refresh,
});
