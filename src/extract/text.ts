/**
 * How names are compared: normalising for lookup and the fuzzy test for one-word names spelt
 * differently across transliterations. Folding to ASCII and slugs come from model/names.ts, which
 * the importer and the API share.
 */
import { fold } from '../model/names.js';
import jaroWinkler from 'talisman/metrics/jaro-winkler.js';
import doubleMetaphone from 'talisman/phonetics/double-metaphone.js';

/** A name as a lookup key: folded words without punctuation or a leading article. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Whether two single words are the same name in another transliteration (Grigorjan / Grigoryan). */
export function sameWordVariant(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return true;
  if (x.length < 5 || y.length < 5 || x[0] !== y[0]) return false;
  const similarity = jaroWinkler(x, y);
  if (similarity >= 0.95) return true;
  if (similarity < 0.88) return false;
  const [p, q] = [doubleMetaphone(x), doubleMetaphone(y)];
  return p[0] === q[0] || p[0] === q[1] || p[1] === q[0];
}

/** The span without the whitespace and punctuation compromise leaves at its ends. */
export function trimSpan(text: string, start: number, end: number, keep = /[\p{L}\p{N})\]”"’%]/u): [number, number] {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && !keep.test(text[end - 1] as string)) end--;
  return [start, end];
}

/** Title case for names made from lowercase words ("defence ministry" → "Defence Ministry"). */
export function titleCase(words: string): string {
  return words.replace(/\b(?!(?:of|and|the|in|for|on)\b)([a-z])/g, (letter) => letter.toUpperCase());
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-09-14" → "14 September 2022", "2020" → "2020". */
export function humanDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (!month) return year as string;
  const name = MONTHS[Number(month) - 1] as string;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
