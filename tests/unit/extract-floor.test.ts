/**
 * The seed article drafted with no graph must stay above its floors (SEED_FLOORS in
 * src/extract/corpus.ts), scored by the same code as `npm run extract:eval`.
 */
import { describe, expect, it } from 'vitest';
import { SEED_FLOORS, belowFloors, evaluate, seedReport, testReports } from '../../src/extract/corpus.js';

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

describe('the test reports', () => {
  it.each(testReports().map((report) => [report.name, report] as const))('%s quotes only verbatim sentences', (_, report) => {
    expect(evaluate(report).quotes.share).toBe(1);
  });
});
