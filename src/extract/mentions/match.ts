/**
 * Finds names in text word by word: every word folded to ASCII (accents, other scripts), a name
 * matching where all its words do, separated only by spaces or hyphens. One-word personal names
 * also match their transliteration variants (Grigorjan / Grigoryan, Pashinian / Pashinyan).
 */
import { sameWordVariant } from '../text.js';
import { fold } from '../../model/names.js';

export interface Token {
  start: number;
  end: number;
  word: string;
  upper: boolean;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    tokens.push({ start: match.index, end: match.index + match[0].length, word: fold(match[0]), upper: /^\p{Lu}/u.test(match[0]) });
  }
  return tokens;
}

export interface NameMatch<T> {
  start: number;
  end: number;
  payload: T;
  fuzzy: boolean;
}

interface Entry<T> {
  words: string[];
  payload: T;
  /** Must the text's first word be capitalised (a proper name, not the common noun)? */
  proper: boolean;
  /** Acronyms match only in capitals. */
  acronym: boolean;
  fuzzy: boolean;
  /** Personal names: every word may be a transliteration variant. */
  variants: boolean;
  /** Written with stops ("U.S."). */
  dotted: boolean;
}

const JOIN = /^[\s\-‐-―'’.]*$/;

export class NameMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly fuzzyByInitial = new Map<string, Entry<T>[]>();

  /** `fuzzy`: a personal name, whose words may be spelt in another transliteration. */
  add(name: string, payload: T, options: { fuzzy?: boolean } = {}): void {
    const words = tokenize(name).map((t) => t.word);
    if (!words.length) return;
    const acronym = /^[A-Z0-9]{2,6}$/.test(name.trim());
    const variants = Boolean(options.fuzzy);
    const entry: Entry<T> = { words, payload, proper: /^\p{Lu}/u.test(name.trim()), acronym, fuzzy: false, variants, dotted: name.trim().endsWith('.') };
    const list = this.byFirst.get(words[0] as string) ?? [];
    list.push(entry);
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0] as string, list);
    if (variants && !acronym) {
      // Any word of a personal name may stand alone ("Pashinyan"), in any spelling.
      for (const word of words.length === 1 ? words : words.slice(-1)) {
        if (word.length < 5) continue;
        const fuzzy = this.fuzzyByInitial.get(word[0] as string) ?? [];
        fuzzy.push({ ...entry, words: [word], fuzzy: true });
        this.fuzzyByInitial.set(word[0] as string, fuzzy);
      }
    }
  }

  /** All matches, longest at each position; overlapping ones are left for the caller to rank. */
  find(text: string, tokens: Token[] = tokenize(text)): NameMatch<T>[] {
    const found: NameMatch<T>[] = [];
    tokens.forEach((token, index) => {
      let matched = false;
      for (const entry of this.byFirst.get(token.word) ?? []) {
        if (!this.fits(entry, text, tokens, index)) continue;
        const last = tokens[index + entry.words.length - 1] as Token;
        // "U.S." ends with its stop, which then ends no sentence.
        const end = entry.dotted && text[last.end] === '.' ? last.end + 1 : last.end;
        found.push({ start: token.start, end, payload: entry.payload, fuzzy: false });
        matched = true;
      }
      if (matched || !token.upper) return;
      for (const entry of this.fuzzyByInitial.get(token.word[0] as string) ?? []) {
        if (entry.words.length === 1 && sameWordVariant(token.word, entry.words[0] as string)) {
          found.push({ start: token.start, end: token.end, payload: entry.payload, fuzzy: true });
        }
      }
    });
    return found;
  }

  private fits(entry: Entry<T>, text: string, tokens: Token[], index: number): boolean {
    const first = tokens[index] as Token;
    if (entry.proper && !first.upper) return false;
    if (entry.acronym && text.slice(first.start, first.end) !== text.slice(first.start, first.end).toUpperCase()) return false;
    // An acronym joined by a hyphen to another ("CSP-DPA") is part of that one, not itself.
    const upper = entry.words.length === 1 && /^[A-Z0-9]{2,6}$/.test(text.slice(first.start, first.end));
    if (upper && (/[A-Z0-9][-‐]$/.test(text.slice(0, first.start)) || /^[-‐][A-Z0-9]/.test(text.slice(first.end)))) return false;
    for (let k = 1; k < entry.words.length; k++) {
      const token = tokens[index + k];
      const previous = tokens[index + k - 1] as Token;
      const same = token && (token.word === entry.words[k] || (entry.variants && sameWordVariant(token.word, entry.words[k] as string)));
      if (!token || !same || !JOIN.test(text.slice(previous.end, token.start))) return false;
    }
    return true;
  }
}
