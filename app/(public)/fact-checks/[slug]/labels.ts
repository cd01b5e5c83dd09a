import type { SourceType, Stance } from '@/lib/generated/prisma/enums';

export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  primary_document: 'Primary document',
  official_statement: 'Official statement',
  dataset: 'Dataset',
  news_report: 'News report',
  expert: 'Expert',
  social_post: 'Social media post',
  other: 'Other',
};

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
