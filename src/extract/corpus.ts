/**
 * The reports the extractor is measured on, in three sets: the seed article and its curated gold,
 * the development set (tests/fixtures/corpus/dev/, tuned on) and the held-out set
 * (tests/fixtures/corpus/heldout/, never tuned on; it may be empty or absent), each report a
 * `<name>.txt` with its `<name>.gold.json`. Each is drafted with no graph and scored;
 * `npm run extract:eval` writes the tables, tests hold the floors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportDocument } from '../model/format.js';
import { shapeDocument } from '../model/parse.js';
import { projectRoot as ROOT } from '../paths.js';
import { score, type Score } from './eval.js';
import { draftFromText, type DraftInput } from './index.js';

export interface Report {
  name: string;
  text: string;
  published: string;
  gold: ImportDocument;
}

export type CorpusSet = 'dev' | 'heldout';

export const SEED_REPORT = 'armenia-azerbaijan-2022-09';
export const CORPUS_DIR = join(ROOT, 'tests', 'fixtures', 'corpus');
export const setDir = (set: CorpusSet) => join(CORPUS_DIR, set);

function load(name: string, textPath: string, goldPath: string, published?: string): Report {
  const gold = shapeDocument(JSON.parse(readFileSync(goldPath, 'utf8')));
  return { name, text: readFileSync(textPath, 'utf8'), published: published ?? (gold.sources[0]?.published?.from as string), gold };
}

export function seedReport(): Report {
  const dir = join(ROOT, 'cypher', 'seed');
  return load(SEED_REPORT, join(dir, `${SEED_REPORT}.txt`), join(dir, `${SEED_REPORT}.json`), '2022-09-14');
}

/** The reports of a set, by name; none when its folder is absent. */
export function corpusReports(set: CorpusSet): Report[] {
  const dir = setDir(set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      return load(name, join(dir, file), join(dir, `${name}.gold.json`));
    });
}

/** Drafts a report with no graph (and, given one, on its dependency parse) and scores it. */
export function evaluate(report: Report, options: Pick<DraftInput, 'parse'> = {}): Score {
  const draft = draftFromText({ text: report.text, published: report.published, known: [], now: new Date(0), ...options });
  return score(draft, report.gold, report.text);
}

/** A set's scores added up over its reports (pooled, so a long report weighs more than a short one). */
export interface Totals {
  reports: number;
  entities: { gold: number; matched: number; recall: number };
  relationships: { gold: number; drafted: number; matched: number; recall: number; precision: number };
  quotes: { total: number; verbatim: number; share: number };
}

export function totals(scores: readonly Score[]): Totals {
  const sum = (pick: (s: Score) => number) => scores.reduce((n, s) => n + pick(s), 0);
  const entities = { gold: sum((s) => s.entities.gold), matched: sum((s) => s.entities.matched) };
  const relationships = { gold: sum((s) => s.relationships.gold), drafted: sum((s) => s.relationships.drafted), matched: sum((s) => s.relationships.matched) };
  // Precision counts drafted relationships that matched, which is the same number as gold ones matched (one-to-one).
  const quotes = { total: sum((s) => s.quotes.total), verbatim: sum((s) => s.quotes.verbatim) };
  return {
    reports: scores.length,
    entities: { ...entities, recall: entities.matched / Math.max(1, entities.gold) },
    relationships: {
      ...relationships,
      recall: relationships.matched / Math.max(1, relationships.gold),
      precision: relationships.matched / Math.max(1, relationships.drafted),
    },
    quotes: { ...quotes, share: quotes.total ? quotes.verbatim / quotes.total : 1 },
  };
}

/** What the seed draft must reach; the floor test and `extract:eval` both read these. */
export const SEED_FLOORS = {
  entityRecall: 0.9,
  relationshipRecall: 0.6,
  relationshipPrecision: 0.6,
  /** Per-type recall for the types the project cares most about. */
  typeRecall: 0.8,
  types: ['SUPPORTS', 'GUARANTEES', 'ACCUSES', 'OCCUPIES', 'REPORTS'] as const,
  verbatimQuotes: 1,
};

