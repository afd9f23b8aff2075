/** The quote check of every import: verbatim occurrence in a long text, however alike the quotes open. */
import { describe, expect, it } from 'vitest';
import { verbatimFinder } from '../../src/import/validate.js';

const sentences = Array.from({ length: 2_000 }, (_, n) => `Entity state-${n} is named in this report.`);
const text = sentences.join(' ');

describe('verbatimFinder', () => {
  it('finds every sentence of a text whose sentences open alike, and quotes that start or end mid-word', () => {
    const found = verbatimFinder(text);
    expect(sentences.every((sentence) => found(sentence))).toBe(true);
    expect(found('tity state-1999 is named in this rep')).toBe(true);
    expect(found('state-7 is named in this report. Entity state-8')).toBe(true);
  });

  it('finds no quote the text does not hold, even one that opens like many it does', () => {
    const found = verbatimFinder(text);
    for (const sentence of sentences.slice(0, 40)) found(sentence);
    expect(found('Entity state-2000 is named in this report.')).toBe(false);
    expect(found('Entity state-12 is named in that report.')).toBe(false);
    expect(found('Entity state-12  is named in this report.')).toBe(false);
  });
});
