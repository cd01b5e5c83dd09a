import type { ClaimFlags, ClaimKind, ExtractedEntity, ExtractedQuantity } from './types';
import type { Attribution } from './attribution';
import * as chars from './chars';
import * as lexicon from './lexicon';

// Bound once at load. Compiled to CommonJS (tsx runs the benchmark and scripts), every use of an
// imported name is a getter call, and the per-word code below makes hundreds of thousands of them.
const { isAsciiWord, lower } = chars;
const { EVALUATIVE, SCENE_WORDS } = lexicon;

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
const NOT_PAST = new Set(['indeed', 'hundred', 'united', 'proceed', 'succeed', 'exceed', 'sacred', 'naked', 'wicked', 'beloved', 'kindred', 'based', 'concerned', 'interested', 'needed']);
const COMPARE_RE =
  /\b(?:most|least|more than|less than|fewer than|as many as|as much as|at least|at most|biggest|largest|smallest|highest|lowest|best|worst|fastest|slowest|oldest|youngest|richest|poorest|deadliest|longest|shortest|greatest|strongest|weakest|record|the first|the only|doubled|tripled|halved)\b/i;
const COMPARATIVE_RE = /\b\w+er than\b/i;

/**
 * The word rules above, found in one pass. Scanning each sentence once per rule was the
 * largest cost of scoring, so one regex finds the words where any rule could match, and each
 * rule that the word can start is then tried there alone (sticky). The rule regexes stay the
 * definition: each result is exactly the regex's first match (PAST_RE: any match not in
 * NOT_PAST), because every match starts at a word that CANDIDATE_RE stops at.
 */
const PAST = 0;
const COMPARE = 1;
const NORMATIVE = 2;
const SPECULATIVE = 3;
const EVALUATIVE_WORD = 4;
const SCENE = 5;
const RULES = [PAST_RE, COMPARE_RE, NORMATIVE_RE, SPECULATIVE_RE, EVALUATIVE_RE, SCENE_RE];
const STICKY = RULES.map((re) => new RegExp(re.source, `${re.flags.replace('g', '')}y`));
const ALL_RULES = (1 << RULES.length) - 1;
/** Lower-cased first word of an alternative -> the rules it can start (bit i is RULES[i]). */
const STARTS = new Map<string, number>();
/** Lower-cased first words and what follows them in an alternative: "" when it stands alone, "the" -> " first", " only". */
const PHRASE_RESTS = new Map<string, string[]>();
const ED_RULE = '[a-z]{3,}ed'; // PAST_RE's one pattern alternative
const ED_RE = /^[a-z]{3,}ed$/; // the same, on a lower-cased word

