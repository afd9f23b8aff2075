/**
 * The floors, scored by the same code as `npm run extract:eval`: the seed article drafted with no
 * graph (SEED_FLOORS), the held-out set over all its reports (HELDOUT_FLOORS), and verbatim quotes
 * in every development report.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELDOUT_FLOORS, SEED_FLOORS, belowFloors, belowSetFloors, corpusReports, evaluate, seedReport, setDir, totals } from '../../src/extract/corpus.js';

describe('the seed draft', () => {
  const score = evaluate(seedReport());

  it('meets every floor', () => {
    expect(belowFloors(score)).toEqual([]);
  });

  it('has been scored on every gold item', () => {
    expect(score.entities.gold).toBe(seedReport().gold.entities.length);
    expect(score.relationships.gold).toBe(seedReport().gold.relationships.length);
    for (const type of SEED_FLOORS.types) expect(score.perType[type]?.gold).toBeGreaterThan(0);
  });
});

describe('the development set', () => {
  it.each(corpusReports('dev').map((report) => [report.name, report] as const))('%s quotes only verbatim sentences', (_, report) => {
    expect(evaluate(report).quotes.share).toBe(1);
  });
});

describe('the held-out set', () => {
  const reports = corpusReports('heldout');

  // Not skipped when empty: it then checks that there is truly nothing to score, and says so.
  it(reports.length ? `meets every floor over its ${reports.length} reports` : `has no reports in ${setDir('heldout')}, so there is nothing to score`, () => {
    if (!reports.length) {
      // Nor a gold waiting for its text, which would otherwise go unscored without a word.
      const dir = setDir('heldout');
      expect(existsSync(dir) ? readdirSync(dir).filter((file) => /\.(?:txt|json)$/.test(file)) : []).toEqual([]);
      return;
    }
    const scores = reports.map(evaluate);
    const sum = totals(scores);
    expect(sum.entities.gold).toBe(reports.reduce((n, r) => n + r.gold.entities.length, 0));
    expect(belowSetFloors(sum, HELDOUT_FLOORS)).toEqual([]);
    expect(scores.map((s) => s.quotes.share)).toEqual(scores.map(() => 1));
  });
});
