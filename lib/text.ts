/**
 * Shortens text for a message or a list: at most `max` characters including the ellipsis, cut
 * at a code point boundary so an emoji or other astral character is never split in half.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--; // would end on a high surrogate
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** A short quotation of text for messages: “…”. */
export const quote = (text: string, max = 60) => `“${truncate(text, max)}”`;
