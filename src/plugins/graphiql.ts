/**
 * GraphiQL served by this server itself: its scripts, styles and editor workers inlined in the page
 * (@graphql-yoga/render-graphiql), so the playground works where there is no internet, under a
 * content security policy that lets the page load nothing from, and send nothing to, any other origin.
 */
import { renderGraphiQL as renderPackagedGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

// GraphiQL draws its title at 76 % opacity, below the contrast people need to read it.
const READABLE = '<style>body .graphiql-container .graphiql-logo span { color: hsl(var(--color-neutral)); }</style>';

/** GraphiQL's page, everything inlined, with the small fixes above placed after its own styles. */
export function renderGraphiQL(options?: GraphiQLOptions): string {
  const page = renderPackagedGraphiQL(options);
  const head = page.indexOf('</head>');
  return head < 0 ? page : `${page.slice(0, head)}${READABLE}${page.slice(head)}`;
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

/** Puts the policy on the GraphiQL page (an HTML answer from the GraphQL endpoint). */
export function useGraphiQLPolicy(endpoint = '/graphql'): Plugin {
  return {
    onResponse({ request, response }) {
      if (new URL(request.url).pathname !== endpoint) return;
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      response.headers.set('content-security-policy', GRAPHIQL_CONTENT_SECURITY_POLICY);
      response.headers.set('x-content-type-options', 'nosniff');
    },
  };
}
