/**
 * Part of step 2, meta: what a page's JSON-LD (<script type="application/ld+json">) says of the
 * article: its authors and its publisher, as schema.org's NewsArticle and its kin give them. Only
 * people are authors here: an Organization as author is the publisher speaking, not a byline.
 * Blocks that are not JSON, or not about an article, say nothing.
 */
import { JSON_LD_ARTICLE_TYPES } from './lexicon';

export type JsonLdFacts = { authors: string[]; publisher: string | null };

type Node = Record<string, unknown>;

/** Enough for any page's metadata; a hostile page cannot make us walk more. */
const MAX_NODES = 500;
const MAX_NAME_CHARS = 200;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const typesOf = (n: Node): string[] => asList(n['@type']).filter((t): t is string => typeof t === 'string');

/** A name as written, or null when it is missing, too long or an address. */
function nameOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.replace(/\s+/g, ' ').trim();
  return s && s.length <= MAX_NAME_CHARS && !/^(?:https?:|www\.)/i.test(s) ? s : null;
}

/** Every object in the blocks, top-level, in arrays and in @graph, in document order. */
function nodesOf(blocks: readonly string[]): Node[] {
  const nodes: Node[] = [];
  const visit = (v: unknown, depth: number) => {
    if (nodes.length >= MAX_NODES || depth > 3) return;
    if (Array.isArray(v)) for (const item of v) visit(item, depth + 1);
    else if (isNode(v)) {
      nodes.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph'], depth + 1);
    }
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block) as unknown, 0);
    } catch {
      // Not JSON: a broken block is common and says nothing.
    }
  }
  return nodes;
}

export function readJsonLd(blocks: readonly string[]): JsonLdFacts {
  const nodes = nodesOf(blocks);
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && !byId.has(n['@id'])) byId.set(n['@id'], n);
  // {"@id": "#jane"} points at the node that has the name.
  const resolve = (v: unknown): unknown => (isNode(v) && typeof v['@id'] === 'string' && v.name === undefined ? (byId.get(v['@id']) ?? v) : v);
  const article = nodes.find((n) => typesOf(n).some((t) => JSON_LD_ARTICLE_TYPES.has(t)));
  if (!article) return { authors: [], publisher: null };

  const authors: string[] = [];
  for (const a of asList(article.author).map(resolve)) {
    const types = isNode(a) ? typesOf(a) : [];
    const name = typeof a === 'string' ? nameOf(a) : isNode(a) && (types.length === 0 || types.includes('Person')) ? nameOf(a.name) : null;
    if (name && !authors.includes(name)) authors.push(name);
  }
  const p = resolve(asList(article.publisher)[0]);
  const publisher = typeof p === 'string' ? nameOf(p) : isNode(p) ? nameOf(p.name) : null;
  return { authors, publisher };
}
