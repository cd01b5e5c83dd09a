import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/extraction/sentences';

const split = (p: string): string[] => splitSentences(p, { start: 0, end: p.length }).map((s) => p.slice(s.start, s.end));

describe('news-style sentence splitting', () => {
  it.each([
    ['Mr. Xi met Mr Putin. They talked.', ['Mr. Xi met Mr Putin.', 'They talked.']],
    ['Dr. Jones and Gen. Smith arrived at 9 a.m. on Monday. It rained.', ['Dr. Jones and Gen. Smith arrived at 9 a.m. on Monday.', 'It rained.']],
    ['On Jan. 14 the U.S. Senate voted. Prices rose 2.5 percent.', ['On Jan. 14 the U.S. Senate voted.', 'Prices rose 2.5 percent.']],
    ['Sanctions were imposed by the U.S. The ministry said so.', ['Sanctions were imposed by the U.S.', 'The ministry said so.']],
    ['J. K. Rowling spoke. She left.', ['J. K. Rowling spoke.', 'She left.']],
    ['"We will win," he said. "Really?" she asked. Yes.', ['"We will win," he said.', '"Really?" she asked.', 'Yes.']],
    ['"It is over. We won. Go home," she said.', ['"It is over.', 'We won.', 'Go home," she said.']],
    ['He paused... and went on. Then… Silence.', ['He paused... and went on.', 'Then…', 'Silence.']],
    ['It cost $3.5 billion (about 3.2bn euros). Nobody paid.', ['It cost $3.5 billion (about 3.2bn euros).', 'Nobody paid.']],
    ['Visit example.com today. Or not.', ['Visit example.com today.', 'Or not.']],
  ])('%s', (input, expected) => {
    expect(split(input)).toEqual(expected);
  });

  it('caps runaway sentences and keeps offsets on code point boundaries', () => {
    const p = '😀'.repeat(2000);
    const spans = splitSentences(p, { start: 0, end: p.length });
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(/[\uD800-\uDBFF]$/.test(p.slice(s.start, s.end))).toBe(false);
  });
});
