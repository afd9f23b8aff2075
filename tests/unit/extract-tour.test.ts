/**
 * What a new-user tour of drafting found, as rules of the language: generic event words matched to
 * the graph's events only when type, date and place agree; places in an attribution; "N years ago";
 * a text with nothing to draft refused. The sentences are test texts written for the conflict-graph project.
 */
import { describe, expect, it } from 'vitest';
import { Registry } from '../../src/extract/entities.js';
import { ExtractError } from '../../src/extract/index.js';
import { findTimes } from '../../src/extract/time.js';
import { draft, ends, rels, seedKnown } from './extract-helpers.js';

const HEAD = 'Test text written for the conflict-graph project.\n';

describe('a generic event mention and the graph’s events', () => {
  it('does not take an undated clash elsewhere for the graph’s clashes of the same month', () => {
    const doc = draft(`${HEAD}Fighting erupted near Kutaisi, Georgia. Officials in Kutaisi said 9 people died in the fighting.`, '2022-09-22', seedKnown);
    const all = doc.relationships.flatMap((r) => [r.from, r.to]);
    expect(all).not.toContain('september-2022-border-clashes');
  });

  it('does not take a dated clash a week after the graph’s clashes for them', () => {
    const doc = draft(
      `${HEAD}Azerbaijan accused Armenia of shelling its positions near Kalbajar on Monday, the defence ministry said.`,
      '2022-09-27',
      seedKnown,
    );
    expect(doc.relationships.flatMap((r) => [r.from, r.to])).not.toContain('september-2022-border-clashes');
    expect(doc.entities.find((e) => e.kind === 'EVENT')).toMatchObject({ start: '2022-09-26' });
  });

  it('still finds the graph’s clashes when the date falls in their span and the parties agree', () => {
    const doc = draft(`${HEAD}Fierce clashes between Armenia and Azerbaijan broke out on 13 September 2022.`, '2022-09-20', seedKnown);
    expect(doc.entities.filter((e) => e.kind === 'EVENT' && e.eventType === 'CLASH')).toEqual([]);
  });

  it('does not take a clash in one country for the graph’s clash of two others on the same days', () => {
    const doc = draft(`${HEAD}Clashes erupted near Kutaisi in Georgia on 13 September 2022.`, '2022-09-20', seedKnown);
    expect(doc.relationships.flatMap((r) => [r.from, r.to])).not.toContain('september-2022-border-clashes');
  });

  it('tells places apart by their proper names, not by a common noun such as "border"', () => {
    const known = seedKnown.concat({
      id: 'georgia-russia-border-zone',
      kind: 'REGION',
      name: 'Georgia–Russia border zone',
      aliases: [],
      regionType: 'BORDER_ZONE',
    });
    const doc = draft(`${HEAD}Clashes erupted in the Georgia–Russia border zone on 13 September 2022.`, '2022-09-20', known);
    expect(doc.relationships.flatMap((r) => [r.from, r.to])).not.toContain('september-2022-border-clashes');
  });

  it('places nothing in the city of the ministry that speaks', () => {
    const doc = draft(`${HEAD}Armenia accused Azerbaijan of shelling Jermuk on Friday, the foreign ministry in Yerevan said.`, '2022-09-20', seedKnown);
    expect(ends(doc, 'LOCATED_IN').filter((e) => e.endsWith('→ yerevan'))).toEqual([]);
    expect(ends(doc, 'ACCUSES')).toEqual(['armenia → azerbaijan']);
  });
});

describe('dates counted back from the publication date', () => {
  const read = (text: string) => findTimes(text, '2023-03-10', 'UTC').map((t) => [t.text, t.from, t.to, t.precision]);

  it('reads "N years/months/weeks/days ago" with the unit’s precision, whatever follows', () => {
    expect(read('The town was shelled three years ago, the mayor said.')).toEqual([['three years ago', '2020', '2020', 'YEAR']]);
    expect(read('A year ago the border was quiet.')).toEqual([['A year ago', '2022', '2022', 'YEAR']]);
    expect(read('They withdrew 4 months ago, officials said.')).toEqual([['4 months ago', '2022-11', '2022-11', 'MONTH']]);
    expect(read('Talks stalled two weeks ago.')).toEqual([['two weeks ago', '2023-02-24', '2023-02-24', 'DAY']]);
  });

  it('reads "last month/year/week", not "over the last year"', () => {
    expect(read('The truce collapsed last month, he said.')).toEqual([['last month', '2023-02', '2023-02', 'MONTH']]);
    expect(read('The truce collapsed last year.')).toEqual([['last year', '2022', '2022', 'YEAR']]);
    expect(read('Prices rose over the last year.')).toEqual([]);
  });

  it('gives an accusation the year "two years ago" means, with the reasoning', () => {
    const doc = draft(`${HEAD}Serbia accused Kosovo of raiding border villages four years ago, the ministry in Belgrade said.`, '2023-03-10');
    const accuses = rels(doc, 'ACCUSES')[0];
    expect(accuses?.time?.from).toBe('2019');
    expect(accuses?.time?.note).toContain('four years ago');
  });
});

