/**
 * The second pass: phrases that name an institution, a force, a group or a place by way of a state
 * or another name. "Azerbaijan's defense ministry" is the Ministry of Defence of Azerbaijan, "the
 * authorities in Yerevan" the Government of Armenia (seated in Yerevan), "Azerbaijani forces" its
 * armed forces, "the regions neighboring X" an area bordering X. One table, read top to bottom.
 */
import { capitalize, titleCase } from '../text.js';
import { neighbours } from '../gazetteer.js';
import { slugify } from '../../model/names.js';
import {
  FORCES,
  MILITARY,
  NOT_NAME,
  NAME_WORDS,
  NUMBERED,
  POSS,
  PORTFOLIO,
  PROPER,
  INSURGENT_WORDS,
  dem,
  group,
  institution,
  named,
  place,
  portfolio,
  re,
  state,
  peacekeepersSpec,
  type Phrase,
} from './phrase-parts.js';

/** A group's bare name: "Hezbollah", "al-Qaeda", "Hayat Tahrir al-Sham". */
const GROUP_NAME = "(?:(?:al|el|Al|El)-)?[A-Z][\\p{L}'’-]+(?: (?:(?:al|el)-)?[A-Z][\\p{L}'’-]+){0,3}";

/** A word of a proper name, or a state's or a body's name inside one ("Revolutionary Armed Forces of Colombia", "African Union Transition Mission"); past its first word, also what was taken for a person's name ("Estado Mayor Central"). */
const NAME_WORD = "(?:[A-Z][\\p{L}'’.-]*|⟦\\d+:(?:S|Sd|O)⟧)";

