/**
 * Step 2, meta: the front matter of an article (the importer's date header, headline, byline,
 * date line and a wire dateline), and the publisher the page names. These go to `meta` and are
 * kept out of the claims a desk would check.
 */
import { joinNames, MAX_BYLINE_CHARS, readByline } from './byline';
import type { Paragraph, Span } from './html';
import { readJsonLd } from './json-ld';
import { DATE_LABELS, MONTH_PATTERN, MONTHS } from './lexicon';
import { anyOf } from './regex';

// The importer writes " date 2025-05-08 " ahead of the article body.
const DATE_HEADER_RE = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?(?=\s|$)[^\S\n]*\n?/i;

export function stripDateHeader(raw: string): { body: string; date: string | null } {
  const m = DATE_HEADER_RE.exec(raw);
  if (!m) return { body: raw, date: null };
  return { body: raw.slice(m[0].length), date: validIso(m[1] ?? '') };
}

function validIso(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
}

function ymd(y: number, mo: number, d: number): string | null {
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1) return null;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (d > (days[mo - 1] ?? 0)) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTH_RE = `(${MONTH_PATTERN})\\.?`;
const MDY_RE = new RegExp(`^${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY_RE = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\s+(\\d{4})\\b`, 'i');

/** Reads a date written the ways newsrooms write one; null when there is no full date. */
function parseDate(input: string): string | null {
  const s = input.trim().replace(/^(?:[A-Z][a-z]+day,?\s+)/, '');
  const iso = validIso(s);
  if (iso) return iso;
  let m = MDY_RE.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, Number(m[2]));
  m = DMY_RE.exec(s);
  if (m) return ymd(Number(m[3]), MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, Number(m[1]));
  return null;
}

const DATE_LINE_RE = new RegExp(`^(?:${anyOf(DATE_LABELS)}\\s*:?\\s*)?([^\\n]{6,60})$`, 'i');
// "LONDON, Jan. 14 (Reuters) –", "KYIV, Ukraine (AP) —", "NEW YORK -- ".
const DATELINE_RE = new RegExp(
  `^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.'’ ]{1,30}?)?)` +
    `(?:, (${MONTH_RE} \\d{1,2}(?:, \\d{4})?))?` +
    `(?: ?(\\((?:[A-Z][A-Za-z.&'’ ]{1,30})\\)))?` +
    ` ?(?:[-–—]{1,2}|:) `,
);

interface FrontMatter {
  title: string | null;
  /** The site that published the article: og:site_name, else the <title>'s suffix, else JSON-LD's publisher. */
  publisher: string | null;
  byline: string | null;
  dateline: string | null;
  publishedAt: string | null;
  /** Paragraph spans that hold body text (front matter removed). */
  body: Span[];
}

/** What the page says of itself beside its text (lib/extraction/html.ts), and the importer's date header. */
type Hints = {
  titleTag: string | null;
  dateHint: string | null;
  authorHint: string | null;
  headerDate: string | null;
  siteName: string | null;
  jsonLd: readonly string[];
  bylineTexts: readonly string[];
};

