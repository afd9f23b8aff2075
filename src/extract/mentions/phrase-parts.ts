/**
 * What the phrase table (mentions/phrases.ts) is made of: the context a phrase reads, what it
 * matches, the pattern parts it is written with (a state's mention, its demonym, a force, a
 * portfolio, a proper name), and the specs of the institutions, forces and groups it names.
 */
import type { EntitySpec } from '../entities.js';
import { titleCase } from '../text.js';
import { pattern } from '../pattern.js';
import type { MentionRole } from './mask.js';
import { slugify } from '../../model/names.js';

export interface PhraseContext {
  /** The state a slot stands for: a state by name, demonym or people, or a capital's state. */
  state(slot: string | undefined): { id: string; name: string; demonym: string } | undefined;
  /** The entity in a slot. */
  entity(slot: string | undefined): { id: string; name: string; kind: string } | undefined;
  /** Whether the report has named a town by this id already ("the town of Batken"). */
  isCity(id: string): boolean;
  /** The area the report has named by this name as an alias already ("the X region" drafted as X). */
  areaNamed(name: string): string | undefined;
  /** The city a slot names, if it is one. */
  city(slot: string | undefined): string | undefined;
  /** The last place named before a position of the masked sentence (or in the sentences before). */
  placeBefore(at: number): { id: string; name: string } | undefined;
  /** The two states the report is mostly about, by how often it names them. */
  mainPair(): [string, string] | undefined;
  /** What compromise's tags say a phrase is ("Place City", "Date Month"). */
  tags(text: string): string;
  /** The state the sentence's people or cities belong to, for a group it does not say the state of. */
  sentenceState(): { id: string; name: string; demonym: string } | undefined;
  /** The one body the report has named in full as "<name> of <state>" ("Ministry of Foreign Affairs of Sudan"), if only one. */
  namedInFull(name: string): { id: string; name: string; state?: string; orgType?: string } | undefined;
  /** Masked text with its slots turned back into the words they hide. */
  words(text: string): string;
}

export interface PhraseMatch {
  spec: EntitySpec;
  role?: MentionRole;
  /** Only this named group is the mention (the rest is context the rules still need to see). */
  group?: string;
}

export interface Phrase {
  rule: string;
  pattern: RegExp;
  build(groups: Record<string, string | undefined>, context: PhraseContext, at: number): PhraseMatch | undefined;
}

export const state = (g: string) => `⟦(?<${g}>\\d+):(?:S|Sd|Sp|Rc)⟧`;
export const dem = (g: string) => `⟦(?<${g}>\\d+):Sd⟧`;
export const named = (g: string) => `⟦(?<${g}>\\d+):(?:S|Rc)⟧`;
export const place = (g: string) => `⟦(?<${g}>\\d+):(?:S|R|Rc)⟧`;
export const MILITARY = 'military(?! (?:intelligence|agency|court|academy|prosecutors?|attach[eé]|cooperation|aid|hardware|equipment)\\b)';
/** What a state's armed forces are called after its adjective: "Tajik forces", "Israeli military". */
// "military" before a noun of its own ("Ukraine's military intelligence agency") names another body.
export const FORCES = `(?:armed forces|forces|troops|army|${MILITARY}|soldiers|servicemen|units|positions|navy|air force|warships|marines)\\b`;
export const PORTFOLIO =
  '(?<portfolio>defen[cs]e|foreign affairs|foreign|interior|internal affairs|emergency situations|emergencies|justice|health|finance|energy)';
export const POSS = "['’]s";
/** Not a capitalised function word or number opening a sentence ("In Goma, …", "Two ships …"). */
export const NOT_NAME =
  '(?!(?:In|At|On|From|For|The|An?|Near|After|Before|With|By|Under|During|Since|When|While|But|And|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Several|Many|Its|Their|His|Her|This|That|These|Those)\\b)';
