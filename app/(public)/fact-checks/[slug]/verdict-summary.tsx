import { RATINGS } from '@/lib/ratings';
import { RATING_LABELS } from '@/lib/labels';
import type { Rating } from '@/lib/generated/prisma/enums';

/** "7 claims: 5 true, 1 mostly true, 1 unverified", in the scale's order. */
export function verdictTally(ratings: Rating[]): { rating: Rating; count: number }[] {
  return RATINGS.map((rating) => ({ rating, count: ratings.filter((r) => r === rating).length })).filter((t) => t.count > 0);
}

export function tallySentence(ratings: Rating[]): string {
  const parts = verdictTally(ratings).map((t) => `${t.count} ${RATING_LABELS[t.rating].toLowerCase()}`);
  return `${ratings.length} ${ratings.length === 1 ? 'claim' : 'claims'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/**
 * The verdicts at a glance: the sentence, then a bar drawn from it (an SVG: the page's policy
 * allows no inline styles) with one segment per rating, as wide as its share, in the order of the
 * legend under it, which names each with its count, so it reads without colour. The sentence is
 * what assistive technology gets; the drawing repeats it and is hidden from them.
 */
export function VerdictSummary({ ratings }: { ratings: Rating[] }) {
  if (!ratings.length) return null;
  const tally = verdictTally(ratings);
  // Each segment starts where the ones before it end.
  const widths = tally.map((t) => (100 * t.count) / ratings.length);
  const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <section aria-labelledby="verdicts-heading" className="verdict-summary">
      <h2 id="verdicts-heading">Verdicts</h2>
      <p>{tallySentence(ratings)}.</p>
      <div aria-hidden="true">
        <svg className="verdict-bar" viewBox="0 0 100 4" preserveAspectRatio="none" focusable="false">
          {tally.map((t, i) => (
            <rect key={t.rating} className={`verdict-${t.rating}`} x={starts[i]} y={0} width={Math.max(widths[i]! - 0.4, 0.2)} height={4} />
          ))}
        </svg>
        <ul className="verdict-legend">
          {tally.map((t) => (
            <li key={t.rating} className={`verdict-${t.rating}`}>
              {t.count} {RATING_LABELS[t.rating]}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
