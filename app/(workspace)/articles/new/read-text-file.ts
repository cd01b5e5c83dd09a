// From limits.ts, not the schema: keeps zod out of the browser's bundle for this page.
import { MAX_ARTICLE_CHARS } from '@/lib/validation/limits';

export const LIMIT = MAX_ARTICLE_CHARS.toLocaleString('en');

/** Reads an uploaded file in the browser; returns the text, or why it cannot be used. */
export async function readTextFile(file: File): Promise<{ text: string } | { error: string }> {
  const named = /\.(html?|txt)$/i.test(file.name);
  const typed = file.type === '' || /^text\/(html|plain)$/i.test(file.type);
  if (!named || !typed) return { error: `“${file.name}” is not an .html or .txt file. Choose a text file.` };
  // UTF-8 text is at most 4 bytes per character; anything bigger is certainly over the limit.
  if (file.size > MAX_ARTICLE_CHARS * 4) return { error: `“${file.name}” is too large: the limit is ${LIMIT} characters.` };
  // Line breaks as the textarea holds them (LF): the page's count and limit then count what the
  // person sees, as the server's does (lib/validation/articles.ts normalizes CRLF before counting).
  const text = (await file.text()).replace(/\r\n?/g, '\n');
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (text.includes('\u0000') || (text.length > 0 && replaced / text.length > 0.01)) {
    return { error: `“${file.name}” does not contain readable text (it looks like a binary file).` };
  }
  return { text };
}

/**
 * The change handler of a file input: reads the chosen file into `onText`, or reports why it
 * cannot be used (and clears the input, so choosing the same file again fires again).
 */
export async function takeTextFile(input: HTMLInputElement, onText: (text: string) => void, onError: (errors: string[] | undefined) => void) {
  const file = input.files?.[0];
  onError(undefined);
  if (!file) return;
  const r = await readTextFile(file);
  if ('error' in r) {
    onError([r.error]);
    input.value = '';
  } else onText(r.text);
}