export const PROPER = `${NOT_NAME}[A-Z][\\p{L}]+(?:[ -][A-Z][\\p{L}]+)*`;
/** A proper name that may hold a state's name: "China Coast Guard", "South China Sea". */
export const NAME_WORDS = `${NOT_NAME}(?:(?:[A-Z][\\p{L}'’]+|⟦\\d+:S⟧) ){1,5}`;

/** Words that name a cause in a force's name, which a state's own forces do not carry. */
export const INSURGENT_WORDS =
  /\b(?:Liberation|Democratic|Revolutionary|Resistance|Patriotic|Salvation|Independence|Free|Rebel|Islamic|Alliance|Front|Movement)\b/;
/** A number word that opens a name after "the" ("the Three Brotherhood Alliance"), where it cannot be a count. */
export const NUMBERED = '(?:(?<=\\b[Tt]he )(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten) (?=[A-Z]))?';

const PORTFOLIOS: Record<string, string> = { defense: 'Defence', defence: 'Defence', foreign: 'Foreign Affairs', emergencies: 'Emergency Situations' };
export const portfolio = (word = '') => PORTFOLIOS[word.toLowerCase()] ?? titleCase(word.toLowerCase());

type Of = NonNullable<ReturnType<PhraseContext['state']>>;

type Institution = 'GOVERNMENT' | 'ARMED_FORCE' | 'PARLIAMENT' | 'COUNCIL' | 'MINISTRY';

/** How a state's institution is named and identified: "Government of Armenia", government-of-armenia. */
export function institutionSpec(of: { id: string; name: string }, orgType: Institution, title: string, seat?: string): EntitySpec {
  const name = `${title} of ${of.name}`;
  return { id: slugify(name), kind: 'ORGANIZATION', orgType, name, state: of.id, seat };
}

/** A state's peacekeepers as one force: "Russian peacekeepers". */
export function peacekeepersSpec(of: { id: string; demonym: string }): EntitySpec {
  const name = `${of.demonym} peacekeepers`;
  return { id: slugify(name), kind: 'ORGANIZATION', orgType: 'PEACEKEEPING_FORCE', name, state: of.id };
}

export function institution(of: Of | undefined, kind: Institution, title: string, seat?: string): PhraseMatch | undefined {
  return of && { spec: institutionSpec(of, kind, title, seat) };
}

export const re = pattern;

/** A group named by its state, or by the state of the people and places around it (said in a note). */
export function group(of: Of | undefined, c: PhraseContext, orgType: 'OPPOSITION' | 'PROTEST_MOVEMENT', named: (of: Of) => string, bare: string): PhraseMatch {
  const inferred = of ? undefined : c.sentenceState();
  const state = of ?? inferred;
  const name = state ? named(state) : bare;
  const note = inferred ? `The text does not say whose; taken from the people and places in the same sentence (${inferred.name}).` : undefined;
  return { spec: { id: slugify(name), kind: 'ORGANIZATION', orgType, name, state: state?.id, note } };
}

/** An Arabic article joined to the word it opens ("al-Islam", "wal-Muslimin"). */
export const ARTICLE = '(?:al|el|wal|ul|ad|ash|an|ar|as|at|az)-';
/** The small words inside a body's name ("Strategic Framework for the Defence of the People of Azawad"). */
export const JOINER = '(?:of|for|and|de|del|la|des|du|in|on)';
const SMALL_WORD = new RegExp(`^(?:${JOINER}|the)$`, 'i');
const ARTICLE_OPENING = new RegExp(`^${ARTICLE}`, 'i');

/** Whether an acronym is the initials of a name's words (function words and Arabic articles aside). */
export function spellsInitials(acronym: string, name: string): boolean {
  const initials = name
    .split(/\s+/)
    .filter((word) => !SMALL_WORD.test(word))
    .map((word) => word.replace(ARTICLE_OPENING, '')[0]?.toUpperCase())
    .join('');
  return initials.length >= 3 && initials === acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
}
