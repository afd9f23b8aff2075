/**
 * The heavy checks on `npm start` (tests/npm-start.ts), run by `npm run test:slow`: a document of
 * 40,000 relationships imported through the CLI into the graph it serves, in bounded parts, with
 * the server still up; a transaction over its memory cap refused on its own without killing it;
 * and Neo4j started again when its JVM is killed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documents } from '../../bench/generate.js';
import { createDriver } from '../../src/neo4j/connection.js';
import { isAlive, runScript, waitFor } from '../helpers.js';
import { useNpmStart } from '../npm-start.js';

describe('npm start under load', () => {
  const started = useNpmStart();
  const { ask, ready, state, instance } = started;

  it('imports a document of 40,000 relationships in bounded parts, and the database is still up', async () => {
    const files: string[] = [];
    let relationships = 0;
    for (const document of documents(40_000, 40_000)) {
      const file = join(started.dir, `synthetic-${files.length}.json`);
      await writeFile(file, document.text);
      files.push(file);
      relationships += document.relationships;
    }
    expect(relationships).toBeGreaterThan(39_000);
    const imported = await runScript('import', files, started.env);
    expect(imported.output, imported.output).toMatch(new RegExp(`relationships: ${relationships} created`));
    expect(imported.output).toMatch(/in \d+ transactions/);
    expect(imported.code).toBe(0);
    expect(started.output()).not.toMatch(/exited unexpectedly/);
    expect(await ready()).toBe(true);
    const { data } = await ask<{ relationships: { totalCount: number } }>('{ relationships(first: 1) { totalCount } }');
    expect(data.relationships.totalCount).toBeGreaterThanOrEqual(relationships);
  }, 300_000);

  it('refuses a transaction larger than its memory cap on its own, at once, and stays up', async () => {
    const password = (await readFile(join(instance(), 'password'), 'utf8')).trim();
    const driver = createDriver({ uri: (await state()).uri, user: 'neo4j', password });
    const session = driver.session();
    try {
      await expect(
        session.run("UNWIND range(1, 10000000) AS i CREATE (:Oversized {i: i, pad: 'a line of padding to fill memory with'})"),
      ).rejects.toMatchObject({ code: expect.stringMatching(/MemoryPoolOutOfMemoryError|TransactionMemoryLimit/) });
    } finally {
      await session.close();
      await driver.close();
    }
    expect(started.output()).not.toMatch(/exited unexpectedly/);
    expect(await ready()).toBe(true);
  }, 120_000);

  it('starts Neo4j again when the JVM is killed, says so at error level, and answers again', async () => {
    const { jvmPid } = await state();
    process.kill(jvmPid, 'SIGKILL');
    expect(await waitFor(() => !isAlive(jvmPid), 10_000)).toBe(true);
    expect(await waitFor(async () => (await state()).jvmPid !== jvmPid && (await ready()), 120_000, 500)).toBe(true);
    const died = started
      .output()
      .split('\n')
      .find((line) => line.includes('exited unexpectedly'));
    expect(JSON.parse(died ?? '{}')).toMatchObject({ level: 50 });
    // The article it loaded on first start is still there.
    const { data } = await ask<{ entity: { name: string } }>('{ entity(id: "csto") { name } }');
    expect(data.entity.name).toBe('Collective Security Treaty Organization');
  }, 180_000);
});
