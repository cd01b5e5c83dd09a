/**
 * Step 6, caveats: what the article itself says about its claims. "Could not independently
 * verify" makes the claims it points back to unverified; "denied"/"rejected" marks a claim
 * disputed. A sentence that only talks about verification or sourcing is meta, not a claim.
 */
import type { Attribution } from './attribution';
import { figureDisputes } from './figure-disputes';
import {
  ACCOUNT_NOUNS,
  ACCUSATION_NOUNS,
  ACCUSING_CUES,
  AFTER_BACKREF_PRONOUN,
  BACKREF_DETERMINERS,
  BACKREF_PRONOUNS,
  CONTACT_ATTEMPTS,
  CREDIT_LINES,
  DISPUTE_VERBS,
  DISPUTED_THINGS,
  CORRECTIONS,
  FALSE_WORDS,
  NEGATIONS,
  PAIR_NOUNS,
  RETORT_ADVERBS,
  RETORT_NOUNS,
  TOPIC_NOUNS,
  NO_COMMENT,
  PASSIVE_AUXILIARIES,
  PLURAL_SCOPES,
  UNABLE,
  UNVERIFIED_ADJECTIVES,
  VERIFICATION_NOUNS,
  VERIFIED,
  VERIFY_STEMS,
} from './lexicon';
import { anyOf } from './regex';
import type { Span } from './html';
import type { ClaimFlags, ExtractedQuantity } from './types';

// "could not independently verify", "has not been able to confirm".
const VERIFY_RE = new RegExp(
  `\\b${anyOf(UNABLE)}\\s+(?:immediately\\s+)?(?:independently\\s+)?(?:be\\s+)?(?:independently\\s+)?${anyOf(VERIFY_STEMS)}\\w*`,
  'i',
);
// "could not be verified", "has not yet been confirmed", "no independent confirmation".
const PASSIVE_VERIFY_RE = new RegExp(
  `\\b(?:${anyOf(PASSIVE_AUXILIARIES)}\\s+not\\s+(?:yet\\s+)?been\\s+|could\\s+not\\s+be\\s+|cannot\\s+be\\s+|not\\s+)` +
    `(?:independently\\s+)?${anyOf(VERIFIED)}\\b|\\bno independent ${anyOf(VERIFICATION_NOUNS)}\\b`,
  'i',
);
const ADJ_UNVERIFIED_RE = new RegExp(`\\b${anyOf(UNVERIFIED_ADJECTIVES)}\\b`, 'i');
// "did not respond to requests for comment", "declined to comment", "Reporting by …".
const PROCESS_RE = new RegExp(
  `\\b(?:did not (?:immediately )?(?:respond|reply) to (?:a |an )?${anyOf(CONTACT_ATTEMPTS)}` + `|${anyOf(NO_COMMENT)}|${anyOf(CREDIT_LINES)} by\\b)`,
  'i',
);
const PLURAL_SCOPE_RE = new RegExp(`\\b${anyOf(PLURAL_SCOPES)}\\b`, 'i');
// "Neither figure", "neither side's claims", "both figures": exactly two claims, not the paragraph's.
const PAIR_SCOPE_RE = new RegExp(`\\b(?:neither|both)\\s+${anyOf(PAIR_NOUNS)}`, 'i');
// "the union's claim was false", "that figure was misleading": a dispute without a dispute verb.
// Group 1 is an owner ("the union's"), group 2 the noun.
const FALSITY_RE = new RegExp(
  `\\b(?:${anyOf(BACKREF_DETERMINERS)}\\s+)?([\\w'’-]+['’]s\\s+)?(${anyOf(ACCOUNT_NOUNS)})\\s+(?:was|were|is|are)\\s+(?:${anyOf(FALSE_WORDS)})\\b`,
  'i',
);
const NEGATIONS_SET = new Set(NEGATIONS);
// "That is simply not true.", "A: That's false.", "This is nonsense": a sentence that only rejects what was said.
const MAX_RETORT = 80;
const RETORT_RE = new RegExp(
  `^\\W*(?:\\p{Lu}+:\\s+)?(?:That|This|It)(?:['’]s|\\s+is|\\s+was)\\s+(?:${anyOf(RETORT_ADVERBS)}\\s+)?` +
    `(?:not\\s+true|not\\s+the\\s+case|a\\s+lie|${anyOf(FALSE_WORDS)}|${anyOf(RETORT_NOUNS)})\\W*$`,
  'u',
);
const FALSE_WORD_RE = new RegExp(`\\b${anyOf(FALSE_WORDS)}\\b`, 'i');
const CORRECTION_RE = new RegExp(`\\b${anyOf(CORRECTIONS)}\\b`, 'i');
// A figure in digits or words ("one in five", "half").
const FIGURE_RE = /\d|\b(?:one|two|three|four|five|half|third|quarter|double|doubled|tripled)\b/i;
// "Neither figure could be independently confirmed": the negation is in the subject, not the verb.
const NEITHER_VERIFY_RE = new RegExp(
  `^(?:Neither|None)\\b[^.;]{0,60}?\\b(?:could|can|has|have)\\s+(?:yet\\s+)?be(?:en)?\\s+(?:independently\\s+)?${anyOf(VERIFIED)}\\b`,
);
const NEGATION_RE = new RegExp(`\\b${anyOf(NEGATIONS)}\\b`, 'i');
const DISPUTE_RE = new RegExp(`\\b${anyOf(DISPUTE_VERBS)}\\b(?!\\s+${anyOf(DISPUTED_THINGS)})`, 'i');
// What a dispute points back to: "reject that characterisation", "denied the claim", "denied it."
// — but not "denied that the plan…". Group 1 is the owner in "the board's account".
const BACKREF_RE = new RegExp(
  `^\\W*(?:\\w+\\s+){0,3}?(?:${anyOf(BACKREF_DETERMINERS)}\\s+(?:([\\w'’-]+)\\s+)?${anyOf(ACCOUNT_NOUNS)}\\b` +
    `|${anyOf(BACKREF_PRONOUNS)}(?=\\s*(?:[,.;]|$|\\s+${anyOf(AFTER_BACKREF_PRONOUN)}\\b)))`,
  'i',
);

