/**
 * Step 8, scoring: check-worthiness as a sum of visible features, so that every score can be
 * explained to the journalist by its reasons, and a kind (factual, quote, opinion, …) that
 * says why a low score is low. Weights are hand-set; changing one changes EXTRACTOR_VERSION.
 */
import type { Attribution } from './attribution';
import { APPEALS, COMPARISONS, EVALUATIVE, NORMATIVE, NOT_PAST, PAST_VERBS, SCENE_WORDS, SPECULATIVE, SPECULATIVE_CAPITALISED } from './lexicon';
import { anyOf } from './regex';
import type { ClaimFlags, ClaimKind, ExtractedEntity, ExtractedQuantity } from './types';

/** A sentence is suggested to the desk when its score reaches this. */
export const DEFAULT_THRESHOLD = 0.5;

/**
 * Every weight, in the order scoreSentence adds them. All are multiples of 0.05; the order
 * matters only for floating-point rounding, which the two-decimal result hides.
 */
const WEIGHTS = {
  /** The start: short of the threshold by more than any one feature adds (0.25), so a suggestion needs two. */
  base: 0.2,
  /** The largest reward: a figure is what a record can confirm or refute, and what desks correct most. */
  quantity: 0.25,
  /** Pins the claim to a checkable event, but alone it is rarely the claim: under half a figure's weight. */
  date: 0.1,
  /** A named person or body gives the checker someone to ask or a record to search; as common as a date. */
  entity: 0.1,
  /** What happened can be checked now, a plan cannot: the small counterpart of the speculation penalty. */
  past: 0.1,
  /** "the biggest", "more than", "doubled" are often overstated: above the small signals, below a figure. */
  comparison: 0.15,
  /** Someone put their name to it, so there is someone to hold to it; small, as most news is attributed. */
  attributed: 0.1,
  /** The article itself could not verify it: a lead for the desk, as strong as a dispute. */
  unverified: 0.1,
  /** The article reports a denial: a live dispute worth settling. */
  disputed: 0.1,
  /** "should", "must": opinion is neither true nor false; outweighs a figure on its own. */
  normative: -0.3,
  /** "will", "could", "plans to": uncheckable until it happens; the largest penalty, a figure plus a past event. */
  speculative: -0.35,
  /**
   * A prediction or plan with a figure ("will open in 2027 and carry 9 million passengers", "would
   * cost £90 million") can be checked against the plan, the budget or, later, the record: a small penalty only.
   */
  speculativeWithFigure: -0.1,
  /** Answers an earlier claim with the opposite ("said it had not borrowed any money"): one side of a live dispute. */
  disputes: 0.15,
  /** "urged both sides to talk", "called for an inquiry": an appeal asserts nothing; as heavy as normative language. */
  appeal: -0.3,
  /** "That was the verdict of Dr Farouk": hands the quote before to its speaker and says nothing itself. */
  handOver: -0.4,
  /** "historic", "outrageous": judgement mixed into what may still be a fact; half the normative penalty. */
  evaluative: -0.15,
  /** "the skies were calm": colour rather than claim; lowers a sentence like evaluative language does. */
  scene: -0.15,
  /** A question asserts nothing; as heavy as normative language. */
  question: -0.3,
  /** Under MIN_WORDS words ("He left.") is rarely a whole statement: keeps a figure-and-name fragment below the threshold. */
  tooShort: -0.2,
  /** Not added but used alone: sentences about verification or sourcing are never suggested, and say why. */
  meta: 0.05,
} as const;

const MIN_WORDS = 6;
/** Half or more of the sentence between quote marks makes it a direct quote. */
const QUOTE_SHARE = 0.5;

