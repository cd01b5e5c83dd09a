import { describe, expect, it } from 'vitest';
import { MAX_BYLINE_CHARS, ZImportArticleSchema, ZUpdateArticleDetailsSchema } from '@/lib/validation/articles';

const imported = (byline: unknown) => ZImportArticleSchema.safeParse({ raw: 'Some text.', title: 'T', byline });
const edited = (byline: unknown) =>
  ZUpdateArticleDetailsSchema.safeParse({ articleId: 'a1', version: '1', title: 'T', ...(byline === 'absent' ? {} : { byline }) });

describe('the article byline', () => {
  it('is kept trimmed at import, and empty or missing is none', () => {
    expect(imported('  Jane Doe and John Roe ').data?.byline).toBe('Jane Doe and John Roe');
    expect(imported('').data?.byline).toBeNull();
    expect(imported('   ').data?.byline).toBeNull();
    expect(imported(undefined).data?.byline).toBeNull();
  });

  it('refuses a byline over the limit, by field, with the limit in the message', () => {
    const r = imported('x'.repeat(MAX_BYLINE_CHARS + 1));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['byline', `Keep the byline under ${MAX_BYLINE_CHARS} characters.`]]);
    expect(imported('x'.repeat(MAX_BYLINE_CHARS)).success).toBe(true);
    expect(imported(42).success).toBe(false);
  });

  it('is left as it is by a details form without the field, and cleared by an empty one', () => {
    const absent = edited('absent');
    expect(absent.success).toBe(true);
    expect(absent.data?.byline).toBeUndefined();
    expect(edited('').data?.byline).toBeNull();
    expect(edited('Jane Doe').data?.byline).toBe('Jane Doe');
  });
});
