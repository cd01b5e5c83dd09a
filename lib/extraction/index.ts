/**
 * The extraction engine: an article (HTML or plain text) in, its sentences out as candidate
 * claims, each with a speaker, caveats, quantities, named actors and a check-worthiness score.
 * Pure (no database, no React) and deterministic: the same input always gives byte-identical
 * output, which the golden tests hold it to. extractArticle() below is the whole pipeline, one
 * step per module; each module's header says what its step does and why.
 */
import { attribute, type Attribution, type SentenceSpan } from './attribution';
import { capitalRuns } from './capitals';
import { applyCaveats } from './caveats';
import { ExtractionInputError } from './errors';
import { sanitize } from './html';
import { readFrontMatter, stripDateHeader } from './meta';
import { dropCommonInitials, NameIndex, toEntities } from './names';
import { findQuantities } from './quantities';
import { DEFAULT_THRESHOLD, scoreSentence } from './scoring';
import { quoteSelector } from './selector';
import { splitSentences } from './sentences';
import type { ClaimFlags, ExtractedClaim, ExtractionResult, ExtractOptions } from './types';

export type {
  ClaimFlags,
  ClaimKind,
  EntityType,
  ExtractedClaim,
  ExtractedEntity,
  ExtractedLink,
  ExtractedQuantity,
  ExtractionMeta,
  ExtractionResult,
  ExtractOptions,
  QuantityKind,
  SpeakerType,
  TextQuoteSelector,
} from './types';
export { ExtractionInputError } from './errors';
export { DEFAULT_THRESHOLD } from './scoring';
export { quoteSelector, SELECTOR_CONTEXT } from './selector';

/** Bump whenever any rule, word list or weight changes: stored claims record which rules made them. */
export const EXTRACTOR_VERSION = 'claimdesk-extract/2.4.0';

/** 16 Mi code units: far beyond any article, small enough to finish in seconds. */
const MAX_INPUT_LENGTH = 16 * 1024 * 1024;
// C0 controls other than tab/newline/CR, and DEL: never meaningful in an article.
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const UNATTRIBUTED: Attribution = { speaker: null, cue: null, person: false, type: null, role: null, via: null, mention: null };
const UNFLAGGED: ClaimFlags = { unverified: false, disputed: false, disputedBy: null };

export function extractArticle(raw: string, options: ExtractOptions = {}): ExtractionResult {
  const threshold = checkInput(raw, options);

  // 1. sanitize: the importer's date header comes off the raw input; HTML or text becomes plain text.
  const { body, date } = stripDateHeader(withoutNoise(raw));
  const page = sanitize(body);
  const { text } = page;

  // 2. meta: headline, publisher, byline, date and dateline go to meta; what is left are body paragraphs.
  const front = readFrontMatter(text, page.paragraphs, {
    titleTag: page.titleTag,
    dateHint: page.dateHint,
    authorHint: page.authorHint,
    headerDate: date,
    siteName: page.siteName,
    jsonLd: page.jsonLd,
    bylineTexts: page.bylineTexts,
  });

  // 3. sentences, numbered by the body paragraph they belong to.
  const spans: SentenceSpan[] = [];
  front.body.forEach((paragraph, para) => {
    for (const { start, end } of splitSentences(text, paragraph)) spans.push({ start, end, para });
  });
  const sentences = spans.map((s) => text.slice(s.start, s.end));

  // 4. names: capitalised runs per sentence, and the full names they add up to across the article.
  const runs = dropCommonInitials(spans.map((s) => capitalRuns(text, s)));
  const names = new NameIndex(runs);

  // 5. attribution: who said each sentence.
  const attributions = attribute(sentences, spans, runs, names);

  // 6. caveats: what the article says about its own claims (unverified, disputed, meta).
  const paragraphOf = spans.map((s) => s.para);
  // Quantities (step 7) are read first: a rebuttal by figures (step 6) compares them.
  const quantitiesOf = spans.map((span) => findQuantities(text, span));
  const caveats = applyCaveats(sentences, attributions, paragraphOf, spans, quantitiesOf);

  // 7. quantities and 8. scoring, sentence by sentence.
  const claims = spans.map((span, i): ExtractedClaim => {
    const sentence = sentences[i] ?? '';
    const attribution = attributions[i] ?? UNATTRIBUTED;
    const flags = caveats.flags[i] ?? { ...UNFLAGGED };
    const quantities = quantitiesOf[i] ?? [];
    const entities = toEntities(text, runs[i] ?? [], names);
    const disputes = caveats.disputes[i] ?? false;
    const scored = scoreSentence({ text: sentence, quantities, entities, attribution, meta: caveats.meta[i] ?? false, flags, disputes });
    return {
      text: sentence,
      start: span.start,
      end: span.end,
      selector: quoteSelector(text, span.start, span.end),
      score: scored.score,
      suggested: scored.score >= threshold,
      reasons: scored.reasons,
      kind: scored.kind,
      speaker: attribution.speaker,
      speakerType: attribution.type,
      speakerRole: attribution.role,
      speakerMention: attribution.mention,
      cue: attribution.cue,
      flags,
      quantities,
      entities,
    };
  });

  return {
    extractorVersion: EXTRACTOR_VERSION,
    meta: { title: front.title, publisher: front.publisher, publishedAt: front.publishedAt, byline: front.byline, dateline: front.dateline },
    text,
    links: page.links.map((l) => ({ text: text.slice(l.start, l.end), href: l.href, start: l.start, end: l.end })),
    claims,
  };
}

/** Without a byte-order mark, Windows line ends or control characters: none is part of what an article says. */
function withoutNoise(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_RE, '');
}

/** Refuses what is not an article with a message fit for the person who uploaded it; returns the threshold. */
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
