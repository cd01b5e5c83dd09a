/**
 * Step 6, caveats: what the article itself says about its claims. "Could not independently
 * verify" makes the claims it points back to unverified; "denied"/"rejected" marks a claim
 * disputed. A sentence that only talks about verification or sourcing is meta, not a claim.
 */
import type { Attribution } from './attribution';
import {
  ACCOUNT_NOUNS,
  AFTER_BACKREF_PRONOUN,
  BACKREF_DETERMINERS,
  BACKREF_PRONOUNS,
  CONTACT_ATTEMPTS,
  CREDIT_LINES,
  DISPUTE_VERBS,
  DISPUTED_THINGS,
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
import type { ClaimFlags } from './types';

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
}

export function applyCaveats(sentences: string[], attrs: Attribution[], paras: number[]): CaveatOutcome {
  const meta = sentences.map(() => false);
  const flags: ClaimFlags[] = sentences.map(() => ({ unverified: false, disputed: false }));
  sentences.forEach((s, i) => {
    if (PROCESS_RE.test(s) && !attrs[i]?.speaker) {
      meta[i] = true;
      return;
    }
    const verify = VERIFY_RE.exec(s) ?? PASSIVE_VERIFY_RE.exec(s);
    if (verify) {
      const before = s.slice(0, verify.index);
      // "…, a claim Reuters could not verify": the caveat qualifies its own sentence.
      const selfQualified = /[,–—-]\s*(?:\S+\s+){0,4}$/.test(before) && before.split(/\s+/).length > 8;
      if (selfQualified) (flags[i] as ClaimFlags).unverified = true;
      else {
        meta[i] = true;
        // A caveat standing as its own paragraph refers to the paragraph before; otherwise to its own.
        const ownPara = paras[i] ?? 0;
        const scope = paras[i - 1] === ownPara ? ownPara : ownPara - 1;
        markBack(i, PLURAL_SCOPE_RE.test(s) ? 3 : 1, attrs, meta, flags, (j) => paras[j] === scope);
      }
      return;
    }
    if (ADJ_UNVERIFIED_RE.test(s)) (flags[i] as ClaimFlags).unverified = true;
  });
  sentences.forEach((s, i) => {
    if (meta[i]) return;
    const d = DISPUTE_RE.exec(s);
    if (!d) return;
    const ref = BACKREF_RE.exec(s.slice(d.index + d[0].length));
    if (ref) {
      // "the board's account" points at the board's claim, not merely the previous sentence.
      const owner = /^(.+)['’]s$/.exec(ref[1] ?? '')?.[1]?.toLowerCase();
      const candidates: number[] = [];
      for (let j = i - 1; j >= 0 && j >= i - 10; j--) if (!meta[j]) candidates.push(j);
      const target = (owner ? candidates.find((j) => attrs[j]?.speaker?.toLowerCase().includes(owner)) : undefined) ?? candidates[0];
      if (target !== undefined) (flags[target] as ClaimFlags).disputed = true;
    } else {
      (flags[i] as ClaimFlags).disputed = true;
    }
  });
  return { meta, flags };
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
