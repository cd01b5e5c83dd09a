import type { ClaimFlags, ClaimKind, ExtractedEntity, ExtractedQuantity } from './types';
import type { Attribution } from './attribution';
import { EVALUATIVE, SCENE_WORDS } from './lexicon';

const wordsRe = (words: ReadonlySet<string>): RegExp => new RegExp(`\\b(?:${[...words].join('|')})\\b`, 'i');
const EVALUATIVE_RE = wordsRe(EVALUATIVE);
const SCENE_RE = wordsRe(SCENE_WORDS);

/**
 * Check-worthiness as a sum of visible features, so every score can be explained to the
 * journalist by its reasons. Weights are hand-set; changing one changes EXTRACTOR_VERSION.
 */

export const DEFAULT_THRESHOLD = 0.5;

const NORMATIVE_RE = /\b(?:should|must|ought to|needs? to|it is time)\b/i;
const SPECULATIVE_RE =
  /\b(?:could|might|may|would|will|won't|shall|likely|unlikely|possibly|perhaps|probably|expected to|set to|plans? to|planning to|aims? to|aiming to|aiming for|hopes? to|intends? to|poised to|going to|forecasts?|predicts?)\b|\b(?:Could|Might|Would|Will|Perhaps|Possibly|Probably)\b/;
const PAST_RE =
  /\b(?:was|were|had|did|lost|made|met|sent|took|gave|won|fell|rose|grew|built|began|came|went|paid|sold|bought|killed|left|held|ran|hit|spent|became|brought|fought|found|kept|struck|shot|broke|drove|flew|saw|stole|wrote|[a-z]{3,}ed)\b/;
const PAST_ALL_RE = new RegExp(PAST_RE.source, 'g');
const NOT_PAST = new Set(['indeed', 'hundred', 'united', 'proceed', 'succeed', 'exceed', 'sacred', 'naked', 'wicked', 'beloved', 'kindred', 'based', 'concerned', 'interested', 'needed']);
const COMPARE_RE =
  /\b(?:most|least|more than|less than|fewer than|as many as|as much as|at least|at most|biggest|largest|smallest|highest|lowest|best|worst|fastest|slowest|oldest|youngest|richest|poorest|deadliest|longest|shortest|greatest|strongest|weakest|record|the first|the only|doubled|tripled|halved)\b/i;
const COMPARATIVE_RE = /\b\w+er than\b/i;

export interface ScoreInput {
  text: string;
  quantities: ExtractedQuantity[];
  entities: ExtractedEntity[];
  attribution: Attribution;
  meta: boolean;
  flags: ClaimFlags;
}

export interface Scored {
  score: number;
  kind: ClaimKind;
  reasons: string[];
}

function quotedShare(s: string): number {
  if (!/["“]/.test(s)) return 0;
  let inside = 0;
  let open = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = !open;
    else if (open) inside++;
  }
  return s.length ? inside / s.length : 0;
}

function countSpaces(s: string): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

function firstWord(re: RegExp, s: string): string | null {
  return re.exec(s)?.[0]?.toLowerCase() ?? null;
}

export function scoreSentence(input: ScoreInput): Scored {
  const { text, quantities, entities, attribution, flags } = input;
  if (input.meta) return { score: 0.05, kind: 'meta', reasons: ['about verification or sourcing, not a claim'] };
  const reasons: string[] = [];
  let score = 0.2;
  const add = (delta: number, reason: string): void => {
    score += delta;
    reasons.push(reason);
  };
  const wordCount = countSpaces(text) + 1; // text.split(' ').length, without building the array
  const hasQuantity = quantities.some((q) => q.kind !== 'date');
  if (hasQuantity) add(0.25, 'has a quantity');
  if (quantities.some((q) => q.kind === 'date')) add(0.1, 'mentions a date');
  if (entities.length) add(0.1, 'names an actor');
  let past = false;
  PAST_ALL_RE.lastIndex = 0;
  for (let m = PAST_ALL_RE.exec(text); m && !past; m = PAST_ALL_RE.exec(text)) past = !NOT_PAST.has(m[0]);
  if (past) add(0.1, 'past event');
  const compare = firstWord(COMPARE_RE, text) ?? (text.includes(' than') ? firstWord(COMPARATIVE_RE, text) : null);
  if (compare) add(0.15, `comparison or superlative ("${compare}")`);
  if (attribution.speaker) add(0.1, 'attributed statement');
  if (flags.unverified) add(0.1, 'the article says it could not be verified');
  if (flags.disputed) add(0.1, 'disputed in the article');

  const normative = firstWord(NORMATIVE_RE, text);
  if (normative) add(-0.3, `opinion or normative language ("${normative}")`);
  const speculative = firstWord(SPECULATIVE_RE, text);
  if (speculative) add(-0.35, `speculation or prediction ("${speculative}")`);
  const evaluative = firstWord(EVALUATIVE_RE, text);
  if (evaluative) add(-0.15, `evaluative language ("${evaluative}")`);
  const scene = firstWord(SCENE_RE, text);
  if (scene) add(-0.15, `scene-setting ("${scene}")`);
  const question = /\?["”’)]*$/.test(text) && attribution.via !== 'trailing';
  if (question) add(-0.3, 'a question, not an assertion');
  if (wordCount < 6) add(-0.2, 'too short to check');
  const quote = quotedShare(text) >= 0.5;
  if (quote) reasons.push('direct quote');

  const kind: ClaimKind = question
    ? 'question'
    : normative || (evaluative && !hasQuantity)
      ? 'opinion'
      : speculative
        ? 'prediction'
        : quote
          ? 'quote'
          : 'factual';
  // Two decimals keeps output stable and readable; the weights are multiples of 0.05 anyway.
  const clamped = Math.min(1, Math.max(0, Math.round(score * 100) / 100));
  return { score: clamped, kind, reasons };
}
