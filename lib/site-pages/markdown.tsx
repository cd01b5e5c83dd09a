// The one way Markdown written in the app becomes HTML: react-markdown (no dangerouslySetInnerHTML,
// no HTML string at all: it builds React elements) with rehype-sanitize's GitHub schema. Used by
// the public transparency pages and by the admin's preview, so the preview is what readers get.
//
// REVIEWERS: an admin's text is shown to every reader, so a stolen or careless admin account must
// not be able to run script in readers' browsers. Three layers stand in the way, each enough alone:
// - raw HTML in the Markdown is dropped (sanitize removes raw nodes; react-markdown would only
//   ever have shown it as text);
// - link addresses other than http(s), mailto and same-site paths become no link at all
//   (javascript:, data:, vbscript: and anything new);
// - the sanitizer allows only plain document elements and attributes (no on* handlers, no style).
// Images are shown as their description: a page must load nothing from other sites (the
// Content-Security-Policy would block it anyway, and it would tell them who reads us).
import Markdown, { type Components } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

const SAFE_PROTOCOL = /^(?:https?|mailto)$/i;

/** The address a link may keep, or '' for none. Relative and fragment addresses stay. */
export function safeUrl(url: string): string {
  const value = url.trim();
  const colon = value.indexOf(':');
  if (colon === -1) return value;
  // A colon after the first "/", "?" or "#" belongs to the path, not to a protocol.
  const firstDelimiter = value.search(/[/?#]/);
  if (firstDelimiter !== -1 && firstDelimiter < colon) return value;
  return SAFE_PROTOCOL.test(value.slice(0, colon)) ? value : '';
}

const COMPONENTS: Components = {
  // The page's own title is its only h1: a "# Heading" in the text is a section like "##".
  h1: ({ node: _node, ...props }) => <h2 {...props} />,
  a: ({ node: _node, href, children, ...props }) =>
    href ? (
      <a href={href} {...props}>
        {children}
      </a>
    ) : (
      <>{children}</>
    ),
  img: ({ alt }) => (alt ? <>{alt}</> : null),
};

export function SiteMarkdown({ source }: { source: string }) {
  return (
    <Markdown skipHtml rehypePlugins={[rehypeSanitize]} urlTransform={safeUrl} components={COMPONENTS}>
      {source}
    </Markdown>
  );
}