/**
 * Issue 23's targets for the held-out set, over all its reports. They are targets, not floors: the
 * extractor's first run was far below them and nobody may tune on the held-out set to reach them, so
 * `extract:eval` prints them beside the measured figures (met / missed) and no test fails on them.
 * What the held-out set must always hold is `belowHeldoutFloors`.
 */
export const HELDOUT_TARGETS = {
  entityRecall: 0.85,
  relationshipRecall: 0.5,
  relationshipPrecision: 0.7,
  verbatimQuotes: 1,
};

/** Each floor the seed's score misses, in words; empty when all are met. */
export function belowFloors(s: Score): string[] {
  const f = SEED_FLOORS;
  const misses = belowSetFloors(totals([s]), { ...f });
  for (const type of f.types) {
    const recall = s.perType[type]?.recall ?? 0;
    if (recall < f.typeRecall) misses.push(`${type} recall ${pct(recall)} < ${pct(f.typeRecall)}`);
  }
  return misses;
}

/** Each floor a set's totals miss, in words; empty when all are met. */
export function belowSetFloors(t: Totals, f: Omit<typeof SEED_FLOORS, 'typeRecall' | 'types'> = HELDOUT_TARGETS): string[] {
  const misses: string[] = [];
  if (t.entities.recall < f.entityRecall) misses.push(`entity recall ${pct(t.entities.recall)} < ${pct(f.entityRecall)}`);
  if (t.relationships.recall < f.relationshipRecall) misses.push(`relationship recall ${pct(t.relationships.recall)} < ${pct(f.relationshipRecall)}`);
  if (t.relationships.precision < f.relationshipPrecision)
    misses.push(`relationship precision ${pct(t.relationships.precision)} < ${pct(f.relationshipPrecision)}`);
  if (t.quotes.share < f.verbatimQuotes) misses.push(`verbatim quotes ${pct(t.quotes.share)} < ${pct(f.verbatimQuotes)}`);
  return misses;
}

export const pct = (value: number) => `${Math.round(value * 1000) / 10} %`;

/** The measured figure beside each held-out target, and whether it is met. */
export function heldoutTargets(t: Totals): { name: string; measured: number; target: number; met: boolean }[] {
  const f = HELDOUT_TARGETS;
  return [
    { name: 'entity recall', measured: t.entities.recall, target: f.entityRecall },
    { name: 'relationship recall', measured: t.relationships.recall, target: f.relationshipRecall },
    { name: 'relationship precision', measured: t.relationships.precision, target: f.relationshipPrecision },
    { name: 'verbatim quotes', measured: t.quotes.share, target: f.verbatimQuotes },
  ].map((row) => ({ ...row, met: row.measured >= row.target }));
}

export const FIRST_RUN_START = '<!-- heldout-first-run:start -->';
export const FIRST_RUN_END = '<!-- heldout-first-run:end -->';

/** A held-out report's first run as docs/extraction.md records it (the table that is never rewritten). */
export interface FirstRun {
  name: string;
  entities: { matched: number; gold: number };
  relationships: { matched: number; gold: number; drafted: number };
  quotes: { verbatim: number; total: number };
  date: string;
}

/** The first-run rows of a docs/extraction.md text, by report name; a row that does not parse throws. */
export function parseFirstRuns(doc: string): Map<string, FirstRun> {
  const at = doc.indexOf(FIRST_RUN_START);
  const to = doc.indexOf(FIRST_RUN_END);
  const runs = new Map<string, FirstRun>();
  if (at < 0 || to < at) return runs;
  const fraction = (cell: string) => {
    const m = /^(\d+) \/ (\d+)$/.exec(cell);
    if (!m) throw new Error(`not "n / m": ${cell}`);
    return [Number(m[1]), Number(m[2])] as const;
  };
  for (const line of doc.slice(at, to).split('\n')) {
    if (!/^\| [a-z0-9][a-z0-9-]* \|/.test(line) || line.startsWith('| report |')) continue;
    // | report | entities found | entity recall | relationships found | drafted | recall | precision | verbatim quotes | first run |
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    if (cells.length !== 9) throw new Error(`a first-run row of ${cells.length} cells, not 9: ${line}`);
    const [name, entities, , relationships, drafted, , , quotes, date] = cells as [string, string, string, string, string, string, string, string, string];
    const [em, eg] = fraction(entities);
    const [rm, rg] = fraction(relationships);
    const [qv, qt] = fraction(quotes);
    if (!/^\d+$/.test(drafted)) throw new Error(`drafted is not a count: ${line}`);
    runs.set(name, {
      name,
      entities: { matched: em, gold: eg },
      relationships: { matched: rm, gold: rg, drafted: Number(drafted) },
      quotes: { verbatim: qv, total: qt },
      date,
    });
  }
  return runs;
}

