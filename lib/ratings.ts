// The rating scale and its ClaimReview mapping (schema.org Rating). Values on the scale get a
// ratingValue between worstRating (1) and bestRating (6); "Unverified" is off the scale.
// The words for each rating are in lib/labels.ts.
import type { Rating, SourceType } from '@/lib/generated/prisma/enums';

/** Best to worst, then off the scale: the order forms and filters list them in. */
export const RATINGS: readonly Rating[] = ['true_', 'mostly_true', 'mixed', 'misleading', 'mostly_false', 'false_', 'unverified'];

export const RATING_VALUES: Record<Rating, number | null> = {
  true_: 6,
  mostly_true: 5,
  mixed: 4,
  misleading: 3,
  mostly_false: 2,
  false_: 1,
  unverified: null,
};

export const BEST_RATING = 6;
export const WORST_RATING = 1;

/** The sources that are primary evidence: the publishing checklist asks each claim for one (or why none exists). */
export const PRIMARY_SOURCE_TYPES: readonly SourceType[] = ['primary_document', 'official_statement', 'dataset'];

// PostgreSQL spells two ratings differently from the client (schema.prisma @map: "true", "false").
const CLIENT_RATING: Record<string, Rating> = { true: 'true_', false: 'false_' };
/** A rating as raw SQL returns it (`latest_rating::text`), as the client names it. */
export const clientRating = (dbRating: string): Rating => CLIENT_RATING[dbRating] ?? (dbRating as Rating);
/** A rating as raw SQL must spell it. */
export const dbRating = (rating: Rating): string => (rating === 'true_' ? 'true' : rating === 'false_' ? 'false' : rating);
