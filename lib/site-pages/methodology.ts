// What /methodology says from the code itself, beside the Markdown an admin writes: the
// extractor's method and version, and the rating scale with each rating's definition. Kept here,
// not in the editable text, so the page cannot drift from what the software and the desk use.
import { DEFAULT_THRESHOLD, EXTRACTOR_VERSION } from '@/lib/extraction';
import { RATING_DESCRIPTIONS, RATING_LABELS } from '@/lib/labels';
import { BEST_RATING, RATING_VALUES, RATINGS } from '@/lib/ratings';

/** "2.3.0" of "claimdesk-extract/2.3.0". */
export const extractorRelease = (version: string = EXTRACTOR_VERSION) => version.slice(version.lastIndexOf('/') + 1);

/**
 * The extractor's steps as readers should understand them, in its order (lib/extraction/index.ts
 * runs one module per step; each module's header says the same in more detail). Change this when
 * a step changes what it does, as EXTRACTOR_VERSION changes.
 */
export const EXTRACTOR_STEPS: readonly string[] = [
  'It reads the article’s text, keeping its paragraphs and links, and sets aside the headline, byline and dateline.',
  'It splits the text into sentences and finds the people and organisations each names.',
  'It works out who said each sentence: the speaker a quote or a reporting verb (“said”, “told”) points to, following pronouns and short names back to the person first named.',
  'It notes what the article itself says about its claims: that something could not be independently verified, or that someone denied it or gave a different figure.',
  'It finds the figures, dates, amounts and percentages in each sentence.',
  `It scores each sentence for check-worthiness from 0 to 1 by adding up visible features (a figure, a date, a named person or body, a comparison, an attribution, a reported dispute) and subtracting for opinion and prediction (“should”, “will”). Sentences scoring ${DEFAULT_THRESHOLD} or more are suggested.`,
];

export type MethodologyFacts = {
  extractorVersion: string;
  extractorRelease: string;
  threshold: number;
  steps: readonly string[];
  ratings: { rating: string; label: string; definition: string; value: number | null }[];
  bestRating: number;
};

export function methodologyFacts(): MethodologyFacts {
  return {
    extractorVersion: EXTRACTOR_VERSION,
    extractorRelease: extractorRelease(),
    threshold: DEFAULT_THRESHOLD,
    steps: EXTRACTOR_STEPS,
    ratings: RATINGS.map((r) => ({ rating: r, label: RATING_LABELS[r], definition: RATING_DESCRIPTIONS[r], value: RATING_VALUES[r] })),
    bestRating: BEST_RATING,
  };
}