interface CaveatOutcome {
  meta: boolean[];
  flags: ClaimFlags[];
  /** The sentence disputes an earlier one (which points here with flags.disputedBy). */
  disputes: boolean[];
}

/** `spans[i]` is where `sentences[i]` lies in the text: a dispute in a later sentence points at it. */
export function applyCaveats(
  sentences: string[],
  attrs: Attribution[],
  paras: number[],
  spans: Span[],
  quantities: ExtractedQuantity[][],
): CaveatOutcome {
  const meta = sentences.map(() => false);
  const flags: ClaimFlags[] = sentences.map(() => ({ unverified: false, disputed: false, disputedBy: null }));
  sentences.forEach((s, i) => {
    if (PROCESS_RE.test(s) && !attrs[i]?.speaker) {
      meta[i] = true;
      return;
    }
    const verify = VERIFY_RE.exec(s) ?? PASSIVE_VERIFY_RE.exec(s) ?? NEITHER_VERIFY_RE.exec(s);
    if (verify) {
      const before = s.slice(0, verify.index);
      // "…, a claim Reuters could not verify": the caveat qualifies its own sentence.
      const selfQualified = /[,–—-]\s*(?:\S+\s+){0,4}$/.test(before) && before.split(/\s+/).length > 8;
      if (selfQualified) (flags[i] as ClaimFlags).unverified = true;
      else {
        meta[i] = true;
        // "Neither figure could be confirmed" covers two claims, wherever they stand; others look to one paragraph.
        if (PAIR_SCOPE_RE.test(s)) markPair(i, s, sentences, attrs, meta, flags);
        else if (PLURAL_SCOPE_RE.test(s) || !markTopic(i, s, 1, 6, sentences, attrs, meta, flags)) {
          // A caveat standing as its own paragraph refers to the paragraph before; otherwise to its own.
          const ownPara = paras[i] ?? 0;
          const scope = paras[i - 1] === ownPara ? ownPara : ownPara - 1;
          markBack(i, PLURAL_SCOPE_RE.test(s) ? 3 : 1, attrs, meta, flags, (j) => paras[j] === scope);
        }
      }
      return;
    }
    if (ADJ_UNVERIFIED_RE.test(s)) (flags[i] as ClaimFlags).unverified = true;
  });
  sentences.forEach((s, i) => {
    if (!meta[i]) markDispute(i, s, sentences, attrs, meta, flags, spans);
  });
  // "The union said it had failed four times. The operator said once.": a different figure disputes too.
  figureDisputes({ sentences, attrs, paras, meta, spans, quantities }).forEach((j, i) => {
    if (j >= 0 && !flags[j]?.disputed) markDisputed(flags[j] as ClaimFlags, spans[i]);
  });
  const starts = new Set(flags.map((f) => f.disputedBy?.start));
  return { meta, flags, disputes: spans.map((sp) => starts.has(sp.start)) };
}

