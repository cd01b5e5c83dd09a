/**
 * The reference for html-reference.test.ts: lib/extraction/html.ts as it was before issue 9,
 * on htmlparser2's Parser (quadratic on unclosed tags, which is why it was replaced), unchanged
 * but for the imports and names, and for the page hints added since (PageHints below: the
 * publisher, JSON-LD and byline elements, read on the Parser's own tree). The new sanitize must
 * give the same output on every document that nests less than 512 deep.
 */
import { Parser } from 'htmlparser2';
import { bylineFromMeta } from '@/lib/extraction/byline';
import {
  AUTHOR_META_KEYS,
  BLOCK_ELEMENTS,
  BYLINE_CLASS_RE,
  DATE_META_KEYS,
  SITE_NAME_META_KEYS,
  SKIPPED_ELEMENTS,
  STRUCTURAL_ELEMENTS,
} from '@/lib/extraction/lexicon';
import { anyOf } from '@/lib/extraction/regex';

interface Span {
  start: number;
  end: number;
}

interface Paragraph extends Span {
  /** The paragraph came from an <h1>, i.e. it is the page's headline. */
  headline: boolean;
}

interface SanitizedLink extends Span {
  href: string;
}

interface Sanitized {
  text: string;
  paragraphs: Paragraph[];
  links: SanitizedLink[];
  titleTag: string | null;
  dateHint: string | null;
  authorHint: string | null;
  siteName: string | null;
  jsonLd: string[];
  bylineTexts: string[];
}

/** The hints added after issue 9, on the Parser's events: every tag it opens it also closes, void ones included. */
class PageHints {
  siteName: string | null = null;
  readonly jsonLd: string[] = [];
  readonly bylineTexts: string[] = [];
  private jsonLdBuf: string | null = null;
  private readonly captures: ({ text: string } | null)[] = [];
  private readonly open: { text: string }[] = [];

  opened(name: string, attribs: Record<string, string>, skipDepth: number): void {
    const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
    if (name === 'meta' && attribs.content && !this.siteName && SITE_NAME_META_KEYS.has(key)) {
      this.siteName = attribs.content.replace(/\s+/g, ' ').trim().slice(0, 200) || null;
    }
    if (name === 'script' && /^\s*application\/ld\+json\s*$/i.test(attribs.type ?? '') && this.jsonLd.length < 8) this.jsonLdBuf = '';
    const byline =
      /\bauthor\b/i.test(attribs.itemprop ?? '') ||
      /\bauthor\b/i.test(attribs.rel ?? '') ||
      (attribs.class ?? '').split(/\s+/).some((c) => BYLINE_CLASS_RE.test(c));
    const capture = skipDepth === 0 && this.bylineTexts.length + this.open.length < 8 && byline ? { text: '' } : null;
    this.captures.push(capture);
    if (capture) this.open.push(capture);
  }

  /** After the element's own skip count: a block inside a byline element separates its words. */
  block(): void {
    for (const c of this.open) c.text += ' ';
  }

  text(data: string, skipped: boolean): void {
    if (this.jsonLdBuf !== null && this.jsonLdBuf.length < 256 * 1024) this.jsonLdBuf += data;
    if (!skipped) for (const c of this.open) if (c.text.length < 400) c.text += data;
  }

  closed(name: string): void {
    if (name === 'script' && this.jsonLdBuf !== null) {
      this.jsonLd.push(this.jsonLdBuf);
      this.jsonLdBuf = null;
    }
    const capture = this.captures.pop();
    if (!capture) return;
    this.open.splice(this.open.indexOf(capture), 1);
    const text = capture.text.replace(/\s+/g, ' ').trim();
    if (text) this.bylineTexts.push(text);
  }
}

