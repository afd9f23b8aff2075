/**
 * GraphiQL served by this server itself: its scripts, styles and editor workers inlined in the page
 * (@graphql-yoga/render-graphiql), so the playground works where there is no internet, under a
 * content security policy that lets the page load nothing from, and send nothing to, any other origin.
 * The page is 9 MB: it goes gzipped to a browser that takes it, with an ETag, so a reload costs a
 * 304. Where GraphiQL is off (production), a browser asking for it is told so in words.
 */
import { renderGraphiQL as renderPackagedGraphiQL } from '@graphql-yoga/render-graphiql';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

// GraphiQL draws its title at 76 % opacity, below the contrast people need to read it.
const READABLE = '<style>body .graphiql-container .graphiql-logo span { color: hsl(var(--color-neutral)); }</style>';

// Links to the project's other pages, in a corner GraphiQL leaves free, as the explorer and the
// review page link to each other and here.
const PAGES =
  '<nav aria-label="Other pages" style="position:fixed;right:12px;bottom:8px;z-index:10;font:13px system-ui,sans-serif;' +
  'background:#fff;padding:2px 8px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.25)">' +
  '<a href="/explore" style="color:#1d3f82">Explorer</a> · <a href="/review" style="color:#1d3f82">Review</a></nav>';

/** GraphiQL's page, everything inlined, with the small fixes above placed after its own styles and the links at its end. */
export function renderGraphiQL(options?: GraphiQLOptions): string {
  let page = renderPackagedGraphiQL(options);
  const head = page.indexOf('</head>');
  if (head >= 0) page = `${page.slice(0, head)}${READABLE}${page.slice(head)}`;
  const body = page.lastIndexOf('</body>');
  return body < 0 ? page : `${page.slice(0, body)}${PAGES}${page.slice(body)}`;
}

// Inline scripts and styles are GraphiQL's own (the page is one file); the editor's workers start
// from blob: URLs, its fonts and icons are data: URLs. Nothing names another host.
export const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' blob:",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The page gzipped, by its ETag: the page changes only with the server's options, so this stays small. */
const gzipped = new Map<string, Uint8Array<ArrayBuffer>>();

function gzipOnce(etag: string, page: string): Uint8Array<ArrayBuffer> {
  let body = gzipped.get(etag);
  if (!body) {
    if (gzipped.size >= 4) gzipped.clear();
    body = new Uint8Array(gzipSync(page));
    gzipped.set(etag, body);
  }
  return body;
}

const acceptsGzip = (request: Request) => /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');

/** Puts the policy on the GraphiQL page (an HTML answer from the GraphQL endpoint), and sends it compressed and cacheable. */
export function useGraphiQLPolicy(endpoint = '/graphql'): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (new URL(request.url).pathname !== endpoint || request.method !== 'GET') return;
      const type = response.headers.get('content-type') ?? '';
      if (response.status === 406 && (request.headers.get('accept') ?? '').includes('text/html')) {
        setResponse(
          new fetchAPI.Response(
            'GraphiQL is off on this server (production mode; GRAPHIQL=true turns it on). Send GraphQL requests to this address with POST.\n',
            {
              status: 406,
              headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
            },
          ),
        );
        return;
      }
      if (!type.startsWith('text/html')) return;
      const page = await response.text();
      const etag = `"${createHash('sha256').update(page).digest('base64url').slice(0, 27)}"`;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-security-policy', GRAPHIQL_CONTENT_SECURITY_POLICY);
      headers.set('x-content-type-options', 'nosniff');
      headers.set('etag', etag);
      // Kept, but asked about each time: a new server version shows at once.
      headers.set('cache-control', 'no-cache');
      headers.set('vary', 'accept-encoding');
      headers.delete('content-length');
      if (request.headers.get('if-none-match') === etag) {
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      if (!acceptsGzip(request)) {
        setResponse(new fetchAPI.Response(page, { status: response.status, headers }));
        return;
      }
      headers.set('content-encoding', 'gzip');
      setResponse(new fetchAPI.Response(gzipOnce(etag, page), { status: response.status, headers }));
    },
  };
}
