import { claimAnchor } from '@/lib/claimreview';
import { RATING_LABELS } from '@/lib/labels';
import type { PublicFactCheck } from '@/lib/data/public';

type Claim = PublicFactCheck['claims'][number];
type Piece = { key: string; text: string; claim?: Claim; first?: boolean; last?: boolean };

/** Paragraph ranges of the plain text, which has blank lines between paragraphs. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  const gap = /\n[ \t]*\n\s*/g;
  let from = 0;
  for (let m = gap.exec(text); m; m = gap.exec(text)) {
    if (m.index > from) out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

/** Cuts one paragraph into plain runs and claim runs (claims never overlap; a claim may cross paragraphs). */
function pieces(text: string, [start, end]: [number, number], claims: Claim[]): Piece[] {
  const out: Piece[] = [];
  let pos = start;
  for (const c of claims) {
    if (c.end <= start || c.start >= end) continue;
    const s = Math.max(c.start, pos);
    const e = Math.min(c.end, end);
    if (e <= s) continue;
    if (s > pos) out.push({ key: `t${pos}`, text: text.slice(pos, s) });
    out.push({ key: `c${s}`, text: text.slice(s, e), claim: c, first: s === c.start, last: e === c.end });
    pos = e;
  }
  if (pos < end) out.push({ key: `t${pos}`, text: text.slice(pos, end) });
  return out;
}

/**
 * The article text with each checked claim marked in place: a link to the claim's card whose
 * visible label names the verdict, so the colour is never the only signal. Offsets are UTF-16
 * indices into the plain text, the same ones JavaScript's slice uses.
 */
export function ArticleText({ text, claims }: { text: string; claims: Claim[] }) {
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  return (
    <div className="article-text">
      {paragraphs(text).map((range) => (
        <p key={range[0]}>
          {pieces(text, range, sorted).map((p) =>
            p.claim ? (
              <a
                key={p.key}
                href={`#${claimAnchor(p.claim.id)}`}
                id={p.first ? `mark-${p.claim.id}` : undefined}
                className={`claim-mark verdict-${p.claim.verdict.rating}`}
              >
                <mark>{p.text}</mark>
                {p.last && (
                  <span className="verdict-tag">
                    <span className="visually-hidden">Verdict: </span>
                    {RATING_LABELS[p.claim.verdict.rating]}
                  </span>
                )}
              </a>
            ) : (
              <span key={p.key}>{p.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
