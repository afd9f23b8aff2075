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
import { shapeDocument } from '../import/parse.js';
import { projectRoot as ROOT } from '../paths.js';
import { score, type Score } from './eval.js';
import { draftFromText } from './index.js';

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

export function evaluate(report: Report): Score {
  const draft = draftFromText({ text: report.text, published: report.published, known: [], now: new Date(0) });
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
    relationships: { ...relationships, recall: relationships.matched / Math.max(1, relationships.gold), precision: relationships.matched / Math.max(1, relationships.drafted) },
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

/** What the held-out set must reach, over all its reports: the measure of text nobody tuned on. */
export const HELDOUT_FLOORS = {
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
export function belowSetFloors(t: Totals, f: Omit<typeof SEED_FLOORS, 'typeRecall' | 'types'> = HELDOUT_FLOORS): string[] {
  const misses: string[] = [];
  if (t.entities.recall < f.entityRecall) misses.push(`entity recall ${pct(t.entities.recall)} < ${pct(f.entityRecall)}`);
  if (t.relationships.recall < f.relationshipRecall) misses.push(`relationship recall ${pct(t.relationships.recall)} < ${pct(f.relationshipRecall)}`);
  if (t.relationships.precision < f.relationshipPrecision) misses.push(`relationship precision ${pct(t.relationships.precision)} < ${pct(f.relationshipPrecision)}`);
  if (t.quotes.share < f.verbatimQuotes) misses.push(`verbatim quotes ${pct(t.quotes.share)} < ${pct(f.verbatimQuotes)}`);
  return misses;
}

export const pct = (value: number) => `${Math.round(value * 1000) / 10} %`;
