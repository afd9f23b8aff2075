/**
 * The first pass over a sentence: names. Entities already in the graph (every name and alias, people
 * in any transliteration), the world's states by name, demonym and capital, news agencies,
 * intergovernmental organizations, seats that stand for a government ("the Kremlin"), and
 * people, found by compromise (taught the graph's names) or by the title before them.
 */
import { AGENCIES, type AgencyInfo } from '../agencies.js';
import { SEATS, STATES, stateByCapital, stateByDemonym, stateByIso, type StateInfo } from '../gazetteer.js';
import { institutionSpec } from './phrase-parts.js';
import type { KnownEntity, Registry } from '../entities.js';
import { learnNames, type Reading } from '../nlp.js';
import { ORGANIZATIONS, type OrganizationInfo } from '../organizations.js';
import type { Mention, MentionRole } from './mask.js';
import { NameMatcher } from './match.js';
import { fold, slugify } from '../../model/names.js';

type Payload =
  | { type: 'known'; entity: KnownEntity; isName: boolean }
  | { type: 'state'; state: StateInfo; role: MentionRole }
  | { type: 'agency'; agency: AgencyInfo }
  | { type: 'organization'; organization: OrganizationInfo }
  | { type: 'seat'; seat: (typeof SEATS)[number] }
  | { type: 'person'; id: string };

/** Offices that stand before a name ("Prime Minister Nikol Pashinyan"). */
export const TITLE =
  '(?:(?:Deputy |Vice |Acting |First |Former )?(?:[A-Z][a-z]+ )?(?:Prime Minister|President|Chancellor|Premier|Foreign Minister|Defen[cs]e Minister|Interior Minister|Minister(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?|Secretary(?:-General| General| of State)?|Speaker|Ambassador|Envoy|Spokes(?:man|woman|person)|Gen\\.|General|Lt\\. Gen\\.|Col\\.|Colonel|Captain|Capt\\.|Lieutenant|(?:Rear |Vice )?Admiral|Brigadier|(?:Field )?Marshal|Commander|Chief of Staff|King|Queen|Emir|Governor|Mayor|Senator|Chairman|Chairwoman|Patriarch))';
/** A lowercase office after its owner's name, then the person in apposition: "Kosovo's interior minister, X". */
const OWNED_TITLE =
  "\\p{Lu}[\\p{L}-]+['’]s (?:[a-z]+ ){0,2}(?:minister|secretary|spokes(?:man|woman|person)|commander|chief|governor|envoy|ambassador|adviser|advisor|prosecutor|president|prime minister|leader|head)(?: of (?:the )?(?:general |defen[cs]e )?staff)?";
/**
 * A personal name of two to five words, with the particles names carry across languages ("Tamim
 * bin Hamad Al Thani", "Abdel Fattah al-Sisi"), after an honorific ("Sheikh") if any.
 */
/** Honorifics and ranks before a name, not part of it ("Sheikh", "Rear Admiral", "Brigadier General"). */
export const HONORIFIC =
  '(?:Sheikh|Sheik|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Imam|(?:Rear |Vice )?Admiral|(?:Brigadier|Major|Lieutenant|Lt\\.) (?:General|Gen\\.)|General|Gen\\.|Colonel|Col\\.|Major|Captain|Lieutenant)';
/** One word of a name, also hyphenated ("Hennis-Plasschaert", "al-Sisi" after its particle). */
const NAME_WORD = "[A-Z][\\p{Ll}'’]+(?:-[A-Z]?[\\p{Ll}'’]+)*";
const fullName = (more: string) =>
  `(?:${HONORIFIC} )?${NAME_WORD}(?:(?: (?:bin|bint|ibn|de|da|do|dos|van|von|der|del|la|le|Al|El|Abu))* (?!(?:Jr|Sr)\\b)(?:(?:al|el|Al|El)-)?${NAME_WORD})${more}(?:,? (?:Jr|Sr)\\.)?`;
