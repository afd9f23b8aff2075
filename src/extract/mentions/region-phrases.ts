/**
 * The second pass's phrases for places: areas told by what they adjoin or border ("the regions
 * neighboring X", "the X–Y border"), front lines, named and described areas, parts of a state told
 * by direction, and towns in lists or appositions. Read in the place of PHRASES (phrases.ts) where
 * they stand, after the institutions and groups.
 */
import { capitalize } from '../text.js';
import { neighbours } from '../gazetteer.js';
import { slugify } from '../../model/names.js';
import { NAME_WORDS, PROPER, place, re, type Phrase } from './phrase-parts.js';

/** A site's name, also where a pass took part of it for a person's or a town's ("Abu Shouk", "Ta Muen Thom"). */
const SITE_NAME = `(?:${PROPER}|⟦\\d+:[RL]⟧)(?: (?:${PROPER}|⟦\\d+:[RL]⟧))*`;

/** A town's name, with the lowercase particles inside it ("Mocímboa da Praia", "Ciudad del Este"). */
const PLACE_NAME = `${PROPER}(?: (?:da|de|do|dos|das|del|di|du) (?:[A-Z][\\p{L}]+|⟦\\d+:Rc?⟧))*`;

export const REGION_PHRASES: readonly Phrase[] = [
  {
    rule: 'region/adjacent',
    pattern: re(
      `(?:the )?(?<count>(?:two|three|four|five|six|seven|\\d+) )?(?<noun>regions|districts|areas|provinces|villages|towns|territories) (?<rel>adjacent to|neighbou?ring|bordering|around|surrounding) ${place('r')}`,
      'giu',
    ),
    build: (g, c) => {
      const of = c.entity(g.r);
      if (!of) return undefined;
      const name = `${capitalize((g.noun as string).toLowerCase())} adjacent to ${of.name}`;
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'AREA', name, adjacentTo: of.id } };
    },
  },
  {
    rule: 'region/border-zone',
    pattern: re('(?:the )?border (?:zone|area|region|towns|villages|districts|areas|regions)\\b', 'giu'),
    build: (_g, c) => {
      // Which border: the report's two main states, a guess the note owns up to.
      const pair = c.mainPair();
      const name = pair ? `${pair[0]}–${pair[1]} border zone` : 'Border zone';
      const note = pair ? 'The text does not say which border; taken to be the one between the two states the report is about.' : undefined;
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'BORDER_ZONE', name, note } };
    },
  },
  {
    rule: 'region/border',
    // "the disputed border", "the two countries' border", "the border between the two former Soviet
    // republics" (the report's two states), "the border between A and B" (those two): a border zone
    // named by its states (the words after "border" stay for the rules: "the border between A and B" borders). Not "the border" as a modifier ("the border guards", "the border town"),
    // "the border with X" (whose other side?), nor "the Algerian border" (one state's side).
    pattern: re(
      `(?:\\bthe (?:(?:disputed|shared|common|contested|porous|tense|volatile|long|[\\d,.]+-(?:km|kilometre|kilometer|mile)) )?border(?:(?= between (?:⟦(?<a>\\d+):S⟧ and ⟦(?<b>\\d+):S⟧|the two (?:[\\p{L}-]+ ){0,3}(?:countries|nations|states|republics|neighbou?rs))))?|\\b(?:the )?(?:two|both) (?:countries|nations|states|neighbou?rs)['’] (?:(?:disputed|shared|common|contested) )?border)(?![\\p{L}-]| (?:guards?|posts?|outposts?|services?|police|troops|forces|crossings?|questions?|issues?|towns?|villages?|areas?|zones?|regions?|districts?|provinces?|disputes?|clash(?:es)?|fighting|conflict|security|checkpoints?|control|officials?|agency|demarcation|line|wall|fence|points?|management|talks|commission|with)\\b)`,
      'giu',
    ),
    build: (g, c) => {
      const a = c.state(g.a);
      const b = c.state(g.b);
      const pair: readonly string[] | undefined = a && b ? [a.name, b.name].sort() : c.mainPair();
      // The report's two states are taken for the border's only when they are neighbours at all.
      if (!pair || pair[0] === pair[1] || (!(a && b) && !neighbours(pair[0] ?? '', pair[1] ?? ''))) return undefined;
      const name = `${pair[0]}–${pair[1]} border`;
      const note = a && b ? undefined : 'The text does not name the two states; taken to be the two states the report is about.';
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'BORDER_ZONE', name, note } };
    },
  },
  {
    rule: 'region/front-line',
    pattern: re('(?:the )?(?:front ?line|frontline|line of contact|contact line)\\b', 'giu'),
    build: (_g, c) => {
      const pair = c.mainPair();
      const name = pair ? `${pair[0]}–${pair[1]} front line` : 'Front line';
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'BORDER_ZONE', name } };
    },
  },
  {
    rule: 'region/named-area',
    // "Cabo Delgado province", "Chiúre district", "North Darfur state", also capitalised ("Shan
    // State", not "Shan State Army"): a named area and its noun ("the X region" is the next rule's).
    pattern: re(
      `(?<!\\bthe )(?<name>${PROPER} (?:province|district|governorate|oblast|county|department|state|region|State|Province|Region|District))\\b(?! [A-Z])`,
      'gu',
    ),
    // Not an adjective before the noun ("a Kurdish state", "an Arabic region"): that is no name. An
    // area the report drafted from "the X region" as X is the same area ("Y's X region").
    build: (g, c) =>
      /^[A-Z]\p{L}+(?:ish|ian|ese|ic|i)\s/u.test(g.name as string)
        ? undefined
        : { spec: { id: c.areaNamed(g.name as string) ?? slugify(g.name as string), kind: 'REGION', regionType: 'AREA', name: g.name as string } },
  },
  {
    rule: 'region/area',
    pattern: re(`(?<=\\bthe )(?<adj>(?:post|pan|trans)-[A-Z]\\p{L}+|${PROPER}) (?<noun>area|space|region)\\b`, 'gu'),
    build: (g, c) => {
      // "the post-Soviet area" is named with its noun; "the Donbas region" is Donbas, unless the
      // report named a town Donbas before: then the region around it is "Donbas region".
      const adj = g.adj as string;
      const adjective = /^(?:post|pan|trans)-|(?:an|ian|ern|ic)$/.test(adj) || c.isCity(slugify(adj));
      const name = adjective ? `${capitalize(adj)} ${g.noun}` : adj;
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'AREA', name, aliases: adjective ? [] : [`${adj} ${g.noun}`] } };
    },
  },
  {
    rule: 'region/dateline',
    // A dateline opening a paragraph names the town the report is filed from: "TAMPA, Florida –",
    // "Port Sudan, 14 April 2025", "GOMA, March 3 (Reuters) -" (a capital is found by name before).
    pattern: re(
      `^(?<name>[A-Z][A-Za-z'’]+(?:[ -](?:[A-Z][A-Za-z'’]+|⟦\\d+:S⟧)){0,3})(?=, (?:(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}\\b|\\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}$|(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|⟦\\d+:S⟧) [–—-] ))`,
      'gu',
    ),
    build: (g, c) => {
      const text = c.words(g.name as string);
      // "TAMPA" is spelt "Tampa"; "PORT-AU-PRINCE" keeps its particles in lowercase.
      const name =
        text === text.toUpperCase()
          ? text
              .toLowerCase()
              .replace(/(^|[ -])(\p{L})/gu, (all, sep: string, ch: string, at: number) =>
                at > 0 && /^(?:au|de|du|la|le|el|al)(?=[ -]|$)/.test(text.toLowerCase().slice(at + 1)) ? all : `${sep}${ch.toUpperCase()}`,
              )
          : text;
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'CITY', name, aliases: name === text ? [] : [text] }, group: 'name' };
    },
  },
  {
    rule: 'region/site',
    // A named site with its lowercase noun: "the Rafah crossing", "the Bulak-Bashy border post", "the
    // ancient Ta Muen Thom temple", "the Dniester river", "the Zamzam and Abu Shouk camps" (each
    // with the noun), "the Hayat Hotel". Named with its noun, apart from a town of the same name.
    // After "the" or a preposition only (not "a Kabul hotel", some hotel in Kabul, nor "Wagner camps"
    // opening a sentence), and a hotel only capitalised.
    pattern: re(
      `(?<=\\b(?:the|in|at|near|on|to|from|into|inside|outside|across|along|around|toward|towards) (?:[a-z]+ )?(?:${SITE_NAME}(?:, |,? and ))*)(?<name>${SITE_NAME})(?=(?:(?:, |,? and )${SITE_NAME})* (?<noun>(?:border )?crossings?|border posts?|checkpoints?|temples?|camps?|rivers?|dams?|Hotel)\\b)`,
      'gu',
    ),
    build: (g, c) => {
      const name = c.words(g.name as string);
      const noun = (g.noun as string).replace(/s$/, '');
      // A camp of a group ("Wagner camps") is no place named after it (a hotel's name is often read
      // as a company's); compromise takes many names of places it does not know for people's, so
      // those stay.
      if (/Demonym|Date|Month|WeekDay/.test(c.tags(name)) || (noun !== 'Hotel' && /Organization/.test(c.tags(name)))) return undefined;
      const full = `${name} ${noun}`;
      const regionType = /crossing|post|checkpoint/.test(noun) ? 'BORDER_ZONE' : 'AREA';
      return { spec: { id: slugify(full), kind: 'REGION', regionType, name: full }, group: 'name' };
    },
  },
  {
    rule: 'region/feature',
    // Seas, straits, shoals, valleys, heights, air bases: named places that may hold a state's name ("South China Sea").
    pattern: re(
      `(?<name>${NAME_WORDS}(?:Sea|Ocean|Gulf|Strait|Bay|Shoal|Reef|Islands?|Archipelago|Peninsula|Strip|Corridor|Valley|Basin|Desert|Lake|River|Mountains|Heights|Plateau|Air Base|Airbase)|(?:Sea|Gulf|Strait|Bay) of (?:the )?[A-Z][\\p{L}]+)\\b`,
      'gu',
    ),
    build: (g, c) => {
      const name = c.words(g.name as string);
      // "Operation Sea Shield" is an operation's name, not a sea.
      if (/^Operation\s/.test(name)) return undefined;
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'AREA', name }, group: 'name' };
    },
  },
  {
    rule: 'region/direction',
    // "southern Lebanon", "the north of Myanmar": a part of a place told by its direction, lowercase
    // (a capitalised "Northern Ireland" or "South Sudan" is a name of its own).
    // Where it only says where a named place lies ("the village of X in northern Y", "X, a region in
    // northern Y"), it is no area of its own: X is part of Y; nor is "10 km to the south of Y".
    pattern: re(
      `(?<!(?:⟦\\d+:R⟧|\\b(?:region|province|district|village|town|city)|\\b(?:village|town|city|port|district) of (?:[A-Z][\\p{L}'’-]+ ?){1,3}) in (?:the )?)(?:\\b(?<dir>(?:north|south)(?:-(?:east|west))?ern|eastern|western|central) ${place('r')}|(?<!\\bto )\\bthe (?<side>north|south|east|west|north-east|north-west|south-east|south-west|centre) of (?:the )?${place('r2')})`,
      'gu',
    ),
    build: (g, c) => {
      const of = c.entity(g.r ?? g.r2);
      if (!of) return undefined;
      const dir = g.dir ?? (g.side === 'centre' ? 'central' : `${g.side}ern`);
      const name = `${capitalize(dir)} ${of.name}`;
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'AREA', name } };
    },
  },
  {
    rule: 'region/province-of',
    pattern: re(`\\b(?:province|region|district|county|governorate|oblast|state) of (?<name>${PROPER})`, 'gu'),
    build: (g) => ({ spec: { id: slugify(g.name as string), kind: 'REGION', regionType: 'AREA', name: g.name as string }, group: 'name' }),
  },
  {
    rule: 'region/apposition',
    // "X, the capital of Y" is a city.
    pattern: re(
      `(?<name>${PROPER}), (?:an?|the) (?:[\\p{L}-]+ ){0,3}?(?<adj>separatist|breakaway|disputed|contested|occupied|autonomous|rebel-held)? ?(?<noun>region|territory|enclave|province|district|republic|city|town|village|capital)\\b`,
      'gu',
    ),
    build: (g) => {
      const disputed = Boolean(g.adj) || g.noun === 'enclave';
      const regionType = /city|town|village|capital/.test(g.noun as string) ? 'CITY' : disputed ? 'DISPUTED_TERRITORY' : 'AREA';
      return { spec: { id: slugify(g.name as string), kind: 'REGION', regionType, name: g.name as string }, group: 'name' };
    },
  },
  {
    rule: 'region/capital-of',
    // "Yemen's capital, Sanaa", "the Sudanese capital Khartoum": the capital a state's name or
    // adjective introduces is a city, also when the gazetteer spells it otherwise ("Sana'a").
    pattern: re(`(?<=(?:⟦\\d+:S⟧['’]s|\\bthe ⟦\\d+:Sd⟧) capital,? )(?<name>${PLACE_NAME})(?![\\p{L}'’-])`, 'gu'),
    build: (g, c) => {
      const name = c.words(g.name as string);
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'CITY', name }, group: 'name' };
    },
  },
  {
    rule: 'region/fought-over',
    pattern: re(`\\b(?:fighting|fought|fight|conflict|dispute|war|clashes|battles?) (?:[\\p{L}-]+ ){0,4}?over (?:control of )?(?<name>${PROPER})`, 'gu'),
    build: (g) => ({ spec: { id: slugify(g.name as string), kind: 'REGION', regionType: 'DISPUTED_TERRITORY', name: g.name as string }, group: 'name' }),
  },
  {
    rule: 'region/city-list',
    // "the towns of A, B and C", "towns including A and B", "villages such as A".
    pattern: re(`(?<=\\b(?:cities|towns|villages|settlements) (?:of|including|such as) (?:${PROPER}, )*(?:${PROPER},? and )?)(?<name>${PROPER})`, 'gu'),
    build: (g) => ({ spec: { id: slugify(g.name as string), kind: 'REGION', regionType: 'CITY', name: g.name as string }, group: 'name' }),
  },
  {
    rule: 'region/part-of-state',
    pattern: re(
      `(?<name>${PROPER}), an? (?:[\\p{L}-]+ )?(?<noun>region|province|district|territory|city|town|village) (?:in|of) (?:(?:the )?(?:northern|southern|eastern|western|central|north-\\w+|south-\\w+) )?⟦\\d+:S⟧`,
      'gu',
    ),
    build: (g) => ({
      spec: { id: slugify(g.name as string), kind: 'REGION', regionType: /city|town|village/.test(g.noun as string) ? 'CITY' : 'AREA', name: g.name as string },
      group: 'name',
    }),
  },
  {
    rule: 'region/city',
    // Also a name with the particles of Portuguese, Spanish or Arabic names ("Mocímboa da Praia").
    pattern: re(`\\b(?:the )?(?:[a-z]+ )?(?:⟦\\d+:Sd⟧ )?(?:city|town|village|port) of (?<name>${PLACE_NAME})`, 'gu'),
    build: (g, c) => {
      const name = c.words(g.name as string);
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'CITY', name }, group: 'name' };
    },
  },
  {
    rule: 'region/in-proper-name',
    // Also the target of a bombardment ("accused X of shelling Lachin"): what is shelled is a place;
    // what is retaken or captured ("retook Kidal", "the fall of Kidal") too, and where something is "at" ("the ambush at
    // X"), but not what fire or blame is aimed at ("pointed the finger at X", "fired at X", "strike back at X").
    pattern: re(
      `(?<!\\b(?:back|out|finger|fire|fired|firing|aimed|aiming|directed|launched|shot|shooting|angry|swipe|jab|looked|glance|fury|anger) at )(?<=\\b(?:in|into|near|across|outside|inside|at|shelling|shelled|bombarding|bombarded|bombing|bombed|retook|recaptured|captured|seized|overran|(?:re)?capture of|fall of|seizure of|liberation of|siege of|storming of|blockade of) )(?<name>${PROPER})(?![\\p{L}'’-]| ⟦| [A-Z])`,
      'gu',
    ),
    build: (g, c) => {
      const name = g.name as string;
      // compromise knows months, people and companies; what is left after "in" (or "shelling") is a place.
      const kind = c.tags(name);
      // "taking part in Operation X": an operation is an event, not a place.
      if (/Date|Month|WeekDay|Person|Organization|Demonym|Acronym|Holiday/.test(kind) || /^Operation\s/.test(name)) return undefined;
      const regionType = /City/.test(kind) ? 'CITY' : 'AREA';
      return { spec: { id: slugify(name), kind: 'REGION', regionType, name }, group: 'name' };
    },
  },
];
