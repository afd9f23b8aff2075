/**
 * Figures as news reports give them: "71", "two", "6.6 thousand", with their qualifier ("around" is
 * APPROXIMATE, "more than"/"over"/"at least" MORE_THAN), and the words that give no number at all
 * ("hundreds of", "thousands") as VAGUE with a null figure. compromise reads the numbers.
 */
import type { FigureQualifier } from '../model/vocabulary.js';
import { nlp } from './nlp.js';

export interface Figure {
  figure: number | null;
  qualifier: FigureQualifier;
}

export const NUMBER_WORDS =
  '(?:\\d[\\d,.]*(?: (?:thousand|million|hundred))?|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|one hundred|hundred)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million))*))';
export const QUALIFIER = '(?:at least|more than|over|upwards of|around|about|some|nearly|almost|approximately|roughly|an estimated|up to|as many as)';
export const VAGUE = '(?:hundreds|thousands|tens of thousands|hundreds of thousands|dozens|scores|many|several)';

const MORE = /^(?:at least|more than|over|upwards of)$/i;
const ABOUT = /^(?:around|about|some|nearly|almost|approximately|roughly|an estimated|up to|as many as)$/i;

/** Reads "around 2,000", "Over 6.6 thousand", "two", "hundreds". */
export function readFigure(qualifier: string | undefined, number: string | undefined): Figure | undefined {
  if (!number) return undefined;
  if (new RegExp(`^${VAGUE}$`, 'i').test(number.trim())) return { figure: null, qualifier: 'VAGUE' };
  const parsed = (nlp(number).numbers().get() as number[])[0];
  const value = typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : Number(number.replace(/,/g, ''));
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const q = qualifier?.trim() ?? '';
  return { figure: Math.round(value), qualifier: MORE.test(q) ? 'MORE_THAN' : ABOUT.test(q) ? 'APPROXIMATE' : 'EXACT' };
}
