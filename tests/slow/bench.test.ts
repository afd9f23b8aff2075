/**
 * `npm run bench -- --quick` end to end, as CI can afford it: a small synthetic graph imported
 * through the importer, the three contestants checked to agree on every query, timed, a small
 * synthetic ACLED export imported, and the report written with every section. It checks that the benchmark works, not how fast anything is:
 * speed is judged by the full run's report (bench/results.md), never by a timed test.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BENCH_QUERIES } from '../../bench/queries.js';

const out = join(tmpdir(), `conflict-graph-bench-test-${process.pid}.md`);
afterAll(() => rmSync(out, { force: true }));

function runQuickBench(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'bench', '--', '--quick', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const number = String.raw`\d[\d,.]*`;

describe('npm run bench -- --quick', () => {
  it('imports, checks the contestants agree, times them and writes every section of the report', async () => {
    const { code, output } = await runQuickBench();
    expect(code, output.slice(-3000)).toBe(0);
    expect(output).toMatch(/checking that the three agree/);
    const report = readFileSync(out, 'utf8');
    for (const section of [
      '## Machine and method',
      '## Import',
      '## Exports',
      '## Datasets',
      '## Drafting a report',
      '## 3,000 relationships',
      '## Cost growth',
      '## Targets',
      '## Memory over the run',
    ]) {
      expect(report).toContain(section);
    }
    // The import row: both rates, the bulk time, and the transactional import's last document.
    expect(report).toMatch(new RegExp(String.raw`\| 3,000 \| ${number} \| ${number} \| ${number} s \| ${number} \| ${number} \| ${number} \|`));
    expect(report).toMatch(
      new RegExp(String.raw`At 3,000: store files ${number} s .*, neo4j-admin ${number} s, Neo4j's start, migrations and indexes ${number} s\.`),
    );
    for (const query of BENCH_QUERIES) {
      const row = (contestant: string) => new RegExp(String.raw`\| ${query.name} \| ${contestant} \| ${number} \| ${number} \| ${number} \| ${number} \|`);
      expect(report, query.name).toMatch(row('this server'));
      expect(report, query.name).toMatch(row('Cypher'));
      if (query.peer) expect(report, query.name).toMatch(row('@neo4j/graphql'));
      else expect(report, query.name).toContain(`| ${query.name} | @neo4j/graphql | cannot express it |`);
    }
    expect(report).toMatch(/Import into an empty database at 3,000: \d+ relationships\/s/);
    expect(report).toMatch(/Import into a populated database at 3,000: \d+ relationships\/s/);
    expect(report).toMatch(/\| CPU ms\/req \| queries\/op \|/);
    for (const format of ['graph.graphml', 'graph.json', 'entities.csv', 'relationships.csv']) {
      expect(report, format).toMatch(new RegExp(String.raw`\| 3,000 \| ${format.replace('.', '\\.')} \| (?!0\.0 )[\d.]+ \| ${number} \| \d+ \| \d+ \|`));
    }
    expect(report).toMatch(/Drafting a 5,\d{3}-word report: \d+ ms/);
    // The synthetic ACLED rows all imported: each gives an event's LOCATED_IN, its actors' PARTICIPATES_IN and its REPORTS.
    const dataset = new RegExp(String.raw`\| 2,000 \| (${number}) \| ${number} \| ${number} \| ${number} \| (\d+) \|`).exec(report);
    expect(dataset, report).not.toBeNull();
    expect(Number(String(dataset?.[1]).replace(/,/g, ''))).toBeGreaterThanOrEqual(3 * 2_000);
    expect(report).toMatch(/Dataset import of 2,000 ACLED rows: \d+ rows\/s, \d+ relationships\/s; importer peak \d+ MB \(bounded: ≤ 512 MB/);
    expect(report).toMatch(new RegExp(String.raw`\| 1 \| ${number}–${number} \| ${number}–${number} \| (?:${number}–${number}|none) \|`));
    // A leak is judged by the heap live after full collections when there were enough of them to fit.
    expect(report).toMatch(/heap live after each of \d+ full collections|fewer than 3 full collections \(\d\)/);
  }, 900_000);
});
