/** Demo and test sources are visibly placeholders on the reserved example domains (RFC 2606). */
export function isPlaceholderUrl(url: string): boolean {
  try {
    return /(^|\.)example\.(org|com|net)$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
