import 'server-only';
import { revalidatePath } from 'next/cache';

// The reader's pages are cached (see app/(public)). Anything that changes what readers see —
// publish, unpublish, a correction, a change to a published claim's verdict — calls this in the
// same server action, after its transaction commits, so no reader ever gets a stale verdict.
// The publishing work (issue #5) owns this file and may switch it to tag-based invalidation; the
// signature stays.
export function invalidatePublicFactCheck(slug?: string | null): void {
  revalidatePath('/fact-checks');
  revalidatePath('/api/fact-checks');
  revalidatePath('/');
  if (slug) {
    revalidatePath(`/fact-checks/${slug}`);
    revalidatePath(`/api/fact-checks/${slug}`);
  }
}
