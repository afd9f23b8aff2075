/**
 * Mentions: the graph's names in any spelling, states by name, demonym and capital, phrases that
 * name institutions and forces, and ids that come out the same for the same thing in another text.
 */
import { describe, expect, it } from 'vitest';
import { Registry, type KnownEntity } from '../../src/extract/entities.js';
import { findMentions } from '../../src/extract/mentions/index.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { draft, seedKnown } from './extract-helpers.js';

function mentions(text: string, known: KnownEntity[] = []) {
  const registry = new Registry(known);
  const { analysed } = findMentions(text, splitSentences(text), registry);
  return analysed.flatMap((a) => a.mentions.map((m) => ({ text: m.text, entity: m.entity, role: m.role })));
}
const entityOf = (text: string, surface: string, known: KnownEntity[] = []) => mentions(text, known).find((m) => m.text === surface)?.entity;

describe('names of the graph', () => {
  it.each([
    ['Grigoryan', 'Armen Grigoryan, the council secretary, said the truce held.', 'Armen Grigoryan'],
    ['Grigorjan', 'Secretary Armen Grigorjan said the truce held.', 'Armen Grigorjan'],
    ['Grigorian alone', 'Grigorian said the truce held.', 'Grigorian'],
  ])('finds armen-grigoryan spelt %s', (_, text, surface) => {
    expect(entityOf(text, surface, seedKnown)).toBe('armen-grigoryan');
  });

  it('finds nikol-pashinyan spelt Pashinian', () => {
    expect(entityOf('Prime Minister Nikol Pashinian spoke in parliament.', 'Nikol Pashinian', seedKnown)).toBe('nikol-pashinyan');
  });

  it('finds the CSTO by its Russian acronym and in Cyrillic', () => {
    expect(entityOf('The ODKB sent observers.', 'ODKB', seedKnown)).toBe('csto');
    expect(entityOf('Observers of the ОДКБ arrived in the city of Jermuk on Friday.', 'ОДКБ', seedKnown)).toBe('csto');
  });

  it('matches names whatever their accents', () => {
    const known: KnownEntity[] = [{ id: 'xankendi', kind: 'REGION', name: 'Xankəndi', aliases: [] }];
    expect(entityOf('Shelling was reported near Xankendi on Monday.', 'Xankendi', known)).toBe('xankendi');
    expect(entityOf('Türkiye said it backed the talks.', 'Türkiye', seedKnown)).toBe('turkey');
  });

  it('does not read a lowercase alias of the graph ("truce") as the name of that event', () => {
    expect(mentions('The truce held.', seedKnown).some((m) => m.entity === 'september-2022-ceasefire' && m.role === 'name')).toBe(false);
  });
});

describe('demonyms and metonyms', () => {
  it.each([
    ['Azerbaijani forces shelled the village.', 'Azerbaijani forces', 'armed-forces-of-azerbaijan'],
    ['Armenian troops returned fire.', 'Armenian troops', 'armed-forces-of-armenia'],
    ['The authorities in Yerevan said the border was calm.', 'The authorities in Yerevan', 'government-of-armenia'],
    ["Azerbaijan's defense ministry said two soldiers died.", 'Azerbaijan’s defense ministry'.replace('’', "'"), 'ministry-of-defence-of-azerbaijan'],
    ['The Armenian Ministry of Defence said so.', 'The Armenian Ministry of Defence', 'ministry-of-defence-of-armenia'],
    ['Georgian officials met the envoy.', 'Georgian officials', 'government-of-georgia'],
    ["Ukraine's Security Council met on Monday.", "Ukraine's Security Council", 'security-council-of-ukraine'],
  ])('%s', (text, surface, id) => {
    expect(entityOf(text, surface)).toBe(id);
  });

  it('reads a capital that speaks as its government, and one that acts as its state', () => {
    const said = draft('Baku said 71 Azerbaijani soldiers had died in clashes with Armenian forces on Monday.');
    expect(said.relationships.find((r) => r.type === 'REPORTS')?.from).toBe('government-of-azerbaijan');
    const acted = draft('Moscow has deployed around 2,000 soldiers to Nagorno-Karabakh, a disputed region, as peacekeepers.');
    expect(acted.relationships.find((r) => r.type === 'DEPLOYS_TO')?.from).toBe('russia');
  });

  it('makes the same ids from another report about the same things', () => {
    const first = draft("Azerbaijan's defence ministry said 80 Azerbaijani soldiers were killed in clashes with Armenian forces.");
    const second = draft('The Azerbaijani Ministry of Defense said Armenian troops had attacked. Azerbaijani troops held their positions.');
    const ids = (doc: typeof first) => doc.entities.map((e) => e.id);
    for (const id of ['ministry-of-defence-of-azerbaijan', 'armed-forces-of-armenia', 'azerbaijan']) {
      expect(ids(first)).toContain(id);
      expect(ids(second)).toContain(id);
    }
  });

  it('proposes new people, places and groups with a kind, a subtype and their surface forms', () => {
    const doc = draft(
      'President Ilham Aliyev said Azerbaijan would not give up Shusha, a city in Nagorno-Karabakh. Thousands of demonstrators gathered in Yerevan on Monday, demanding the resignation of Prime Minister Nikol Pashinyan.',
    );
    const byId = new Map(doc.entities.map((e) => [e.id, e]));
    expect(byId.get('ilham-aliyev')).toMatchObject({ kind: 'LEADER', office: expect.stringContaining('President') });
    expect(byId.get('shusha')).toMatchObject({ kind: 'REGION', regionType: 'CITY' });
    expect(byId.get('yerevan')).toMatchObject({ kind: 'REGION', regionType: 'CITY' });
    expect([...byId.values()].find((e) => e.kind === 'ORGANIZATION' && e.orgType === 'PROTEST_MOVEMENT')?.aliases).toContain('demonstrators');
  });
});
