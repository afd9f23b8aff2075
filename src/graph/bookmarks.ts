/**
 * Causal consistency across replicas: Neo4j bookmarks, carried by a request. Every transaction of a
 * request starts after the bookmarks the client sent back (its own earlier write, made through any
 * replica) and after this replica's own latest ones; what the request committed becomes the bookmark
 * it answers with. On a cluster or Aura the driver sends reads to a follower that has caught up with
 * them; on a single server they cost nothing. Bookmarks are opaque: they travel as base64url of the
 * JSON array the driver gives.
 */
import type { BookmarkManager } from 'neo4j-driver';

/** The most bookmarks a client may send back, and the longest one: far above what Neo4j issues. */
const MAX_BOOKMARKS = 16;
const MAX_BOOKMARK_LENGTH = 1_024;
const MAX_ENCODED_LENGTH = 8_192;

export class RequestBookmarks implements BookmarkManager {
  private readonly own: Set<string>;
  private writes = 0;

  /**
   * @param shared this replica's own bookmarks (the driver's), so a request also reads what the
   *   replica wrote before it; null to follow only the client's.
   * @param given the bookmarks the client sent back.
   */
  constructor(
    private readonly shared: BookmarkManager | null,
    given: readonly string[] = [],
  ) {
    this.own = new Set(given);
  }

  async getBookmarks(): Promise<Iterable<string>> {
    const shared = this.shared ? await this.shared.getBookmarks() : [];
    return new Set([...this.own, ...shared]);
  }

  async updateBookmarks(previous: Iterable<string>, next: Iterable<string>): Promise<void> {
    // What a transaction started after is implied by what it committed: keep only the newest.
    for (const bookmark of previous) this.own.delete(bookmark);
    for (const bookmark of next) this.own.add(bookmark);
    await this.shared?.updateBookmarks(previous, next);
  }

  /** Makes the request's later reads wait for these too (a write another replica announced). */
  add(bookmarks: readonly string[]): void {
    for (const bookmark of bookmarks) this.own.add(bookmark);
    // A subscription that never reads would gather one per event: the newest few imply the rest.
    for (const oldest of this.own) {
      if (this.own.size <= MAX_BOOKMARKS) break;
      this.own.delete(oldest);
    }
  }

  /** Called by Db when a write committed: the request then answers with its bookmark. */
  recordWrite(): void {
    this.writes++;
  }

  get wrote(): boolean {
    return this.writes > 0;
  }

  /** The bookmarks of the request's latest transactions (or, before any, those it was given). */
  current(): string[] {
    return [...this.own];
  }
}

export class MalformedBookmark extends Error {}

/** A bookmark list as it travels in a header or `extensions.bookmark`. */
export function encodeBookmarks(bookmarks: readonly string[]): string {
  return Buffer.from(JSON.stringify(bookmarks), 'utf8').toString('base64url');
}

/** The bookmarks a client sent back; MalformedBookmark when the text is not one this server issued. */
export function decodeBookmarks(encoded: string): string[] {
  const text = encoded.trim();
  if (!text || text.length > MAX_ENCODED_LENGTH || !/^[A-Za-z0-9_-]+={0,2}$/.test(text)) {
    throw new MalformedBookmark('not base64url');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw new MalformedBookmark('not a JSON list');
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.length > 0 &&
    parsed.length <= MAX_BOOKMARKS &&
    parsed.every((bookmark) => typeof bookmark === 'string' && bookmark.length > 0 && bookmark.length <= MAX_BOOKMARK_LENGTH);
  if (!valid) throw new MalformedBookmark('not a list of bookmarks');
  return parsed as string[];
}
