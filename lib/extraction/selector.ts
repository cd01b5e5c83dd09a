/**
 * The W3C TextQuoteSelector of a claim: how a claim stays anchored to its article text. Shared
 * by the extractor and by the data layer when a person edits a span.
 */
import type { TextQuoteSelector } from './types';

/** Characters of context kept on each side of a claim (W3C TextQuoteSelector prefix/suffix). */
export const SELECTOR_CONTEXT = 32;

const LOW_SURROGATE_RE = /[\uDC00-\uDFFF]/;
const HIGH_SURROGATE_RE = /[\uD800-\uDBFF]/;

/**
 * The W3C TextQuoteSelector of text[start, end): the exact text with up to SELECTOR_CONTEXT
 * characters on each side. The context is kept on code point boundaries, so the selector is
 * valid Unicode.
 */
export function quoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  let from = Math.max(0, start - SELECTOR_CONTEXT);
  let to = Math.min(text.length, end + SELECTOR_CONTEXT);
  if (from > 0 && LOW_SURROGATE_RE.test(text[from] ?? '')) from++;
  if (to < text.length && HIGH_SURROGATE_RE.test(text[to - 1] ?? '')) to--;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}
