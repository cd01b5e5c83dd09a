import { attribute, type SentenceSpan } from './attribution';
import { applyCaveats } from './caveats';
import { clearWordCache } from './chars';
import { ExtractionInputError } from './errors';
import { sanitize } from './html';
import { readFrontMatter, stripDateHeader } from './meta';
import { capitalRuns, dropCommonInitials, NameIndex, toEntities } from './names';
import { findQuantities } from './quantities';
import { DEFAULT_THRESHOLD, scoreSentence } from './scoring';
import { quoteSelector } from './selector';
import { splitSentences } from './sentences';
import type { ExtractedClaim, ExtractionResult, ExtractOptions } from './types';

export type {
  ClaimFlags, ClaimKind, EntityType, ExtractedClaim, ExtractedEntity, ExtractedLink,
  ExtractedQuantity, ExtractionMeta, ExtractionResult, ExtractOptions, QuantityKind,
  TextQuoteSelector,
} from './types';
export { ExtractionInputError } from './errors';
export { DEFAULT_THRESHOLD } from './scoring';
export { quoteSelector, SELECTOR_CONTEXT } from './selector';

/** Bump whenever any rule, word list or weight changes: stored claims record which rules made them. */
export const EXTRACTOR_VERSION = 'claimdesk-extract/1.0.0';

/** 16 Mi code units: far beyond any article, small enough to finish in seconds. */
export const MAX_INPUT_LENGTH = 16 * 1024 * 1024;
// C0 controls other than tab/newline/CR, and DEL: never meaningful in an article.
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function checkInput(raw: unknown, options: ExtractOptions): number {
  if (typeof raw !== 'string') {
    throw new ExtractionInputError(`Expected the article as text, got ${raw === null ? 'null' : typeof raw}.`);
  }
  if (raw.length > MAX_INPUT_LENGTH) {
    throw new ExtractionInputError(`Article is too large (${raw.length} characters; the limit is ${MAX_INPUT_LENGTH}).`);
  }
  const sample = raw.slice(0, 65536);
  const junk = (sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (sample.length >= 16 && junk / sample.length > 0.1) {
    throw new ExtractionInputError('Input looks like binary data, not text. Upload the article as HTML or plain text.');
  }
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new ExtractionInputError('threshold must be a number between 0 and 1.');
  }
  return threshold;
}


export function extractArticle(raw: string, options: ExtractOptions = {}): ExtractionResult {
  try {
    return extract(raw, options);
  } finally {
    // Word caches live for one article: keeping them would keep its text in memory.
    clearWordCache();
  }
}

function extract(raw: string, options: ExtractOptions): ExtractionResult {
  const threshold = checkInput(raw, options);
  const cleaned = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(CONTROL_RE, '');
  const { body, date } = stripDateHeader(cleaned);
  const page = sanitize(body);
  const { text } = page;
  const front = readFrontMatter(text, page.paragraphs, {
    titleTag: page.titleTag,
    dateHint: page.dateHint,
    authorHint: page.authorHint,
    headerDate: date,
  });

  const spans: SentenceSpan[] = [];
  front.body.forEach((p, para) => {
    for (const s of splitSentences(text, p)) spans.push({ start: s.start, end: s.end, para });
  });
  const runs = dropCommonInitials(spans.map((s) => capitalRuns(text, s)));
  const names = new NameIndex();
  for (const sentenceRuns of runs) for (const r of sentenceRuns) names.add(r);
  const sentences = spans.map((s) => text.slice(s.start, s.end));
  const attrs = attribute(sentences, spans, runs, names);
  const caveats = applyCaveats(sentences, attrs, spans.map((s) => s.para));

  const claims: ExtractedClaim[] = spans.map((span, i) => {
    const attribution = attrs[i] ?? { speaker: null, cue: null, person: false, via: null };
    const quantities = findQuantities(text, span);
    const entities = toEntities(text, runs[i] ?? [], names);
    const flags = caveats.flags[i] ?? { unverified: false, disputed: false };
    const scored = scoreSentence({
      text: sentences[i] ?? '',
      quantities,
      entities,
      attribution,
      meta: caveats.meta[i] ?? false,
      flags,
    });
    return {
      text: sentences[i] ?? '',
      start: span.start,
      end: span.end,
      selector: quoteSelector(text, span.start, span.end),
      score: scored.score,
      suggested: scored.score >= threshold,
      reasons: scored.reasons,
      kind: scored.kind,
      speaker: attribution.speaker,
      cue: attribution.cue,
      flags,
      quantities,
      entities,
    };
  });

  return {
    extractorVersion: EXTRACTOR_VERSION,
    meta: { title: front.title, publishedAt: front.publishedAt, byline: front.byline, dateline: front.dateline },
    text,
    links: page.links.map((l) => ({ text: text.slice(l.start, l.end), href: l.href, start: l.start, end: l.end })),
    claims,
  };
}
