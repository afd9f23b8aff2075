/**
 * The words that name an event (events.ts reads them): event nouns with the determiners and
 * modifiers around them ("the renewed border clashes"), what a force acts through ("two vessels"),
 * and the verb frames that name an event without an event noun ("demonstrators gathered").
 */
import type { EventType } from '../model/vocabulary.js';
import { pattern } from './pattern.js';

export interface Trigger {
  pattern: RegExp;
  type: EventType;
  /** Only as a reference back ("the document"), never a new event. */
  anaphoricOnly?: boolean;
  /** A stage of a longer conflict ("the last stage of this conflict"). */
  episode?: boolean;
}

const DET = '(?<det>\\b(?:the|this|that|these|those|such(?: an?)?|an?|another|new|recent|renewed)\\s+)?';
const MODS =
  '(?<mods>(?:(?:[a-z]+(?:al|ive|ary|ian|ic|est|ion)|(?:19|20)\\d\\d|\\d+-(?:hour|day|week|month|year)|heavy|fierce|deadly|future|peace|border|defen[cs]e|security|trade|friendship|non-aggression|fresh|recent|renewed|armed|military|full-scale|large-scale|mass|street|weeks of|days of|months of)\\s+){0,2})';
// Not inside a compound: "conflict-graph", "post-war".
const t = (nouns: string) => pattern(`${DET}${MODS}(?<noun>(?<![\\w-])(?:${nouns})(?![\\w-]))`, 'giu');

export const TRIGGERS: readonly Trigger[] = [
  {
    pattern: t('(?:ceasefire|cease-fire|truce|peace) (?:agreement|deal|accord)s?|peace treat(?:y|ies)|treat(?:y|ies)|agreements?|accords?|(?:peace )?deals?'),
    type: 'AGREEMENT',
  },
  { pattern: t('document'), type: 'AGREEMENT', anaphoricOnly: true },
  { pattern: t('ceasefire|cease-fire|truce|armistice'), type: 'CEASEFIRE' },
  {
    pattern: pattern(
      `${DET}(?<mods>(?:last|latest|previous|new|first|second|third|final)\\s+)?(?<noun>stage|phase|round|chapter|episode)(?= of (?:this|the) (?:conflict|war|dispute))`,
      'giu',
    ),
    type: 'CLASH',
    episode: true,
  },
  {
    pattern: t(
      'clash(?:es)?|fighting|fights|battles?|hostilities|skirmish(?:es)?|flare-ups?|escalation|attacks?|assaults?|offensive|incursion|sieges?|gunfights?|firefights?|shootouts?|ambush(?:es)?|raids?|exchanges? of fire|incidents?|confrontations?|collisions?|(?:missile |drone |air |rocket )?strikes?|airstrikes?|bombings?|bombardment|shelling',
    ),
    type: 'CLASH',
  },
  // An event told by what it did to a place: "the recapture of X", "the fall of the town of Y", "the siege of Z".
  {
    pattern: pattern(
      `${DET}${MODS}(?<noun>(?:re)?capture|fall|seizure|liberation|storming|siege|blockade)(?= of (?:the )?(?:[a-z]+ )?(?:(?:town|city|port|village|capital) of )?⟦\\d+:R)`,
      'giu',
    ),
    type: 'CLASH',
  },
  { pattern: t('wars?|invasion|insurgency'), type: 'WAR' },
  { pattern: t('conflict'), type: 'CONFLICT' },
  // Not a state's diplomatic protest ("lodged a formal protest with X", "a protest note"): no one took to the streets.
  {
    pattern: t(
      '(?<!\\b(?:lodged?|lodges|filed?|files|diplomatic|formal|official|written) (?:an? )?(?:(?:formal|strong|official|diplomatic|written) )*)(?:protests?(?! (?:note|with|to)\\b)|demonstrations?|rall(?:y|ies))',
    ),
    type: 'PROTEST',
  },
  { pattern: t('mission'), type: 'MISSION' },
  // A named military operation: "Operation Prosperity Guardian".
  { pattern: pattern('(?<noun>\\bOperation(?: [A-Z][\\p{L}-]+){1,3})', 'gu'), type: 'MISSION' },
  { pattern: t('statement'), type: 'STATEMENT' },
  { pattern: t('funerals?|mourning'), type: 'COMMEMORATION' },
];

/** What a force acts through: "two China Coast Guard vessels fired on …". */
export const VEHICLES = '(?:(?:vessels?|ships?|boats?|warships?|gunboats?|jets?|aircraft|helicopters?|drones?|tanks?|troops|units|soldiers) )?';

/** Verb frames that name an event without an event noun; `actor` is the kind of group that acts. */
export const FRAMES: readonly { pattern: RegExp; type: EventType; actor?: string }[] = [
  {
    pattern: pattern('⟦(?<actor>\\d+):O⟧ (?<noun>gathered|rallied|marched|protested|stormed|took to the streets|blocked)', 'gu'),
    type: 'PROTEST',
    actor: 'PROTEST_MOVEMENT',
  },
  {
    pattern: pattern(
      `⟦(?<actor>\\d+):O⟧ ${VEHICLES}(?:have |has |had )?(?<noun>attacked|shelled|bombarded|struck|stormed|rammed|besieged|opened fire on|fired on|fired (?:[a-z]+ ){0,2}(?:at|on)|launched an attack on)`,
      'gu',
    ),
    type: 'CLASH',
    actor: 'ARMED_FORCE',
  },
  // Two sides fighting, told by the verb: "Indian and Chinese soldiers clashed", "troops exchanged fire".
  {
    pattern: pattern(
      `⟦(?<actor>\\d+):[SO][pd]?⟧ ${VEHICLES}(?:have |has |had )?(?:\\w+ly )?(?<noun>clashed|exchanged (?:heavy |sporadic )?(?:fire|gunfire|artillery fire|shots)|traded (?:heavy |sporadic )?(?:fire|gunfire|artillery fire|shots)|fought (?:each other|pitched battles))\\b`,
      'gu',
    ),
    type: 'CLASH',
  },
  { pattern: pattern('(?:have|has) been (?<noun>fighting) (?:for (?:decades|years|centuries) )?over', 'gu'), type: 'CONFLICT' },
  // An attack told in the passive: "were attacked by about 30 armed men near …".
  {
    pattern: pattern(
      '\\b(?:was|were|been|being|came under) (?:\\w+ly )?(?<noun>attacked|ambushed|shelled|bombed|bombarded|raided|fired (?:up)?on|attack|fire)(?= (?:by|near|in|at|on|from|outside|while)\\b)',
      'giu',
    ),
    type: 'CLASH',
  },
  { pattern: pattern('(?<noun>say goodbye|said goodbye|bid farewell|bade farewell|paid (?:their )?last respects)', 'giu'), type: 'COMMEMORATION' },
];
