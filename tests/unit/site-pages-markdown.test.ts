import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SiteMarkdown, safeUrl } from '@/lib/site-pages/markdown';
import { ZUpdateSitePageSchema } from '@/lib/validation/site-pages';

// An admin's Markdown is shown to every reader of the transparency pages: nothing in it may run
// script or load anything from elsewhere, whatever is written.

const render = (source: string) => renderToStaticMarkup(createElement(SiteMarkdown, { source }));

describe('the transparency pages’ Markdown', () => {
  it('renders the Markdown an admin writes: sections, emphasis, lists and links', () => {
    const html = render(
      '## Funding\n\nWe are **funded** by *readers*.\n\n- one\n- two\n\n[Contact](mailto:desk@example.org) · [Method](/methodology)',
    );
    expect(html).toContain('<h2>Funding</h2>');
    expect(html).toContain('<strong>funded</strong>');
    expect(html).toContain('<em>readers</em>');
    expect(html).toContain('<li>two</li>');
    expect(html).toContain('<a href="mailto:desk@example.org">Contact</a>');
    expect(html).toContain('<a href="/methodology">Method</a>');
  });

  it('makes a "# heading" a section: the page title stays the only h1', () => {
    expect(render('# Who we are')).toBe('<h2>Who we are</h2>');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['an event handler', '<img src="x" onerror="alert(1)">'],
    ['an HTML link to javascript:', '<a href="javascript:alert(1)">click</a>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['a style tag', '<style>body{display:none}</style>'],
    ['inline HTML in a paragraph', 'Hello <b onclick="alert(1)">there</b>'],
  ])('leaves raw HTML out: %s', (_name, source) => {
    const html = render(source);
    expect(html).not.toMatch(/<(script|img|iframe|style|b)\b/i);
    expect(html).not.toMatch(/onerror|onclick|javascript:/i);
  });

  it.each([
    ['javascript:', '[click](javascript:alert(1))'],
    ['JavaScript: in mixed case', '[click](JaVaScRiPt:alert(1))'],
    ['an entity-encoded javascript:', '[click](java&#115;cript:alert(1))'],
    ['vbscript:', '[click](vbscript:msgbox(1))'],
    ['data:', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a reference link to javascript:', '[click][x]\n\n[x]: javascript:alert(1)'],
    ['an autolink to javascript:', '<javascript:alert(1)>'],
  ])('keeps the words of a link to %s but not the link', (_name, source) => {
    const html = render(source);
    expect(html).not.toContain('<a');
    expect(html).not.toMatch(/href=/i);
    // Its words stay, as text (an autolink's words are its address: harmless as text).
    expect(html).toMatch(/click|javascript:alert\(1\)/);
  });

  it('shows an image as its description and loads nothing', () => {
    const html = render('![Our team in 2025](https://tracker.example/pixel.png)');
    expect(html).toBe('<p>Our team in 2025</p>');
  });

  it('escapes what looks like markup in text', () => {
    expect(render('5 < 6 & "quotes"')).toBe('<p>5 &lt; 6 &amp; &quot;quotes&quot;</p>');
  });

  it('keeps only web, email and same-site addresses', () => {
    expect(safeUrl('https://example.org/a?b=c:d')).toBe('https://example.org/a?b=c:d');
    expect(safeUrl('/about#contact')).toBe('/about#contact');
    expect(safeUrl('#funding')).toBe('#funding');
    expect(safeUrl('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    expect(safeUrl(' javascript:alert(1)')).toBe('');
    expect(safeUrl('file:///etc/passwd')).toBe('');
  });
});

describe('the site page schema', () => {
  const base = { slug: 'about', version: '3', title: ' About us ', body: 'Line one\r\nLine two\r\n' };

  it('stores line ends as LF and trims the title and text', () => {
    const r = ZUpdateSitePageSchema.parse(base);
    expect(r).toEqual({ slug: 'about', version: 3, title: 'About us', body: 'Line one\nLine two' });
  });

  it('refuses an unknown page, an empty text and a missing version', () => {
    expect(ZUpdateSitePageSchema.safeParse({ ...base, slug: 'privacy' }).success).toBe(false);
    expect(ZUpdateSitePageSchema.safeParse({ ...base, body: ' \r\n ' }).success).toBe(false);
    expect(ZUpdateSitePageSchema.safeParse({ ...base, version: '' }).success).toBe(false);
  });
});
