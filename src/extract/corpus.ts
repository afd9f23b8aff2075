/**
 * The reports the extractor is measured on: the seed article and its curated gold, and the test
 * reports under tests/fixtures/reports/ (`<name>.txt` with `<name>.gold.json`). Each is drafted with
 * no graph and scored; `npm run extract:eval` prints and writes the table, a test holds the floors.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

export const SEED_REPORT = 'armenia-azerbaijan-2022-09';
export const REPORTS_DIR = join(ROOT, 'tests', 'fixtures', 'reports');

function load(name: string, textPath: string, goldPath: string, published?: string): Report {
  const gold = shapeDocument(JSON.parse(readFileSync(goldPath, 'utf8')));
  return { name, text: readFileSync(textPath, 'utf8'), published: published ?? (gold.sources[0]?.published?.from as string), gold };
}

export function seedReport(): Report {
  const dir = join(ROOT, 'cypher', 'seed');
  return load(SEED_REPORT, join(dir, `${SEED_REPORT}.txt`), join(dir, `${SEED_REPORT}.json`), '2022-09-14');
}

export function testReports(): Report[] {
  return readdirSync(REPORTS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      return load(name, join(REPORTS_DIR, file), join(REPORTS_DIR, `${name}.gold.json`));
    });
}

export function evaluate(report: Report): Score {
  const draft = draftFromText({ text: report.text, published: report.published, known: [], now: new Date(0) });
  return score(draft, report.gold, report.text);
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

/** Each floor the score misses, in words; empty when all are met. */
export function belowFloors(s: Score): string[] {
  const f = SEED_FLOORS;
  const misses: string[] = [];
  if (s.entities.recall < f.entityRecall) misses.push(`entity recall ${pct(s.entities.recall)} < ${pct(f.entityRecall)}`);
  if (s.relationships.recall < f.relationshipRecall) misses.push(`relationship recall ${pct(s.relationships.recall)} < ${pct(f.relationshipRecall)}`);
  if (s.relationships.precision < f.relationshipPrecision) misses.push(`relationship precision ${pct(s.relationships.precision)} < ${pct(f.relationshipPrecision)}`);
  for (const type of f.types) {
    const recall = s.perType[type]?.recall ?? 0;
    if (recall < f.typeRecall) misses.push(`${type} recall ${pct(recall)} < ${pct(f.typeRecall)}`);
  }
  if (s.quotes.share < f.verbatimQuotes) misses.push(`verbatim quotes ${pct(s.quotes.share)} < ${pct(f.verbatimQuotes)}`);
  return misses;
}

export const pct = (value: number) => `${Math.round(value * 1000) / 10} %`;
