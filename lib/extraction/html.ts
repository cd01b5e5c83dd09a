import { Parser } from 'htmlparser2';
import { isJsSpace } from './chars';

/**
 * Turns pasted HTML or plain text into one normalised plain text. Offsets of links and
 * paragraphs are recorded while the text is written, so they stay exact without a second
 * pass that could drift.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  /** The paragraph came from an <h1>, i.e. it is the page's headline. */
  headline: boolean;
}

export interface SanitizedLink extends Span {
  href: string;
}

export interface Sanitized {
  text: string;
  paragraphs: Paragraph[];
  links: SanitizedLink[];
  titleTag: string | null;
  dateHint: string | null;
  authorHint: string | null;
}

// Content of these never reaches the reader of an article body.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'canvas', 'head', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea',
  'figcaption', 'audio', 'video',
]);

const BLOCK = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote',
  'section', 'article', 'header', 'main', 'table', 'tr', 'dd', 'dt', 'dl', 'pre', 'hr',
  'figure', 'address', 'body', 'html',
]);

const BLOCK_TAG_RE = /<\/?(?:p|div|br|h[1-6]|li|blockquote|section|article|table|tr|body|html|main)\b/i;
const SAFE_HREF_RE = /^(?:https?:|mailto:|\/|#|\.|[\w-]+(?:[/?#.]|$))/i;
const DATE_META = new Set([
  'article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued',
  'og:published_time', 'datepublished', 'sailthru.date', 'parsely-pub-date',
]);

class TextBuilder {
  private parts: string[] = [];
  len = 0;
  private pendingSpace = false;
  private pendingBreak = false;
  private lastEnd = 0;
  readonly paragraphs: Paragraph[] = [];
  private openSpans: { start: number }[] = [];
  inHeadline = 0;

  /** Writes a text node; whole paragraphs go out as one piece to keep allocation low on big inputs. */
  write(s: string, preserveLines: boolean, singleNewlineBreaks: boolean): void {
    const pieces = preserveLines ? splitAtBreaks(s, !singleNewlineBreaks) : [s];
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      if (i > 0) this.pendingBreak = true;
      if (isJsSpace(piece.charCodeAt(0))) this.pendingSpace = true;
      // Only irregular whitespace is rewritten: replacing every single space is needlessly slow.
      const body = piece.trim().replace(/\s{2,}|[^\S ]/g, ' ');
      if (body) this.word(body);
      if (body && isJsSpace(piece.charCodeAt(piece.length - 1))) this.pendingSpace = true;
    }
  }

  private word(w: string): void {
    if (this.len > 0 && this.pendingBreak) {
      this.push('\n\n');
      this.paragraphs.push({ start: this.len, end: this.len, headline: this.inHeadline > 0 });
    } else if (this.len === 0) {
      this.paragraphs.push({ start: 0, end: 0, headline: this.inHeadline > 0 });
    } else if (this.pendingSpace) {
      this.push(' ');
    }
    this.pendingBreak = false;
    this.pendingSpace = false;
    for (const span of this.openSpans) if (span.start < 0) span.start = this.len;
    this.push(w);
    this.lastEnd = this.len;
    const para = this.paragraphs[this.paragraphs.length - 1];
    if (para) para.end = this.len;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.len += s.length;
  }

  breakParagraph(): void {
    this.pendingBreak = true;
  }

  softSpace(): void {
    this.pendingSpace = true;
  }

  openSpan(): { start: number } {
    const span = { start: -1 };
    this.openSpans.push(span);
    return span;
  }

  /** Returns the span's extent, or null when nothing visible was written inside it. */
  closeSpan(span: { start: number }): Span | null {
    const i = this.openSpans.lastIndexOf(span);
    if (i >= 0) this.openSpans.splice(i, 1);
    return span.start < 0 ? null : { start: span.start, end: this.lastEnd };
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * Splits like the regexes `[^\S\n]*\n[^\S\n]*\n\s*` (double) or `[^\S\n]*\n\s*` would, found by
 * jumping from newline to newline: the regex tries a match at every space of the text. The
 * leftmost match starts at the whitespace before the first newline that qualifies.
 */
function splitAtBreaks(s: string, double: boolean): string[] {
  const out: string[] = [];
  let last = 0;
  for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', nl + 1)) {
    let end = nl + 1;
    if (double) {
      while (end < s.length && isInlineSpace(s.charCodeAt(end))) end++;
      if (s.charCodeAt(end) !== 10) continue;
      end++;
    }
    let start = nl;
    while (start > last && isInlineSpace(s.charCodeAt(start - 1))) start--;
    while (end < s.length && isJsSpace(s.charCodeAt(end))) end++;
    out.push(s.slice(last, start));
    last = end;
    nl = end - 1;
  }
  out.push(s.slice(last));
  return out;
}

/** `[^\S\n]`: whitespace other than a newline. */
const isInlineSpace = (c: number): boolean => c !== 10 && isJsSpace(c);

export function sanitize(raw: string): Sanitized {
  const blockMode = BLOCK_TAG_RE.test(raw);
  // A text with no blank lines at all uses single newlines between paragraphs.
  const singleNewlineBreaks = !blockMode && !/\n[^\S\n]*\n/.test(raw);
  const out = new TextBuilder();
  // Without '<' or '&' the parser would hand the whole input to ontext in one piece and fire no
  // other event, so plain text skips its character-by-character tokenizer.
  if (!raw.includes('<') && !raw.includes('&')) {
    if (raw) out.write(raw, true, singleNewlineBreaks);
    return { text: out.toString(), paragraphs: out.paragraphs, links: [], titleTag: null, dateHint: null, authorHint: null };
  }
  const links: SanitizedLink[] = [];
  const linkStack: { span: { start: number }; href: string | null }[] = [];
  let skipDepth = 0;
  let titleTag: string | null = null;
  let inTitle = false;
  let titleBuf = '';
  let dateHint: string | null = null;
  let authorHint: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          if (!dateHint && DATE_META.has(key) && attribs.content) dateHint = attribs.content;
          if (!authorHint && key === 'author' && attribs.content) authorHint = attribs.content;
        }
        if (name === 'time' && !dateHint && attribs.datetime) dateHint = attribs.datetime;
        if (SKIP.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (BLOCK.has(name)) out.breakParagraph();
        else if (name === 'td' || name === 'th') out.softSpace();
        if (name === 'h1') out.inHeadline++;
        if (name === 'a') {
          const href = (attribs.href ?? '').trim();
          linkStack.push({ span: out.openSpan(), href: SAFE_HREF_RE.test(href) ? href : null });
        }
      },
      ontext(data) {
        if (inTitle) titleBuf += data;
        if (skipDepth > 0) return;
        out.write(data, !blockMode, singleNewlineBreaks);
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          titleTag ??= titleBuf.replace(/\s+/g, ' ').trim() || null;
        }
        if (SKIP.has(name)) {
          if (skipDepth > 0) skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'a') {
          const link = linkStack.pop();
          const span = link ? out.closeSpan(link.span) : null;
          if (link?.href && span) links.push({ ...span, href: link.href });
        }
        if (name === 'h1' && out.inHeadline > 0) out.inHeadline--;
        if (BLOCK.has(name)) out.breakParagraph();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(raw);
  parser.end();
  // Nested anchors can close out of order; keep document order for callers.
  links.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text: out.toString(), paragraphs: out.paragraphs, links, titleTag, dateHint, authorHint };
}
