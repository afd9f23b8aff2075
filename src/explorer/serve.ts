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

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

type Served = { path: string; type: string };
const file = (name: string, type: string): Served => ({ path: join(here, name), type });

const FILES: Record<string, Served> = {
  '/explore': file('index.html', HTML),
  '/explore/': file('index.html', HTML),
  '/explore/app.js': file('app.js', JS),
  '/explore/shared.js': file('shared.js', JS),
  '/explore/app.css': file('app.css', CSS),
  '/explore/vendor/cytoscape.min.js': { path: require.resolve('cytoscape/dist/cytoscape.min.js'), type: JS },
};

// The pages load only their own files and talk only to this server's GraphQL endpoint.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function useExplorer(): Plugin {
  const cache = new Map<string, Buffer>();
  const load = async (pathname: string, served: Served): Promise<Buffer> => {
    let body = cache.get(pathname);
    if (!body) {
      body = await readFile(served.path);
      cache.set(pathname, body);
    }
    return body;
  };
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const served = FILES[url.pathname];
      if (!served) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const body = await load(url.pathname, served);
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
          headers: {
            'content-type': served.type,
            'content-security-policy': CONTENT_SECURITY_POLICY,
            'x-content-type-options': 'nosniff',
            'cache-control': 'no-cache',
          },
        }),
      );
    },
  };
}
