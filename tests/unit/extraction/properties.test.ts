import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, ExtractionInputError, EXTRACTOR_VERSION } from '@/lib/extraction';
import { ARTICLES, checkInvariants, FIXTURES, readFixture, REFERENCE } from './helpers';

/** Small deterministic PRNG so generated cases are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PIECES = [
  'Mr. Smith said',
  'the U.S. economy',
  ' grew 2.5% in Jan. 2024.',
  ' "We will win," she said.',
  '…',
  '...',
  ' Dr. Lee',
  '<p>',
  '</p>',
  '<a href="/x">',
  '</a>',
  '<script>',
  '</script>',
  '&ldquo;',
  '&rdquo;',
  '&amp;',
  '&#x1F600;',
  '😀',
  '\n\n',
  '\n',
  ' ',
  '?',
  '!',
  '"',
  '“',
  '”',
  ', according to officials.',
  ' could not independently verify',
  ' denied it.',
  'BAGHDAD (Reuters) - ',
  'By Staff Reporter\n\n',
  '<div onclick="x()">',
  '</div>',
  '<br>',
  '\t',
  '\u00a0',
  '\ud83d',
  'Ünïcödé Ärger',
  '2,000,000',
  '$3.5bn',
  ' saying',
  ' told Reuters',
  'A. B. Cee',
  '<!--',
  '-->',
  '<style>',
];

function randomArticle(seed: number): string {
  const next = rng(seed);
  const n = 20 + Math.floor(next() * 200);
  let out = '';
  for (let i = 0; i < n; i++) out += PIECES[Math.floor(next() * PIECES.length)] ?? '';
  return out;
}

describe('properties over fixtures and generated input', () => {
  it('keeps every claim anchored, in order and non-overlapping', () => {
    for (const name of ARTICLES) checkInvariants(extractArticle(readFixture(name)));
    for (let seed = 1; seed <= 300; seed++) {
      const raw = randomArticle(seed);
      try {
        checkInvariants(extractArticle(raw));
      } catch (err) {
        throw new Error(`seed ${seed}: ${(err as Error).message}\n${JSON.stringify(raw)}`);
      }
    }
  });

  it('is deterministic: same input, byte-identical output', () => {
    for (const name of ARTICLES) {
      const raw = readFixture(name);
      expect(JSON.stringify(extractArticle(raw))).toBe(JSON.stringify(extractArticle(raw)));
    }
    for (let seed = 1; seed <= 50; seed++) {
      const raw = randomArticle(seed);
      expect(JSON.stringify(extractArticle(raw))).toBe(JSON.stringify(extractArticle(raw)));
    }
  });

  it('produces only JSON-safe values', () => {
    const r = extractArticle(readFixture(REFERENCE));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.extractorVersion).toBe(EXTRACTOR_VERSION);
  });

  it('honours the threshold option', () => {
    const raw = readFixture(REFERENCE);
    expect(extractArticle(raw, { threshold: 0 }).claims.every((c) => c.suggested)).toBe(true);
    expect(extractArticle(raw, { threshold: 1 }).claims.filter((c) => c.suggested).length).toBeLessThan(3);
    expect(() => extractArticle(raw, { threshold: 2 })).toThrow(ExtractionInputError);
    expect(() => extractArticle(raw, { threshold: Number.NaN })).toThrow(ExtractionInputError);
  });
});

describe('hostile input returns a result or a clear error', () => {
  it('rejects non-text with ExtractionInputError', () => {
    for (const bad of [42, null, undefined, {}, Buffer.from('abc')]) {
      expect(() => extractArticle(bad as unknown as string)).toThrow(ExtractionInputError);
    }
  });

  it('rejects binary junk with a readable message', () => {
    const junk = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919 + 13) % 256)).toString('latin1');
    expect(() => extractArticle(junk)).toThrow(/binary/);
  });

  it('handles empty and whitespace-only input', () => {
    for (const raw of ['', '   \n\n  ', '<p></p>', '<script>alert(1)</script>', ' date 2025-05-08 ']) {
      const r = extractArticle(raw);
      expect(r.claims).toEqual([]);
      expect(r.text.trim()).toBe('');
    }
  });

  it('survives deeply nested and unclosed tags', () => {
    const deep = extractArticle(`${'<div><span>'.repeat(20_000)}Prices rose 5% in May. Officials said so.`);
    expect(deep.claims.map((c) => c.text)).toEqual(['Prices rose 5% in May.', 'Officials said so.']);
    const unclosed = extractArticle('<p>One <b>two <i>three. <a href="/x">Four said <script>var s = "hidden."');
    expect(unclosed.text).toBe('One two three. Four said');
    expect(unclosed.links).toEqual([{ text: 'Four said', href: '/x', start: 15, end: 24 }]);
    checkInvariants(extractArticle('<<<>>><!-- never closed <p>Hidden.'));
  });

  it('drops script and style content, handlers and unsafe links', () => {
    const r = extractArticle(
      '<p onclick="steal()">Hello &ldquo;world&rdquo; &amp; friends.</p><style>p{}</style><script>var a="<p>bad</p>";</script><p><a href="javascript:alert(1)">click</a> <a href=" https://ok.example/a?b=1&amp;c=2 ">ok</a></p>',
    );
    expect(r.text).toBe('Hello “world” & friends.\n\nclick ok');
    expect(r.links).toEqual([{ text: 'ok', href: 'https://ok.example/a?b=1&c=2', start: 32, end: 34 }]);
  });

  it('extracts 5 MB of text in linear time without hanging', () => {
    const paragraph = readFixture(REFERENCE).replace(/^\s*date \S+ /, '');
    const raw = Array.from({ length: Math.ceil(5e6 / paragraph.length) }, () => paragraph).join('\n\n');
    const t0 = Date.now();
    const r = extractArticle(raw);
    expect(Date.now() - t0).toBeLessThan(30_000);
    expect(r.claims.length).toBeGreaterThan(30_000);
    for (const blob of ['x'.repeat(5e6), 'word '.repeat(1e6), '"a, b" '.repeat(7e5), 'A. '.repeat(1.6e6)]) {
      const one = extractArticle(blob);
      expect(one.claims.every((c) => c.text.length <= 1500)).toBe(true);
    }
  }, 60_000);
});

describe('command line', () => {
  it('prints one JSON object for a file', () => {
    const script = path.join(__dirname, '..', '..', '..', 'scripts', 'extract.ts');
    const tsx = path.join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'tsx');
    const out = execFileSync(tsx, [script, path.join(FIXTURES, REFERENCE)], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(extractArticle(readFixture(REFERENCE)))));
  }, 30_000);
});