/** First runs added up, as `totals` adds up scores. */
export function firstRunTotals(runs: readonly FirstRun[]): Totals {
  const sum = (pick: (r: FirstRun) => number) => runs.reduce((n, r) => n + pick(r), 0);
  const entities = { gold: sum((r) => r.entities.gold), matched: sum((r) => r.entities.matched) };
  const relationships = { gold: sum((r) => r.relationships.gold), drafted: sum((r) => r.relationships.drafted), matched: sum((r) => r.relationships.matched) };
  const quotes = { total: sum((r) => r.quotes.total), verbatim: sum((r) => r.quotes.verbatim) };
  return {
    reports: runs.length,
    entities: { ...entities, recall: entities.matched / Math.max(1, entities.gold) },
    relationships: {
      ...relationships,
      recall: relationships.matched / Math.max(1, relationships.gold),
      precision: relationships.matched / Math.max(1, relationships.drafted),
    },
    quotes: { ...quotes, share: quotes.total ? quotes.verbatim / quotes.total : 1 },
  };
}

/**
 * What the held-out set must always hold, in words; empty when it does. Every quote verbatim; every
 * report with its first-run row, scored against a gold of the size it had then (a gold is never
 * changed after its first run); and, for each batch of reports first run together (the rows with
 * the same first-run cell), entity recall, relationship recall and relationship precision never
 * below that batch's first-run totals. Batches are held apart because their first runs measured
 * different extractors: pooled, a later batch's better first run would lower the older batch's floor
 * or raise it, and the floor would no longer mean "never below the first run".
 */
export function belowHeldoutFloors(scored: readonly { name: string; score: Score }[], firstRuns: ReadonlyMap<string, FirstRun>): string[] {
  const misses: string[] = [];
  for (const { name, score: s } of scored) {
    if (s.quotes.share < 1) misses.push(`${name}: verbatim quotes ${s.quotes.verbatim} / ${s.quotes.total}`);
    const first = firstRuns.get(name);
    if (!first) {
      misses.push(`${name}: no first-run row in docs/extraction.md (run npm run extract:eval)`);
      continue;
    }
    if (first.entities.gold !== s.entities.gold || first.relationships.gold !== s.relationships.gold)
      misses.push(
        `${name}: gold of ${s.entities.gold} entities and ${s.relationships.gold} relationships, first run scored ${first.entities.gold} and ${first.relationships.gold}`,
      );
  }
  const batches = new Map<string, { score: Score; run: FirstRun }[]>();
  for (const { name, score: s } of scored) {
    const run = firstRuns.get(name);
    if (run) batches.set(run.date, [...(batches.get(run.date) ?? []), { score: s, run }]);
  }
  for (const [date, batch] of batches) {
    const now = totals(batch.map((b) => b.score));
    const first = firstRunTotals(batch.map((b) => b.run));
    const which = batches.size > 1 ? ` (the ${batch.length} reports first run ${date})` : '';
    const held: [string, number, number][] = [
      ['entity recall', now.entities.recall, first.entities.recall],
      ['relationship recall', now.relationships.recall, first.relationships.recall],
      ['relationship precision', now.relationships.precision, first.relationships.precision],
    ];
    for (const [what, value, floor] of held) if (value < floor) misses.push(`${what} ${pct(value)} < first run ${pct(floor)}${which}`);
  }
  return misses;
}
