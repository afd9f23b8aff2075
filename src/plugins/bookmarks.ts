/**
 * Read your own writes across replicas: a request that wrote answers with its Neo4j bookmark, in
 * `extensions.bookmark` and the `x-neo4j-bookmark` header; a client that sends the header back on
 * its next request, to any replica, reads a graph that includes its write. A header that is not a
 * bookmark this server issued is refused with BAD_REQUEST before anything runs.
 */
import { GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { BookmarkManager } from 'neo4j-driver';
import { decodeBookmarks, encodeBookmarks, RequestBookmarks } from '../graph/bookmarks.js';

export const BOOKMARK_HEADER = 'x-neo4j-bookmark';

const byRequest = new WeakMap<Request, RequestBookmarks>();

const malformed = () =>
  new GraphQLError(
    `The ${BOOKMARK_HEADER} header is not a bookmark this server issued: send back the value of an earlier response's ` +
      `${BOOKMARK_HEADER} header (or extensions.bookmark) unchanged, or leave the header out.`,
    { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
  );

/** The request's bookmarks, from its header (once per request, shared by a batch's operations). */
export function bookmarksOf(request: Request, shared: BookmarkManager | null): RequestBookmarks {
  let bookmarks = byRequest.get(request);
  if (!bookmarks) {
    const header = request.headers.get(BOOKMARK_HEADER);
    let given: string[] = [];
    if (header !== null) {
      try {
        given = decodeBookmarks(header);
      } catch {
        throw malformed();
      }
    }
    bookmarks = new RequestBookmarks(shared, given);
    byRequest.set(request, bookmarks);
  }
  return bookmarks;
}

/** Neo4j refused the bookmark a client sent back (well formed, but not one of its own). */
export function bookmarkRefused(): GraphQLError {
  return malformed();
}

export function useBookmarks(): Plugin {
  return {
    onExecutionResult({ request, result, setResult }) {
      const bookmarks = byRequest.get(request);
      if (!result || isAsyncIterable(result) || Array.isArray(result) || !bookmarks?.wrote) return;
      setResult({ ...result, extensions: { ...result.extensions, bookmark: encodeBookmarks(bookmarks.current()) } });
    },
    onResponse({ request, response }) {
      const bookmarks = byRequest.get(request);
      if (bookmarks?.wrote) response.headers.set(BOOKMARK_HEADER, encodeBookmarks(bookmarks.current()));
    },
  };
}