/** Two words or more: a name nothing else marks as one. */
const FULL_NAME = fullName('{1,4}');
const HONORIFIC_BEFORE = new RegExp(`^(?:${HONORIFIC} )+`, 'u');
/** The noun of an office in lowercase copy ("police commissioner", "the AU's envoy for the Horn of Africa"). */
export const OFFICE_NOUN =
  '(?:spokes(?:man|woman|person)|envoy|minister|president|leader|head|chief|commander|coordinator|negotiator|secretary(?:-general)?|ambassador|adviser|advisor|emir|commissioner|governor|mayor|director|chairman|chairwoman|prosecutor|officer|representative)';
const OFFICE_PHRASE = `(?:(?:former|deputy|acting|interim|chief|top|senior|special|caretaker|[a-z]+ (?:ministry|army|military|police|party)) )*(?:[a-z]+ )?${OFFICE_NOUN}(?: (?:of|for|to|at) (?:the )?[^,.;]{1,60}?)?`;
/** Words that end the name of a body, not of a person ("Western Theatre Command said"). */
const BODY_HEAD =
  /\b(?:Command|Army|Alliance|Council|Forces|Force|Ministry|Party|Front|Office|Agency|Group|Organi[sz]ation|Union|Committee|Movement|Brigades?|Corps|Service|Police|Navy|Guard|Mission|Court|Bank|News|Network|Institute|University|Authority|Government|Administration|Assembly|Parliament|Congress|Senate|Commission|Coalition|Federation|League|Association|Fund|Programme|Program|Foundation|Sea|River|Valley|Province|Region|State|Republic|Heights|Strip|Bay|Gulf|Times|Post)$/;
/** People named with their office around them, and people who speak or act by name. */
const PEOPLE_BY_OFFICE: readonly { pattern: RegExp; how: string }[] = [
  // "Police commissioner Abdi Hassan Hijar", "Junta spokesman Zaw Min Tun": a lowercase office before the name.
  {
    pattern: new RegExp(`(?<![\\p{L}'’])(?<title>(?:[A-Z][\\p{L}-]+ )?(?:[a-z-]+ ){0,3}${OFFICE_NOUN}),? (?<name>${FULL_NAME})`, 'gu'),
    how: 'person/office-before',
  },
  // "Otty Patiño, the head of the government's negotiating team,": an office in apposition after the name.
  {
    pattern: new RegExp(
      `(?<name>${FULL_NAME}), (?<title>(?:(?:the|a|an|its|their) (?:[A-Z][\\p{L}.-]*['’]s )?|[A-Z][\\p{L}.-]*['’]s )${OFFICE_PHRASE})(?=[,.;]| who\\b| said\\b)`,
      'gu',
    ),
    how: 'person/office-after',
  },
  // "Ajit Doval, national security adviser to Prime Minister Narendra Modi,": an office to a person, no article.
  {
    pattern: new RegExp(`(?<name>${FULL_NAME}), (?<title>(?:[a-z-]+ ){0,3}${OFFICE_NOUN} (?:to|of|for) [^,.;]{1,60}?)(?=,)`, 'gu'),
    how: 'person/office-after',
  },
  // "The UN special coordinator for Lebanon, Jeanine Hennis-Plasschaert,": an office in apposition before it.
  {
    pattern: new RegExp(
      `(?<title>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\\p{L}.-]*['’]s) (?:[A-Z]{2,} )?${OFFICE_PHRASE}), (?<name>${FULL_NAME})(?=,| said\\b| told\\b)`,
      'gu',
    ),
    how: 'person/office-apposed',
  },
  // "Rajnath Singh told parliament": a name of two words or more that speaks (not the end of a body's name, "the Ministry of Foreign Affairs said").
  {
    pattern: new RegExp(
      `(?<!\\b(?:of|for) )(?<name>${FULL_NAME})(?= (?:said|says|told|tells|added|announced|accused|urged|warned|denied|insisted|stressed|wrote|thanked|welcomed|condemned|demanded|called)\\b)`,
      'gu',
    ),
    how: 'person/speaks',
  },
];
/** A head's title with the state it heads, in the formal style: "President of the Kyrgyz Republic Sadyr Japarov". */
const TITLE_OF_STATE =
  '(?:Prime Minister|President|King|Emir|Chairman) of (?:the (?:[A-Z][\\p{L}-]+ ){1,2}(?:Republic|Federation|Kingdom|Emirates|States)|[A-Z][\\p{L}-]+)(?= [A-Z])';