export function readFrontMatter(text: string, paragraphs: Paragraph[], hints: Hints): FrontMatter {
  let title: string | null = null;
  let byline: string | null = null;
  let dateline: string | null = null;
  let publishedAt = hints.headerDate ?? (hints.dateHint ? parseDate(hints.dateHint) : null);
  const front = new Set<number>();

  const h1 = paragraphs.findIndex((p) => p.headline);
  if (h1 >= 0 && h1 < 6) {
    const p = paragraphs[h1] as Paragraph;
    title = text.slice(p.start, p.end);
    front.add(h1);
  }
  // Only the opening lines of a piece carry front matter.
  for (let i = 0; i < Math.min(paragraphs.length - 1, 5); i++) {
    const p = paragraphs[i] as Paragraph;
    const s = text.slice(p.start, p.end);
    if (front.has(i)) continue;
    const by: string | null = byline ? null : bylineParagraph(s, hints.bylineTexts);
    if (by) {
      byline = by;
      front.add(i);
      continue;
    }
    const dl = DATE_LINE_RE.exec(s);
    const date = dl ? parseDate(dl[1] ?? '') : null;
    if (date && (dl?.[1] ?? '').replace(/[\d:apmGMTUTC.,\s]+$/i, '').length < 30) {
      publishedAt ??= date;
      front.add(i);
      continue;
    }
    if (!title && i === 0 && isHeadlineLike(s)) {
      title = s;
      front.add(i);
    }
  }
  // A page <title> usually reads "Headline | Site"; the site name is not the headline.
  if (!title && hints.titleTag) title = hints.titleTag.replace(/\s+[|–—-]\s+[^|–—-]{1,40}$/, '').trim() || null;
  const page = readJsonLd(hints.jsonLd);
  byline ??= pageByline(page.authors, hints);
  const publisher = hints.siteName ?? titleSuffix(hints.titleTag, title) ?? page.publisher;

  const body: Span[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (front.has(i)) continue;
    const p = paragraphs[i] as Paragraph;
    let start = p.start;
    if (body.length === 0 && dateline === null) {
      const m = DATELINE_RE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
      if (m && (m[2] || m[3] || (m[1] ?? '').replace(/[^A-Z]/g, '').length >= 4)) {
        dateline = m[0].replace(/\s*(?:[-–—]{1,2}|:)\s*$/, '');
        start += m[0].length;
        if (m[2] && !publishedAt) publishedAt = parseDate(m[2]);
      }
    }
    if (start < p.end) body.push({ start, end: p.end });
  }
  return { title, publisher, byline, dateline, publishedAt, body };
}

/** A front-matter paragraph that is a byline ("By Jane Doe, Reuters"), or the page's byline element standing alone. */
function bylineParagraph(s: string, bylineTexts: readonly string[]): string | null {
  return readByline(s, 'line')?.text ?? (bylineTexts.includes(s) ? (readByline(s, 'element')?.text ?? null) : null);
}

/** Without a byline in the text: the page's JSON-LD authors, its byline element, its author meta tag. */
function pageByline(authors: string[], hints: Hints): string | null {
  const joined = joinNames(authors);
  if (joined && joined.length <= MAX_BYLINE_CHARS) return joined;
  for (const t of hints.bylineTexts) {
    const b = readByline(t, 'element');
    if (b) return b.text;
  }
  return hints.authorHint;
}

const TITLE_SEP_RE = /\s+(?:\||-{1,2}|–|—|·)\s+/;
/** A site's name: a few capitalised words ("BBC News", "The New York Times", "Le Monde.fr", "9News"). */
const SITE_NAME_RE = /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&-]*(?: (?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.&-]*|of|the|and|on|de|du|la|le|&))*$/u;
const isSiteName = (s: string) => s.length <= 40 && s.split(' ').length <= 5 && SITE_NAME_RE.test(s) && !/[.]$/.test(s);

/**
 * The site a <title> names after its headline: "Headline - BBC News", "Headline | Politics | The
 * Guardian". Only a short name after a separator, never the whole title; a title that opens with
 * the site ("BBC News - Headline", known when the rest is the page's headline) gives its first part.
 */
function titleSuffix(titleTag: string | null, headline: string | null): string | null {
  const parts = titleTag?.split(TITLE_SEP_RE).map((p) => p.trim()) ?? [];
  if (parts.length < 2 || parts.some((p) => p === '')) return null;
  const last = parts.at(-1) as string;
  const first = parts[0] as string;
  if (headline && last === headline) return isSiteName(first) ? first : null;
  return isSiteName(last) ? last : null;
}

function isHeadlineLike(s: string): boolean {
  if (s.length > 200 || s.split(' ').length > 25) return false;
  if (/[.,;:]["”’]?$/.test(s)) return false;
  return /^[\p{Lu}\p{N}"“‘']/u.test(s);
}
