import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS, ZRaw } from '@/lib/validation/articles';

describe('the article text limit', () => {
  it('counts line breaks as the user sees them: a CRLF is one character, and the text is stored with LF', () => {
    // What a browser sends for a textarea holding exactly the limit, in 10-character lines.
    const lines = MAX_ARTICLE_CHARS / 10;
    const sent = 'abcdefghi\r\n'.repeat(lines);
    expect(sent.length).toBe(MAX_ARTICLE_CHARS + lines);
    const parsed = ZRaw.safeParse(sent);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toBe('abcdefghi\n'.repeat(lines));
    expect(ZRaw.safeParse('Old Mac line\rbreaks\r\n').data).toBe('Old Mac line\nbreaks\n');
  });

  it('refuses one character over the limit, once, with the limit in the message', () => {
    const over = ZRaw.safeParse(`${'abcdefghi\r\n'.repeat(MAX_ARTICLE_CHARS / 10)}x`);
    expect(over.success).toBe(false);
    expect(over.error?.issues.map((i) => i.message)).toEqual(['The article is too long: the limit is 1,000,000 characters.']);
  });
});
