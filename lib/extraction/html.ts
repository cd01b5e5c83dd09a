/**
 * Step 1, sanitize: pasted HTML or plain text becomes one normalised plain text, with
 * paragraphs separated by a blank line and nothing a reader would not see. Offsets of links
 * and paragraphs are recorded while the text is written, so they stay exact without a second
 * pass that could drift.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { bylineFromMeta } from './byline';
import {
  AUTHOR_META_KEYS,
  BLOCK_ELEMENTS,
  BYLINE_CLASS_RE,
  DATE_META_KEYS,
  SITE_NAME_META_KEYS,
  SKIPPED_ELEMENTS,
  STRUCTURAL_ELEMENTS,
  VOID_ELEMENTS,
} from './lexicon';
import { OpenElements } from './open-elements';
import { anyOf } from './regex';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
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
  /** og:site_name: the publisher as the page names itself. */
  siteName: string | null;
  /** The text of each <script type="application/ld+json">, unparsed (lib/extraction/json-ld.ts reads them). */
  jsonLd: string[];
  /** The text of elements marked as the byline (class "byline" or "author", itemprop or rel "author"), in document order. */
  bylineTexts: string[];
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
  /** Open spans that no word has reached yet: the next word starts them all. */
  private pendingSpans: { start: number }[] = [];
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
    // Only spans still waiting for their first word: looping over every open span here made
    // links nested in unclosed tags ('<a href=x><b>Word ' x N) quadratic.
    for (const span of this.pendingSpans) span.start = this.len;
    this.pendingSpans.length = 0;
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
    this.pendingSpans.push(span);
    return span;
  }

  /** Returns the span's extent, or null when nothing visible was written inside it. */
  closeSpan(span: { start: number }): Span | null {
    if (span.start >= 0) return { start: span.start, end: this.lastEnd };
    // Spans close innermost first, so a pending one is found at the end of the list.
    const i = this.pendingSpans.lastIndexOf(span);
    if (i >= 0) this.pendingSpans.splice(i, 1);
    return null;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * Paragraph breaks in plain text: a blank line, or any line break in a text without blank lines.
 * Each match starts where a run of spaces starts: a run with no line break after it would
 * otherwise be read again from each of its spaces (' ' x 80,000 took 4.5 s, now 10 ms).
 */
const BLANK_LINE_RE = /(?<![^\S\n])[^\S\n]*\n[^\S\n]*\n\s*/;
const LINE_BREAK_RE = /(?<![^\S\n])[^\S\n]*\n\s*/;

export function sanitize(raw: string): Sanitized {
  const blockMode = STRUCTURAL_TAG_RE.test(raw);
  // A text with no blank lines at all uses single newlines between paragraphs.
  const singleNewlineBreaks = !blockMode && !/\n[^\S\n]*\n/.test(raw);
  // Without '<' or '&' the tokenizer would hand the whole input to ontext in one piece and fire
  // no other event, so plain text skips its character-by-character scan.
  if (!raw.includes('<') && !raw.includes('&')) {
    const out = new TextBuilder();
    if (raw) out.write(raw, true, singleNewlineBreaks);
    const none = { titleTag: null, dateHint: null, authorHint: null, siteName: null, jsonLd: [], bylineTexts: [] };
    return { text: out.toString(), paragraphs: out.paragraphs, links: [], ...none };
  }
  const reader = new HtmlReader(raw, blockMode, singleNewlineBreaks);
  const tokenizer = new Tokenizer({ decodeEntities: true }, reader);
  tokenizer.write(raw);
  tokenizer.end();
  return reader.result();
}

type Attributes = Record<string, string>;

/** How much of a page's JSON-LD and byline elements is kept: far more than any page's metadata. */
const MAX_JSON_LD_CHARS = 256 * 1024;
const MAX_JSON_LD_BLOCKS = 8;
const MAX_BYLINE_ELEMENTS = 8;
const MAX_BYLINE_ELEMENT_CHARS = 400;

const isBylineElement = (a: Attributes) =>
  /\bauthor\b/i.test(a.itemprop ?? '') || /\bauthor\b/i.test(a.rel ?? '') || (a.class ?? '').split(/\s+/).some((c) => BYLINE_CLASS_RE.test(c));

/**
 * Tokenizer events in, text and hints out. The tree rules (which tags close which) are
 * OpenElements'; the methods from opened() on are what each element means for the text.
 */
class HtmlReader implements TokenizerCallbacks {
  private readonly out = new TextBuilder();
  private readonly elements = new OpenElements((name) => this.closed(name));
  private readonly links: SanitizedLink[] = [];
  private readonly linkStack: { span: { start: number }; href: string | null }[] = [];
  private skipDepth = 0;
  private titleTag: string | null = null;
  private inTitle = false;
  private titleBuf = '';
  private dateHint: string | null = null;
  private authorHint: string | null = null;
  private siteName: string | null = null;
  private readonly jsonLd: string[] = [];
  /** The JSON-LD block being read, or null outside one. */
  private jsonLdBuf: string | null = null;
  /** Per open (non-void) element, the byline text being read inside it, or null. Pushed and popped with the elements. */
  private readonly captures: ({ text: string } | null)[] = [];
  /** The captures still open, the only ones text is added to. */
  private readonly openCaptures: { text: string }[] = [];
  private readonly bylineTexts: string[] = [];
  /** The start tag being read, and its attributes; null while reading an ignored one. */
  private tag: { name: string; attribs: Attributes } | null = null;
  private attribName = '';
  private attribValue = '';

  constructor(
    private readonly raw: string,
    private readonly blockMode: boolean,
    private readonly singleNewlineBreaks: boolean,
  ) {}

  result(): Sanitized {
    // Nested anchors can close out of order; keep document order for callers.
    this.links.sort((a, b) => a.start - b.start || a.end - b.end);
    const { out, links, titleTag, dateHint, authorHint, siteName, jsonLd, bylineTexts } = this;
    return { text: out.toString(), paragraphs: out.paragraphs, links, titleTag, dateHint, authorHint, siteName, jsonLd, bylineTexts };
  }

  // --- Tokenizer callbacks: offsets into raw, entities already decoded to code points.

  ontext(start: number, end: number): void {
    this.text(this.raw.slice(start, end));
  }
  ontextentity(codePoint: number): void {
    this.text(String.fromCodePoint(codePoint));
  }
  oncdata(start: number, end: number, endOffset: number): void {
    // HTML has CDATA sections only inside <svg> and <math>; elsewhere they are comments.
    if (this.elements.foreign) this.text(this.raw.slice(start, end - endOffset));
  }
  onopentagname(start: number, end: number): void {
    this.openTag(this.elements.tagName(this.raw.slice(start, end)));
  }
  onattribname(start: number, end: number): void {
    this.attribName = this.raw.slice(start, end).toLowerCase();
  }
  onattribdata(start: number, end: number): void {
    this.attribValue += this.raw.slice(start, end);
  }
  onattribentity(codePoint: number): void {
    this.attribValue += String.fromCodePoint(codePoint);
  }
  onattribend(): void {
    // The first of two same-named attributes wins, as in browsers.
    if (this.tag && !Object.hasOwn(this.tag.attribs, this.attribName)) this.tag.attribs[this.attribName] = this.attribValue;
    this.attribValue = '';
  }
  onopentagend(): void {
    this.endOpenTag();
  }
  onselfclosingtag(): void {
    // HTML ignores the slash in "<div/>"; only SVG and MathML elements close themselves.
    const name = this.tag?.name;
    this.endOpenTag();
    if (name !== undefined && this.elements.foreign) this.elements.closeCurrent(name);
  }
  onclosetag(start: number, end: number): void {
    const name = this.elements.tagName(this.raw.slice(start, end));
    if (this.elements.close(name) || !(name === 'p' || name === 'br')) return;
    // A stray </p> or </br> still breaks the line, as an empty <p></p> or a <br> would.
    this.openTag(name);
    this.endOpenTag();
    this.elements.closeCurrent(name);
  }
  onend(): void {
    this.elements.closeAll();
  }
  isInForeignContext(): boolean {
    return this.elements.foreign;
  }
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}

  private openTag(name: string): void {
    this.tag = this.elements.open(name) ? { name, attribs: Object.create(null) as Attributes } : null;
  }

  private endOpenTag(): void {
    if (!this.tag) return;
    const { name, attribs } = this.tag;
    this.tag = null;
    this.opened(name, attribs);
    if (VOID_ELEMENTS.has(name)) this.closed(name);
  }

  // --- What each element means for the text.

  private opened(name: string, attribs: Attributes): void {
    if (name === 'title') this.inTitle = true;
    if (name === 'meta') this.metaTag(attribs);
    if (name === 'time' && !this.dateHint && attribs.datetime) this.dateHint = attribs.datetime;
    if (name === 'script' && /^\s*application\/ld\+json\s*$/i.test(attribs.type ?? '') && this.jsonLd.length < MAX_JSON_LD_BLOCKS)
      this.jsonLdBuf = '';
    if (!VOID_ELEMENTS.has(name)) this.openCapture(attribs);
    if (SKIPPED_ELEMENTS.has(name)) this.skipDepth++;
    if (this.skipDepth > 0) return;
    if (BLOCK_ELEMENTS.has(name)) for (const c of this.openCaptures) c.text += ' ';
    if (BLOCK_ELEMENTS.has(name)) this.out.breakParagraph();
    else if (name === 'td' || name === 'th') this.out.softSpace();
    if (name === 'h1') this.out.inHeadline++;
    if (name === 'a') {
      const href = (attribs.href ?? '').trim();
      this.linkStack.push({ span: this.out.openSpan(), href: SAFE_HREF_RE.test(href) ? href : null });
    }
  }

  private metaTag(attribs: Attributes): void {
    const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
    const content = attribs.content;
    if (!content) return;
    if (!this.dateHint && DATE_META_KEYS.has(key)) this.dateHint = content;
    if (!this.authorHint && AUTHOR_META_KEYS.has(key)) this.authorHint = bylineFromMeta(content);
    if (!this.siteName && SITE_NAME_META_KEYS.has(key)) this.siteName = content.replace(/\s+/g, ' ').trim().slice(0, 200) || null;
  }

  /** Starts reading a byline element's text (skipped elements such as <aside> hold none of the article's). */
  private openCapture(attribs: Attributes): void {
    const wanted = this.skipDepth === 0 && this.bylineTexts.length + this.openCaptures.length < MAX_BYLINE_ELEMENTS && isBylineElement(attribs);
    const capture = wanted ? { text: '' } : null;
    this.captures.push(capture);
    if (capture) this.openCaptures.push(capture);
  }

  private closeCapture(): void {
    const capture = this.captures.pop();
    if (!capture) return;
    this.openCaptures.splice(this.openCaptures.indexOf(capture), 1);
    const text = capture.text.replace(/\s+/g, ' ').trim();
    if (text) this.bylineTexts.push(text);
  }

  private text(data: string): void {
    if (this.inTitle) this.titleBuf += data;
    if (this.jsonLdBuf !== null && this.jsonLdBuf.length < MAX_JSON_LD_CHARS) this.jsonLdBuf += data;
    if (this.skipDepth > 0) return;
    for (const c of this.openCaptures) if (c.text.length < MAX_BYLINE_ELEMENT_CHARS) c.text += data;
    this.out.write(data, !this.blockMode, this.singleNewlineBreaks);
  }

  private closed(name: string): void {
    if (name === 'title' && this.inTitle) {
      this.inTitle = false;
      this.titleTag ??= this.titleBuf.replace(/\s+/g, ' ').trim() || null;
    }
    if (name === 'script' && this.jsonLdBuf !== null) {
      this.jsonLd.push(this.jsonLdBuf);
      this.jsonLdBuf = null;
    }
    if (!VOID_ELEMENTS.has(name)) this.closeCapture();
    // A block ends a word in the byline's text as it does in the article's.
    if (BLOCK_ELEMENTS.has(name)) for (const c of this.openCaptures) c.text += ' ';
    if (SKIPPED_ELEMENTS.has(name)) {
      if (this.skipDepth > 0) this.skipDepth--;
      return;
    }
    if (this.skipDepth > 0) return;
    if (name === 'a') {
      const link = this.linkStack.pop();
      const span = link ? this.out.closeSpan(link.span) : null;
      if (link?.href && span) this.links.push({ ...span, href: link.href });
    }
    if (name === 'h1' && this.out.inHeadline > 0) this.out.inHeadline--;
    if (BLOCK_ELEMENTS.has(name)) this.out.breakParagraph();
  }
}
