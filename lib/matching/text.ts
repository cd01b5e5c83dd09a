/**
 * Words and trigrams of a claim, the two text signals of "Checked before?".
 *
 * normalize(): Unicode NFKD with combining marks removed ("Société" → "societe"), lower case.
 * contentStems(): the words (runs of letters and digits) less stop words, reporting verbs and
 *   anything numeric (numbers are compared as quantities, not as words), each reduced by a light
 *   English stemmer: a short table of irregular forms ("fell" → "fall", "children" → "child"),
 *   then Porter-style step 1 (plural -s/-es/-ies, -ed, -ing, undoubled final consonant, final -e).
 * trigrams(): exactly what PostgreSQL's pg_trgm builds for similarity(): each word (run of
 *   alphanumerics) lower-cased and padded with two spaces in front and one behind, then the set
 *   of its 3-character windows. The one difference is accent folding, which pg_trgm does not do;
 *   the database side should compare unaccent(lower(text)) to stay in step.
 */
import { NUMBER_WORDS, SCALE_WORDS } from '@/lib/extraction/lexicon';

const MARKS_RE = /\p{M}+/gu;
const WORD_RE = /[\p{L}\p{N}]+/gu;
const DIGIT_RE = /\d/;

export function normalize(text: string): string {
  return text.normalize('NFKD').replace(MARKS_RE, '').toLowerCase();
}

export function words(normalized: string): string[] {
  return normalized.match(WORD_RE) ?? [];
}

// Function words, plus the words that only say who said it or in what unit: "The minister said
// X" and "X, according to the minister" make the same claim.
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
  into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should
  so some such than that the their theirs them then there these they this those through to too under until up very was we were
  what when where which while who whom why will with would you your yours
  said says say saying told tells tell according claimed claims claim stated states added adds noted insisted
  per cent percent percentage point points mr mrs ms dr`
    .split(/\s+/)
    .filter(Boolean),
);
const NUMERIC_WORDS = new Set([...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), 'one', 'zero', 'bn', 'mn', 'm', 'k']);

// prettier-ignore
const IRREGULAR: Readonly<Record<string, string>> = {
  fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', grew: 'grow', grown: 'grow', won: 'win', lost: 'lose',
  paid: 'pay', spent: 'spend', built: 'build', sold: 'sell', bought: 'buy', made: 'make', took: 'take', taken: 'take',
  gave: 'give', given: 'give', went: 'go', gone: 'go', children: 'child', men: 'man', women: 'woman', people: 'person',
  died: 'die', dies: 'die', dying: 'die', lives: 'life', left: 'leave', met: 'meet', kept: 'keep', saw: 'see', seen: 'see',
  held: 'hold', led: 'lead', began: 'begin', begun: 'begin', struck: 'strike', drove: 'drive', driven: 'drive',
};

const VOWEL_RE = /[aeiouy]/;
const DOUBLE_RE = /([^aeioulsz])\1$/;

/**
 * Stems already computed, by word: a desk's claims share most of their vocabulary, and ranking an
 * article stems the words of ~2,600 candidates and of the text around each of their numbers.
 * Emptied when full, so it stays a few MB.
 */
const STEMMED = new Map<string, string>();
const STEMMED_MAX = 50_000;

/** Light English stemmer: enough for "schools"/"school", "falls"/"fell", "dropped"/"drop", "rising"/"rise". */
export function stem(word: string): string {
  const known = STEMMED.get(word);
  if (known !== undefined) return known;
  const irregular = IRREGULAR[word];
  const out = stem1(irregular ?? word);
  if (STEMMED.size >= STEMMED_MAX) STEMMED.clear();
  STEMMED.set(word, out);
  return out;
}

function stem1(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= 3 && VOWEL_RE.test(base)) {
      w = DOUBLE_RE.test(base) ? base.slice(0, -1) : base;
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Content-word stems of normalized text, in order (duplicates kept for context windows). */
export function contentStems(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    if (t.length < 2 || STOP_WORDS.has(t) || NUMERIC_WORDS.has(t) || DIGIT_RE.test(t)) continue;
    out.push(stem(t));
  }
  return out;
}

/** pg_trgm's trigram set: "  word " windows per word. */
export function trigrams(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const padded = `  ${t} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

