/**
 * What the extractor refuses to read, before any work: no text, too much text, HTML pasted instead
 * of text, and text that is not English (and, after the work, a text in which nothing was found:
 * `nothingFound`). Each refusal is an ExtractError with a code and a message
 * a person can act on.
 */
import { franc } from 'franc-min';

/** The longest text drafted in one go, in characters (about 30,000 words of news prose). */
export const MAX_TEXT_CHARS = 200_000;

export type ExtractErrorCode = 'EMPTY_TEXT' | 'TEXT_TOO_LONG' | 'UNSUPPORTED_LANGUAGE' | 'NOT_PLAIN_TEXT' | 'NOTHING_FOUND';

export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const HTML =
  /<\/?(?:p|div|span|br|a|html|body|head|script|style|article|section|h[1-6]|ul|ol|li|table|tr|td|img|strong|em|b|i)\b[^>]*>|&(?:nbsp|amp|lt|gt|quot|#\d+|#x[\da-f]+);/gi;

/** The shortest sample franc is trusted on; shorter texts are not refused for being undetermined. */
const LANGUAGE_SAMPLE_MIN = 200;

export function gate(text: string): void {
  if (!text.trim()) throw new ExtractError('EMPTY_TEXT', 'The text is empty: paste the report itself.');
  if (text.length > MAX_TEXT_CHARS) {
    throw new ExtractError(
      'TEXT_TOO_LONG',
      `The text has ${text.length.toLocaleString('en')} characters; at most ${MAX_TEXT_CHARS.toLocaleString('en')} are drafted at once. Split the report.`,
    );
  }
  const markup = text.match(HTML) ?? [];
  if (markup.length >= 2 || (markup.length === 1 && text.length < 2_000)) {
    throw new ExtractError(
      'NOT_PLAIN_TEXT',
      `The text looks like HTML (${[...new Set(markup.slice(0, 3))].join(', ')}): paste the article's plain text, not its page source.`,
    );
  }
  const sample = languageSample(text);
  // franc misreads short English ("Hello world" → xho): a short text is refused only when it is
  // mostly in another script.
  if (sample.length < LANGUAGE_SAMPLE_MIN) {
    const letters = sample.match(/\p{L}/gu) ?? [];
    const latin = sample.match(/\p{Script=Latin}/gu) ?? [];
    if (latin.length >= letters.length / 2 && !foreignWords(sample)) return;
  }
  const language = franc(sample, { minLength: 10 });
  if (language === 'eng') return;
  throw new ExtractError(
    'UNSUPPORTED_LANGUAGE',
    language === 'und'
      ? 'The language of the text could not be recognised as English; only English reports can be drafted.'
      : `The text reads as ${language} (ISO 639-3), not English; only English reports can be drafted. Translate it first.`,
  );
}

/** Words that nearly every English sentence of news prose has; words shared with other languages ("a", "i") are left out. */
const ENGLISH = new Set(
  'the of and to in on at by for with from is was were are has have had said says that this it its as an be been after over near their they he she who which will not but or'.split(
    ' ',
  ),
);

/** A short Latin-script text of several words without one English function word is in another language ("Rosja oskarżyła Ukrainę o atak…"). */
function foreignWords(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length >= 6 && !words.some((word) => ENGLISH.has(word));
}

/**
 * A draft with no entity and no relationship in it: nothing to review, so nothing is stored. `known`
 * are the graph's entities the text did name, if any: then what it lacks is something new to say.
 */
export function nothingFound(known: string[] = []): ExtractError {
  const reads = 'The extractor reads English news reports (who did what to whom, where and when)';
  return new ExtractError(
    'NOTHING_FOUND',
    known.length
      ? `Nothing new was found in the text: it names only entities already in the graph (${known.slice(0, 5).join(', ')}${known.length > 5 ? ', …' : ''}) and no relationship was read between them. ${reads}.`
      : `Nothing was found in the text: no entity and no relationship to draft. ${reads}; paste the report itself.`,
  );
}

/** The longest paragraphs, up to the 2,048 characters franc reads: headlines and captions mislead it. */
function languageSample(text: string): string {
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .sort((a, b) => b.length - a.length);
  let sample = '';
  for (const paragraph of paragraphs) {
    if (sample.length >= 2_000) break;
    sample += `${paragraph}\n`;
  }
  return sample.slice(0, 2_048);
}
