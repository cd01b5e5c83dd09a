'use server';

import { formAction } from '@/lib/actions';
import { articleIdOf } from '@/lib/errors';
import { publishFactCheck, saveBylines, saveSummary, setClaimIncluded, unpublishFactCheck } from '@/lib/data/factchecks';
import { writeCorrection } from '@/lib/data/corrections';
import { updateArticleDetails } from '@/lib/data/article-details';
import { ZUpdateArticleDetailsSchema } from '@/lib/validation/articles';
import {
  ZPublishSchema,
  ZSaveBylinesSchema,
  ZSaveSummarySchema,
  ZSetIncludedSchema,
  ZUnpublishSchema,
  ZWriteCorrectionSchema,
} from '@/lib/validation/factchecks';

// The publish page's actions. Readers' copies are refreshed by the pipeline after each commit.
const pages = (articleId: string | undefined) => (articleId ? [`/articles/${articleId}/publish`, `/articles/${articleId}`] : []);
const publishPage = ({ input }: { input: { articleId: string } }) => pages(input.articleId);

export const saveSummaryAction = formAction({
  schema: ZSaveSummarySchema,
  run: saveSummary,
  success: 'Summary saved.',
  refresh: publishPage,
});

export const saveBylinesAction = formAction({
  schema: ZSaveBylinesSchema,
  run: saveBylines,
  success: 'Bylines saved: readers see them with the next published version.',
  refresh: publishPage,
});

export const setIncludedAction = formAction({
  schema: ZSetIncludedSchema,
  run: setClaimIncluded,
  success: (c) => (c.included ? 'Claim included.' : 'Claim left out.'),
  refresh: ({ result, conflict }) => pages(result?.articleId ?? articleIdOf(conflict)),
});

export const publishAction = formAction({
  schema: ZPublishSchema,
  run: publishFactCheck,
  success: (fc) => `Published at /fact-checks/${fc.slug}.`,
  refresh: publishPage,
});

export const unpublishAction = formAction({
  schema: ZUnpublishSchema,
  run: unpublishFactCheck,
  success: 'Retracted: readers now find the retraction notice and your reason instead of the fact-check.',
  refresh: publishPage,
});

export const updateArticleDetailsAction = formAction({
  schema: ZUpdateArticleDetailsSchema,
  run: updateArticleDetails,
  success: 'Article details saved.',
  refresh: publishPage,
});

export const correctionAction = formAction({
  schema: ZWriteCorrectionSchema,
  run: writeCorrection,
  success: 'Correction published.',
  refresh: publishPage,
});