/** "X denied the claim" marks the claim it points back to; "X denied that …" marks its own sentence. */
function markDispute(i: number, s: string, sentences: string[], attrs: Attribution[], meta: boolean[], flags: ClaimFlags[], spans: Span[]): void {
  const d = DISPUTE_RE.exec(s);
  // The full pattern is costly and "false", "misleading" are rare: look for the word first.
  const falsity = FALSE_WORD_RE.test(s) ? FALSITY_RE.exec(s) : null;
  if (!d && !falsity) {
    laterDenial(i, s, sentences, attrs, meta, flags, spans);
    return;
  }
  const ref = d ? BACKREF_RE.exec(s.slice(d.index + d[0].length)) : null;
  if (!ref && !falsity) {
    (flags[i] as ClaimFlags).disputed = true;
    return;
  }
  const noun = (falsity?.[2] ?? ref?.[0].trim().split(/\s+/).pop() ?? '').toLowerCase();
  // "the board's account" points at the board's claim, not merely the previous sentence.
  const owner = /^(.+)['’]s$/.exec((falsity?.[1] ?? ref?.[1] ?? '').trim())?.[1]?.toLowerCase();
  const candidates: number[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 10; j--) if (!meta[j] && !(attrs[j]?.speaker && attrs[j]?.speaker === attrs[i]?.speaker)) candidates.push(j);
  // "rejected the accusation" points at whoever accused; "that figure" at a sentence with a number.
  const stem = noun.slice(0, 5);
  // The owner as the speaker first; else named in the sentence ("…, the negotiator for the union").
  const byOwner = owner
    ? (candidates.find((j) => attrs[j]?.speaker?.toLowerCase().includes(owner)) ??
      candidates.find((j) => (sentences[j] ?? '').toLowerCase().includes(owner)))
    : undefined;
  const accusing = (j: number): boolean => ACCUSATION_NOUNS.has(noun) && ACCUSING_CUES.has(attrs[j]?.cue ?? '');
  const byVerb = stem.length === 5 ? candidates.find((j) => (attrs[j]?.cue ?? '').startsWith(stem) || accusing(j)) : undefined;
  const byFigure = noun.startsWith('figure') ? candidates.find((j) => /\d/.test(sentences[j] ?? '')) : undefined;
  const target = byOwner ?? byVerb ?? byFigure ?? candidates[0];
  if (target !== undefined) markDisputed(flags[target] as ClaimFlags, spans[i]);
}

/**
 * "X said the agency had closed 30 offices. The agency said no office had closed." A speaker who
 * is named in a claim made just before by someone else, and who answers with a negation about the
 * same thing (a shared word of five letters or more), disputes that claim.
 */
function laterDenial(i: number, s: string, sentences: string[], attrs: Attribution[], meta: boolean[], flags: ClaimFlags[], spans: Span[]): void {
  const speaker = attrs[i]?.speaker;
  // "That is simply not true.": a retort disputes the claim someone else made just before.
  if (s.length <= MAX_RETORT && RETORT_RE.test(s)) {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (meta[j] || !attrs[j]?.speaker || attrs[j]?.speaker === speaker) continue;
      markDisputed(flags[j] as ClaimFlags, spans[i]);
      return;
    }
  }
  // "Figures from X suggest the true number is closer to one in twelve": a correction of the last figure someone else gave.
  if (CORRECTION_RE.test(s)) {
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      if (meta[j] || !attrs[j]?.speaker || attrs[j]?.speaker === speaker || !FIGURE_RE.test(sentences[j] ?? '')) continue;
      markDisputed(flags[j] as ClaimFlags, spans[i]);
      return;
    }
  }
  if (!speaker || !NEGATION_RE.test(s)) return;
  const head = speaker.toLowerCase().split(/\s+/).pop() ?? '';
  const own = new Set(contentWords(s));
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const prior = sentences[j] ?? '';
    if (meta[j] || !attrs[j]?.speaker || attrs[j]?.speaker === speaker) continue;
    if (!prior.toLowerCase().includes(head)) continue;
    if (contentWords(prior).some((w) => w !== head && own.has(w) && !NEGATIONS_SET.has(w))) {
      markDisputed(flags[j] as ClaimFlags, spans[i]);
      return;
    }
  }
}