const STRUCTURAL_TAG_RE = new RegExp(`<\\/?${anyOf(STRUCTURAL_ELEMENTS)}\\b`, 'i');
const SAFE_HREF_RE = /^(?:https?:|mailto:|\/|#|\.|[\w-]+(?:[/?#.]|$))/i;

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
    const pieces = preserveLines ? s.split(singleNewlineBreaks ? LINE_BREAK_RE : BLANK_LINE_RE) : [s];
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      if (i > 0) this.pendingBreak = true;
      if (/^\s/.test(piece)) this.pendingSpace = true;
      // Only irregular whitespace is rewritten: replacing every single space is needlessly slow.
      const body = piece.trim().replace(/\s{2,}|[^\S ]/g, ' ');
      if (body) this.word(body);
      if (body && /\s/.test(piece.at(-1) ?? '')) this.pendingSpace = true;
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

/** Paragraph breaks in plain text: a blank line, or any line break in a text without blank lines. */
const BLANK_LINE_RE = /[^\S\n]*\n[^\S\n]*\n\s*/;
const LINE_BREAK_RE = /[^\S\n]*\n\s*/;

export function sanitizeWithParser(raw: string): Sanitized {
  const blockMode = STRUCTURAL_TAG_RE.test(raw);
  // A text with no blank lines at all uses single newlines between paragraphs.
  const singleNewlineBreaks = !blockMode && !/\n[^\S\n]*\n/.test(raw);
  const out = new TextBuilder();
  // Without '<' or '&' the parser would hand the whole input to ontext in one piece and fire no
  // other event, so plain text skips its character-by-character tokenizer.
  if (!raw.includes('<') && !raw.includes('&')) {
    if (raw) out.write(raw, true, singleNewlineBreaks);
    const none = { titleTag: null, dateHint: null, authorHint: null, siteName: null, jsonLd: [], bylineTexts: [] };
    return { text: out.toString(), paragraphs: out.paragraphs, links: [], ...none };
  }
  const links: SanitizedLink[] = [];
  const linkStack: { span: { start: number }; href: string | null }[] = [];
  let skipDepth = 0;
  let titleTag: string | null = null;
  let inTitle = false;
  let titleBuf = '';
  let dateHint: string | null = null;
  let authorHint: string | null = null;
  const hints = new PageHints();

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'title') inTitle = true;
        if (name === 'meta') {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          if (!dateHint && DATE_META_KEYS.has(key) && attribs.content) dateHint = attribs.content;
          if (!authorHint && AUTHOR_META_KEYS.has(key) && attribs.content) authorHint = bylineFromMeta(attribs.content);
        }
        if (name === 'time' && !dateHint && attribs.datetime) dateHint = attribs.datetime;
        hints.opened(name, attribs, skipDepth);
        if (SKIPPED_ELEMENTS.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (BLOCK_ELEMENTS.has(name)) hints.block();
        if (BLOCK_ELEMENTS.has(name)) out.breakParagraph();
        else if (name === 'td' || name === 'th') out.softSpace();
        if (name === 'h1') out.inHeadline++;
        if (name === 'a') {
          const href = (attribs.href ?? '').trim();
          linkStack.push({ span: out.openSpan(), href: SAFE_HREF_RE.test(href) ? href : null });
        }
      },
      ontext(data) {
        if (inTitle) titleBuf += data;
        hints.text(data, skipDepth > 0);
        if (skipDepth > 0) return;
        out.write(data, !blockMode, singleNewlineBreaks);
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          titleTag ??= titleBuf.replace(/\s+/g, ' ').trim() || null;
        }
        hints.closed(name);
        if (BLOCK_ELEMENTS.has(name)) hints.block();
        if (SKIPPED_ELEMENTS.has(name)) {
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
        if (BLOCK_ELEMENTS.has(name)) out.breakParagraph();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(raw);
  parser.end();
  // Nested anchors can close out of order; keep document order for callers.
  links.sort((a, b) => a.start - b.start || a.end - b.end);
  const { siteName, jsonLd, bylineTexts } = hints;
  return { text: out.toString(), paragraphs: out.paragraphs, links, titleTag, dateHint, authorHint, siteName, jsonLd, bylineTexts };
}
