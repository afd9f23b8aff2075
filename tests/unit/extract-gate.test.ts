/** What the extractor refuses, each with its code and a message a person can act on. */
import { describe, expect, it } from 'vitest';
import { ExtractError, MAX_TEXT_CHARS, draftFromText } from '../../src/extract/index.js';

function refusal(text: string): ExtractError | undefined {
  try {
    draftFromText({ text, published: '2022-09-14' });
    return undefined;
  } catch (error) {
    if (error instanceof ExtractError) return error;
    throw error;
  }
}

const POLISH =
  'Armenia oskarżyła Azerbejdżan o ostrzał przygranicznych miast i ogłosiła w środę, że siły azerbejdżańskie okupują 10 kilometrów kwadratowych jej terytorium. Starcia zmusiły też setki ormiańskich cywilów do ucieczki ze strefy przygranicznej, pisze AFP. Dwie osoby cywilne zostały ranne.';

describe('the gate', () => {
  it.each([
    ['empty', ''],
    ['whitespace only', '  \n\t \n'],
  ])('refuses %s text', (_, text) => {
    expect(refusal(text)?.code).toBe('EMPTY_TEXT');
  });

  it('refuses text over the size limit and says what the limit is', () => {
    const error = refusal('Armenia said it was attacked. '.repeat(Math.ceil((MAX_TEXT_CHARS + 1) / 30)));
    expect(error?.code).toBe('TEXT_TOO_LONG');
    expect(error?.message).toContain(MAX_TEXT_CHARS.toLocaleString('en'));
  });

  it.each([
    ['tags', '<div class="article"><p>Armenia accused Azerbaijan of shelling border towns.</p></div>'],
    ['entities', 'Armenia accused&nbsp;Azerbaijan of shelling border towns.'],
  ])('refuses HTML (%s) and names what it saw', (_, text) => {
    const error = refusal(text);
    expect(error?.code).toBe('NOT_PLAIN_TEXT');
    expect(error?.message).toMatch(/<p>|<div|&nbsp;/);
  });

  it('refuses a paragraph in another language, naming it', () => {
    const error = refusal(POLISH);
    expect(error?.code).toBe('UNSUPPORTED_LANGUAGE');
    expect(error?.message).toContain('pol');
  });

  it('does not refuse short English that franc cannot place', () => {
    expect(refusal('Armenia says troops clash')).toBeUndefined();
  });

  it('refuses a short text in another script', () => {
    expect(refusal('Армения обвинила Азербайджан в обстреле')?.code).toBe('UNSUPPORTED_LANGUAGE');
  });
});
