/**
 * What a relationship rule is and the words rules are written in. A rule is a pattern over the
 * masked sentence (slots for mentions, verb lexicons with every conjugation) and a builder that
 * turns a match into relationships; or a test on each mention ("an institution is part of its
 * state"). Tables of rules live one file per relationship type beside this one.
 */
import type { Confidence, EventType, RelationshipType } from '../../model/vocabulary.js';
import type { Attribution } from '../attribution.js';
import type { DraftEntity, Registry } from '../entities.js';
import type { Events } from '../events.js';
import type { Masked, Mention } from '../mentions/mask.js';
import { conjugations } from '../nlp.js';
import { pattern } from '../pattern.js';
import type { Sentence } from '../sentences.js';
import type { TimeExpression } from '../time.js';

export interface RuleContext {
  sentence: Sentence;
  masked: Masked;
  registry: Registry;
  attribution: Attribution;
  events: Events;
  times: TimeExpression[];
  slot(n: string | undefined): Mention | undefined;
  entity(n: string | undefined): DraftEntity | undefined;
  /** The entities a slot stands for as an actor: a capital or demonym its state, "both countries" each. */
  actors(n: string | undefined): string[];
  /** The slots a list ("⟦1⟧, ⟦2⟧ and ⟦3⟧") names. */
  list(text: string | undefined): string[];
  /** The actor the clause ending at `at` is about: its first actor not inside a prepositional phrase. */
  subject(at: number): string[];
  /** An event of these types named in the sentence, else the one the report last spoke of. */
  event(types: readonly EventType[]): DraftEntity | undefined;
}

export interface Found {
  from: string | string[];
  to: string | string[];
  extra?: Record<string, unknown>;
  note?: string;
  score?: number;
  /** Overrides what the attribution says (an accusation is always its accuser's claim). */
  confidence?: Confidence;
  assertedBy?: string;
  /** Taken for granted by the sentence (a relative clause), not part of what it assesses. */
  presupposed?: boolean;
  /** Where in the masked sentence the statement is, for its attribution; the match's start if absent. */
  at?: number;
}

export type Groups = Record<string, string | undefined>;

export interface Rule {
  name: string;
  score: number;
  pattern?: RegExp;
  build?(groups: Groups, context: RuleContext, match: RegExpMatchArray): Found | Found[] | undefined;
  /** A rule about each mention rather than a pattern: called once per slot. */
  each?(mention: Mention, context: RuleContext): Found | Found[] | undefined;
}

/** A relationship a rule proposed, with where it was read. */
export interface Candidate {
  type: RelationshipType;
  from: string;
  to: string;
  extra: Record<string, unknown>;
  notes: string[];
  score: number;
  rule: string;
  confidence: Confidence;
  assertedBy?: string;
  via?: string;
  sentence: Sentence;
  /** The words for its ends and what else the clause names, each with the entity it stands for. */
  mentions: { start: number; end: number; text: string; entity?: string }[];
  time?: { from: string; to?: string; note: string };
}

export interface RuleTable {
  type: RelationshipType;
  rules: readonly Rule[];
  /** Relationships the text implies through others (after all sentences are read), each said in a note. */
  infer?(candidates: readonly Candidate[], registry: Registry): Candidate[];
}

/** Every form of the verbs, as one alternative: `V('accuse', 'blame')`. */
export const V = (...lemmas: string[]) => `\\b(?:${lemmas.flatMap(conjugations).join('|')})\\b`;
/** An actor: a state, organization or person, a capital standing for its state, a pronoun. */
export const ACTOR = (g: string) => `(?:the )?⟦(?<${g}>\\d+):(?:S|O|L|Rc|Oa)[px]?⟧`;
export const STATE = (g: string) => `(?:the )?⟦(?<${g}>\\d+):(?:S|Rc)[pdx]?⟧`;
export const PLACE = (g: string) => `(?:the )?⟦(?<${g}>\\d+):(?:R|S)[cx]?⟧`;
/** Places in a list: "Goris, Sotk and Jermuk". */
export const PLACES = (g: string) => `(?:the )?(?<${g}>⟦\\d+:(?:R|S)[cx]?⟧(?:(?:,? and |, )⟦\\d+:(?:R|S)[cx]?⟧)*)`;
export const EVENT = (g: string) => `(?:(?:the|this|that|such(?: an?)?|an?) )?(?:\\w+'s )?⟦(?<${g}>\\d+):Ex?⟧`;
/** "A, B and C", "A and the paramilitary B": a list ends at its "and". */
export const LIST = (g: string) => `(?:the )?(?<${g}>⟦\\d+:[SOL][px]?⟧(?:, (?:the )?⟦\\d+:[SOL][px]?⟧)*(?:,? and (?:the )?(?:[a-z-]+ )?⟦\\d+:[SOL][px]?⟧)?)`;
/** Words between, but no other mention and no clause end. */
export const GAP = '[^.;⟦]{0,60}?';
/** Anything within the clause, mentions included. */
export const ANY = '[^.;]{0,140}?';
/** Anything within the clause but another event. */
export const ANY_BUT_EVENT = '(?:(?!⟦\\d+:E)[^.;]){0,140}?';
/**
 * Where a clause of its own begins: a conjunction or participle after a comma ("…, leaving", "…, when",
 * "…, saying"), a condition ("if"), "in which", or "after"/"before" with a named subject ("after X rockets
 * hit"; not "after talks in Y"). What such a clause names belongs to its own event, not the one before it.
 */
export const CLAUSE_BREAK =
  '(?:,\\s*(?:when|where|while|whereas|since|leaving|saying|including|bringing|adding|prompting|although|though|because)\\b|\\b(?:if|unless|when|whereas|in which|during which|after which)\\b|\\b(?:after|before|until|since) (?:the |an? )?(?:[a-z]+ )?⟦)';
/** Anything up to the start of another clause, mentions included. */
export const ANY_IN_CLAUSE = `(?:(?!${CLAUSE_BREAK})[^.;]){0,140}?`;
/** Anything up to the start of another clause, but another event. */
export const IN_CLAUSE = `(?:(?!⟦\\d+:E|${CLAUSE_BREAK})[^.;]){0,140}?`;
export const AUX = '(?:(?:has|have|had|is|are|was|were|will|would|be|been|also|reportedly|allegedly|again|in turn)\\s+)*';
export const POSS = "['’]s";

export const rule = (source: string, flags = 'gu') => pattern(source, flags);