/** The state such a title names, when it names one ("the Kyrgyz Republic", "Georgia"); not "Chairman of the Y Council". */
const TITLE_STATE = /^(?:Prime Minister|President|King|Emir|Chairman) of (?:the )?(.+)$/;
const TITLED = new RegExp(
  `\\b(?<title>${TITLE_OF_STATE}|${TITLE}|(?:its|their|his|her|the country's|the council's) (?:secretary|spokes(?:man|woman|person)|head|chairman|chief|leader|commander|minister)|the (?:[a-z]+ )?(?:governor|mayor|spokes(?:man|woman|person)|commander|prosecutor|envoy|ambassador)|${OWNED_TITLE}),? (?<name>${fullName('{0,4}')})`,
  'gu',
);

const NICKNAMED = new RegExp(`(?<![\\p{L}'’-])(?<first>${NAME_WORD}) ["“](?<nick>[A-Z][\\p{L}'’ -]{1,30}?)["”] (?<last>${NAME_WORD}(?: ${NAME_WORD})?)`, 'gu');

interface Found {
  start: number;
  end: number;
  name: string;
  office?: string;
  nickname?: string;
  how: string;
}

export class Names {
  private readonly matcher = new NameMatcher<Payload>();

  constructor(private readonly registry: Registry) {
    for (const entity of registry.known) {
      const person = entity.kind === 'LEADER';
      for (const [index, name] of [entity.name, ...entity.aliases].entries()) {
        // Lowercase aliases ("truce", "border zone") describe, they do not name: not matched as names.
        if (!/\p{Lu}|\d/u.test(name)) continue;
        this.matcher.add(name, { type: 'known', entity, isName: index === 0 || entity.kind === 'STATE' || entity.kind === 'REGION' }, { fuzzy: person });
      }
    }
    learnNames(registry.known.filter((e) => e.kind === 'LEADER').flatMap((e) => [e.name, ...e.aliases]));
    for (const state of STATES) {
      for (const name of state.names) this.matcher.add(name, { type: 'state', state, role: 'name' });
      // An adjective that is also the name ("Myanmar troops") is read as the name.
      const named = new Set(state.names);
      for (const demonym of state.demonyms)
        if (!named.has(demonym) && stateByDemonym(demonym) === state) this.matcher.add(demonym, { type: 'state', state, role: 'demonym' });
      for (const plural of state.plurals) if (stateByDemonym(plural) === state) this.matcher.add(plural, { type: 'state', state, role: 'people' });
      for (const capital of state.capitals) this.matcher.add(capital, { type: 'state', state, role: 'capital' });
    }
    for (const agency of AGENCIES) {
      for (const name of [agency.name, agency.short, ...(agency.aliases ?? [])]) if (name) this.matcher.add(name, { type: 'agency', agency });
    }
    for (const organization of ORGANIZATIONS) {
      for (const name of [organization.name, ...organization.aliases]) this.matcher.add(name, { type: 'organization', organization });
    }
    for (const seat of SEATS) this.matcher.add(seat.name, { type: 'seat', seat });
  }

