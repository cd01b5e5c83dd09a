import type { Stance } from '@/lib/generated/prisma/enums';

// Type names are the workspace's own; stances get a reader's wording.
export { SOURCE_TYPE_LABELS } from '@/lib/validation/sources';

export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports the claim',
  contradicts: 'Contradicts the claim',
  context: 'Context',
};

/** Demo and test sources are visibly placeholders on the reserved example domains (RFC 2606). */
export function isPlaceholderUrl(url: string): boolean {
  try {
    return /(^|\.)example\.(org|com|net)$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
