/**
 * The parse backbone's mentions: the named entities CoreNLP tags where the extractor's names pass
 * found nothing. People (PERSON), organizations (ORGANIZATION) and places (CITY, STATE_OR_PROVINCE,
 * LOCATION) become mentions of new entities; a tag the project's own data contradicts is dropped:
 * a one-word "person" GeoNames knows as a town (CoreNLP tags towns it does not know as people), a
 * state's name or adjective, a continent. Countries are left to the gazetteer (it reads them already).
 */
import type { OrganizationType } from '../../model/vocabulary.js';
import { slugify } from '../../model/names.js';
import type { EntitySpec, Registry } from '../entities.js';
import { CONTINENTS, stateByCapital, stateByDemonym, stateByName } from '../gazetteer.js';
import type { Analysed, Mention } from '../mentions/mask.js';
import { placePopulation } from '../places.js';
import { nameKey } from '../text.js';
import type { NerMention, ParsedText } from './parsed.js';

/** Below this confidence a one-word person is not taken (two words or more are). */
const ONE_WORD_PERSON = 0.9;
const ORG_TYPES: readonly [RegExp, OrganizationType][] = [
  [/\b(?:Army|Armed Forces|Navy|Air Force|Defen[cs]e Forces|Military)\b/, 'ARMED_FORCE'],
  [/\bMinistry\b/, 'MINISTRY'],
  [/\b(?:Parliament|Assembly|Congress|Senate)\b/, 'PARLIAMENT'],
  [/\bCouncil\b/, 'COUNCIL'],
  [/\b(?:Alliance|Union|Organi[sz]ation|League|Pact|Treaty)\b/, 'ALLIANCE'],
  [/\b(?:Front|Brigades?|Militia|Movement|Forces|Rebels?|Liberation|Jihad|Mujahideen|Shabaab|Hamas|Hezbollah|Houthis?)\b/, 'ARMED_GROUP'],
  [/\b(?:News|Agency|Press|Times|Post|Television|TV|Radio)\b/, 'NEWS_AGENCY'],
];

function orgType(name: string): OrganizationType {
  return ORG_TYPES.find(([test]) => test.test(name))?.[1] ?? 'COLLECTIVE';
}

/** What a tagged mention would be in the draft, or nothing when the project's data says otherwise. */
export function specOf(m: NerMention): (EntitySpec & { how: string }) | undefined {
  const name = m.text
    .replace(/^the\s+/i, '')
    .replace(/['’]s?$/, '')
    .trim();
  const words = name.split(/\s+/);
  if (!/^\p{Lu}/u.test(name) || name.length < 3) return undefined;
  if (stateByName(name) || stateByDemonym(name) || stateByCapital(name) || CONTINENTS.has(nameKey(name))) return undefined;
  const id = slugify(name);
  if (!id) return undefined;
  switch (m.ner) {
    case 'PERSON':
      // CoreNLP reads towns it does not know as people: a one-word name GeoNames knows is no person.
      if (words.length === 1 && ((m.confidence ?? 0) < ONE_WORD_PERSON || placePopulation(name) > 0)) return undefined;
      return { id, kind: 'LEADER', name, how: 'parser/ner-person' };
    case 'ORGANIZATION':
      return { id, kind: 'ORGANIZATION', name, orgType: orgType(name), how: 'parser/ner-organization' };
    case 'CITY':
      return { id, kind: 'REGION', name, regionType: 'CITY', how: 'parser/ner-city' };
    case 'STATE_OR_PROVINCE':
    case 'LOCATION':
      return {
        id,
        kind: 'REGION',
        name,
        regionType: placePopulation(name) > 0 && words.length === 1 ? 'CITY' : 'AREA',
        how: `parser/ner-${m.ner.toLowerCase()}`,
      };
    default:
      return undefined;
  }
}

/** Adds a mention for each tagged name in a sentence that overlaps none the names pass found. */
export function addParsedMentions(analysed: Analysed[], parse: ParsedText, registry: Registry): void {
  const tagged = parse.sentences.flatMap((s) => s.mentions);
  for (const item of analysed) {
    const { start, end } = item.sentence;
    const added: Mention[] = [];
    for (const m of tagged) {
      if (m.start < start || m.end > end) continue;
      // Part of a longer name the tagger cut ("African Union" tagged "Union"): not a name by itself.
      const before = /(\S+) $/.exec(item.sentence.text.slice(0, m.start - start))?.[1];
      const after = /^ (\S+)/.exec(item.sentence.text.slice(m.end - start))?.[1];
      if ((before && /^\p{Lu}/u.test(before) && !/[.:!?"“]$/.test(before)) || (after && /^\p{Lu}/u.test(after))) continue;
      if ([...item.mentions, ...added].some((k) => m.start < k.end && k.start < m.end)) continue;
      const spec = specOf(m);
      if (!spec) continue;
      const { how, ...entity } = spec;
      // "Blinken" after "Antony Blinken": the person named in full before.
      const fuller =
        entity.kind === 'LEADER' && !entity.name.includes(' ')
          ? [...registry.entities.values()].find((e) => e.kind === 'LEADER' && e.name.endsWith(` ${entity.name}`))
          : undefined;
      const proposed = fuller ?? registry.propose(entity);
      added.push({ start: m.start, end: m.end, text: m.text, entity: proposed.id, kind: proposed.kind, role: 'name', how, score: 0.7 });
    }
    if (added.length) item.mentions = [...item.mentions, ...added].sort((a, b) => a.start - b.start);
  }
}