  /** Names in one sentence (at `offset` in the whole text), with what compromise read in the whole text. */
  find(sentence: string, offset: number, reading: Reading): Mention[] {
    const mentions: Mention[] = [];
    for (const match of this.matcher.find(sentence)) {
      const text = sentence.slice(match.start, match.end);
      const mention = this.toMention(match.payload, text, match.fuzzy);
      if (mention) mentions.push({ ...mention, start: offset + match.start, end: offset + match.end, text });
    }
    for (const person of this.people(sentence, offset, reading)) {
      if (mentions.some((m) => m.start < offset + person.end && offset + person.start < m.end)) continue;
      const entity = this.registry.propose({
        id: slugify(person.name),
        kind: 'LEADER',
        name: person.name,
        office: person.office,
        aliases: person.nickname ? [person.nickname] : [],
      });
      this.matcher.add(person.name, { type: 'person', id: entity.id }, { fuzzy: true });
      mentions.push({
        start: offset + person.start,
        end: offset + person.end,
        text: sentence.slice(person.start, person.end),
        entity: entity.id,
        kind: 'LEADER',
        role: 'name',
        how: person.how,
        score: 0.8,
      });
    }
    return mentions;
  }

  private toMention(payload: Payload, text: string, fuzzy: boolean): Omit<Mention, 'start' | 'end' | 'text'> | undefined {
    const score = fuzzy ? 0.75 : 0.95;
    switch (payload.type) {
      case 'known': {
        const { entity, isName } = payload;
        const draft = this.registry.propose({ id: entity.id, kind: entity.kind, name: entity.name, isoCode: entity.isoCode });
        // A city of the graph that is a state's capital may stand for that state ("Baku said").
        const capitalOf = entity.kind === 'REGION' ? stateByCapital(entity.name) : undefined;
        if (capitalOf) draft.state ??= this.registry.propose({ id: capitalOf.id, kind: 'STATE', name: capitalOf.name, isoCode: capitalOf.isoCode }).id;
        const role: MentionRole = entity.orgType === 'NEWS_AGENCY' ? 'agency' : capitalOf ? 'capital' : 'name';
        // The entity a name names beats one it is only an alias of ("Baku" the city, not the government).
        return { entity: entity.id, kind: entity.kind, role, how: fuzzy ? 'name/graph-variant' : 'name/graph', score: isName ? score : score - 0.05 };
      }
      case 'state': {
        const { state, role } = payload;
        const entity = this.registry.propose({ id: state.id, kind: 'STATE', name: state.name, isoCode: state.isoCode, aliases: role === 'name' ? [text] : [] });
        if (role !== 'capital') return { entity: entity.id, kind: 'STATE', role, how: `state/${role}`, score };
        // A dateline's "KYIV" is the city the gazetteer spells "Kyiv".
        const name = text === text.toUpperCase() ? (state.capitals.find((c) => fold(c) === fold(text)) ?? text) : text;
        const city = this.registry.propose({
          id: slugify(text),
          kind: 'REGION',
          regionType: 'CITY',
          name,
          state: entity.id,
          aliases: name === text ? [] : [text],
        });
        return { entity: city.id, kind: 'REGION', role, how: 'state/capital', score };
      }
      case 'agency': {
        const { agency } = payload;
        const entity = this.registry.propose({
          id: slugify(agency.short ?? agency.name),
          kind: 'ORGANIZATION',
          orgType: 'NEWS_AGENCY',
          name: agency.name,
          aliases: [agency.short, ...(agency.aliases ?? [])].filter((a): a is string => Boolean(a)),
        });
        return { entity: entity.id, kind: entity.kind, role: 'agency', how: 'agency/name', score };
      }
      case 'organization': {
        const { name, aliases, orgType } = payload.organization;
        const entity = this.registry.propose({ id: slugify(name), kind: 'ORGANIZATION', orgType, name, aliases });
        return { entity: entity.id, kind: 'ORGANIZATION', role: 'name', how: 'organization/name', score };
      }
      case 'seat': {
        // "The Kremlin said": the government (or ministry) seated there, of its state.
        const info = stateByIso(payload.seat.iso);
        if (!info) return undefined;
        const state = this.registry.propose({ id: info.id, kind: 'STATE', name: info.name, isoCode: info.isoCode });
        const entity = this.registry.propose({ ...institutionSpec(state, payload.seat.orgType, payload.seat.title), aliases: [text] });
        return { entity: entity.id, kind: 'ORGANIZATION', role: 'name', how: 'seat/name', score };
      }
      case 'person': {
        const entity = this.registry.get(payload.id);
        return entity && { entity: entity.id, kind: 'LEADER', role: 'name', how: 'person/again', score: fuzzy ? 0.7 : 0.85 };
      }
    }
  }

