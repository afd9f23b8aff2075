/**
 * How an item of the import format is stored: the properties of a source, an entity, a
 * relationship or a citation as they go into Neo4j (dates as the first and last day they can mean,
 * with their precision; integers as integers; absent values as null, so a merge removes them), and
 * which of them an item states, for an import that only adds to what is stored. The transactional
 * writer and the store files for neo4j-admin both take them from here.
 */
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { CitationInput, CoordinatesInput, EntityInput, RelationshipInput, TimeSpanInput } from '../model/format.js';
import { dateTimeOf, firstDay, lastDay, precisionOf } from './dates.js';
import { victimsOf } from '../model/statements.js';
import { MEASURES, PROPERTY_GROUPS } from '../model/properties.js';
import { ENTITY_PROPERTY_GROUPS, ENTITY_STORED_KEYS, kindPropertiesOf, momentKeys, pointKeys, spanKeys, tollKeys } from '../model/kind-properties.js';
import type { KindPropertySpec } from '../model/vocabulary.js';
import type { ResolvedSource } from './validated.js';

export type Props = Record<string, unknown>;

/** Measures, stored as floats even when whole (a figure of 71, an area of 10, a latitude of 40), whichever path writes them. */
export const FLOAT_PROPERTIES: ReadonlySet<string> = new Set([...MEASURES, ...ENTITY_STORED_KEYS.filter((k) => k.type === 'double').map((k) => k.key)]);

/**
 * Properties that merge into the node or relationship; null removes a value the document dropped.
 * An empty list is no value either (no aliases), so every path stores it the same way: absent.
 */
function props(values: Props): Props {
  // A loop, not entries/map/fromEntries: the bulk path stores millions of these.
  const stored: Props = {};
  for (const key in values) {
    const value = values[key];
    stored[key] =
      value === undefined || (Array.isArray(value) && !value.length)
        ? null
        : typeof value === 'number' && Number.isInteger(value) && !FLOAT_PROPERTIES.has(key)
          ? neo4j.int(value)
          : value;
  }
  return stored;
}

function span(prefix: string, time: TimeSpanInput | undefined): Props {
  const keys = spanKeys(prefix, prefix === 'valid' ? 'timeNote' : undefined);
  return {
    [keys.from]: time?.from ? firstDay(time.from) : null,
    [keys.fromPrecision]: time?.from ? precisionOf(time.from) : null,
    [keys.to]: time?.to ? lastDay(time.to) : null,
    [keys.toPrecision]: time?.to ? precisionOf(time.to) : null,
    [keys.note]: time?.note ?? null,
  };
}

/** An entity kind's own property as stored, as the vocabulary declares it; a simple one left out has its default when `defaults`. */
function kindProps(name: string, spec: KindPropertySpec, value: unknown, defaults: boolean): Props {
  switch (spec.value.type) {
    case 'span':
      return span(name, value as TimeSpanInput | undefined);
    case 'moment': {
      const keys = momentKeys(name);
      if (typeof value !== 'string') return { [keys.date]: null, [keys.precision]: null, [keys.time]: null };
      return {
        [keys.date]: spec.value.bound === 'first' ? firstDay(value) : lastDay(value),
        [keys.precision]: precisionOf(value),
        [keys.time]: dateTimeOf(value) ?? null,
      };
    }
    case 'point': {
      // A place's point (Region, Event), for maps, with why it is right.
      const keys = pointKeys(name);
      const point = value as CoordinatesInput | undefined;
      return { [keys.latitude]: point?.latitude, [keys.longitude]: point?.longitude, [keys.note]: point?.note };
    }
    case 'toll': {
      const keys = tollKeys(name);
      const toll = value as { figure: number; qualifier: string; text: string } | undefined;
      return { [keys.figure]: toll?.figure, [keys.qualifier]: toll?.qualifier, [keys.text]: toll?.text };
    }
    default:
      return { [name]: value ?? (defaults ? spec.default : undefined) };
  }
}

export function sourceProps(source: ResolvedSource): Props {
  return props({
    title: source.title,
    publisher: source.publisher ?? null,
    url: source.url ?? null,
    language: source.language,
    originalLanguage: source.originalLanguage,
    note: source.note,
    text: source.text,
    sha256: source.sha256,
    ...span('published', source.published),
  });
}

/**
 * An entity's stored properties. With `defaults` (a new entity), a field the format defaults
 * (`recognized`, `status`) has its default when left out; without, it is left out like any other.
 */
export function entityProps(entity: EntityInput, { defaults = true } = {}): Props {
  const values = entity as Record<string, unknown>;
  const own = Object.entries(kindPropertiesOf(entity.kind)).map(([name, spec]) => kindProps(name, spec, values[name], defaults));
  return props(Object.assign({ name: entity.name, aliases: entity.aliases, description: entity.description, note: entity.note }, ...own));
}

export function relationshipProps(relationship: RelationshipInput): Props {
  const { id: _id, type: _type, from: _from, to: _to, citations: _citations, time, confidence, note, ...specific } = relationship;
  // Whom a figure counts is stored, read from its unit when not given, so figures compare by it.
  const counted = relationship.type === 'REPORTS' ? { victims: relationship.victims ?? victimsOf(relationship.unit) } : {};
  return props({ confidence, note, ...span('valid', time), ...specific, ...counted });
}

/**
 * Properties that say one thing together: a date with its precision (and an event's time of day),
 * a property with those of its group in the vocabulary (a figure with its qualifier and words, a
 * point with its reason), a text with its hash.
 */
const GROUPS: readonly (readonly string[])[] = [
  ...['valid', 'published'].flatMap((p) => [
    [`${p}From`, `${p}FromPrecision`],
    [`${p}To`, `${p}ToPrecision`],
  ]),
  ...ENTITY_PROPERTY_GROUPS,
  ...PROPERTY_GROUPS,
  ['text', 'sha256'],
];
const GROUP_OF = new Map(GROUPS.flatMap((group) => group.map((key) => [key, group] as const)));

/**
 * Of an item's stored properties, those its document states: a value the document leaves out is
 * not stated (an import leaves it as stored), but a property of a group it states is (a date
 * given without a time of day clears the time stored with the old date).
 */
export function statedProps(values: Props): Props {
  return Object.fromEntries(Object.entries(values).filter(([key]) => (GROUP_OF.get(key) ?? [key]).some((member) => values[member] != null)));
}

/** Of stated properties, those no property of whose group is `taken` (so a filled gap never splits a group). */
export function untakenProps(values: Props, taken: ReadonlySet<string>): Props {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !(GROUP_OF.get(key) ?? [key]).some((member) => taken.has(member))));
}

export interface CitationRow {
  id: string;
  about: string;
  aboutKind: 'ENTITY' | 'RELATIONSHIP';
  source: string;
  quote: string;
  assertedBy: string | null;
  via: string | null;
  note: string | null;
}

/** A citation's id is a hash of everything it says, so the same citation always merges into one node. */
export function citationRow(aboutKind: CitationRow['aboutKind'], about: string, citation: CitationInput, defaultSource: string | undefined): CitationRow {
  const row = {
    about,
    aboutKind,
    source: citation.source ?? (defaultSource as string),
    quote: citation.quote,
    assertedBy: citation.assertedBy ?? null,
    via: citation.via ?? null,
    note: citation.note ?? null,
  };
  const id = createHash('sha256').update(JSON.stringify(row)).digest('hex').slice(0, 24);
  return { id, ...row };
}
