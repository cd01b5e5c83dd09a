import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * The app's links: Next's <Link> (client-side navigation on click) without prefetching. Every page
 * here renders per request (the session, the CSP nonce), so a prefetch brings back only the route's
 * tree and the page's title, yet Next sent two per link in view: one /claims view cost the server
 * 24 prefetches, about six times the CPU of the page itself (docs/benchmarks.md, "Signed-in pages").
 * A caller may still pass `prefetch` to turn it back on for one link.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
