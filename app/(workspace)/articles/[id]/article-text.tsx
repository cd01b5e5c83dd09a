'use client';

import { Fragment, memo, startTransition, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ArticleProps, NumberedClaim } from './workspace';
import { claimLabel, markClass } from './claim-marks';
import { textBlocks, type Group, type Piece } from './text-blocks';

export type TextSelection = { start: number; end: number; text: string };

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

/** Characters drawn at once, and per task after: the first screenfuls, then the rest in chunks. */
const FIRST_CHARS = 30_000;
const STEP_CHARS = 150_000;

/**
 * How many of the blocks to draw: those that begin within the first FIRST_CHARS characters at
 * once, then STEP_CHARS more per task, so a long article answers clicks and keys while the rest
 * is drawn. Counted in characters, not blocks: blocks are paragraphs of any length.
 */
function useProgressive(blocks: Group[][], length: number) {
  const [drawn, setDrawn] = useState(FIRST_CHARS);
  useEffect(() => {
    if (drawn >= length) return;
    const t = setTimeout(() => startTransition(() => setDrawn((d) => d + STEP_CHARS)), 0);
    return () => clearTimeout(t);
  }, [drawn, length]);
  if (drawn >= length) return blocks.length;
  const next = blocks.findIndex((b) => b[0]!.pieces[0]!.start >= drawn);
  return next === -1 ? blocks.length : Math.max(next, 1);
}

function MarkedText({ text, links, claims, selectedId, onSelect, onSelection }: Props) {
  const root = useRef<HTMLDivElement>(null);
  // Paragraphs (long ones in parts), each a block the browser lays out only when it is near the
  // screen (CSS content-visibility), and a memoised component React re-renders only when its selection changes.
  const blocks = useMemo(() => textBlocks(text, claims, links), [text, claims, links]);

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

  const shown = useProgressive(blocks, text.length);
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