// Reads the rules' alternatives: plain words, optionally with "s?", optionally followed by a
// fixed phrase. Anything else would make the index incomplete, so it fails at load time.
RULES.forEach((re, rule) => {
  const groups = [...re.source.matchAll(/\\b\(\?:([^()]*)\)\\b/g)];
  if (groups.map((g) => g[0]).join('|') !== re.source) throw new Error(`scoring: cannot index ${re.source}`);
  for (const alt of groups.flatMap((g) => (g[1] ?? '').split('|'))) {
    if (alt === ED_RULE && re === PAST_RE) continue;
    const m = /^([A-Za-z]+)(s\?)?([ '][a-z ]+)?$/.exec(alt);
    if (!m) throw new Error(`scoring: cannot index "${alt}" in ${re.source}`);
    const base = (m[1] ?? '').toLowerCase();
    for (const first of m[2] ? [base, `${base}s`] : [base]) {
      STARTS.set(first, (STARTS.get(first) ?? 0) | (1 << rule));
      const rests = PHRASE_RESTS.get(first) ?? [];
      rests.push(m[3] ?? '');
      PHRASE_RESTS.set(first, rests);
    }
  }
});
// The alternatives as a trie ("a(?:bsurd|ppalling|…)|b(?:…)"): with some 170 words in one flat
// alternation the regex tries them one by one at every word, which is slower than six scans.
const CANDIDATE_RE = new RegExp(
  `\\b(?:${trie([...PHRASE_RESTS].map(([first, rests]) => [first, rests.includes('') ? '' : `(?=${rests.join('|')})`]), 0)}|${ED_RULE})\\b`,
  'gi',
);

/** Regex source matching any of the words, each followed by its lookahead; words are [a-z]+. */
function trie(words: [string, string][], depth: number): string {
  const next = new Map<string, [string, string][]>();
  let leaf: string | null = null;
  for (const [word, lookahead] of words) {
    if (word.length === depth) leaf = lookahead;
    else next.set(word.charAt(depth), [...(next.get(word.charAt(depth)) ?? []), [word, lookahead]]);
  }
  if (!next.size) return leaf ?? '';
  const parts = [...next].map(([c, rest]) => c + trie(rest, depth + 1));
  if (leaf !== null) parts.push(leaf);
  return parts.length === 1 && leaf === null ? (parts[0] as string) : `(?:${parts.join('|')})`;
}

interface WordRules {
  past: boolean;
  compare: string | null;
  normative: string | null;
  speculative: string | null;
  evaluative: string | null;
  scene: string | null;
}

function wordRules(text: string): WordRules {
  const found: (string | null)[] = [null, null, null, null, null, null];
  let past = false;
  let pending = ALL_RULES;
  CANDIDATE_RE.lastIndex = 0;
  while (pending && CANDIDATE_RE.test(text)) {
    const end = CANDIDATE_RE.lastIndex;
    let start = end;
    while (start > 0 && isAsciiWord(text.charCodeAt(start - 1))) start--;
    const word = lower(text.slice(start, end));
    let rules = ((STARTS.get(word) ?? 0) | (ED_RE.test(word) ? 1 << PAST : 0)) & pending;
    for (let rule = 0; rules; rule++, rules >>= 1) {
      if (!(rules & 1)) continue;
      const re = STICKY[rule] as RegExp;
      re.lastIndex = start;
      const m = re.exec(text);
      if (!m) continue;
      if (rule === PAST) {
        if (NOT_PAST.has(m[0])) continue;
        past = true;
      } else found[rule] = m[0].toLowerCase();
      pending &= ~(1 << rule);
    }
  }
  return {
    past,
    compare: found[COMPARE] ?? null,
    normative: found[NORMATIVE] ?? null,
    speculative: found[SPECULATIVE] ?? null,
    evaluative: found[EVALUATIVE_WORD] ?? null,
    scene: found[SCENE] ?? null,
  };
}

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

/** Spaces in s, counting no further than `limit`. */
function countSpaces(s: string, limit: number): number {
  let n = 0;
  for (let i = s.indexOf(' '); i >= 0 && n < limit; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/** `/\?["”’)]*$/.test(s)`: a question mark followed only by closing quotes and brackets. */
function endsWithQuestion(s: string): boolean {
  let i = s.length - 1;
  for (let c = s.charCodeAt(i); c === 34 || c === 0x201d || c === 0x2019 || c === 41; c = s.charCodeAt(--i));
  return s.charCodeAt(i) === 63;
}

function firstWord(re: RegExp, s: string): string | null {
  return re.exec(s)?.[0]?.toLowerCase() ?? null;
}

/** Records why the score moves and returns by how much. (No closure: scoring runs per sentence.) */
function note(reasons: string[], delta: number, reason: string): number {
  reasons.push(reason);
  return delta;
}

export function scoreSentence(input: ScoreInput): Scored {
  const { text, quantities, entities, attribution, flags } = input;
  if (input.meta) return { score: 0.05, kind: 'meta', reasons: ['about verification or sourcing, not a claim'] };
  const reasons: string[] = [];
  let score = 0.2;
  // text.split(' ').length, without building the array; only "fewer than 6" matters.
  const wordCount = countSpaces(text, 6) + 1;
  let hasQuantity = false;
  let hasDate = false;
  for (const q of quantities) {
    if (q.kind === 'date') hasDate = true;
    else hasQuantity = true;
  }
  if (hasQuantity) score += note(reasons, 0.25, 'has a quantity');
  if (hasDate) score += note(reasons, 0.1, 'mentions a date');
  if (entities.length) score += note(reasons, 0.1, 'names an actor');
  const words = wordRules(text);
  if (words.past) score += note(reasons, 0.1, 'past event');
  const compare = words.compare ?? (text.includes(' than') ? firstWord(COMPARATIVE_RE, text) : null);
  if (compare) score += note(reasons, 0.15, `comparison or superlative ("${compare}")`);
  if (attribution.speaker) score += note(reasons, 0.1, 'attributed statement');
  if (flags.unverified) score += note(reasons, 0.1, 'the article says it could not be verified');
  if (flags.disputed) score += note(reasons, 0.1, 'disputed in the article');

  const normative = words.normative;
  if (normative) score += note(reasons, -0.3, `opinion or normative language ("${normative}")`);
  const speculative = words.speculative;
  if (speculative) score += note(reasons, -0.35, `speculation or prediction ("${speculative}")`);
  const evaluative = words.evaluative;
  if (evaluative) score += note(reasons, -0.15, `evaluative language ("${evaluative}")`);
  const scene = words.scene;
  if (scene) score += note(reasons, -0.15, `scene-setting ("${scene}")`);
  const question = endsWithQuestion(text) && attribution.via !== 'trailing';
  if (question) score += note(reasons, -0.3, 'a question, not an assertion');
  if (wordCount < 6) score += note(reasons, -0.2, 'too short to check');
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