const APPEAL_RE = new RegExp(`\\b${anyOf(APPEALS)}\\b`, 'i');
const NORMATIVE_RE = new RegExp(`\\b${anyOf(NORMATIVE)}\\b`, 'i');
const SPECULATIVE_RE = new RegExp(`\\b${anyOf(SPECULATIVE)}\\b|\\b${anyOf(SPECULATIVE_CAPITALISED)}\\b`);
// A past tense, unless it is one of NOT_PAST (checked after the match: cheaper than before every word).
const PAST_RE = new RegExp(`\\b(?:${anyOf(PAST_VERBS)}|[a-z]{3,}ed)\\b(?<!\\b${anyOf(NOT_PAST)})`);
const COMPARE_RE = new RegExp(`\\b${anyOf(COMPARISONS)}\\b`, 'i');
const COMPARATIVE_RE = /\b\w+er than\b/i;
const EVALUATIVE_RE = new RegExp(`\\b${anyOf(EVALUATIVE)}\\b`, 'i');
const SCENE_RE = new RegExp(`\\b${anyOf(SCENE_WORDS)}\\b`, 'i');
const QUESTION_RE = /\?["”’)]*$/;
// MIN_WORDS words have MIN_WORDS - 1 spaces between them: text.split(' ').length, without the array.
const HAS_MIN_WORDS_RE = new RegExp(`^(?:[^ ]* ){${MIN_WORDS - 1}}`);

interface ScoreInput {
  text: string;
  quantities: ExtractedQuantity[];
  entities: ExtractedEntity[];
  attribution: Attribution;
  meta: boolean;
  flags: ClaimFlags;
  /** The sentence is what disputes an earlier claim (its flags.disputedBy points here). */
  disputes: boolean;
}

interface Scored {
  score: number;
  kind: ClaimKind;
  reasons: string[];
}

/** The regex's first match, lower-cased, for the reason shown to the journalist. */
function firstMatch(re: RegExp, s: string): string | null {
  return re.exec(s)?.[0].toLowerCase() ?? null;
}

/** Share of the sentence's characters between quote marks ("…" or straight quotes). */
function quotedShare(s: string): number {
  if (!/["“]/.test(s)) return 0; // nothing opens a quote, and most sentences have none
  let inside = 0;
  let open = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
    else if (open) inside++;
  }
  return s.length ? inside / s.length : 0;
}

// "2:30 p.m." is read as two numbers; a clock time is when something was said, not a figure to check.
const CLOCK_RE = /\b\d{1,2}:\d{2}\b/g;

/** A figure other than a date or a clock time: what makes a prediction checkable. */
function predictsFigure(text: string, quantities: ExtractedQuantity[]): boolean {
  const figures = quantities.filter((q) => q.kind !== 'date').length;
  if (!figures) return false;
  return figures > (text.includes(':') ? 2 * (text.match(CLOCK_RE) ?? []).length : 0);
}

export function scoreSentence(input: ScoreInput): Scored {
  const { text, quantities, entities, attribution, flags } = input;
  if (input.meta) return { score: WEIGHTS.meta, kind: 'meta', reasons: ['about verification or sourcing, not a claim'] };
  const reasons: string[] = [];
  let score: number = WEIGHTS.base;
  const add = (weight: number, reason: string): void => {
    score += weight;
    reasons.push(reason);
  };
  const hasQuantity = quantities.some((q) => q.kind !== 'date');
  if (hasQuantity) add(WEIGHTS.quantity, 'has a quantity');
  if (quantities.some((q) => q.kind === 'date')) add(WEIGHTS.date, 'mentions a date');
  if (entities.length) add(WEIGHTS.entity, 'names an actor');
  if (PAST_RE.test(text)) add(WEIGHTS.past, 'past event');
  // Only " than" makes a comparative ("higher than"); most sentences have none, and the scan is costly.
  const compare = firstMatch(COMPARE_RE, text) ?? (text.includes(' than') ? firstMatch(COMPARATIVE_RE, text) : null);
  if (compare) add(WEIGHTS.comparison, `comparison or superlative ("${compare}")`);
  if (attribution.speaker) add(WEIGHTS.attributed, 'attributed statement');
  if (flags.unverified) add(WEIGHTS.unverified, 'the article says it could not be verified');
  if (flags.disputed) add(WEIGHTS.disputed, 'disputed in the article');

  const normative = firstMatch(NORMATIVE_RE, text);
  if (normative) add(WEIGHTS.normative, `opinion or normative language ("${normative}")`);
  const speculative = firstMatch(SPECULATIVE_RE, text);
  if (speculative)
    add(predictsFigure(text, quantities) ? WEIGHTS.speculativeWithFigure : WEIGHTS.speculative, `speculation or prediction ("${speculative}")`);
  if (input.disputes) add(WEIGHTS.disputes, 'disputes an earlier claim');
  const appeal = firstMatch(APPEAL_RE, text);
  if (appeal) add(WEIGHTS.appeal, `an appeal, not an assertion ("${appeal}")`);
  if (attribution.via === 'back reference') add(WEIGHTS.handOver, 'says who spoke the quote before it');
  // "X called the report 'a triumph'": the sentence reports a verdict on something, an opinion however attributed.
  const characterised = attribution.via === 'characterisation';
  if (characterised) add(WEIGHTS.evaluative, `a characterisation ("${attribution.cue ?? ''}")`);
  const evaluative = firstMatch(EVALUATIVE_RE, text);
  if (evaluative) add(WEIGHTS.evaluative, `evaluative language ("${evaluative}")`);
  const scene = firstMatch(SCENE_RE, text);
  if (scene) add(WEIGHTS.scene, `scene-setting ("${scene}")`);
  const question = QUESTION_RE.test(text) && attribution.via !== 'trailing';
  if (question) add(WEIGHTS.question, 'a question, not an assertion');
  if (!HAS_MIN_WORDS_RE.test(text)) add(WEIGHTS.tooShort, 'too short to check');
  const quote = quotedShare(text) >= QUOTE_SHARE;
  if (quote) reasons.push('direct quote');
  // Every claim says why it scored as it did, even when nothing raised or lowered it.
  if (!reasons.length) reasons.push('no sign of a checkable fact');

  let kind: ClaimKind = 'factual';
  if (question) kind = 'question';
  else if (normative || appeal || ((evaluative || characterised) && !hasQuantity)) kind = 'opinion';
  else if (speculative) kind = 'prediction';
  else if (quote) kind = 'quote';
  // Two decimals keep output stable and readable; the weights are multiples of 0.05 anyway.
  return { score: Math.min(1, Math.max(0, Math.round(score * 100) / 100)), kind, reasons };
}