// Lower-case words only: a shared name says who is involved, not that both speak of the same thing.
const contentWords = (s: string): string[] => s.match(/(?<![\p{L}'’])\p{Ll}{5,}/gu) ?? [];

/** Marks the two claims a "neither figure" or "both sides' claims" caveat covers, looking back up to six sentences. */
function markPair(at: number, s: string, sentences: string[], attrs: Attribution[], meta: boolean[], flags: ClaimFlags[]): void {
  const figures = /\bfigures?\b/i.test(s);
  let marked = markTopic(at, s, 2, 10, sentences, attrs, meta, flags);
  for (let j = at - 1; j >= 0 && j >= at - 6 && marked < 2; j--) {
    if (meta[j] || !attrs[j]?.speaker) continue;
    if ((figures && !/\d|\b(?:half|third|quarter|double|doubled|tripled)\b/i.test(sentences[j] ?? '')) || flags[j]?.unverified) continue;
    (flags[j] as ClaimFlags).unverified = true;
    marked++;
  }
}

// Words of a caveat that say nothing about what it covers: "could not independently verify the number of …".
const TOPIC_STOP_RE = new RegExp(`^(?:${anyOf(VERIFY_STEMS)}|independ|could|would|should|cannot|neither|either|there|their|these|those|which|about)`);
const topicWords = (s: string): string[] => contentWords(s).filter((w) => !TOPIC_STOP_RE.test(w) && !PAIR_NOUNS.includes(w) && !TOPIC_NOUNS.has(w));

/**
 * "The Gazette could not verify the number of inspectors", "Neither account of the radio calls could
 * be confirmed": a caveat that names its subject covers the nearest attributed claims (up to `limit`,
 * looking back `window` sentences) that speak of the same thing. Returns how many it marked.
 */
function markTopic(
  at: number,
  s: string,
  limit: number,
  window: number,
  sentences: string[],
  attrs: Attribution[],
  meta: boolean[],
  flags: ClaimFlags[],
): number {
  const topic = new Set(topicWords(s));
  if (!topic.size) return 0;
  let marked = 0;
  for (let j = at - 1; j >= 0 && j >= at - window && marked < limit; j--) {
    if (meta[j] || !attrs[j]?.speaker || !contentWords(sentences[j] ?? '').some((w) => topic.has(w))) continue;
    (flags[j] as ClaimFlags).unverified = true;
    marked++;
  }
  return marked;
}

/** The claim is disputed, by the sentence at `by` when the dispute is another sentence. */
function markDisputed(flag: ClaimFlags, by: Span | undefined): void {
  flag.disputed = true;
  if (by && !flag.disputedBy) flag.disputedBy = { start: by.start, end: by.end };
}

/** Marks up to `limit` contiguous attributed claims before sentence `at`; falls back to the nearest claim. */
function markBack(at: number, limit: number, attrs: Attribution[], meta: boolean[], flags: ClaimFlags[], inScope: (j: number) => boolean): void {
  let marked = 0;
  for (let j = at - 1; j >= 0 && j >= at - 4 && marked < limit && inScope(j); j--) {
    if (meta[j]) break;
    if (attrs[j]?.speaker) {
      (flags[j] as ClaimFlags).unverified = true;
      marked++;
    } else if (marked > 0 || j < at - 2) break;
  }
  const nearest = at - 1;
  if (marked === 0 && nearest >= 0 && !meta[nearest] && inScope(nearest)) (flags[nearest] as ClaimFlags).unverified = true;
}