/** trigramCodes' working buffer (this module runs on one thread at a time, and the function does not yield). */
let scratch = new Int32Array(1024);

/**
 * The same trigrams as numbers, sorted and unique: what prepare() keeps, because comparing two
 * sorted integer arrays is a merge with no hashing and no garbage. A trigram whose characters
 * are all below U+0400 (Latin, Greek, Cyrillic after accent folding: nearly every claim) is
 * packed exactly in 30 bits; one with a character beyond is hashed into the negative numbers,
 * where two different trigrams may rarely collide.
 */
export function trigramCodes(tokens: readonly string[]): Int32Array {
  let size = 0;
  for (const t of tokens) size += t.length + 1;
  // Filled in a buffer kept between calls, and only the result allocated: a typed array's memory
  // is allocated outside V8's heap, and a second allocation per call was half of this function's time.
  if (scratch.length < size) scratch = new Int32Array(Math.max(size, 2 * scratch.length));
  const codes = scratch.subarray(0, size);
  let n = 0;
  for (const t of tokens) {
    // "  word ": a window of three code units slides over the padded word without building it.
    let a = 32;
    let b = 32;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      codes[n++] = pack(a, b, c);
      a = b;
      b = c;
    }
    codes[n++] = pack(a, b, 32);
  }
  // A typed array sorts numerically in native code: no comparator calls (a third of prepare()'s time before).
  codes.sort();
  let k = 0;
  for (let i = 0; i < n; i++) if (i === 0 || codes[i] !== codes[k - 1]) codes[k++] = codes[i]!;
  return codes.slice(0, k);
}

function pack(a: number, b: number, c: number): number {
  if (a < 1024 && b < 1024 && c < 1024) return (a << 20) | (b << 10) | c;
  return -1 - ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) & 0x3fffffff);
}

/** pg_trgm similarity() on sorted unique codes: |A ∩ B| / |A ∪ B| by one merge. */
export function jaccardSorted(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

/** |A ∩ B| iterating the smaller set. */
export function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** pg_trgm similarity(): |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const shared = intersectionSize(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Set cosine (Ochiai): |A ∩ B| / √(|A|·|B|); forgiving when one sentence adds a clause. */
export function cosine<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return intersectionSize(a, b) / Math.sqrt(a.size * b.size);
}

/** cosine(A − X, B − X) with X = X1 ∪ X2, without building the sets. */
export function cosineWithout<T>(a: ReadonlySet<T>, b: ReadonlySet<T>, x1: ReadonlySet<T>, x2: ReadonlySet<T>): number {
  const skip = (v: T) => x1.has(v) || x2.has(v);
  let sizeA = 0;
  let shared = 0;
  for (const v of a) {
    if (skip(v)) continue;
    sizeA++;
    if (b.has(v)) shared++;
  }
  let sizeB = 0;
  for (const v of b) if (!skip(v)) sizeB++;
  return sizeA === 0 || sizeB === 0 ? 0 : shared / Math.sqrt(sizeA * sizeB);
}

// Words that say which way a figure moved. "fell to 4.1%" and "rose to 4.1%" share every figure
// and most words, and are opposite claims.
const UP = new Set('rise rising increase grow climb jump soar double triple surge gain boost higher expand'.split(' ').map(stem));
const DOWN = new Set('fall drop decline decrease cut halve shrink plunge slump lower reduce slash tumble'.split(' ').map(stem));

/** +1 when the stems only say "up", -1 when they only say "down", 0 when neither or both. */
export function direction(stems: Iterable<string>): -1 | 0 | 1 {
  let up = false;
  let down = false;
  for (const s of stems) {
    if (UP.has(s)) up = true;
    else if (DOWN.has(s)) down = true;
  }
  return up === down ? 0 : up ? 1 : -1;
}

const NEGATION_RE = /\b(?:not|never|cannot)\b|n['’]t\b/gi;

/** An odd number of verb negations: "did not raise", "hasn't fallen", "never won". */
export function negated(text: string): boolean {
  return (text.match(NEGATION_RE) ?? []).length % 2 === 1;
}

/** pg_trgm's similarity(a, b) (with accents folded): for checking the database's prefilter against this module. */
export function trigramSimilarity(a: string, b: string): number {
  return jaccardSorted(trigramCodes(words(normalize(a))), trigramCodes(words(normalize(b))));
}
