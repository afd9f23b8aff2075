/**
 * The second pass: phrases that name an institution, a force, a group or a place by way of a state
 * or another name. "Azerbaijan's defense ministry" is the Ministry of Defence of Azerbaijan, "the
 * authorities in Yerevan" the Government of Armenia (seated in Yerevan), "Azerbaijani forces" its
 * armed forces, "the regions neighboring X" an area bordering X. One table, read top to bottom.
 */
import { titleCase } from '../text.js';
import { slugify } from '../../model/names.js';
import {
  ARTICLE,
  JOINER,
  spellsInitials,
  FORCES,
  MILITARY,
  NOT_NAME,
  NAME_WORDS,
  NUMBERED,
  PROPER,
  POSS,
  PORTFOLIO,
  INSURGENT_WORDS,
  dem,
  group,
  institution,
  named,
  portfolio,
  re,
  state,
  peacekeepersSpec,
  type Phrase,
} from './phrase-parts.js';
import { REGION_PHRASES } from './region-phrases.js';

/** A group's bare name: "Hezbollah", "al-Qaeda", "Hayat Tahrir al-Sham". */
const GROUP_NAME = "(?:(?:al|el|Al|El)-)?[A-Z][\\p{L}'’-]+(?: (?:(?:al|el)-)?[A-Z][\\p{L}'’-]+){0,3}";

/** A word of a proper name, or a state's or a body's name inside one ("Revolutionary Armed Forces of Colombia", "African Union Transition Mission"), also with an Arabic article ("Nusrat al-Islam wal-Muslimin"); past its first word, also what was taken for a person's name ("Estado Mayor Central"). */
const NAME_WORD = `(?:[A-Z][\\p{L}'’.-]*|${ARTICLE}\\p{L}[\\p{L}'’-]*|⟦\\d+:(?:S|Sd|O)⟧)`;

/** Creeds and kinds a capital letter opens that name no group: "Islamist insurgents", "Maoist rebels". */
const IDEOLOGY = /^(?:Islamist|Jihadist|Salafist|Maoist|Marxist|Communist|Separatist|Secessionist|Nationalist|Anarchist|Royalist|Loyalist|Tribal|Ethnic)$/;