describe('a text with nothing to draft', () => {
  const refusal = (text: string, known = seedKnown) => {
    try {
      draft(text, '2023-03-10', known);
    } catch (error) {
      return error as ExtractError;
    }
    return undefined;
  };

  it('is refused as NOTHING_FOUND, saying what the extractor reads, with or without a graph', () => {
    for (const known of [[], seedKnown]) {
      const error = refusal('Good morning', known);
      expect(error).toBeInstanceOf(ExtractError);
      expect(error?.code).toBe('NOTHING_FOUND');
      expect(error?.message).toMatch(/Nothing was found.*English news reports/);
    }
    // Only entities the graph already holds, and nothing said of them: nothing new to review, and the message says so.
    const known = refusal('Georgia and Armenia.', seedKnown.concat({ id: 'georgia', kind: 'STATE', name: 'Georgia', aliases: [] }));
    expect(known?.code).toBe('NOTHING_FOUND');
    expect(known?.message).toMatch(/Nothing new was found.*already in the graph \((?:Georgia, Armenia|Armenia, Georgia)\)/);
  });

  it('is drafted when it names one new entity', () => {
    expect(refusal('Test text written for the conflict-graph project.\nGeorgia.', [])).toBeUndefined();
  });

  it('refuses a short Latin-script text without one English function word as another language', () => {
    expect(refusal('Rosja oskarżyła Ukrainę o atak dronów na przygraniczne wsie w niedzielę wieczorem.')?.code).toBe('UNSUPPORTED_LANGUAGE');
    expect(refusal('Russia accused Ukraine of drone attacks on border villages on Sunday evening.')?.code).not.toBe('UNSUPPORTED_LANGUAGE');
  });
});

describe('what a news agency relays', () => {
  it('is a reported fact via the agency, asserted by nobody, when no party speaks', () => {
    const doc = draft(`${HEAD}Heavy fighting broke out in Darfur on Sunday. At least 15 civilians were injured in the fighting, writes Reuters.`, '2023-05-02');
    const report = rels(doc, 'REPORTS')[0];
    expect(report).toMatchObject({ from: 'reuters', confidence: 'REPORTED_FACT' });
    expect(report?.citations[0]).toEqual({ quote: expect.any(String), via: 'reuters' });
  });

  it('stays the party’s claim, via the agency, when a party is named as the speaker', () => {
    const doc = draft(`${HEAD}Sudan accused Chad of arming the rebels, writes Reuters.`, '2023-05-02');
    expect(rels(doc, 'ACCUSES')[0]?.citations[0]).toMatchObject({ assertedBy: 'sudan', via: 'reuters' });
  });
});

describe('an allegation and its time', () => {
  it('leaves the time phrase to the time: the allegation is what was done', () => {
    const doc = draft(`${HEAD}Serbia accused Kosovo of raiding Zubin Potok on Thursday, the ministry said.`, '2023-03-10');
    expect(rels(doc, 'ACCUSES')[0]).toMatchObject({ allegation: 'raiding Zubin Potok', time: { from: '2023-03-09' } });
    const later = draft(`${HEAD}Ethiopia accused Eritrea of shelling Zalambessa three years ago.`, '2023-03-10');
    expect(rels(later, 'ACCUSES')[0]).toMatchObject({ allegation: 'shelling Zalambessa', time: { from: '2020' } });
  });

  it('keeps a year that names what was violated, and the quote verbatim', () => {
    const doc = draft(`${HEAD}Ethiopia accused Eritrea of breaking the 2018 peace agreement.`, '2023-03-10');
    const accuses = rels(doc, 'ACCUSES')[0];
    expect(accuses).toMatchObject({ allegation: 'breaking the 2018 peace agreement' });
    expect(accuses?.citations[0]?.quote).toBe('Ethiopia accused Eritrea of breaking the 2018 peace agreement.');
  });
});

describe('an organization’s name', () => {
  it('does not begin with the article a sentence puts before it', () => {
    const registry = new Registry([]);
    const entity = registry.propose({ id: 'the-african-development-bank', kind: 'ORGANIZATION', name: 'The African Development Bank' });
    expect(entity).toMatchObject({ id: 'african-development-bank', name: 'African Development Bank' });
    expect(registry.propose({ id: 'the-hague', kind: 'REGION', name: 'The Hague' })).toMatchObject({ id: 'the-hague', name: 'The Hague' });
  });
});

describe('a demand for a resignation', () => {
  it('reaches the person past the title before the name', () => {
    const doc = draft(`${HEAD}Several thousand demonstrators demanded the resignation of Prime Minister Abiy Ahmed.`, '2023-03-10');
    expect(ends(doc, 'DEMANDS_RESIGNATION_OF')).toEqual([expect.stringMatching(/ → abiy-ahmed$/)]);
  });
});

describe('the target of a bombardment', () => {
  it('is a place, as a proper name after "in" is', () => {
    const doc = draft(`${HEAD}Russia accused Ukraine of shelling Horlivka on Sunday, the defence ministry in Moscow said.`, '2023-03-10');
    expect(doc.entities.find((e) => e.id === 'horlivka')).toMatchObject({ kind: 'REGION' });
    expect(ends(doc, 'LOCATED_IN')).toContain(`${doc.entities.find((e) => e.kind === 'EVENT')?.id} → horlivka`);
    expect(ends(doc, 'LOCATED_IN').filter((e) => e.endsWith('→ moscow'))).toEqual([]);
  });
});
