'use client';

import { Fragment, memo, startTransition, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ArticleProps, NumberedClaim } from './workspace';
import { claimLabel, markClass } from './claim-marks';

export type TextSelection = { start: number; end: number; text: string };
type Piece = { start: number; end: number; claim: NumberedClaim | null; href: string | null };
type Group = { claim: NumberedClaim | null; pieces: Piece[] };

/** Where each paragraph ends (after its blank line): the text is drawn a paragraph per block. */
const PARAGRAPH_END = /\n[^\S\n]*\n\s*/g;
const paragraphEnds = (text: string) => Array.from(text.matchAll(PARAGRAPH_END), (m) => m.index + m[0].length);

/**
 * Cuts the text at every claim and link boundary. Spans are UTF-16 offsets into the plain text,
 * which is exactly what String#slice uses, so nothing is re-measured here.
 */
function pieces(text: string, claims: NumberedClaim[], links: ArticleProps['links']): Piece[] {
  const cuts = new Set([0, text.length, ...paragraphEnds(text)]);
  for (const s of [...claims, ...links]) if (s.start >= 0 && s.end <= text.length && s.start < s.end) cuts.add(s.start).add(s.end);
  const at = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  // Claims never overlap and come sorted by start, so one pointer finds each piece's claim.
  let ci = 0;
  for (let i = 0; i + 1 < at.length; i++) {
    const start = at[i]!;
    const end = at[i + 1]!;
    while (ci < claims.length && claims[ci]!.end <= start) ci++;
    const c = claims[ci];
    const claim = c && c.start <= start && end <= c.end ? c : null;
    const link = links.find((l) => l.start <= start && end <= l.end);
    // Only web links are live: anything else the extractor let through is shown as plain text.
    out.push({ start, end, claim, href: link && /^https?:\/\//i.test(link.href) ? link.href : null });
  }
  return out;
}

/** The offset in the plain text of a DOM point, not counting the claim tags between the words. */
function textOffset(root: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  const copy = range.cloneContents();
  copy.querySelectorAll('[data-nontext]').forEach((e) => e.remove());
  return copy.textContent?.length ?? 0;
}

type Props = {
  text: string;
  links: ArticleProps['links'];
  claims: NumberedClaim[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onSelection?: (s: TextSelection) => void;
};

const noSubscription = () => () => {};

/**
 * The text is drawn in the browser only. The page's React data already carries it (this component
 * needs it to map selections to offsets); drawn on the server too, a long article would be sent
 * twice, in the HTML and in that data (issue 15: 1,000,000 characters made 14.5 MB pages).
 */
const useInBrowser = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

export function ArticleText(props: Props) {
  if (!useInBrowser()) {
    return (
      <div className="article-body" data-testid="article-text" aria-busy="true">
        <p className="muted">Loading the article text ({props.text.length.toLocaleString('en')} characters)…</p>
      </div>
    );
  }
  return <MarkedText {...props} />;
}

/**
 * How many of `total` paragraphs to draw: the first screenfuls at once, then a chunk per task, so
 * a long article answers clicks and keys while the rest is drawn.
 */
function useProgressive(total: number, first = 120, step = 400) {
  const [shown, setShown] = useState(first);
  useEffect(() => {
    if (shown >= total) return;
    const t = setTimeout(() => startTransition(() => setShown((s) => s + step)), 0);
    return () => clearTimeout(t);
  }, [shown, total, step]);
  return Math.min(shown, total);
}

function MarkedText({ text, links, claims, selectedId, onSelect, onSelection }: Props) {
  const root = useRef<HTMLDivElement>(null);
  // Paragraphs, each a block the browser lays out only when it is near the screen (CSS
  // content-visibility), and a memoised component React re-renders only when its selection changes.
  const blocks = useMemo(() => {
    const ends = new Set(paragraphEnds(text));
    const out: Group[][] = [[]];
    for (const p of pieces(text, claims, links)) {
      const block = out[out.length - 1]!;
      const last = block[block.length - 1];
      if (last && last.claim?.id === p.claim?.id && p.claim) last.pieces.push(p);
      else block.push({ claim: p.claim, pieces: [p] });
      if (!p.claim && ends.has(p.end)) out.push([]);
    }
    return out.filter((b) => b.length > 0);
  }, [text, claims, links]);

  // Remembers the last selection made inside the article, for "Add as a claim" and span fixes.
  useEffect(() => {
    if (!onSelection) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      const sel = document.getSelection();
      const el = root.current;
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !el) return;
      const r = sel.getRangeAt(0);
      if (!el.contains(r.startContainer) || !el.contains(r.endContainer)) return;
      const start = textOffset(el, r.startContainer, r.startOffset);
      const end = textOffset(el, r.endContainer, r.endOffset);
      if (end > start) onSelection({ start, end, text: text.slice(start, end) });
    };
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(read, 120);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [onSelection, text]);

  const shown = useProgressive(blocks.length);
  return (
    <div ref={root} className="article-body" data-testid="article-text" aria-busy={shown < blocks.length}>
      {shown < blocks.length && (
        <p className="muted small drawing" data-nontext="">
          Drawing the article: {Math.round((shown / blocks.length) * 100)}%…
        </p>
      )}
      {blocks.slice(0, shown).map((b) => (
        <TextBlock
          key={b[0]!.pieces[0]!.start}
          groups={b}
          text={text}
          selectedId={selectedId && b.some((g) => g.claim?.id === selectedId) ? selectedId : null}
          onSelect={onSelect}
        />
      ))}
    </div>
  );
}

type BlockProps = { groups: Group[]; text: string; selectedId: string | null; onSelect: (id: string) => void };

const TextBlock = memo(function TextBlock({ groups, text, selectedId, onSelect }: BlockProps) {
  const render = (p: Piece): ReactNode => {
    const s = text.slice(p.start, p.end);
    return p.href ? (
      <a key={p.start} href={p.href} target="_blank" rel="noopener noreferrer nofollow">
        {s}
      </a>
    ) : (
      s
    );
  };
  return (
    <div className="text-block">
      {groups.map((g) =>
        g.claim ? (
          <span key={g.pieces[0]!.start}>
            <mark
              className={`${markClass(g.claim)}${g.claim.id === selectedId ? ' is-selected' : ''}`}
              data-mark={g.claim.id}
              data-start={g.claim.start}
              onClick={() => onSelect(g.claim!.id)}
            >
              {g.pieces.map(render)}
            </mark>
            <span className="claim-tag" data-nontext="">
              {' '}
              [{g.claim.n} {claimLabel(g.claim)}]
            </span>
          </span>
        ) : (
          <Fragment key={g.pieces[0]!.start}>{g.pieces.map(render)}</Fragment>
        ),
      )}
    </div>
  );
});
