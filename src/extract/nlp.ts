/**
 * The one compromise instance the extractor uses (with compromise-dates), the lexicon it learns from
 * the graph's names, and verb lexicons: every conjugation of a lemma, for rule patterns.
 */
import nlp from 'compromise';
import dates from 'compromise-dates';
import { fold } from '../model/names.js';

nlp.plugin(dates);

export { nlp };
export type Doc = ReturnType<typeof nlp>;

const learned = new Set<string>();

/**
 * Teaches compromise the words of known people's names, so "Nikol Pashinyan" is read as a person
 * rather than a plural or an unknown noun. Words are learned once per process.
 */
export function learnNames(people: readonly string[]): void {
  const words: Record<string, string> = {};
  for (const name of people) {
    const parts = name.split(/\s+/).filter((part) => /^\p{Lu}/u.test(part));
    parts.forEach((part, index) => {
      const word = part.toLowerCase();
      if (learned.has(word) || word.length < 3) return;
      learned.add(word);
      words[word] = index === parts.length - 1 && parts.length > 1 ? 'LastName' : parts.length > 1 ? 'FirstName' : 'LastName';
    });
  }
  if (Object.keys(words).length) nlp.addWords(words);
}

interface TermJson {
  tags: string[];
  offset: { start: number; length: number };
}

/** What one parse of the whole text tells the later stages (a parse per sentence costs three times as much). */
export interface Reading {
  /** People compromise finds, with offsets in the whole text. */
  people: { start: number; end: number; text: string }[];
  /** The tags of the words in a span of the whole text, space-separated. */
  tags(start: number, end: number): string;
}

export function readText(text: string): Reading {
  const doc = nlp(text);
  const terms = (doc.json({ offset: true }) as { terms: TermJson[] }[]).flatMap((sentence) => sentence.terms);
  const people = (doc.people().json({ offset: true }) as { text: string; offset: { start: number; length: number } }[]).map((p) => ({
    start: p.offset.start,
    end: p.offset.start + p.offset.length,
    text: p.text,
  }));
  return {
    people,
    tags: (start, end) =>
      terms
        .filter((term) => term.offset.start < end && term.offset.start + term.offset.length > start)
        .flatMap((term) => term.tags)
        .join(' '),
  };
}

const forms = new Map<string, string[]>();

function regularForms(verb: string): string[] {
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  if (/e$/.test(verb)) return [`${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  return [`${verb}${/(?:s|sh|ch|x|z)$/.test(verb) ? 'es' : 's'}`, `${verb}ed`, `${verb}ing`];
}

/** Every form of a verb: "accuse" → accuse, accuses, accused, accusing. */
export function conjugations(lemma: string): string[] {
  let result = forms.get(lemma);
  if (!result) {
    const [head, ...rest] = lemma.split(' ');
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    const conjugated = (nlp(head as string)
      .verbs()
      .conjugate()[0] ?? {}) as Record<string, string>;
    const words = new Set([head as string, ...Object.values(conjugated).filter((form) => !form.includes(' '))]);
    // compromise leaves verbs it reads as nouns ("broker", "shell") unconjugated: add the regular forms.
    if (words.size === 1) for (const form of regularForms(head as string)) words.add(form);
    result = [...words].map((word) => fold(word) + tail);
    forms.set(lemma, result);
  }
  return result;
}
