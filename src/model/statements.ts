/**
 * Statements per source: when two sources state the same relationship (or entity), each keeps its
 * own values, and which of them the item answers with is a fixed rule. This module says what "the
 * same" is, which values sources can disagree on, and how a figure's unit says whom it counts. The
 * writer (src/graph/import.ts), the draft matcher and `contested` all read it from here.
 *
 * - **The same relationship**: the same type, the same two ends, and the same values of the type's
 *   identifying properties (`identity` in the vocabulary): a report's category, whose losses and
 *   whom it counts (MILITARY, CIVILIAN); what an accusation alleges, by its gist (the same content
 *   words, most of them: "shelling border towns" and "the shelling of border towns" are one
 *   accusation, "treason" is another). Everything else — confidence, dates, a figure, a role — is
 *   a value each source states for itself.
 * - **What it answers**: the values of the source that stated it first. A later source never
 *   changes them, however firmly it speaks: its values are its own statement, shown beside the
 *   answer, and where they differ `contested` lists the disagreement. Only an explicit act changes
 *   the answer: an edit (`updateRelationship`, `updateEntity`) or a reviewer choosing REPLACE for a
 *   drafted item; the values replaced stay as their sources' statements, and versions keep them.
 * - **The same source again** (a document re-imported, corrected) restates its own statement: the
 *   answer, when it is the answering source, else its statement.
 */
import { gistOf } from './properties.js';
import { RELATIONSHIP_TYPES, type RelationshipType, type RelationshipTypeSpec, type VictimGroup } from './vocabulary.js';
import { fold } from './names.js';

const spec = (type: RelationshipType) => RELATIONSHIP_TYPES[type] as RelationshipTypeSpec;

/** The identifying properties of a relationship type. */
export const identityKeys = (type: RelationshipType): readonly string[] => spec(type).identity ?? [];

const DATES = ['validFrom', 'validFromPrecision', 'validTo', 'validToPrecision'];

/** The stored values of a relationship type that sources can disagree on. */
export const comparedRelationshipKeys = (type: RelationshipType): readonly string[] => ['confidence', ...DATES, ...(spec(type).compared ?? [])];

/** The stored values of an entity kind that sources can disagree on, as the vocabulary marks them `compared`. */
export { COMPARED_ENTITY_KEYS } from './kind-properties.js';

const MILITARY =
  /\b(soldiers?|troops?|servicem[ae]n|service ?members?|servicewom[ae]n|military personnel|fighters?|combatants?|militants?|rebels?|conscripts?|officers and soldiers|guards?|sailors?|marines?|paratroopers?|militiam[ae]n|insurgents?|jihadists?)\b/;
const CIVILIAN =
  /\b(civilians?|residents?|villagers?|children|women|inhabitants?|non-combatants?|passers-?by|worshippers?|students?|pupils?|patients?|refugees?|journalists?|aid workers?)\b/;

/** Whom a figure's unit counts: "troops killed" and "servicemen" are MILITARY, "civilians" CIVILIAN; "people" says neither. */
export function victimsOf(unit: string | null | undefined): VictimGroup | undefined {
  const words = fold(unit ?? '');
  const military = MILITARY.test(words);
  const civilian = CIVILIAN.test(words);
  return military === civilian ? undefined : military ? 'MILITARY' : 'CIVILIAN';
}

const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'by',
  'with',
  'and',
  'or',
  'its',
  'their',
  'his',
  'her',
  'from',
  'into',
  'over',
  'against',
  'along',
  'near',
  'is',
  'was',
  'were',
  'be',
  'being',
  'that',
  'this',
  'these',
  'those',
]);

/** The content words of a phrase, folded and crudely stemmed ("shelling", "shelled" → "shell"). */
export function gist(phrase: string): Set<string> {
  return new Set(
    fold(phrase)
      .split(/[^a-z0-9]+/)
      .filter((word) => word && !STOP.has(word))
      .map((word) => word.replace(/(?:ing|ed|es|s)$/, '') || word),
  );
}

/** Whether two phrases say the same thing: most of the content words of the shorter are in the longer. */
export function sameGist(a: string, b: string): boolean {
  const x = gist(a);
  const y = gist(b);
  if (!x.size || !y.size) return fold(a).trim() === fold(b).trim();
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  const shared = [...small].filter((word) => large.has(word)).length;
  return shared / small.size >= 0.6 && shared / large.size >= 0.4;
}

/** A stored value in a comparable form: absent is null; dates, integers and lists as text. */
function comparable(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.length ? value.map(String).sort().join('\u0000') : null;
  return String(value);
}

export const sameValue = (a: unknown, b: unknown): boolean => comparable(a) === comparable(b);

/** A relationship as the matcher compares it: its type, ends and stored (or format) values. */
export interface StatedRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  values: Record<string, unknown>;
}

/** Whether two statements are of the same relationship (see the module comment). */
export function sameRelationship(a: StatedRelationship, b: StatedRelationship): boolean {
  if (a.type !== b.type || a.from !== b.from || a.to !== b.to) return false;
  return identityKeys(a.type).every((key) => {
    const x = a.values[key];
    const y = b.values[key];
    return key === gistOf(a.type) && typeof x === 'string' && typeof y === 'string' ? sameGist(x, y) : sameValue(x, y);
  });
}

/** The compared keys whose stated value differs from the answer's (a value a statement leaves out is no difference). */
export function differences(keys: readonly string[], answer: Record<string, unknown>, stated: Record<string, unknown>): string[] {
  return keys.filter((key) => stated[key] !== null && stated[key] !== undefined && !sameValue(answer[key], stated[key]));
}

/** What a reviewer chose for a drafted item the graph already holds. */
export const REVIEW_CHOICES = {
  CORROBORATE: 'The report says what the graph says: add its citation; its own wording of the values is not kept.',
  CONTEST: 'The report says something else: keep its values as its statement beside the graph’s, shown in `contested`.',
  REPLACE: 'The report is right and the graph is not: its values become what the item answers (the old ones stay as their sources’ statements).',
} as const;
export type ReviewChoice = keyof typeof REVIEW_CHOICES;
