/** Sentences with character offsets: abbreviations stay inside, lines stand alone, fragments rejoin. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';
import { fixture } from './extract-helpers.js';

describe('splitting sentences', () => {
  it('keeps "Mr.", "Gen." and "U.S." inside their sentence', () => {
    const text = 'Mr. Smith met Gen. Jones in the U.S. capital on Monday. He left on Tuesday.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Mr. Smith met Gen. Jones in the U.S. capital on Monday.', 'He left on Tuesday.']);
  });

  it('gives offsets that cut exactly each sentence out of the text', () => {
    const text = fixture('second-report-september-2022.txt');
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(5);
    for (const s of sentences) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
  });

  it('keeps a headline without a full stop apart from the paragraph after it', () => {
    const sentences = splitSentences('Fighting flares on the border\n\nArmenia said on Tuesday that its positions were shelled.');
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['Fighting flares on the border', 0],
      ['Armenia said on Tuesday that its positions were shelled.', 1],
    ]);
  });

  it('joins a fragment that starts in lowercase to the sentence before it', () => {
    const text = 'Moscow has deployed around 2,000 jobs in the region. soldiers as peacekeepers.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });
});
