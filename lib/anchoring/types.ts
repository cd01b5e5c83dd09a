/** A claim's place in the old text: offsets, and optionally its stored W3C TextQuoteSelector. */
export type Anchor = {
  start: number;
  end: number;
  /** The claim's text as stored; defaults to oldText.slice(start, end). */
  exact?: string;
  /** Up to 32 characters before the claim as stored; defaults to the old text's. */
  prefix?: string;
  /** Up to 32 characters after the claim as stored; defaults to the old text's. */
  suffix?: string;
};

export type Span = { start: number; end: number; text: string };

/**
 * exact: the same text where the alignment of the two versions puts it (the text around it may
 * have changed, and its offsets shift with edits before it); moved: the same text somewhere
 * else; changed: edited in place, `new` is the edited span; orphaned: nothing similar enough.
 */
export type AnchorStatus = 'exact' | 'moved' | 'changed' | 'orphaned';

export type Reanchored = {
  old: Span;
  status: AnchorStatus;
  /** null when orphaned. */
  new: Span | null;
  /** 1 for exact and moved; 1 − edit distance / longer length for changed; the best found for orphaned. */
  similarity: number;
};

export type ReanchorOptions = {
  /** Below this similarity an edited claim is orphaned (default ORPHAN_THRESHOLD). */
  threshold?: number;
};

export type WordDiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };
