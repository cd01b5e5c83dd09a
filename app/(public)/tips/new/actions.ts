'use server';

import { submitTip, type FeedbackReceipt } from '@/lib/data/feedback';
import { publicFormAction } from '@/lib/feedback/public-action';
import { ZSubmitTipSchema } from '@/lib/validation/feedback';

// No account: the pipeline runs with the sender's address (lib/feedback/public-action.ts).
export const submitTipAction = publicFormAction({
  schema: ZSubmitTipSchema,
  run: submitTip,
  success: (r) => `Thank you: your claim is in (reference ${r.reference}).`,
  data: (r): FeedbackReceipt => r,
});