  /** People the sentence names: after a title, or as compromise reads them (two words at least). */
  private people(sentence: string, offset: number, reading: Reading): Found[] {
    const found: Found[] = [];
    // 'Jimmy "Barbecue" Chérizier': a nickname in quotes between the names is an alias, not a name.
    for (const match of sentence.matchAll(NICKNAMED)) {
      const { first, nick, last } = match.groups as Record<string, string>;
      found.push({ start: match.index, end: match.index + match[0].length, name: `${first} ${last}`, nickname: nick, how: 'person/nickname' });
    }
    for (const match of sentence.matchAll(TITLED)) {
      // "…'s chief of staff, Major General X": the rank is no part of the name.
      const raw = match.groups?.name as string;
      const ranked = raw.replace(/['’]s$/, '');
      const name = ranked.replace(HONORIFIC_BEFORE, '');
      const owner = TITLE_STATE.exec(match.groups?.title as string)?.[1];
      if (owner && !STATES.some((state) => state.names.some((n) => fold(n) === fold(owner) || fold(n) === fold(`the ${owner}`)))) continue;
      const start = match.index + match[0].length - raw.length + (ranked.length - name.length);
      // "Armenian Prime Minister": the demonym says whose office, the office is "Prime Minister".
      const title = (match.groups?.title as string).replace(
        /^((?:Former|Acting|Deputy|Vice) )?(\p{Lu}\p{Ll}+) (?=\p{Lu})/u,
        (whole, lead: string | undefined, word: string) => (stateByDemonym(word) ? (lead ?? '') : whole),
      );
      const office = /^(?:its|their|his|her)\b/.test(title)
        ? undefined
        : title
            .replace(/^the /, '')
            .replace(/^\p{Lu}[\p{L}-]+['’]s (?=[a-z])/u, '')
            .replace(/^./, (c) => c.toUpperCase());
      found.push({ start, end: start + name.length, name, office, how: 'person/title' });
    }
    for (const { pattern, how } of PEOPLE_BY_OFFICE) {
      for (const match of sentence.matchAll(pattern)) {
        const name = (match.groups?.name as string).replace(HONORIFIC_BEFORE, '');
        const start = match.index + match[0].indexOf(match.groups?.name as string) + ((match.groups?.name as string).length - name.length);
        if (BODY_HEAD.test(name) || found.some((f) => f.start < start + name.length && start < f.end)) continue;
        const title = match.groups?.title?.replace(/^(?:the|a|an) /i, '');
        const office = title && !/^(?:its|their)\b/i.test(title) ? title.replace(/^./, (c) => c.toUpperCase()) : undefined;
        found.push({ start, end: start + name.length, name, office, how });
      }
    }
    for (const person of reading.people) {
      const start = person.start - offset;
      if (start < 0 || person.end - offset > sentence.length) continue;
      const name = person.text.replace(/[\s.,;:]+$/, '').replace(/['’]s$/, '');
      if (!/^\p{Lu}\S+ \p{Lu}/u.test(name) || found.some((f) => f.start <= start && start < f.end)) continue;
      // "the BRP Sierra Madre": a name after "the" is a ship's or a building's, not a person's.
      if (/\bthe (?:[A-Z]{2,} )?$/i.test(sentence.slice(Math.max(0, start - 12), start))) continue;
      found.push({ start, end: start + name.length, name, how: 'person/nlp' });
    }
    return found;
  }
}
