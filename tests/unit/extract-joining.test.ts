/**
 * Second reports on the seed's events (tests/fixtures/joining/), drafted against the seed's entities
 * as the graph would list them: their clash is the graph's clash (no new one), their tolls go to it
 * with whose losses they are, "the two nations blamed each other" is the two parties of that clash,
 * and a Russia-brokered truce that failed within hours is its own event, not the graph's truce of
 * the next day. What each text must show is in its `.expect.json`, written before any draft.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { draft, rels, seedKnown } from './extract-helpers.js';

const DIR = join(projectRoot, 'tests', 'fixtures', 'joining');
const texts = readdirSync(DIR)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => {
    const name = file.replace(/\.txt$/, '');
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expect.json`), 'utf8')) as { event: string; newEvents: { eventType: string; start: string }[] };
    return { name, published: /(\d{4}-\d{2}-\d{2})$/.exec(name)?.[1] as string, text: readFileSync(join(DIR, file), 'utf8'), expected };
  });

describe.each(texts)('$name, drafted against the graph', ({ text, published, expected }) => {
  const doc = draft(text, published, seedKnown);
  const events = doc.entities.filter((e) => e.kind === 'EVENT');

  it('drafts no clash of its own: its fighting is the graph’s', () => {
    expect(events.filter((e) => e.kind === 'EVENT' && (e.eventType === 'CLASH' || (e.eventType === 'WAR' && e.start?.startsWith('2022'))))).toEqual([]);
  });

  it('puts every toll of the fighting on the graph’s clash', () => {
    const tolls = rels(doc, 'REPORTS').filter((r) => r.type === 'REPORTS' && r.category === 'DEATHS');
    expect(tolls.filter((r) => r.to !== expected.event)).toEqual([]);
  });

  it('accuses none but the parties of the clash of blaming each other', () => {
    const mutual = rels(doc, 'ACCUSES').filter((r) => r.evidence?.[0]?.rule === 'accuses/each-other');
    for (const r of mutual) expect([r.from, r.to].sort()).toEqual(['armenia', 'azerbaijan']);
  });

  it('keeps a truce of another day apart from the graph’s truce', () => {
    for (const truce of expected.newEvents.filter((e) => e.eventType === 'CEASEFIRE')) {
      expect(events.filter((e) => e.kind === 'EVENT' && e.eventType === 'CEASEFIRE' && e.start === truce.start)).toHaveLength(1);
    }
    expect(events.map((e) => e.id)).not.toContain('september-2022-ceasefire');
  });
});

describe('the AFP-style second report', () => {
  const item = texts.find((t) => t.name.startsWith('wire-afp')) as (typeof texts)[number];
  const doc = draft(item.text, item.published, seedKnown);

  it('gives each party’s toll on the graph’s clash, with whose dead they are, as its claim', () => {
    const tolls = rels(doc, 'REPORTS').map((r) => (r.type === 'REPORTS' ? [r.from, r.to, r.figure, r.qualifier, r.whose, r.confidence] : []));
    expect(tolls).toEqual(
      expect.arrayContaining([
        ['nikol-pashinyan', 'september-2022-border-clashes', 49, 'MORE_THAN', 'armenia', 'CLAIM'],
        ['ministry-of-defence-of-azerbaijan', 'september-2022-border-clashes', 50, 'EXACT', 'azerbaijan', 'CLAIM'],
      ]),
    );
  });

  it('reads "the two nations blamed each other" as two accusations between Armenia and Azerbaijan', () => {
    const mutual = rels(doc, 'ACCUSES').filter((r) => r.evidence?.[0]?.rule === 'accuses/each-other');
    expect(mutual.map((r) => `${r.from} → ${r.to}`).sort()).toEqual(['armenia → azerbaijan', 'azerbaijan → armenia']);
  });

  it('dates nothing in the main clause by "since their 2020 war"', () => {
    expect(doc.entities.filter((e) => e.kind === 'EVENT' && e.start === '2020')).toEqual([]);
  });

  it('keeps the failed truce of 13 September as its own ceasefire, not the graph’s of the 14th', () => {
    const truce = doc.entities.find((e) => e.kind === 'EVENT' && e.eventType === 'CEASEFIRE');
    expect(truce).toMatchObject({ start: '2022-09-13' });
    expect(truce?.id).not.toBe('september-2022-ceasefire');
    expect(rels(doc, 'MEDIATES').map((r) => `${r.from} → ${r.to}`)).toEqual([`russia → ${truce?.id}`]);
  });
});

describe('the two later reports (written after the rules; first run, then fitted: tests/fixtures/joining/README.md)', () => {
  const byName = (prefix: string) => texts.find((t) => t.name.startsWith(prefix)) as (typeof texts)[number];
  const tollsOf = (item: (typeof texts)[number]) =>
    rels(draft(item.text, item.published, seedKnown), 'REPORTS')
      .map((r) => (r.type === 'REPORTS' ? [r.from, r.to, r.figure, r.whose] : []))
      .filter((t) => t[3] !== undefined);

  it('gives each side’s toll with whose dead they are, as the expectations say', () => {
    for (const item of [byName('wire-reuters'), byName('analysis-armenia-azerbaijan-2022-09-19')]) {
      const expected = (
        JSON.parse(readFileSync(join(DIR, `${item.name}.expect.json`), 'utf8')) as { figures: { from: string; whose: string; figure: number }[] }
      ).figures;
      const tolls = tollsOf(item);
      for (const figure of expected) expect(tolls).toContainEqual([figure.from, item.expected.event, figure.figure, figure.whose]);
    }
  });

  it('reads "each side blames the other" in a report naming one side as the graph’s two parties', () => {
    const item = byName('analysis-armenia-azerbaijan-2022-09-19');
    const doc = draft(item.text, item.published, seedKnown);
    expect(
      rels(doc, 'ACCUSES')
        .filter((r) => r.evidence?.[0]?.rule === 'accuses/each-other')
        .map((r) => `${r.from} → ${r.to}`)
        .sort(),
    ).toEqual(['armenia → azerbaijan', 'azerbaijan → armenia']);
  });

  it('joins the CSTO’s fact-finding mission to the graph’s mission', () => {
    const item = byName('analysis-armenia-azerbaijan-2022-09-19');
    const doc = draft(item.text, item.published, seedKnown);
    expect(doc.entities.filter((e) => e.kind === 'EVENT' && e.eventType === 'MISSION')).toEqual([]);
  });
});
