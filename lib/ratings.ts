// The rating scale and its ClaimReview mapping (schema.org Rating). Values on the scale get a
// ratingValue between worstRating (1) and bestRating (6); "Unverified" is off the scale.
import type { Rating } from '@/lib/generated/prisma/enums';

export const RATINGS: readonly Rating[] = ['true_', 'mostly_true', 'mixed', 'misleading', 'mostly_false', 'false_', 'unverified'];

export const RATING_INFO: Record<Rating, { label: string; value: number | null; description: string }> = {
  true_: { label: 'True', value: 6, description: 'Accurate, with nothing significant missing.' },
  mostly_true: { label: 'Mostly true', value: 5, description: 'Accurate but needs clarification or context.' },
  mixed: { label: 'Mixed', value: 4, description: 'Partly accurate, partly not.' },
  misleading: { label: 'Misleading', value: 3, description: 'Contains accurate elements but gives a wrong impression.' },
  mostly_false: { label: 'Mostly false', value: 2, description: 'Largely inaccurate, with an element of truth.' },
  false_: { label: 'False', value: 1, description: 'Inaccurate.' },
  unverified: { label: 'Unverified', value: null, description: 'Could not be independently verified.' },
};

export const BEST_RATING = 6;
export const WORST_RATING = 1;

export const ratingLabel = (r: Rating) => RATING_INFO[r].label;

/** Parses a rating from a form, also accepting its label ("Mostly true"). */
export function parseRating(v: unknown): Rating | null {
  if (typeof v !== 'string') return null;
  if ((RATINGS as readonly string[]).includes(v)) return v as Rating;
  return RATINGS.find((r) => RATING_INFO[r].label.toLowerCase() === v.trim().toLowerCase()) ?? null;
}