export const PHRASES: readonly Phrase[] = [
  {
    rule: 'org/acronym-defined',
    // "the Strategic Framework for the Defence of the People of Azawad (CSP-DPA)", "the Caribbean
    // Community (CARICOM)": a body named in full with its acronym in brackets is an organization,
    // whatever its head noun, and the acronym names it. Not a state's own body ("Israel Defense
    // Forces (IDF)", "the Department of National Defense (DND)"): the rules after this one read those.
    pattern: re(
      `(?<name>${NOT_NAME}${NAME_WORD}(?: (?:(?:of|for|and|de|del|la|des|du|in|on)(?: the)? )?(?:${NAME_WORD}|⟦\\d+:L⟧)){1,9}) \\((?<acr>[A-Z][A-Za-z0-9-]{1,11})\\)`,
      'gu',
    ),
    build: (g, c, at) => {
      const acr = g.acr as string;
      // "Fighters of the X (ACR)": a plural noun opening the sentence is not part of the name.
      const masked = (g.name as string).replace(/^([A-Z]\p{Ll}+s) of (?:the )?(?=\S)/u, (all, noun: string) =>
        at === 0 || /Plural/.test(c.tags(noun)) ? '' : all,
      );
      const name = c.words(masked);
      if ((acr.match(/[A-Z]/g) ?? []).length < 2 || /^(?:Ministry|Department|Office|Bureau|Directorate|Secretariat)\b/.test(name)) return undefined;
      // A state's name opening the name or after "of" ("National Police of X") makes it the state's own body.
      if (/^⟦\d+:Sd?⟧|\bof (?:the )?⟦\d+:S⟧/.test(masked) && !INSURGENT_WORDS.test(name)) return undefined;
      // A capitalised word before the name proper ("Fighters of the X"), or a person or a place, is no organization.
      if (/Person|Place|Date/.test(c.tags(name)) && !/\b(?:Forces|Army|Front|Movement|Community|Union|Mission|Council|Group)\b/.test(name)) return undefined;
      const orgType = /\b(?:Forces|Army|Militia|Brigades?|Guards?|Corps|Command|Fighters|Mujahideen|Liberation|Resistance)\b/.test(name)
        ? 'ARMED_FORCE'
        : /\bMission\b/.test(name)
          ? 'PEACEKEEPING_FORCE'
          : /\b(?:Community|Union|Alliance|Pact|League|Bloc|Treaty)\b/.test(name)
            ? 'ALLIANCE'
            : /\b(?:Party|Movement|Front|Congress)\b/.test(name)
              ? 'OPPOSITION'
              : 'COLLECTIVE';
      return { spec: { id: slugify(name), kind: 'ORGANIZATION', orgType, name, aliases: [acr] } };
    },
  },
  {
    rule: 'org/ministry',
    pattern: re(
      `(?:${state('s')}${POSS}|(?:the )?${dem('s')}) (?:${PORTFOLIO} ministry|[Mm]inistry of ${PORTFOLIO})|[Mm]inistry of ${PORTFOLIO} of (?:the )?${named('s')}`,
      'giu',
    ),
    build: (g, c) => institution(c.state(g.s), 'MINISTRY', `Ministry of ${portfolio(g.portfolio)}`),
  },
  {
    rule: 'org/council',
    pattern: re(
      `(?:the )?(?<council>(?:[Nn]ational )?[Ss]ecurity|[Ss]tate|[Dd]efen[cs]e) [Cc]ouncil of ${named('s')}|(?:the )?${dem('s')} (?<council>(?:[Nn]ational )?[Ss]ecurity) [Cc]ouncil|${named('s')}${POSS} (?<council>(?:[Nn]ational )?[Ss]ecurity|[Ss]tate|[Dd]efen[cs]e) [Cc]ouncil`,
    ),
    build: (g, c) => institution(c.state(g.s), 'COUNCIL', `${titleCase((g.council ?? '').toLowerCase())} Council`),
  },
  {
    rule: 'org/parliament',
    pattern: re(
      `(?:the )?(?:parliament|legislature) (?:of|in) ${named('s')}|(?:the )?${dem('s2')} parliament|${named('s3')}${POSS} parliament|(?<bare>\\b(?:the )?parliament\\b)`,
      'giu',
    ),
    // A bare "parliament" is the one of the state the sentence's people and places belong to.
    build: (g, c) => institution(c.state(g.s ?? g.s2 ?? g.s3) ?? (g.bare ? c.sentenceState() : undefined), 'PARLIAMENT', 'Parliament', c.city(g.s ?? g.s3)),
  },
  {
    rule: 'org/government',
    pattern: re(
      `(?:the )?(?:authorities|government) (?:in|of) ${named('s')}|(?:the )?${dem('s2')} (?:authorities|government|officials)|${named('s3')}${POSS} (?:authorities|government)`,
      'giu',
    ),
    build: (g, c) => institution(c.state(g.s ?? g.s2 ?? g.s3), 'GOVERNMENT', 'Government', c.city(g.s ?? g.s3)),
  },
  {
    rule: 'org/police',
    // "Kenyan police officers", "Haiti's police": a state's police, armed but not its army.
    pattern: re(
      `(?:${dem('s')}|${named('s2')}${POSS}) (?:national )?(?:police(?: officers| force)?|policemen)\\b|(?:the )?(?:national )?police (?:force )?of ${named('s3')}`,
      'giu',
    ),
    build: (g, c) => institution(c.state(g.s ?? g.s2 ?? g.s3), 'ARMED_FORCE', 'Police'),
  },
  {
    rule: 'org/border-service',
    pattern: re(`(?:${dem('s')}|${named('s2')}${POSS}) (?:border (?:guards|guard service|service|troops|police|forces))`, 'giu'),
    build: (g, c) => institution(c.state(g.s ?? g.s2), 'ARMED_FORCE', 'Border Service'),
  },
  {
    rule: 'org/armed-forces',
    // Also a state's name used as an adjective ("U.S. forces", "Myanmar troops"), and the first of
    // two adjectives that share the noun ("Thai and Cambodian troops": each state's troops).
    pattern: re(
      `(?:the )?armed forces of (?:the )?${named('s')}|${named('s2')}${POSS} (?:armed forces|army|${MILITARY}|troops|forces|navy|air force)|${dem('s3')} (?:(?:security|government|military|regular|ground|special|naval) )?${FORCES}|${named('s4')} ${FORCES}|${dem('s5')}(?=,? and (?:the )?⟦\\d+:Sd⟧ (?:(?:security|government|military|regular|ground|special|naval) )?${FORCES})`,
      'giu',
    ),
    build: (g, c) => institution(c.state(g.s ?? g.s2 ?? g.s3 ?? g.s4 ?? g.s5), 'ARMED_FORCE', 'Armed Forces'),
  },
  {
    rule: 'org/peacekeepers',
    pattern: re(`${dem('s')} peacekeep(?:ers|ing (?:force|forces|contingent|troops|mission))`, 'giu'),
    build: (g, c) => {
      const of = c.state(g.s);
      return of && { spec: peacekeepersSpec(of) };
    },
  },
  {
    rule: 'state/side',
    pattern: re(`(?:the )?${dem('s')} side`, 'giu'),
    build: (g, c) => {
      const of = c.state(g.s);
      return of && { spec: { id: of.id, kind: 'STATE', name: of.name } };
    },
  },
  {
    rule: 'org/opposition',
    pattern: re(`(?:the )?(?:${dem('s')} )?opposition\\b(?! to)`, 'giu'),
    build: (g, c) => group(c.state(g.s), c, 'OPPOSITION', (of) => `${of.demonym} opposition`, 'Opposition'),
  },
  {
    rule: 'org/protesters',
    pattern: re(`(?:${dem('s')} )?(?:demonstrators|protesters|protestors)\\b`, 'giu'),
    build: (g, c) => group(c.state(g.s), c, 'PROTEST_MOVEMENT', (of) => `Protesters in ${of.name}`, 'Protesters'),
  },
  {
    rule: 'org/named',
    pattern: re(
      `(?:the )?(?<name>${NUMBERED}${NAME_WORDS}(?<head>Organi[sz]ation|Alliance|Pact|Union|Commission|Committee|Council|Movement|Front|Party|Group|Bloc|Forces|Army|Corps|Brigades?|Guards?|Militia))\\b(?: \\((?:(?:⟦\\d+:Sd⟧|[A-Z][a-z]+): )?(?<acronym>[A-Z]{2,6})\\))?`,
    ),
    // What its head noun says it is; bodies of states that are not alliances ("World Health
    // Organization") are the closest the model has: a collective of states.
    build: (g, c) => {
      // "China Coast Guard", "Israel Defense Forces": a state in the name owns the body; not in the
      // name of a force that fights for a cause ("Myanmar National Democratic Alliance Army").
      const name = c.words(g.name as string);
      const owner = INSURGENT_WORDS.test(name) ? undefined : c.state(/⟦(\d+):S⟧/.exec(g.name as string)?.[1]);
      const head = g.head as string;
      const orgType = /Forces|Army|Corps|Brigade|Guard|Militia/.test(head)
        ? 'ARMED_FORCE'
        : (/Treaty|Alliance|Pact|Defen[cs]e|Security/.test(name) && /Organi[sz]ation|Alliance|Pact|Bloc/.test(head)) || head === 'Union'
          ? 'ALLIANCE'
          : /Party|Movement|Front/.test(head)
            ? 'OPPOSITION'
            : 'COLLECTIVE';
      return { spec: { id: slugify(name), kind: 'ORGANIZATION', orgType, name, aliases: g.acronym ? [g.acronym] : [], state: owner?.id } };
    },
  },
  {
    rule: 'org/armed-group',
    // "M23 rebels", "the ADF militia": a code-like name before what the group is, a group without a state.
    // Also a proper name before them ("al-Shabaab gunmen", "Houthi militants"), or "the X group": not
    // a state's adjective (those are its forces), nor a place or a person compromise knows.
    pattern: re(
      `\\b${NOT_NAME}(?<name>[A-Z][A-Z\\d-]*\\d[A-Z\\d-]*|[A-Z]{2,6}|(?:(?:al|el|Al|El)-)?[A-Z][\\p{Ll}]+(?:-[A-Z][\\p{Ll}]+)?) (?:rebels|militia|militiamen|militants|fighters|insurgents|guerrillas|gunmen|jihadists|rebel group|armed group|militant group|group(?= (?:said|claimed|says)))\\b|(?<=\\b(?:[Tt]he|[Ii]slamist|[Mm]ilitant|[Aa]rmed) )${NOT_NAME}(?<name2>(?:(?:al|el|Al|El)-)?[A-Z][\\p{Ll}]+) (?:group|movement|militia)\\b`,
      'gu',
    ),
    build: (g, c) => {
      const name = (g.name ?? g.name2) as string;
      if (!/[A-Z]{2}|\d|^(?:al|el)-/i.test(name) && /Person|Place|Country|Demonym|Date|Month/.test(c.tags(name))) return undefined;
      return { spec: { id: slugify(name), kind: 'ORGANIZATION', orgType: 'ARMED_FORCE', name } };
    },
  },
  {
    rule: 'org/described',
    // A bare name the text says is a group: "Hezbollah, an ally of Hamas,", "Al-Shabaab, al-Qaeda's
    // affiliate in East Africa,", "X, an armed group that …", and the one it is an ally or an
    // affiliate of. Only names no pass found (a state, a person, a place is a mention already).
    pattern: re(
      `(?<=^|[^\\p{L}'’-] ?)${NOT_NAME}(?<name>${GROUP_NAME}), (?:an? |the |its )?(?:(?!of\\b)[\\p{L}'’-]+ ){0,3}?(?<noun>armed group|militant group|rebel group|jihadist group|insurgent group|militia|rebel (?:alliance|movement)|ally|affiliate|branch|offshoot|proxy)\\b|(?<=\\b(?:ally|affiliate|branch|offshoot|proxy) of (?:the )?)(?<of>${GROUP_NAME})(?![\\p{L}'’-])|(?<=(?:${NOT_NAME}${GROUP_NAME}|⟦\\d+:O⟧), (?:the )?)(?<owner>${GROUP_NAME})['’]s (?:[a-z-]+ )?(?:ally|affiliate|branch|offshoot|proxy)\\b`,
      'gu',
    ),
    build: (g, c) => {
      const name = (g.name ?? g.of ?? g.owner) as string;
      // compromise takes "Al-" for a person's title: a name with an article of its own is a group's.
      if (/Place|Date|Month|WeekDay|Adverb|Conjunction|Pronoun/.test(c.tags(name)) || (!/^(?:al|el)-/i.test(name) && /Person/.test(c.tags(name))))
        return undefined;
      return { spec: { id: slugify(name), kind: 'ORGANIZATION', orgType: 'ARMED_FORCE', name }, group: g.name ? 'name' : g.of ? 'of' : 'owner' };
    },
  },
  {
    rule: 'org/department',
    // "the Department of National Defense (DND)": a government body named head first; whose, from
    // the state the sentence's people or cities belong to.
    pattern: re(
      `(?<name>(?:Ministry|Department|Office|Bureau|Directorate|Secretariat) (?:of|for) (?:the )?(?:[A-Z][\\p{L}'’]+(?: and| of)? ){0,3}[A-Z][\\p{L}'’]+)(?: \\((?<acronym>[A-Z]{2,6})\\))?`,
      'gu',
    ),
    build: (g, c) => {
      const of = c.sentenceState();
      const note = of ? `The text does not say whose; taken from the people and places in the same sentence (${of.name}).` : undefined;
      return {
        spec: {
          id: slugify(g.name as string),
          kind: 'ORGANIZATION',
          orgType: 'MINISTRY',
          name: g.name as string,
          aliases: g.acronym ? [g.acronym] : [],
          state: of?.id,
          note,
        },
      };
    },
  },
  {
    rule: 'org/acronym-apposition',
    // "the NATO-led peacekeeping force in Kosovo, KFOR,", "the NATO-led KFOR mission": an acronym
    // no list knows, said to be a force or mission, names it.
    pattern: re(
      `(?<pre>(?:[\\p{L}-]+ ){0,3})(?<noun>force|mission|contingent|coalition|operation)(?: (?:in|on|for) ⟦\\d+:[SR]x?⟧)?(?:, | \\()(?<acr>[A-Z][A-Z-]{1,9})(?=[,)])|\\bthe (?<pre>(?:⟦\\d+:O⟧-led )?)(?<acr>[A-Z]{2,8}) (?<pre2>[a-z]+ )?(?<noun>force|mission|contingent|operation)\\b`,
      'gu',
    ),
    build: (g) => {
      const words = `${g.pre ?? ''} ${g.pre2 ?? ''} ${g.noun}`;
      const orgType = /peacekeep/i.test(words) ? 'PEACEKEEPING_FORCE' : /force|contingent|coalition/.test(g.noun as string) ? 'ARMED_FORCE' : 'COLLECTIVE';
      return { spec: { id: slugify(g.acr as string), kind: 'ORGANIZATION', orgType, name: g.acr as string }, group: 'acr' };
    },
  },
  {
    rule: 'org/international-community',
    pattern: re('(?:the )?international community', 'giu'),
    build: () => ({
      spec: {
        id: 'international-community',
        kind: 'ORGANIZATION',
        orgType: 'COLLECTIVE',
        name: 'International community',
        note: 'Vague in the source: it names no member.',
      },
    }),
  },
  {
    rule: 'org/agency',
    pattern: re(
      `(?:the )?(?:⟦(?<a>\\d+):Oa⟧|(?<name>[A-Z]{2,6}|[A-Z][a-z]+)) (?:news |press |photo )?[Aa]gency\\b|(?<=\\bwrites |\\bwrote |according to )(?:the )?(?<name2>[A-Z]{2,6})\\b|\\b(?<name3>[A-Z]{2,6})(?= (?:reports|reported|writes|wrote)\\b)|(?<=(?:[Pp]hoto|[Ss]ource|[Cc]redit):? |\\/ |[a-z] )(?<name4>[A-Z]{2,6})(?= \\/)|(?<=[A-Z]{2,6} \\/ )(?<name5>[A-Z]{2,6})(?= \\/)`,
    ),
    build: (g, c) => {
      const known = c.entity(g.a);
      const name = known?.name ?? g.name ?? g.name2 ?? g.name3 ?? g.name4 ?? g.name5;
      if (!name || /^(?:The|This|That|A|An)$/.test(name)) return undefined;
      return { spec: { id: known?.id ?? slugify(name), kind: 'ORGANIZATION', orgType: 'NEWS_AGENCY', name }, role: 'agency' };
    },
  },
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
    // "Cabo Delgado province", "Chiúre district", "North Darfur state": a named area and its lowercase
    // noun ("the X region" is the next rule's).
    pattern: re(`(?<!\\bthe )(?<name>${PROPER} (?:province|district|governorate|oblast|county|department|state|region))\\b`, 'gu'),
    // Not an adjective before the noun ("a Kurdish state", "an Arabic region"): that is no name.
    build: (g) =>
      /^[A-Z]\p{L}+(?:ish|ian|ese|ic|i)\s/u.test(g.name as string)
        ? undefined
        : { spec: { id: slugify(g.name as string), kind: 'REGION', regionType: 'AREA', name: g.name as string } },
  },
  {
    rule: 'region/area',
    pattern: re(`(?<=\\bthe )(?<adj>(?:post|pan|trans)-[A-Z]\\p{L}+|${PROPER}) (?<noun>area|space|region)\\b`, 'gu'),
    build: (g) => {
      // "the post-Soviet area" is named with its noun; "the Donbas region" is Donbas.
      const adj = g.adj as string;
      const adjective = /^(?:post|pan|trans)-|(?:an|ian|ern|ic)$/.test(adj);
      const name = adjective ? `${capitalize(adj)} ${g.noun}` : adj;
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'AREA', name, aliases: adjective ? [] : [`${adj} ${g.noun}`] } };
    },
  },
  {
    rule: 'region/feature',
    // Seas, straits, shoals, valleys: named places that may hold a state's name ("South China Sea").
    pattern: re(
      `(?<name>${NAME_WORDS}(?:Sea|Ocean|Gulf|Strait|Bay|Shoal|Reef|Islands?|Peninsula|Strip|Corridor|Valley|Basin|Desert|Lake|River|Mountains)|(?:Sea|Gulf|Strait|Bay) of (?:the )?[A-Z][\\p{L}]+)\\b`,
      'gu',
    ),
    build: (g, c) => {
      const name = c.words(g.name as string);
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
    pattern: re(
      `(?<name>${PROPER}), (?:an?|the) (?:[\\p{L}-]+ ){0,3}?(?<adj>separatist|breakaway|disputed|contested|occupied|autonomous|rebel-held)? ?(?<noun>region|territory|enclave|province|district|republic|city|town|village)\\b`,
      'gu',
    ),
    build: (g) => {
      const disputed = Boolean(g.adj) || g.noun === 'enclave';
      const regionType = /city|town|village/.test(g.noun as string) ? 'CITY' : disputed ? 'DISPUTED_TERRITORY' : 'AREA';
      return { spec: { id: slugify(g.name as string), kind: 'REGION', regionType, name: g.name as string }, group: 'name' };
    },
  },
  {
    rule: 'region/fought-over',
    pattern: re(`\\b(?:fighting|fought|fight|conflict|dispute|war|clashes|battles?) (?:[\\p{L}-]+ ){0,4}?over (?:control of )?(?<name>${PROPER})`, 'gu'),
    build: (g) => ({ spec: { id: slugify(g.name as string), kind: 'REGION', regionType: 'DISPUTED_TERRITORY', name: g.name as string }, group: 'name' }),
  },
  {
    rule: 'region/city-list',
    pattern: re(`(?<=\\b(?:cities|towns|villages|settlements) of (?:${PROPER}, )*(?:${PROPER},? and )?)(?<name>${PROPER})`, 'gu'),
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
    pattern: re(`\\b(?:the )?(?:[a-z]+ )?(?:⟦\\d+:Sd⟧ )?(?:city|town|village|port) of (?<name>${PROPER})`, 'gu'),
    build: (g) => ({ spec: { id: slugify(g.name as string), kind: 'REGION', regionType: 'CITY', name: g.name as string }, group: 'name' }),
  },
  {
    rule: 'region/in-proper-name',
    // Also the target of a bombardment ("accused X of shelling Lachin"): what is shelled is a place.
    pattern: re(
      `(?<=\\b(?:in|into|near|across|outside|inside|shelling|shelled|bombarding|bombarded|bombing|bombed) )(?<name>${PROPER})(?![\\p{L}'’-]| ⟦| [A-Z])`,
      'gu',
    ),
    build: (g, c) => {
      const name = g.name as string;
      // compromise knows months, people and companies; what is left after "in" (or "shelling") is a place.
      const kind = c.tags(name);
      if (/Date|Month|WeekDay|Person|Organization|Demonym|Acronym|Holiday/.test(kind)) return undefined;
      const regionType = /City/.test(kind) ? 'CITY' : 'AREA';
      return { spec: { id: slugify(name), kind: 'REGION', regionType, name }, group: 'name' };
    },
  },
  {
    rule: 'state/unrecognized',
    pattern: re(
      `(?<noun>quasi-state|breakaway (?:state|republic)|self-proclaimed (?:state|republic)|de facto state|unrecognized state|separatist (?:state|republic))`,
      'giu',
    ),
    build: (g, c, at) => {
      // "the area became an Armenian-ruled quasi-state": named after the place it holds.
      const place = c.placeBefore(at);
      if (!place) return undefined;
      const name = `${place.name} ${(g.noun as string).toLowerCase()}`;
      return {
        spec: {
          id: slugify(name),
          kind: 'STATE',
          name,
          recognized: false,
          note: `The source does not name it; it calls it a “${g.noun}” and it is named here after ${place.name}.`,
        },
        group: 'noun',
      };
    },
  },
];