export const PHRASES: readonly Phrase[] = [
  {
    rule: 'org/acronym-defined',
    // "the Strategic Framework for the Defence of the People of Azawad (CSP-DPA)", "the Caribbean
    // Community (CARICOM)": a body named in full with its acronym in brackets is an organization,
    // whatever its head noun, and the acronym names it. Not a state's own body ("Israel Defense
    // Forces (IDF)", "the Department of National Defense (DND)"): the rules after this one read those.
    pattern: re(
      `(?:(?<=\\b(?<fighters>fighters|militants|gunmen|rebels|insurgents|jihadists|guerrillas) of (?:the )?)|)(?<name>${NOT_NAME}${NAME_WORD}(?: (?:${JOINER}(?: the)? )?(?:${NAME_WORD}|⟦\\d+:L⟧)){1,9}) \\((?<acr>[A-Z][A-Za-z0-9-]{1,11})\\)`,
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
      // Unless the acronym spells the name's initials ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)"): a person is not named so.
      if (
        /Person|Place|Date/.test(c.tags(name)) &&
        !/\b(?:Forces|Army|Front|Movement|Community|Union|Mission|Council|Group)\b/.test(name) &&
        !spellsInitials(acr, name)
      )
        return undefined;
      // "fighters of X (ACR)": a body with fighters is an armed one.
      const orgType =
        g.fighters || /\b(?:Forces|Army|Militia|Brigades?|Guards?|Corps|Command|Fighters|Mujahideen|Liberation|Resistance)\b/.test(name)
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
      `(?:the )?(?:authorities|government|(?:military )?junta|military government) (?:in|of) ${named('s')}|(?:the )?${dem('s2')} (?:authorities|government|officials|(?:military )?junta|military government)|${named('s3')}${POSS} (?:authorities|government|(?:military )?junta|military government)|⟦(?<p>\\d+):L⟧${POSS} (?:(?:elected|civilian|coalition|new) )?(?:government|administration|cabinet)\\b`,
      'giu',
    ),
    // "Modi's government": the government of the state its leader's office is in. A junta governs too ("the junta in Bamako").
    build: (g, c) => institution(c.state(g.s ?? g.s2 ?? g.s3 ?? g.p), 'GOVERNMENT', 'Government', c.city(g.s ?? g.s3)),
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
      `(?:the )?armed forces of (?:the )?${named('s')}|${named('s2')}${POSS} (?:armed forces|army|${MILITARY}|troops|forces|navy|air force)|${dem('s3')} (?:(?:security|government|military|regular|ground|special|naval) )?${FORCES}|${named('s4')} ${FORCES}|${dem('s5')}(?=,? and (?:the )?⟦\\d+:Sd⟧ (?:(?:security|government|military|regular|ground|special|naval) )?${FORCES})|(?:${dem('s6')}|${named('s7')}) (?:royal )?(?:defen[cs]e forces?|navy|air force)\\b`,
      'giu',
    ),
    // A state's forces by their own name ("the Guyana Defence Force", "a British Royal Navy
    // destroyer") are its armed forces too.
    build: (g, c) => institution(c.state(g.s ?? g.s2 ?? g.s3 ?? g.s4 ?? g.s5 ?? g.s6 ?? g.s7), 'ARMED_FORCE', 'Armed Forces'),
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
      `(?:the )?(?<name>${NUMBERED}${NAME_WORDS}(?<head>Organi[sz]ation|Alliance|Pact|Union|Commission|Committee|Council|Movement|Front|Party|party|Group|Bloc|Forces|Army|Corps|Brigades?|Guards?|Militia|Command)\\b(?<of> of (?:the )?⟦\\d+:S⟧(?= \\())?(?<forces> of the (?:Armed Forces|Army|Navy|Air Force|General Staff))?)(?: \\((?:(?:⟦\\d+:Sd⟧|[A-Z][a-z]+): )?(?<acronym>[A-Z]{2,6})\\))?`,
    ),
    // What its head noun says it is; bodies of states that are not alliances ("World Health
    // Organization") are the closest the model has: a collective of states.
    build: (g, c) => {
      // "China Coast Guard", "Israel Defense Forces": a state in the name owns the body; not in the
      // name of a force that fights for a cause ("Myanmar National Democratic Alliance Army").
      const name = c.words(g.name as string);
      // Not "the Militarized Communist Party of Peru (MPCP)": a name ending "of X" before its acronym is X's party, not X's body.
      const owner = INSURGENT_WORDS.test(name) || g.of ? undefined : c.state(/⟦(\d+):S⟧/.exec(g.name as string)?.[1]);
      const head = g.head as string;
      // "Central Command", "the Western Theatre Command": a command is a force; "the Congress party" a party.
      const orgType = /Forces|Army|Corps|Brigade|Guard|Militia|Command/.test(head)
        ? 'ARMED_FORCE'
        : (/Treaty|Alliance|Pact|Defen[cs]e|Security/.test(name) && /Organi[sz]ation|Alliance|Pact|Bloc/.test(head)) || head === 'Union'
          ? 'ALLIANCE'
          : /Party|party|Movement|Front/.test(head)
            ? 'OPPOSITION'
            : 'COLLECTIVE';
      // "the Joint Command of the Armed Forces" is also "the joint command".
      const short = g.forces ? name.slice(0, name.length - g.forces.length) : undefined;
      return {
        spec: {
          id: slugify(name),
          kind: 'ORGANIZATION',
          orgType,
          name,
          aliases: [...(g.acronym ? [g.acronym] : []), ...(short ? [short] : [])],
          state: owner?.id,
        },
      };
    },
  },
  {
    rule: 'org/armed-group',
    // "M23 rebels", "the ADF militia": a code-like name before what the group is, a group without a state.
    // Also a proper name before them ("al-Shabaab gunmen", "Houthi militants"), or "the X group": not
    // a state's adjective (those are its forces), nor a place or a person compromise knows. "The
    // Islamic State group", "the Viv Ansanm gang alliance", "the M-19 guerrilla": the name before.
    pattern: re(
      `\\b${NOT_NAME}(?<name>[A-Z][A-Z\\d-]*\\d[A-Z\\d-]*|[A-Z]{2,6}|(?:(?:al|el|Al|El)-)?[A-Z][\\p{Ll}]+(?:-[A-Z][\\p{Ll}]+)?(?: [A-Z][\\p{Ll}]+){0,2}) (?<noun>rebels|militia|militiamen|militants|fighters|insurgents|guerrillas?|gunmen|jihadists|rebel group|armed group|militant group|group(?= (?:said|claimed|says)))\\b|(?<=\\b(?:[Tt]he|[Ii]slamist|[Mm]ilitant|[Aa]rmed) )${NOT_NAME}(?<name2>(?:(?:al|el|Al|El)-)?[A-Z][\\p{Ll}]+(?: [A-Z][\\p{Ll}]+){0,2}) (?:group|movement|militia|gang alliance|gang coalition|gang)\\b`,
      'gu',
    ),
    build: (g, c) => {
      // "Islamist insurgents": a creed names no group; the group is the words together.
      const name = IDEOLOGY.test(g.name ?? '') && g.noun ? `${g.name} ${g.noun}` : ((g.name ?? g.name2) as string);
      if (!/[A-Z]{2}|\d|^(?:al|el)-/i.test(name) && /Person|Place|Country|Demonym|Date|Month/.test(c.tags(name))) return undefined;
      // "Houthi militants … the Houthis": a one-word name also names the group in the plural.
      const plural = /^\p{Lu}\p{Ll}+$/u.test(name) && !/s$/.test(name) ? [`${name}s`] : [];
      return { spec: { id: slugify(name), kind: 'ORGANIZATION', orgType: 'ARMED_FORCE', name, aliases: plural } };
    },
  },
  {
    rule: 'org/described',
    // A bare name the text says is a group: "Hezbollah, an ally of Hamas,", "X, Iran's ally in Lebanon,", "Al-Shabaab, al-Qaeda's
    // affiliate in East Africa,", "X, an armed group that …", and the one it is an ally or an
    // affiliate of. Only names no pass found (a state, a person, a place is a mention already).
    pattern: re(
      `(?<=^|[^\\p{L}'’-] ?)${NOT_NAME}(?<name>${GROUP_NAME}), (?:an? |the |its |⟦\\d+:[SO]⟧['’]s )?(?:(?!of\\b)[\\p{L}'’-]+ ){0,3}?(?<noun>armed group|militant group|rebel group|jihadist group|insurgent group|militia|rebel (?:alliance|movement)|ally|affiliate|branch|offshoot|proxy)\\b|(?<=\\b(?:ally|affiliate|branch|offshoot|proxy) of (?:the )?)(?<of>${GROUP_NAME})(?![\\p{L}'’-])|(?<=(?:${NOT_NAME}${GROUP_NAME}|⟦\\d+:O⟧), (?:the )?)(?<owner>${GROUP_NAME})['’]s (?:[a-z-]+ )?(?:ally|affiliate|branch|offshoot|proxy)\\b`,
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
    rule: 'org/other-side',
    // A bare name on the other side of a state in a fight or a truce is an armed group: "Israel and
    // Hamas agree a truce", "fighting between Turkey and the PKK", "a deal with X", "the war against Y".
    pattern: re(
      `⟦\\d+:S[px]?⟧ and ${NOT_NAME}(?<name>${GROUP_NAME}) (?:have |had )?(?:agree[sd]?|sign(?:ed|s)?|clash(?:ed|es)?|fought|exchang(?:ed|e) fire|trad(?:ed|e) fire)\\b|\\bbetween (?:the )?⟦\\d+:S[px]?⟧ and (?:the )?${NOT_NAME}(?<name2>${GROUP_NAME})(?![\\p{L}'’-])|\\b(?:war|fighting|truce|ceasefire|deal|agreement|clashes) (?:with|against) (?:the )?${NOT_NAME}(?<name3>${GROUP_NAME})(?![\\p{L}'’-])`,
      'gu',
    ),
    build: (g, c) => {
      const name = (g.name ?? g.name2 ?? g.name3) as string;
      // An acronym is left to the rules that read it with its full name ("the National Liberation Army (ELN)").
      if (/^[A-Z]{2,}$/.test(name) || /Place|Date|Month|WeekDay|Person|Adverb|Conjunction|Pronoun|Demonym/.test(c.tags(name))) return undefined;
      return { spec: { id: slugify(name), kind: 'ORGANIZATION', orgType: 'ARMED_FORCE', name }, group: g.name ? 'name' : g.name2 ? 'name2' : 'name3' };
    },
  },
  {
    rule: 'org/named-head-first',
    // "the Alliance of Sahel States", "the League of Arab States", "the Conference of Y": a body of
    // states named head first. And a body a descriptive noun introduces ("the conflict monitor
    // ACLED", "the rights group Amnesty International", "the watchdog X").
    pattern: re(
      `(?<=\\bthe )(?<name>(?:Alliance|League|Union|Organi[sz]ation|Community|Conference) (?:of|for) (?:the )?(?:[A-Z][\\p{L}'’]+ (?:and )?){0,3}[A-Z][\\p{L}'’]+)|(?<=\\b[Tt]he (?:(?:conflict|war|ceasefire|election|rights|human rights|press freedom) monitor|monitoring group|(?:human )?rights group|watchdog|think[- ]tank|aid group|charity|relief agency) )(?<body>[A-Z][A-Za-z&'’-]+(?: [A-Z][A-Za-z&'’-]+){0,4})(?![\\p{L}'’-])`,
      'gu',
    ),
    build: (g, c) => {
      const name = (g.name ?? g.body) as string;
      if (g.body && /Person|Place|Date/.test(c.tags(name)) && !/[A-Z]{2}/.test(name)) return undefined;
      const orgType = g.name && /^(?:Alliance|League|Union)/.test(name) ? 'ALLIANCE' : 'COLLECTIVE';
      return { spec: { id: slugify(name), kind: 'ORGANIZATION', orgType, name }, group: g.name ? 'name' : 'body' };
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
      // "The Ministry of Foreign Affairs …" after the report named the "Ministry of Foreign Affairs of X": that one.
      const full = g.acronym ? undefined : c.namedInFull(g.name as string);
      if (full) return { spec: { id: full.id, kind: 'ORGANIZATION', orgType: 'MINISTRY', name: full.name, state: full.state } };
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
    rule: 'region/local-administration',
    // "the Oddar Meanchey provincial administration": a local body names the province, district or city it runs.
    pattern: re(
      `(?<name>${PROPER}) (?:provincial|regional|district|municipal|county|prefectural|city|state) (?:administration|government|authorities|council)\\b`,
      'gu',
    ),
    build: (g, c) => {
      const name = c.words(g.name as string);
      if (/Date|Month|WeekDay|Person|Demonym/.test(c.tags(name))) return undefined;
      return { spec: { id: slugify(name), kind: 'REGION', regionType: 'AREA', name }, group: 'name' };
    },
  },
  {
    rule: 'org/local-administration',
    // The body itself, seated in the place it runs, of the state named after it ("… in Cambodia").
    pattern: re(
      `(?:the )?⟦(?<r>\\d+):R⟧ (?<level>provincial|regional|district|municipal|county|prefectural|city|state) (?<body>administration|government|authorities|council)\\b(?: (?:in|of) ${named('s')})?`,
      'gu',
    ),
    build: (g, c) => {
      const place = c.entity(g.r);
      if (place?.kind !== 'REGION') return undefined;
      const name = `${place.name} ${g.level} ${g.body}`;
      return { spec: { id: slugify(name), kind: 'ORGANIZATION', orgType: 'GOVERNMENT', name, state: c.state(g.s)?.id, seat: place.id } };
    },
  },
  ...REGION_PHRASES,
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
