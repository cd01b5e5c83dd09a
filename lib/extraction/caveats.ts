import type { Attribution } from './attribution';
import type { ClaimFlags } from './types';

/**
 * What the article itself says about its claims: "could not independently verify" makes the
 * claims it points back to unverified; "denied"/"reject" marks a claim disputed. A sentence
 * that only talks about verification or sourcing is meta, not a claim to check.
 */

const VERIFY_RE =
  /\b(?:could not|couldn't|cannot|can't|was unable to|were unable to|is unable to|are unable to|(?:has|have|had) not been able to|did not|has not|have not|had not)\s+(?:immediately\s+)?(?:independently\s+)?(?:be\s+)?(?:independently\s+)?(?:verif|confirm|corroborat|authenticat)\w*/i;
const PASSIVE_VERIFY_RE =
  /\b(?:(?:could|can|has|have|had)\s+not\s+(?:yet\s+)?been\s+|could\s+not\s+be\s+|cannot\s+be\s+|not\s+)(?:independently\s+)?(?:verified|confirmed|corroborated)\b|\bno independent (?:verification|confirmation)\b/i;
const ADJ_UNVERIFIED_RE = /\b(?:unverified|unconfirmed|unsubstantiated)\b/i;
const PROCESS_RE =
  /\b(?:did not (?:immediately )?(?:respond|reply) to (?:a |an )?(?:requests?|emails?|calls?)|declined to comment|could not be reached|(?:Reporting|Editing|Writing|Additional reporting|Compiled) by\b)/i;
const PLURAL_SCOPE_RE =
  /\b(?:either side|both sides|the claims|these claims|those claims|their claims|the reports|these reports|the accounts|the figures|the statements|them)\b/i;
const DISPUTE_RE =
  /\b(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|contest(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)\b(?!\s+(?:territory|territories|region|regions|border|borders|area|areas|island|islands|enclave|land|waters|election|seat|primary))/i;
// "reject that characterisation", "denied the claim", "denied it." — but not "denied that the plan…".
const BACKREF_RE =
  /^\W*(?:\w+\s+){0,3}?(?:(?:that|this|these|those|such|the|his|her|their|its)\s+(?:([\w'’-]+)\s+)?(?:characteri[sz]ation|claims?|allegations?|accusations?|charges?|reports?|accounts?|assertions?|version|description|portrayal|narrative|figures?|assessment|suggestion|statement|comments?|remarks?|idea|notion|view)\b|(?:it|this|that|them|these|those)(?=\s*(?:[,.;]|$|\s+(?:as|and|outright|strongly|flatly|on|in)\b)))/i;

export interface CaveatOutcome {
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
function markBack(
  at: number,
  limit: number,
  attrs: Attribution[],
  meta: boolean[],
  flags: ClaimFlags[],
  inScope: (j: number) => boolean,
): void {
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
