/**
 * The load script runs end to end (quick mode: a short run at the documented concurrency) against
 * the run's Neo4j, and reports throughput, latency percentiles and no errors. It asserts nothing
 * about speed: timings belong to `npm run bench`, not to tests.
 */
import { spawn } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { resetDatabase, seedArticle, testConnection, testDriver } from './helpers.js';

beforeAll(async () => {
  const driver = testDriver();
  await resetDatabase(driver);
  await seedArticle(driver);
  await driver.close();
});

describe('npm run load -- --quick', () => {
  it('drives the query mix with 16 concurrent clients and reports zero errors', async () => {
    const { uri, user, password } = testConnection();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/load.ts', '--quick'], {
      cwd: projectRoot,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code, output).toBe(0);
    expect(output).toMatch(/6 queries in turn, 16 connections, 3 s, against http:\/\/127\.0\.0\.1:\d+\/graphql/);
    for (const row of ['throughput', 'latency p50', 'latency p90', 'latency p99', 'GraphQL errors']) expect(output).toContain(row);
    expect(Number(/requests\s+(\d+)/.exec(output)?.[1])).toBeGreaterThan(0);
    expect(output).toMatch(/load: 0 errors/);
  });
});
