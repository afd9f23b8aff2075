/**
 * The one compromise instance the extractor uses (with compromise-dates), the lexicon it learns from
 * the graph's names, and verb lexicons: every conjugation of a lemma, for rule patterns.
 */
import nlp from 'compromise';
import dates from 'compromise-dates';
import { fold } from './text.js';

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
    const conjugated = (nlp(head as string).verbs().conjugate()[0] ?? {}) as Record<string, string>;
    const words = new Set([head as string, ...Object.values(conjugated).filter((form) => !form.includes(' '))]);
    // compromise leaves verbs it reads as nouns ("broker", "shell") unconjugated: add the regular forms.
    if (words.size === 1) for (const form of regularForms(head as string)) words.add(form);
    result = [...words].map((word) => fold(word) + tail);
    forms.set(lemma, result);
  }
  return result;
}
