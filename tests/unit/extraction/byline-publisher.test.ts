import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extraction';
import { bylineNames, readByline } from '@/lib/extraction/byline';
import { checkInvariants } from './helpers';

const BODY = 'The council approved a £4.2m flood scheme on Tuesday, its leader said.\n\nWork starts in May, according to the plan.';
const meta = (raw: string) => {
  const r = extractArticle(raw);
  checkInvariants(r);
  return r.meta;
};
const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body><article><h1>Council approves flood plan</h1>${body}<p>The council approved a £4.2m flood scheme on Tuesday, its leader said.</p></article></body></html>`;

describe('a byline line in plain text', () => {
  it.each([
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['By Jane Doe, Reuters', 'Jane Doe, Reuters'],
    ['BY JANE DOE', 'JANE DOE'],
    ['by J. R. Ellison in London', 'J. R. Ellison in London'],
    ['By Jane Doe, John Roe and Ann Lee', 'Jane Doe, John Roe and Ann Lee'],
    ['By Hamish Crane, Health Correspondent', 'Hamish Crane, Health Correspondent'],
    ['By Anton Verhoek | 2 June 2025', 'Anton Verhoek'],
    ['Written by Maria de la Cruz — The Daily Star', 'Maria de la Cruz — The Daily Star'],
    ['By Radio Dunmere staff', 'Radio Dunmere staff'],
  ])('reads "%s" as the byline', (line, byline) => {
    const m = meta(`Council approves flood plan\n\n${line}\n\n${BODY}`);
    expect(m.byline).toBe(byline);
    expect(extractArticle(`Council approves flood plan\n\n${line}\n\n${BODY}`).claims.some((c) => c.text.includes(line))).toBe(false);
  });

  it.each([
    'By 2030 the city will need 4,000 new homes',
    'By 2030 the city will need 4,000 new homes.',
    'By Tuesday, the council had voted',
    'By contrast, Smith and Jones disagreed',
    'By The Time We Arrived',
    'By order of the court',
    'By Reuters',
    'By Jane Doe.',
  ])('does not take "%s" for a byline, and keeps it in the text', (line) => {
    const r = extractArticle(`Council approves flood plan\n\n${line}\n\n${BODY}`);
    expect(r.meta.byline).toBeNull();
    expect(r.text).toContain(line);
  });

  it('finds no byline in a text without one', () => {
    expect(meta(`Council approves flood plan\n\n${BODY}`).byline).toBeNull();
    expect(meta(BODY).byline).toBeNull();
  });

  it('gives no publisher for plain text', () => {
    expect(meta(`Council approves flood plan - BBC News\n\nBy Jane Doe\n\n${BODY}`).publisher).toBeNull();
  });
});

describe('a byline in HTML', () => {
  it.each([
    ['a meta author', '<meta name="author" content="Jane Doe">', '', 'Jane Doe'],
    ['an article:author that is a name', '<meta property="article:author" content="Jane Doe and John Roe">', '', 'Jane Doe and John Roe'],
    ['a meta byl with "By"', '<meta name="byl" content="By Jane Doe">', '', 'Jane Doe'],
    [
      'JSON-LD authors',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script>',
      '',
      'Jane Doe and John Roe',
    ],
    [
      'a JSON-LD author in an @graph, by @id',
      '<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#jd","name":"Jane Doe"},{"@type":["NewsArticle"],"author":{"@id":"#jd"}}]}</script>',
      '',
      'Jane Doe',
    ],
    ['a rel=author link', '', '<p>Story: <a rel="author" href="/people/jd">Jane Doe</a>, 3 hours ago</p>', 'Jane Doe'],
    ['an itemprop=author element', '', '<div><span itemprop="author"><span itemprop="name">Jane Doe</span></span> · Updated 3 May</div>', 'Jane Doe'],
    ['a byline element without "By"', '', '<p class="article-byline">Jane Doe</p>', 'Jane Doe'],
    ['a byline element with a date', '', '<div class="c-byline">By Jane Doe Updated 3 hours ago</div>', 'Jane Doe'],
  ])('reads %s', (_what, head, body, byline) => {
    expect(meta(page(head, body)).byline).toBe(byline);
  });

  it('prefers the visible byline line to the meta tag, and takes the byline element out of the claims', () => {
    const r = extractArticle(page('<meta name="author" content="Web Desk">', '<p class="byline">Jane Doe</p>'));
    expect(r.meta.byline).toBe('Jane Doe');
    expect(r.claims.some((c) => c.text.includes('Jane Doe'))).toBe(false);
  });

  it.each([
    ['no author at all', '', ''],
    ['an author meta tag that is a profile address', '<meta property="article:author" content="https://www.facebook.com/janedoe">', ''],
    [
      'a JSON-LD author that is an organisation',
      '<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"BBC News"}}</script>',
      '',
    ],
    ['a broken JSON-LD block', '<script type="application/ld+json">{"@type":"NewsArticle","author":</script>', ''],
    ['an author bio that is not a name', '', '<div class="author">Our reporter has covered the council since 2019 and lives nearby.</div>'],
  ])('finds none with %s', (_what, head, body) => {
    expect(meta(page(head, body)).byline).toBeNull();
  });

  it('never reads JSON-LD or the byline element into the text', () => {
    const r = extractArticle(page('<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Jane Doe"}}</script>', ''));
    expect(r.text).not.toMatch(/@type|Jane Doe/);
  });
});

describe('the publisher of an HTML page', () => {
  it.each([
    ['og:site_name', '<meta property="og:site_name" content="The Riverside Gazette"><title>Flood plan - BBC News</title>', 'The Riverside Gazette'],
    ['the <title> after " - "', '<title>Council approves flood plan - BBC News</title>', 'BBC News'],
    ['the <title> after " | "', '<title>Council approves flood plan | Politics | The Guardian</title>', 'The Guardian'],
    ['the <title> after " — "', '<title>Council approves flood plan — Le Monde.fr</title>', 'Le Monde.fr'],
    ['a <title> that opens with the site', '<title>Ashby Observer | Council approves flood plan</title>', 'Ashby Observer'],
    [
      'JSON-LD publisher.name',
      '<title>Council approves flood plan</title><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Ashby Observer"}}</script>',
      'Ashby Observer',
    ],
  ])('is read from %s', (_what, head, publisher) => {
    expect(meta(page(head, '')).publisher).toBe(publisher);
  });

  it.each([
    ['a title without a separator', '<title>Council approves flood plan</title>'],
    ['a title whose suffix is not a name', '<title>Flood plan approved - what it means for you</title>'],
    ['a title whose suffix is a long phrase', '<title>Flood plan - The Council Approves A Four Million Pound Scheme For Homes</title>'],
    ['a hyphenated title', '<title>Council approves long-awaited flood plan</title>'],
    ['no title at all', ''],
  ])('is null for %s', (_what, head) => {
    expect(meta(page(head, '')).publisher).toBeNull();
  });
});

describe('the people a byline names', () => {
  it('lists people, not their outlet, role or a trailing date', () => {
    expect(bylineNames('Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(bylineNames('Jane Doe, Reuters')).toEqual(['Jane Doe']);
    expect(bylineNames('Hamish Crane, Health Correspondent')).toEqual(['Hamish Crane']);
    expect(bylineNames('Jane Doe, John Roe and Ann Lee')).toEqual(['Jane Doe', 'John Roe', 'Ann Lee']);
  });

  it('names no one for a staff credit, an outlet or nothing', () => {
    expect(bylineNames('Radio Dunmere staff')).toEqual([]);
    expect(bylineNames('BBC News')).toEqual([]);
    expect(bylineNames(null)).toEqual([]);
    expect(bylineNames('')).toEqual([]);
  });

  it('reads only whole lines as bylines in front matter, but the start of a byline element', () => {
    expect(readByline('Jane Doe Updated 3 hours ago', 'line')).toBeNull();
    expect(readByline('Jane Doe Updated 3 hours ago', 'element')).toEqual({ text: 'Jane Doe', names: ['Jane Doe'] });
  });
});
