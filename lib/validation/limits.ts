// Size limits shared by the import page, its schema and proxy.ts (which must stay light: no zod).

/**
 * Largest article accepted, in characters of raw input (HTML included). Shown in the import
 * page's hint. A long feature is ~60 000 characters with markup; this leaves room for pasted page
 * source. An import of this size takes a few seconds end to end (docs/benchmarks.md).
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/**
 * Largest server action request, in bytes: next.config.js `serverActions.bodySizeLimit` ('4mb')
 * spells the same number. The largest valid article is at most 3 bytes of UTF-8 per character
 * (3 MB) plus the form's other fields, so only text far over the limit comes near it.
 */
export const MAX_ACTION_BODY_BYTES = 4 * 1024 * 1024;

/** What proxy.ts answers (413) to a bigger request, and what the import form shows. */
export const BODY_TOO_LARGE = `That is too much text to send: the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters. Your text is still in the box: shorten it and try again.`;
