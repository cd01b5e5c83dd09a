'use server';

import { submitReport, type FeedbackReceipt } from '@/lib/data/feedback';
import { publicFormAction } from '@/lib/feedback/public-action';
import { ZSubmitReportSchema } from '@/lib/validation/feedback';

// No account: the pipeline runs with the sender's address (lib/feedback/public-action.ts).
export const submitReportAction = publicFormAction({
  schema: ZSubmitReportSchema,
  run: submitReport,
  success: (r) => `Thank you: your report is in (reference ${r.reference}).`,
  data: (r): FeedbackReceipt => r,
});
