/**
 * Two replicas on the same Neo4j and a real Redis: a subscriber on one hears, once, of a write made
 * through the other. Redis going away mid-run costs only the sharing: reads and writes go on, /ready
 * says live updates are degraded, a replica's own subscribers still hear of its writes, and the
 * same open subscriptions hear the other replica again once Redis is back.
 */
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { startLocalRedis, type LocalRedis } from '../src/scripts/redis-server.js';
import type { Server } from '../src/server.js';
import { it } from './fixture.js';
import { post, subscribe, testServer, waitFor, type EventStream } from './helpers.js';

const EDITOR = 'editor-key-0123456789abcdef';
const auth = { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`replica-editor:editor:${EDITOR}`) };
const WATCHED = 'armenia';
const RELATIONSHIP = 'nikol-pashinyan-leads-armenia';
const WATCH = `subscription { relationshipsChanged(entity: "${WATCHED}") { change relationshipId by relationship { slug note } } }`;
const UPDATE = `mutation($id: ID!, $note: String!) {
  updateRelationship(id: $id, patch: { note: $note }) { __typename ... on RelationshipPayload { outcome } }
}`;

// Two replicas of their own, on the fixture's database and a Redis started here.
let redis: LocalRedis;
let a: Server;
let b: Server;
const streams: EventStream[] = [];

const readiness = async (server: Server) => (await server.fetch('http://localhost/ready')).json() as Promise<Record<string, string>>;
const shared = async (server: Server) => (await readiness(server)).liveUpdates === 'shared';

async function write(server: Server, note: string) {
  const response = await post(server, UPDATE, { variables: { id: RELATIONSHIP, note }, headers: { authorization: `Bearer ${EDITOR}` } });
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  expect(response.data).toEqual({ updateRelationship: { __typename: 'RelationshipPayload', outcome: 'UPDATED' } });
}

async function watch(server: Server) {
  const stream = await subscribe(server, WATCH);
  streams.push(stream);
  return stream;
}

/** The notes of the changes a stream has seen, in order. */
const notes = (stream: EventStream) =>
  stream.events.map((event) => (event as { data: { relationshipsChanged: { relationship: { note: string } } } }).data.relationshipsChanged.relationship.note);

/** Lets the streams subscribe (and any stray duplicate arrive) before the next step. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

beforeAll(async () => {
  redis = await startLocalRedis();
  a = testServer({ auth, redisUrl: redis.url });
  b = testServer({ auth, redisUrl: redis.url });
  expect(await waitFor(async () => (await shared(a)) && (await shared(b)), 10_000)).toBe(true);
});

afterAll(async () => {
  for (const stream of streams) await stream.close();
  await a?.dispose();
  await b?.dispose();
  await redis?.stop();
});

describe('two replicas sharing Redis', () => {
  it('say so on /ready', async () => {
    expect(await readiness(a)).toEqual({ status: 'ready', liveUpdates: 'shared' });
  });

  it("tell a subscriber on one of a write made through the other, once; and the writer's own subscribers once", async () => {
    const onA = await watch(a);
    const onB = await watch(b);
    await settle();
    await write(b, 'written through B');
    expect(await onA.received(1, 5_000)).toBe(true);
    expect(await onB.received(1, 5_000)).toBe(true);
    await settle();
    expect(notes(onA)).toEqual(['written through B']);
    expect(notes(onB)).toEqual(['written through B']);
    expect(onA.events[0]).toEqual({
      data: {
        relationshipsChanged: {
          change: 'UPDATED',
          relationshipId: RELATIONSHIP,
          by: 'api-key:replica-editor',
          relationship: { slug: RELATIONSHIP, note: 'written through B' },
        },
      },
    });
    await onA.close();
    await onB.close();
  });

  it('survive Redis going away: reads and writes go on, /ready says degraded, and subscriptions resume when it is back', async () => {
    const onA = await watch(a);
    const onB = await watch(b);
    await settle();

    await redis.stop();
    expect(await waitFor(async () => (await readiness(a)).liveUpdates === 'degraded', 10_000)).toBe(true);
    const degraded = await a.fetch('http://localhost/ready');
    expect(degraded.status).toBe(200);
    expect(await degraded.json()).toMatchObject({ status: 'ready', liveUpdates: 'degraded', liveUpdatesReason: expect.stringMatching(/^Redis /) });

    // Writes commit, and the writer's own subscribers still hear of them; the other replica's cannot.
    await write(a, 'written through A while Redis was away');
    const read = await post<{ entity: { leaders: { slug: string; note: string }[] } }>(
      b,
      `{ entity(id: "${WATCHED}") { ... on State { leaders { slug note } } } }`,
    );
    expect(read.data?.entity.leaders).toContainEqual({ slug: RELATIONSHIP, note: 'written through A while Redis was away' });
    expect(await onA.received(1, 5_000)).toBe(true);
    await settle();
    expect(notes(onB)).toEqual([]);
    expect(await (await a.fetch('http://localhost/metrics')).text()).toMatch(/^live_updates_unshared_total 1$/m);

    await redis.start();
    expect(await waitFor(async () => (await shared(a)) && (await shared(b)), 15_000)).toBe(true);
    await write(b, 'written through B after Redis came back');
    expect(await onA.received(2, 5_000)).toBe(true);
    expect(await onB.received(1, 5_000)).toBe(true);
    await settle();
    expect(notes(onA)).toEqual(['written through A while Redis was away', 'written through B after Redis came back']);
    expect(notes(onB)).toEqual(['written through B after Redis came back']);
  });
});
