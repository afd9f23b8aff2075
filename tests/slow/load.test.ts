/**
 * The load script runs end to end (quick mode: a short run at the documented concurrency) against
 * the run's Neo4j, and reports throughput, latency percentiles and no errors; with two replicas
 * (server processes sharing a real Redis), also that every write was heard, once, on each. It
 * asserts nothing about speed: timings belong to `npm run bench`, not to tests.
 */
import { describe, expect } from 'vitest';
import { it } from '../fixture.js';
import { runScript, testConnection } from '../helpers.js';

/** Runs the load script against the test run's Neo4j; its exit code and everything it printed. */
async function load(args: string[]) {
  const { uri, user, password } = testConnection();
  // A private redis-server for the replicas, whatever the caller's environment says.
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  delete env.REDIS_URL;
  return runScript('load', args, env);
}

describe('npm run load -- --quick', () => {
  it('drives the query mix with 16 concurrent clients and reports zero errors', async () => {
    const { code, output } = await load(['--quick']);
    expect(code, output).toBe(0);
    expect(output).toMatch(/6 queries in turn, 16 connections, 3 s, against http:\/\/127\.0\.0\.1:\d+\/graphql/);
    for (const row of ['throughput', 'latency p50', 'latency p90', 'latency p99', 'GraphQL errors']) expect(output).toContain(row);
    expect(Number(/requests\s+(\d+)/.exec(output)?.[1])).toBeGreaterThan(0);
    expect(output).toMatch(/load: 0 errors/);
  });
});

describe('npm run load -- --replicas 2 --quick', () => {
  it('drives two replica processes sharing a Redis, with writes, and every write is heard once on each', async () => {
    const { code, output } = await load(['--replicas', '2', '--quick']);
    expect(code, output).toBe(0);
    expect(output).toMatch(/6 queries and 1 write in turn, 2 replicas \(8 connections each\), 3 s, Redis at redis:\/\/127\.0\.0\.1:\d+/);
    expect(output).toMatch(/^\s+replica A\s+replica B\s+combined$/m);
    const row = (name: string) => (new RegExp(`^  ${name}\\s+(.+)$`, 'm').exec(output)?.[1] ?? '').trim().split(/\s{2,}/);
    const [answeredA, answeredB, answered] = row('writes answered').map(Number);
    expect((answeredA as number) + (answeredB as number)).toBe(answered);
    // Counted in the audit trail: with those still in flight when the clock stopped.
    const [writes] = row('writes committed').map(Number);
    expect(answered).toBeGreaterThan(0);
    expect(writes).toBeGreaterThanOrEqual(answered as number);
    expect(row('events heard')).toEqual([`${writes} of ${writes}`, `${writes} of ${writes}`, `${2 * (writes as number)} of ${2 * (writes as number)}`]);
    for (const name of ['connection errors', 'timeouts', 'non-2xx responses', 'GraphQL errors', 'events missed', 'events extra']) {
      expect(row(name), name).toEqual(['0', '0', '0']);
    }
    for (const name of ['throughput', 'latency p50', 'latency p99']) expect(row(name)).toHaveLength(3);
    expect(output).toMatch(/load: 0 errors/);
  }, 300_000);
});
