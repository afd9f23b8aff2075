/**
 * Splits a report into sentences with their character offsets. Lines are paragraphs (headlines and
 * captions stand alone); inside a line compromise finds the sentences, which keeps "Mr.", "Gen." and
 * "U.S." inside theirs. A fragment that starts in lowercase belongs to the sentence before it.
 */
import { nlp } from './nlp.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** The line (paragraph) it is on, counting only non-empty lines. */
  paragraph: number;
}

interface Offset {
  offset: { start: number; length: number };
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = -1;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const base = lineStart;
    lineStart += line.length + 1;
    if (!line.trim()) continue;
    paragraph++;
    const parts = (nlp.tokenize(line).json({ offset: true }) as Offset[]).map(({ offset }) => ({
      start: base + offset.start,
      end: base + offset.start + offset.length,
    }));
    for (const part of parts.length ? parts : [{ start: base, end: base + line.length }]) {
      let { start, end } = part;
      while (start < end && /\s/.test(text[start] as string)) start++;
      while (end > start && /\s/.test(text[end - 1] as string)) end--;
      if (start === end) continue;
      const previous = sentences.at(-1);
      if (previous && previous.paragraph === paragraph && /^[\p{Ll}]/u.test(text[start] as string)) {
        previous.end = end;
        previous.text = text.slice(previous.start, end);
        continue;
      }
      sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph });
    }
  }
  return sentences;
}
