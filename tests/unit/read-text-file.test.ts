import { describe, expect, it } from 'vitest';
import { readTextFile } from '@/app/(workspace)/articles/new/read-text-file';
import { MAX_ARTICLE_CHARS } from '@/lib/validation/limits';
import { ZRaw } from '@/lib/validation/articles';

describe('reading an article from a file on the import page', () => {
  it('holds line breaks as the textarea does (LF), so the page counts what the server counts', async () => {
    const r = await readTextFile(new File(['One.\r\n\r\nTwo.\rThree.\n'], 'a.txt', { type: 'text/plain' }));
    expect(r).toEqual({ text: 'One.\n\nTwo.\nThree.\n' });
  });

  it('takes a file of exactly the limit in characters once its CRLF line breaks are counted as one', async () => {
    const line = `${'x'.repeat(99)}\r\n`; // 100 characters as seen, 101 as stored in the file
    const lines = MAX_ARTICLE_CHARS / 100;
    const r = await readTextFile(new File([line.repeat(lines)], 'long.txt', { type: 'text/plain' }));
    if (!('text' in r)) throw new Error(r.error);
    expect(r.text.length).toBe(MAX_ARTICLE_CHARS);
    expect(ZRaw.safeParse(r.text).success).toBe(true);
  });
});
