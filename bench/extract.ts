/**
 * How long drafting takes on a long report: the seed article and the development set, repeated to
 * 5,000 words (only timing matters here, so repeating them invents nothing), drafted once after a
 * warm-up on the seed article (as a running server would be after its first draft: the first draft
 * in a process also pays for compiling compromise and the rule patterns, about a second more).
 * The project's target: under 2 s on the 2-core benchmark machine.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setDir } from '../src/extract/corpus.js';
import { draftFromText } from '../src/extract/index.js';
import { projectRoot } from '../src/paths.js';

export const EXTRACTION_WORDS = 5_000;

function longReport(words: number): string {
  const dir = setDir('dev');
  const texts = [
    readFileSync(join(projectRoot, 'cypher', 'seed', 'armenia-azerbaijan-2022-09.txt'), 'utf8'),
    ...readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => readFileSync(join(dir, file), 'utf8')),
  ];
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = texts[i % texts.length] as string;
    parts.push(text.trim());
    count += text.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n\n');
}

export async function measureExtraction(): Promise<{ words: number; ms: number }> {
  const text = longReport(EXTRACTION_WORDS);
  draftFromText({ text: readFileSync(join(projectRoot, 'cypher', 'seed', 'armenia-azerbaijan-2022-09.txt'), 'utf8'), published: '2022-09-14' });
  const started = performance.now();
  draftFromText({ text, published: '2022-09-14' });
  return { words: text.split(/\s+/).filter(Boolean).length, ms: Math.round(performance.now() - started) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { words, ms } = await measureExtraction();
  console.log(`drafted ${words} words in ${ms} ms`);
}
