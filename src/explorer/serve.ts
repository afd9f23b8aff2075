/**
 * Serves the explorer (/explore) and the review page (/review): their HTML, JavaScript and CSS from
 * src/explorer/, the Cytoscape.js build they draw with (with its fCoSE layout and SVG export), and
 * the import format's fields for the review page's edit form, and the country outlines the map draws
 * (world.ts: from a package, never a tile server). Only the paths listed here are
 * served: a request path never reaches the file system.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { projectRoot } from '../paths.js';
import { reviewModel } from './review-model.js';
import { worldOutlines } from './world.js';

const require = createRequire(import.meta.url);
const here = join(projectRoot, 'src', 'explorer');

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

type Served = { path: string; type: string } | { body: () => string | Promise<string>; type: string };
const file = (name: string, type: string): Served => ({ path: join(here, name), type });

const FILES: Record<string, Served> = {
  '/explore': file('index.html', HTML),
  '/explore/': file('index.html', HTML),
  '/explore/app.js': file('app.js', JS),
  '/explore/shared.js': file('shared.js', JS),
  '/explore/app.css': file('app.css', CSS),
  '/explore/explore-view.js': file('explore-view.js', JS),
  '/explore/explore-time.js': file('explore-time.js', JS),
  '/explore/explore-draw.js': file('explore-draw.js', JS),
  '/explore/explore-filters.js': file('explore-filters.js', JS),
  '/explore/explore-export.js': file('explore-export.js', JS),
  '/explore/explore-sources.js': file('explore-sources.js', JS),
  '/explore/explore-details.js': file('explore-details.js', JS),
  '/explore/explore-ui.js': file('explore-ui.js', JS),
  '/explore/explore-map.js': file('explore-map.js', JS),
  '/explore/explore-data.js': file('explore-data.js', JS),
  '/explore/world.json': { body: worldOutlines, type: 'application/geo+json' },
  '/explore/vendor/cytoscape.min.js': { path: require.resolve('cytoscape/dist/cytoscape.min.js'), type: JS },
  // The fCoSE layout (with the two packages it builds on) and SVG export, pinned in package.json.
  '/explore/vendor/layout-base.js': { path: require.resolve('layout-base/layout-base.js'), type: JS },
  '/explore/vendor/cose-base.js': { path: require.resolve('cose-base/cose-base.js'), type: JS },
  '/explore/vendor/cytoscape-fcose.js': { path: require.resolve('cytoscape-fcose/cytoscape-fcose.js'), type: JS },
  '/explore/vendor/cytoscape-svg.js': { path: require.resolve('cytoscape-svg/cytoscape-svg.js'), type: JS },
  '/review': file('review.html', HTML),
  '/review/': file('review.html', HTML),
  '/review/review.css': file('review.css', CSS),
  '/review/review.js': file('review.js', JS),
  '/review/review-api.js': file('review-api.js', JS),
  '/review/review-queries.js': file('review-queries.js', JS),
  '/review/review-text.js': file('review-text.js', JS),
  '/review/review-items.js': file('review-items.js', JS),
  '/review/review-edit.js': file('review-edit.js', JS),
  '/review/review-import.js': file('review-import.js', JS),
  '/review/review-match.js': file('review-match.js', JS),
  '/review/review-add.js': file('review-add.js', JS),
  '/review/review-words.js': file('review-words.js', JS),
  '/review/model.json': { body: () => JSON.stringify(reviewModel()), type: 'application/json; charset=utf-8' },
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
      body = 'path' in served ? await readFile(served.path) : Buffer.from(await served.body());
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
