/**
 * `npm start` as a newcomer runs it (tests/npm-start.ts): it must come up ready with the article
 * loaded; publish how to reach its Neo4j; take imports and drafts through the CLI into its own
 * graph; print the review address; refuse a second start and bad input in one line; and stop the
 * Neo4j it started when it is stopped. The heavy checks on it (a 40,000-relationship import, an
 * oversized transaction, a killed JVM) are in tests/slow/npm-start-limits.test.ts.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/paths.js';
import { isAlive, runScript } from './helpers.js';
import { useNpmStart } from './npm-start.js';

describe('npm start on the embedded default', () => {
  const started = useNpmStart();
  const { ask, ready, state, instance, exited } = started;

  it('answers /ready with 200', async () => {
    expect(await ready()).toBe(true);
  });

  it('has loaded the article into the empty database', async () => {
    expect(started.output()).toMatch(/empty database, loaded cypher\/seed\/armenia-azerbaijan-2022-09\.json/);
    const { data } = await ask<{ entity: { name: string; aliases: string[] } }>('{ entity(id: "csto") { name aliases } }');
    expect(data.entity.name).toBe('Collective Security Treaty Organization');
    expect(data.entity.aliases).toContain('ODKB');
  });

  it('publishes how to reach its Neo4j in the instance folder, readable only by its user', async () => {
    const { uri } = await state();
    expect(uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    const { stat } = await import('node:fs/promises');
    for (const file of ['state.json', 'password']) expect((await stat(join(instance(), file))).mode & 0o077).toBe(0);
  });

  it('takes an import through the CLI into the graph it serves, not into a temporary one', async () => {
    const file = join(started.dir, 'new-city.json');
    await writeFile(
      file,
      JSON.stringify({
        format: 'conflict-graph/v1',
        sources: [{ id: 'cli-import-test', title: 'A test text written for the conflict-graph project', language: 'en', text: 'Gyumri is a city in Armenia.' }],
        entities: [{ id: 'gyumri', kind: 'REGION', regionType: 'CITY', name: 'Gyumri', citations: [{ quote: 'Gyumri is a city in Armenia.' }] }],
        relationships: [
          {
            id: 'gyumri-part-of-armenia',
            type: 'PART_OF',
            from: 'gyumri',
            to: 'armenia',
            confidence: 'REPORTED_FACT',
            citations: [{ quote: 'Gyumri is a city in Armenia.' }],
          },
        ],
      }),
    );
    const imported = await runScript('import', [file], started.env);
    expect(imported.output).toMatch(/using the Neo4j that process \d+ runs on/);
    expect(imported.output).toMatch(/entities: 1 created/);
    expect(imported.code).toBe(0);
    const { data } = await ask<{ entity: { name: string; partOf: { to: { slug: string } }[] } }>(
      '{ entity(id: "gyumri") { name ... on Region { partOf { to { slug } } } } }',
    );
    expect(data.entity).toEqual({ name: 'Gyumri', partOf: [{ to: { slug: 'armenia' } }] });
    // No temporary instance was made beside the server's.
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(started.dir)).filter((name) => name.startsWith('dev-'))).toEqual([]);
  });

  it('prints the review address with its local editor token in the fragment, kept only for its user and out of the logs', async () => {
    const token = (await readFile(join(instance(), 'editor-token'), 'utf8')).trim();
    const { stat } = await import('node:fs/promises');
    expect((await stat(join(instance(), 'editor-token'))).mode & 0o077).toBe(0);
    expect(started.output()).toContain(`http://127.0.0.1:${started.port}/review#token=${token}`);
    // Printed once, as a plain line: never in a structured log line, never in a query string.
    expect(
      started
        .output()
        .split('\n')
        .filter((line) => line.includes(token)),
    ).toEqual([expect.stringMatching(/^Review drafts as the local editor/)]);
    const response = await fetch(`http://127.0.0.1:${started.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ drafts { id } }' }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
  });

  it('drafts a report against the graph it serves, keeps it there for review, and imports only what a reviewer accepted', async () => {
    const draftFile = join(started.dir, 'second-report.draft.json');
    const report = join(projectRoot, 'tests', 'fixtures', 'corpus', 'dev', 'second-report-september-2022.txt');
    const extracted = await runScript('extract', [report, '--published', '2022-09-15', '--out', draftFile], started.env);
    expect(extracted.output).toMatch(/names matched against \d+ entities in the graph/);
    expect(extracted.code).toBe(0);
    // With the server running, the draft is in its graph too, and the CLI says where to review it.
    const stored = new RegExp(`review it at http://127\\.0\\.0\\.1:${started.port}/review\\?draft=([\\w-]+)#token=`).exec(extracted.output);
    expect(stored).not.toBeNull();
    const token = (await readFile(join(instance(), 'editor-token'), 'utf8')).trim();
    const opened = await fetch(`http://127.0.0.1:${started.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ draft(id: "${stored?.[1]}") { id } }` }),
    });
    expect(((await opened.json()) as { data: { draft: { id: string } } }).data.draft.id).toBe(stored?.[1]);
    const draft = JSON.parse(await readFile(draftFile, 'utf8')) as {
      entities: { id: string; review?: { state: string } }[];
      relationships: { id: string; type: string; from: string; to: string; review?: { state: string; match?: string } }[];
    };
    expect(draft.entities.map((e) => e.id)).not.toContain('azerbaijan');
    // The reviewer accepts the accusations, whose ends are all in the graph already.
    const drafted = new Set(draft.entities.map((e) => e.id));
    const accepted = draft.relationships.filter((r) => r.type === 'ACCUSES' && !drafted.has(r.from) && !drafted.has(r.to));
    expect(accepted.length).toBeGreaterThan(0);
    const held = accepted.filter((r) => r.review?.match).length;
    for (const relationship of accepted) relationship.review = { ...relationship.review, state: 'ACCEPTED' };
    await writeFile(draftFile, JSON.stringify(draft));
    const imported = await runScript('import', [draftFile], started.env);
    // What the graph already held is this report's statement beside it; the rest is new.
    const counts = /relationships: (\d+) created, \d+ updated, \d+ unchanged, (\d+) corroborated, (\d+) contested/.exec(imported.output);
    expect(counts?.slice(1).map(Number)).toEqual([accepted.length - held, expect.any(Number), expect.any(Number)]);
    expect(Number(counts?.[2]) + Number(counts?.[3])).toBe(held);
    expect(imported.output).toMatch(
      new RegExp(`skipped \\(not accepted in review\\): ${draft.entities.length} entities, ${draft.relationships.length - accepted.length} relationships`),
    );
    expect(imported.code).toBe(0);
  }, 120_000);

  it('says in one line that its port is taken when started twice, before starting a Neo4j', async () => {
    const second = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: projectRoot, env: started.env });
    let said = '';
    second.stdout?.on('data', (chunk) => (said += chunk));
    second.stderr?.on('data', (chunk) => (said += chunk));
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    expect(code).toBe(1);
    expect(said).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${started.port}: another process uses it`));
    expect(said).not.toMatch(/^\s+at |Neo4j is up/m);
    expect(await ready()).toBe(true);
  });

  it('refuses a publication day that does not exist, and will not write over a draft under review', async () => {
    const report = join(projectRoot, 'tests', 'fixtures', 'corpus', 'dev', 'second-report-september-2022.txt');
    const impossible = await runScript('extract', [report, '--published', '2022-02-30', '--no-graph'], started.env);
    expect(impossible.code).toBe(2);
    expect(impossible.output).toMatch(/--published: "2022-02-30" is not a calendar day/);
    const draftFile = join(started.dir, 'second-report.draft.json');
    const reviewed = await readFile(draftFile, 'utf8');
    const again = await runScript('extract', [report, '--published', '2022-09-15', '--no-graph', '--out', draftFile], started.env);
    expect(again.code).toBe(2);
    expect(again.output).toMatch(/exists and may hold a review in progress/);
    expect(await readFile(draftFile, 'utf8')).toBe(reviewed);
  });

  it('says in one line what went wrong when an import fails, without a stack trace', async () => {
    const missing = await runScript('import', [join(started.dir, 'no-such-report.json')], started.env);
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(/no-such-report\.json: cannot read .* no such file/);
    expect(missing.output).not.toMatch(/^\s+at /m);
  });

  it('stops the Neo4j it started when it is stopped', async () => {
    const { jvmPid } = await state();
    expect(isAlive(jvmPid)).toBe(true);
    const exit = exited();
    started.process.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(isAlive(jvmPid)).toBe(false);
  });
});
