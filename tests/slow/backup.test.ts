/**
 * Backups of the embedded default, as an operator runs them: `npm run neo4j` (Neo4j alone, the
 * article loaded) prints how to reach it; backup and restore refuse in one line while it runs; with
 * it stopped, a backup, a change, and a restore bring back a database that answers as the original
 * did: the same nodes and relationships, and the same GraphQL answer.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver, type Neo4jConnection } from '../../src/neo4j/connection.js';
import { fingerprint, graphql, runScript, startScript, testServer } from '../helpers.js';

const PROFILE = `{ profile(id: "armenia") { entity { name aliases } supportedBy { from { slug } } accuses { to { slug } } } entity(id: "csto") { name aliases } }`;

let dir: string;
let env: NodeJS.ProcessEnv;

/** Starts `npm run neo4j`, runs `work` against it with its printed connection, and stops it. */
async function withEmbedded<T>(work: (connection: Neo4jConnection, output: string) => Promise<T>): Promise<T> {
  // The lines (stdout) and the hint after them (stderr) come through two pipes, in either order.
  const neo4j = await startScript('neo4j', [], env, /(?=[\s\S]*Ctrl-C stops Neo4j)[\s\S]*NEO4J_PASSWORD=\S+\n/);
  try {
    const printed = Object.fromEntries(
      neo4j
        .output()
        .split('\n')
        .filter((line) => /^NEO4J_(URI|USER|PASSWORD)=/.test(line))
        .map((line) => line.split(/=(.*)/s).slice(0, 2)),
    ) as Record<string, string>;
    const connection = { uri: printed.NEO4J_URI as string, user: printed.NEO4J_USER as string, password: printed.NEO4J_PASSWORD as string };
    return await work(connection, neo4j.output());
  } finally {
    expect(await neo4j.stop('SIGINT')).toBe(0);
  }
}

/** What a client and the graph itself say: the fingerprint and a GraphQL answer. */
async function observe(connection: Neo4jConnection) {
  const driver = createDriver(connection);
  const server = testServer({ neo4j: connection });
  try {
    const answer = await graphql(server, PROFILE);
    expect(answer.errors).toBeUndefined();
    return { graph: await fingerprint(driver), answer: answer.data };
  } finally {
    await server.dispose();
    await driver.close();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conflict-graph-backup-'));
  env = { ...process.env, NEO4J_PROVISION: 'local', NEO4J_LOCAL_DIR: dir, NEO4J_LOCAL_HEAP: '512m', NEO4J_LOCAL_PAGECACHE: '256m' };
  delete env.NEO4J_URI;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run backup and npm run restore on the embedded default', () => {
  it('back up and restore a database that answers the same, and refuse in one line while Neo4j runs', async () => {
    const file = join(dir, 'saved', 'graph.dump');

    const original = await withEmbedded(async (connection, output) => {
      expect(output).toMatch(/^NEO4J_URI=bolt:\/\/127\.0\.0\.1:\d+$/m);
      expect(output).toMatch(/empty database, loaded the article/);
      // A second `npm run neo4j` prints the lines of the running one and starts nothing.
      const again = await runScript('neo4j', [], env);
      expect(again.code).toBe(0);
      expect(again.output).toContain(`NEO4J_URI=${connection.uri}`);
      const someDump = join(dir, 'some.dump');
      await writeFile(someDump, '');
      for (const [command, target] of [
        ['backup', file],
        ['restore', someDump],
      ] as const) {
        const refused = await runScript(command, [target], env);
        expect(refused.code).toBe(1);
        expect(refused.output.trim().split('\n')).toEqual([
          expect.stringMatching(
            new RegExp(`^${command}: the embedded Neo4j in .* is running \\(process \\d+: npm start or npm run neo4j\\); .* stop that process`),
          ),
        ]);
      }
      return observe(connection);
    });
    expect(original.graph.nodes.length).toBeGreaterThan(100);

    const backup = await runScript('backup', [file], env);
    expect(backup.output).toMatch(/^backup: wrote .*graph\.dump/m);
    expect(backup.code).toBe(0);
    expect((await stat(file)).size).toBeGreaterThan(0);
    const twice = await runScript('backup', [file], env);
    expect(twice.output).toMatch(/already exists; choose another name, or add --force/);

    await withEmbedded(async (connection) => {
      const driver = createDriver(connection);
      await driver.executeQuery("MATCH (e:Entity {id: 'armenia'})-[r]-() DELETE r");
      await driver.executeQuery("CREATE (:Entity:Region {id: 'after-the-backup', name: 'After the backup'})");
      await driver.close();
      expect((await observe(connection)).graph).not.toEqual(original.graph);
    });

    const restore = await runScript('restore', [file], env);
    expect(restore.output).toMatch(/^restore: loaded .*graph\.dump/m);
    expect(restore.output).toMatch(/^restore: the database it replaced is saved as .*before-restore-.*\.dump$/m);
    expect(restore.code).toBe(0);

    const restored = await withEmbedded(async (connection) => observe(connection));
    expect(restored.graph).toEqual(original.graph);
    expect(restored.answer).toEqual(original.answer);

    const notADump = await runScript('restore', [join(dir, 'saved')], env);
    expect(notADump.code).toBe(1);
    expect(notADump.output.trim().split('\n')).toHaveLength(1);
    // Three JVM starts and four neo4j-admin runs: minutes on a busy two-core machine.
  }, 480_000);
});
