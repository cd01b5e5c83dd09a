/**
 * Part of step 1, sanitize: the stack of open HTML elements, i.e. which elements a start or end
 * tag closes. It reproduces the tree rules of htmlparser2's Parser, which sanitize used until
 * issue 9, with every operation O(1) (pops amortised: each element is popped once).
 *
 * Why not that Parser: it keeps its stack with the newest element first, so every start and
 * end tag is an Array.unshift/shift (O(depth)), and every end tag an indexOf over the whole
 * stack. Unclosed or deeply nested tags made extraction quadratic: '<b>' x 333,000 (999 KB)
 * took 21 s, '<b>' x 100,000 2.3 s; a plain article of 1 MB takes 0.5 s. Here the innermost
 * element is at the end of the array and a count per name answers "is a <p> open?".
 *
 * Nesting stops at 512 levels, like Chromium's HTML parser (kMaximumHTMLParserDOMTreeDepth,
 * which attaches deeper elements to the parent of the current one): a deeper element closes
 * the innermost one and takes its place as its sibling. No article nests that deep; the cap
 * bounds what a hostile input can make us hold, and only there does output differ from
 * htmlparser2's.
 *
 * Not reproduced: SVG's camel-case tag names ("foreignObject"). Names are compared lower-cased,
 * which differs from htmlparser2 only for such an element opened outside <svg> and closed inside
 * it, or the reverse: there an end tag may close an <svg> that htmlparser2 leaves open.
 * tests/unit/extraction/html-reference.test.ts compares sanitize with the Parser-based original.
 */
import { HTML_INTEGRATION_POINTS, IMPLIED_END_TAGS, VOID_ELEMENTS } from './lexicon';

export const MAX_OPEN_ELEMENTS = 512;

/** The namespace of an element's content: HTML, or foreign (SVG, MathML), where tags differ. */
type Namespace = 'html' | 'svg' | 'math';

export class OpenElements {
  private readonly names: string[] = [];
  /** For each open element, the namespace of its content. */
  private readonly namespaces: Namespace[] = [];
  private readonly counts = new Map<string, number>();

  /** onClose hears of every element that closes, innermost first, explicitly or not. */
  constructor(private readonly onClose: (name: string) => void) {}

  /** Inside <svg> or <math>, where "<x/>" closes itself and <script> holds markup. */
  get foreign(): boolean {
    return (this.namespaces.at(-1) ?? 'html') !== 'html';
  }

  /** The name as the tree rules compare it: lower case, and HTML's <image> is <img>. */
  tagName(raw: string): string {
    const name = raw.toLowerCase();
    return name === 'image' && !this.foreign ? 'img' : name;
  }

  isOpen(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }

  /** A start tag: closes what it implies, then opens the element unless it is void. False when it is ignored (a <form> inside a form). */
  open(name: string): boolean {
    if (name === 'form' && this.isOpen('form')) return false;
    const implied = IMPLIED_END_TAGS.get(name);
    while (implied && this.names.length > 0 && implied.has(this.names.at(-1) as string)) this.pop();
    if (VOID_ELEMENTS.has(name)) return true;
    if (this.names.length >= MAX_OPEN_ELEMENTS) this.pop();
    this.namespaces.push(this.contentNamespace(name));
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    return true;
  }

  /** An end tag: closes the innermost open element of that name and all opened inside it. False when none is open. */
  close(name: string): boolean {
    if (!this.isOpen(name)) return false;
    let closed: string;
    do closed = this.pop();
    while (closed !== name);
    return true;
  }

  /** Closes the innermost element if it is this one ("<path/>" in SVG). */
  closeCurrent(name: string): void {
    if (this.names.at(-1) === name) this.pop();
  }

  /** End of input: everything still open closes, innermost first. */
  closeAll(): void {
    while (this.names.length > 0) this.pop();
  }

  private contentNamespace(name: string): Namespace {
    const current = this.namespaces.at(-1) ?? 'html';
    if (name === 'svg' || name === 'math') return name;
    if (HTML_INTEGRATION_POINTS.has(name) || (name === 'foreignobject' && current === 'svg')) return 'html';
    return current;
  }

  private pop(): string {
    const name = this.names.pop() as string;
    this.namespaces.pop();
    this.counts.set(name, (this.counts.get(name) ?? 1) - 1);
    this.onClose(name);
    return name;
  }
}
