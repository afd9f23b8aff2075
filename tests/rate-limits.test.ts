/**
 * Rate limits over real HTTP: per token by role, and without a token per IP address (as the load
 * balancer forwards it); shared by two replicas through a real Redis, per process without it, and
 * per process again while Redis is away — never a failed request for it. Over the quota: 429 with
 * Retry-After and RATE_LIMITED.
 */
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { startLocalRedis, type LocalRedis } from '../src/scripts/redis-server.js';
import type { Server } from '../src/server.js';
import { it } from './fixture.js';
import { post, serveOverHttp, testServer, waitFor } from './helpers.js';

const KEYS = {
  editor: 'editor-key-0123456789abcdef',
  otherEditor: 'other-editor-key-0123456789',
  reader: 'reader-key-0123456789abcdef',
  admin: 'admin-key-0123456789abcdef',
};
const auth = {
  readsRequireToken: false,
  rolesClaim: 'roles',
  apiKeys: parseApiKeys(`editor:editor:${KEYS.editor},other-editor:editor:${KEYS.otherEditor},reader:reader:${KEYS.reader},admin:admin:${KEYS.admin}`),
};
const rateLimits = { anonymous: 3, reader: 4, editor: 5, admin: 0 };
const QUERY = '{ entity(id: "armenia") { name } }';

// Four replicas of their own (two sharing Redis, two alone) on the fixture's database.
const running: { yoga: Server; close: () => Promise<void> }[] = [];
let redis: LocalRedis;
let sharedA: string;
let sharedB: string;
let aloneA: string;
let aloneB: string;

async function replica(redisUrl?: string): Promise<string> {
  const yoga = testServer({ auth, rateLimits, redisUrl, trustProxyHops: 1 });
  const { base, close } = await serveOverHttp(yoga);
  running.push({ yoga, close });
  return base;
}

const asToken = (token: string) => ({ authorization: `Bearer ${token}` });
/** As the load balancer forwards a client's request: the address it was called from, appended. */
const fromClient = (address: string) => ({ 'x-forwarded-for': address });
const statuses = async (endpoints: string[], headers: Record<string, string>) => {
  const answers = [];
  for (const endpoint of endpoints) answers.push((await post(endpoint, QUERY, { headers })).status);
  return answers;
};

beforeAll(async () => {
  redis = await startLocalRedis();
  [sharedA, sharedB, aloneA, aloneB] = [await replica(redis.url), await replica(redis.url), await replica(), await replica()];
  const ready = async (url: string) => ((await (await fetch(`${url}/ready`)).json()) as { liveUpdates?: string }).liveUpdates === 'shared';
  expect(await waitFor(async () => (await ready(sharedA)) && (await ready(sharedB)), 10_000)).toBe(true);
});

afterAll(async () => {
  for (const { yoga, close } of running) {
    await close();
    await yoga.dispose();
  }
  await redis?.stop();
});

describe('with Redis, across two replicas', () => {
  it("count a token's requests together, and answer the one over its quota with 429, Retry-After and RATE_LIMITED", async () => {
    expect(await statuses([sharedA, sharedB, sharedA, sharedB, sharedA], asToken(KEYS.editor))).toEqual([200, 200, 200, 200, 200]);
    const over = await post(sharedB, QUERY, { headers: asToken(KEYS.editor) });
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(over.errors?.[0]).toMatchObject({
      message: `Too many requests: the editor quota is 5 per minute. Retry after ${retryAfter} s.`,
      extensions: { code: 'RATE_LIMITED', retryAfter, requestId: over.headers.get('x-request-id') },
    });
    expect(over.headers.get('ratelimit-remaining')).toBe('0');
    const metrics = await (await fetch(`${sharedB}/metrics`)).text();
    expect(metrics).toMatch(/^graphql_rate_limited_total\{caller="editor"\} 1$/m);
  });

  it("count each token on its own, by its role's quota, and say where it stands", async () => {
    const fine = await post(sharedA, QUERY, { headers: asToken(KEYS.otherEditor) });
    expect(fine.status).toBe(200);
    expect(fine.headers.get('ratelimit-limit')).toBe('5');
    expect(fine.headers.get('ratelimit-remaining')).toBe('4');
    expect(await statuses([sharedA, sharedB, sharedA, sharedB, sharedA], asToken(KEYS.reader))).toEqual([200, 200, 200, 200, 429]);
  });

  it('leave a role whose quota is 0 unlimited', async () => {
    const answers = await statuses(
      Array.from({ length: 12 }, (_, i) => (i % 2 ? sharedA : sharedB)),
      asToken(KEYS.admin),
    );
    expect(answers.every((status) => status === 200)).toBe(true);
  });

  it('count callers without a token by the address the load balancer forwards, not one they forge', async () => {
    const client = { 'x-forwarded-for': 'forged-by-the-client, 192.0.2.10' };
    expect(await statuses([sharedA, sharedB, sharedA], client)).toEqual([200, 200, 200]);
    expect((await post(sharedB, QUERY, { headers: { 'x-forwarded-for': 'something-else, 192.0.2.10' } })).status).toBe(429);
    expect((await post(sharedB, QUERY, { headers: fromClient('192.0.2.11') })).status).toBe(200);
  });

  it('do not count /health, /ready or /metrics', async () => {
    for (let i = 0; i < 5; i++) expect((await fetch(`${sharedA}/ready`, { headers: { 'x-forwarded-for': '192.0.2.12' } })).status).toBe(200);
    expect((await post(sharedA, QUERY, { headers: fromClient('192.0.2.12') })).status).toBe(200);
  });
});

describe('without Redis', () => {
  it('each replica counts alone', async () => {
    const client = fromClient('192.0.2.20');
    expect(await statuses([aloneA, aloneA, aloneA, aloneA], client)).toEqual([200, 200, 200, 429]);
    expect(await statuses([aloneB, aloneB, aloneB], client)).toEqual([200, 200, 200]);
  });
});

describe('while Redis is away', () => {
  it('requests are still served and limited, per process, and shared again once it is back', async () => {
    await redis.stop();
    const client = fromClient('192.0.2.30');
    expect(await statuses([sharedA, sharedA, sharedA, sharedA], client)).toEqual([200, 200, 200, 429]);
    expect(await statuses([sharedB, sharedB, sharedB], client)).toEqual([200, 200, 200]);

    await redis.start();
    const up = async (url: string) => ((await (await fetch(`${url}/ready`)).json()) as { liveUpdates?: string }).liveUpdates === 'shared';
    expect(await waitFor(async () => (await up(sharedA)) && (await up(sharedB)), 15_000)).toBe(true);
    const again = fromClient('192.0.2.31');
    expect(await statuses([sharedA, sharedB, sharedA, sharedB], again)).toEqual([200, 200, 200, 429]);
  });
});
