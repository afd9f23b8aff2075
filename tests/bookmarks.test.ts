/**
 * Read your own writes across replicas: two servers on the same Neo4j (B through a routing
 * `neo4j://` driver, as for a cluster or Aura). A write through A answers with its bookmark; a read
 * through B that sends it back reads the graph with that write, and the bookmark reaches B's driver.
 * A bookmark header this server did not issue is refused as BAD_REQUEST, never a 500.
 */
import { Driver } from 'neo4j-driver';
import { afterAll, afterEach, describe, expect, vi } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { decodeBookmarks, encodeBookmarks } from '../src/graph/bookmarks.js';
import { it } from './fixture.js';
import { post, testConnection, testServer } from './helpers.js';

const EDITOR = 'editor-key-0123456789abcdef';
const auth = { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`bookmark-editor:editor:${EDITOR}`) };
const HEADER = 'x-neo4j-bookmark';
const UPDATE = `mutation($note: String!) {
  updateEntity(id: "armenia", patch: { note: $note }) { __typename ... on EntityPayload { outcome } }
}`;
const READ = '{ entity(id: "armenia") { note } }';

// A is the fixture's server; B, beside it, reaches the same Neo4j through a routing driver.
it.override('serverConfig', { auth });
const b = testServer({ auth, neo4j: { ...testConnection(), uri: testConnection().uri.replace(/^bolt:/, 'neo4j:') } });

afterEach(() => vi.restoreAllMocks());
afterAll(() => b.dispose());

describe('a mutation', () => {
  it('answers with its bookmark in a header and in extensions, opaque: base64url of the JSON list', async ({ server: a }) => {
    const response = await post(a, UPDATE, { variables: { note: 'bookmarked' }, headers: { authorization: `Bearer ${EDITOR}` } });
    expect(response.data).toEqual({ updateEntity: { __typename: 'EntityPayload', outcome: 'UPDATED' } });
    const header = response.headers.get(HEADER);
    expect(header).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(response.extensions?.bookmark).toBe(header);
    const bookmarks = decodeBookmarks(header as string);
    expect(bookmarks.length).toBeGreaterThan(0);
    expect(encodeBookmarks(bookmarks)).toBe(header);
  });

  it('that wrote nothing, and a query, answer without one', async ({ server: a }) => {
    const read = await post(a, READ);
    expect(read.headers.get(HEADER)).toBeNull();
    expect(read.extensions?.bookmark).toBeUndefined();
  });
});

describe('a read on another replica with the bookmark', () => {
  it("sees the write, and the bookmark reaches that replica's driver", async ({ server: a }) => {
    const sessions = vi.spyOn(Driver.prototype, 'session');
    const written = await post(a, UPDATE, { variables: { note: 'written through A' }, headers: { authorization: `Bearer ${EDITOR}` } });
    const bookmark = written.headers.get(HEADER) as string;
    // Only B's sessions from here on: A's own would know the bookmark anyway.
    sessions.mockClear();
    const read = await post<{ entity: { note: string } }>(b, READ, { headers: { [HEADER]: bookmark } });
    expect(read.errors).toBeUndefined();
    expect(read.data?.entity.note).toBe('written through A');

    const given = decodeBookmarks(bookmark);
    const followed = await Promise.all(sessions.mock.calls.map(async ([config]) => [...((await config?.bookmarkManager?.getBookmarks()) ?? [])]));
    expect(followed.some((bookmarks) => given.every((one) => bookmarks.includes(one)))).toBe(true);
  });

  it("a write through B with A's bookmark answers with a newer one, which A follows in turn", async ({ server: a }) => {
    const first = await post(a, UPDATE, { variables: { note: 'first, through A' }, headers: { authorization: `Bearer ${EDITOR}` } });
    const second = await post(b, UPDATE, {
      variables: { note: 'second, through B' },
      headers: { authorization: `Bearer ${EDITOR}`, [HEADER]: first.headers.get(HEADER) as string },
    });
    const latest = second.headers.get(HEADER) as string;
    expect(latest).not.toBe(first.headers.get(HEADER));
    const read = await post<{ entity: { note: string } }>(a, READ, { headers: { [HEADER]: latest } });
    expect(read.data?.entity.note).toBe('second, through B');
  });
});

describe('a bookmark header the server did not issue', () => {
  const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.for<[string, string]>([
    ['not base64url', 'not a bookmark!'],
    ['not JSON', Buffer.from('{{{').toString('base64url')],
    ['not a list of strings', encoded([1, 2])],
    ['an empty list', encoded([])],
    ['too long', 'A'.repeat(10_000)],
  ])('is refused with BAD_REQUEST when it is %s, before anything runs', async ([, value], { server: a }) => {
    const response = await post(a, READ, { headers: { [HEADER]: value } });
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST' });
    expect(response.errors?.[0]?.message).toMatch(/x-neo4j-bookmark header is not a bookmark this server issued/);
  });

  it('is refused with BAD_REQUEST when it is well formed but Neo4j does not know it, without driver text', async () => {
    const response = await post(b, READ, { headers: { [HEADER]: encoded(['FB:not-a-neo4j-bookmark']) } });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST' });
    expect(JSON.stringify(response)).not.toMatch(/Neo4jError|Neo\.ClientError|\bat \w+ \(/);
  });
});
