/**
 * Serves the explorer page (src/explorer/) and the Cytoscape.js build it draws with, at /explore.
 * Only the files listed here are served: a request path never reaches the file system.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { projectRoot } from '../paths.js';

const require = createRequire(import.meta.url);
const here = join(projectRoot, 'src', 'explorer');

const FILES: Record<string, { path: string; type: string }> = {
  '/explore': { path: join(here, 'index.html'), type: 'text/html; charset=utf-8' },
  '/explore/': { path: join(here, 'index.html'), type: 'text/html; charset=utf-8' },
  '/explore/app.js': { path: join(here, 'app.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/app.css': { path: join(here, 'app.css'), type: 'text/css; charset=utf-8' },
  '/explore/vendor/cytoscape.min.js': {
    path: require.resolve('cytoscape/dist/cytoscape.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

// The page loads only its own files and talks only to this server's GraphQL endpoint.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function useExplorer(): Plugin {
  const cache = new Map<string, Buffer>();
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const file = FILES[url.pathname];
      if (!file) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      let body = cache.get(file.path);
      if (!body) {
        body = await readFile(file.path);
        cache.set(file.path, body);
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
          headers: {
            'content-type': file.type,
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'x-content-type-options': 'nosniff',
            'cache-control': 'no-cache',
          },
        }),
      );
    },
  };
}
