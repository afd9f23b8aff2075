/** Figures as reports give them: digits and words, with "around", "more than", and words without a number. */
import { describe, expect, it } from 'vitest';
import { readFigure } from '../../src/extract/figures.js';
import { draft, rels } from './extract-helpers.js';

describe('reading figures', () => {
  it.each([
    [undefined, '71', 71, 'EXACT'],
    [undefined, 'Two', 2, 'EXACT'],
    [undefined, 'seventy-one', 71, 'EXACT'],
    ['around', '2,000', 2000, 'APPROXIMATE'],
    ['about', 'two thousand', 2000, 'APPROXIMATE'],
    ['more than', '6,600', 6600, 'MORE_THAN'],
    ['Over', '6.6 thousand', 6600, 'MORE_THAN'],
    ['at least', 'eighty', 80, 'MORE_THAN'],
    [undefined, 'hundreds', null, 'VAGUE'],
    [undefined, 'Thousands', null, 'VAGUE'],
  ])('%s %s → %s %s', (qualifier, number, figure, kind) => {
    expect(readFigure(qualifier, number)).toEqual({ figure, qualifier: kind });
  });
});

describe('figures in reports', () => {
  it('gives a vague figure as null with VAGUE, and says whose people they are', () => {
    const doc = draft('The clashes also forced hundreds of Armenian civilians to flee the border zone, writes AFP.');
    const report = rels(doc, 'REPORTS')[0];
    expect(report).toMatchObject({ from: 'afp', category: 'DISPLACEMENT', figure: null, qualifier: 'VAGUE', whose: 'armenia' });
  });

  it('reads injuries told in the passive, figures in words, and who announced them', () => {
    const doc = draft('Two civilians were injured in the fighting, the authorities in Baku announced on Wednesday.');
    expect(rels(doc, 'REPORTS')[0]).toMatchObject({
      from: 'government-of-azerbaijan',
      category: 'INJURIES',
      figure: 2,
      qualifier: 'EXACT',
      confidence: 'CLAIM',
    });
  });

  it('keeps "at least" as a lower bound', () => {
    const doc = draft("Azerbaijan's defence ministry said on Thursday that at least eighty Azerbaijani soldiers were killed in the clashes.", '2022-09-15');
    expect(rels(doc, 'REPORTS')[0]).toMatchObject({ figure: 80, qualifier: 'MORE_THAN', category: 'DEATHS', whose: 'azerbaijan' });
  });

  it('gives a toll the report states in its own voice to the event, not to a reporter', () => {
    const doc = draft('The war over Nagorno-Karabakh took place in 2020. More than 6,600 people died then.');
    expect(rels(doc, 'REPORTS')).toEqual([]);
    expect(doc.entities.find((e) => e.kind === 'EVENT' && e.deaths)).toMatchObject({ deaths: { figure: 6600, qualifier: 'MORE_THAN' } });
  });
});
