/**
 * The attributes an entity or a relationship leaves as in a flat export (GraphML's typed keys, a
 * CSV's columns): one ordered list of named, typed fields each, read from the stored record, with
 * dates as the source gave them (`2020`, `2022-09`, `2022-09-14`) each beside its precision, a
 * place's point, and its citations: GraphML joins each citation's quote, asserter and relay into
 * one attribute; a CSV leaves those to citations.csv, a row per citation, where they stay paired.
 */
import { isoString, partialDateString } from '../graph/dates.js';
import type { ExportedEntity, ExportedRelationship } from '../graph/export.js';
import type { CitationRecord } from '../graph/records.js';
import type { SourceRecord } from '../graph/sources.js';
import { RELATIONSHIP_PROPERTIES } from '../model/properties.js';

/** GraphML's attribute types (NetworkX, Gephi and yEd read all of them). */
export type FieldType = 'string' | 'int' | 'double' | 'boolean';

export interface Field<T> {
  name: string;
  type: FieldType;
  description: string;
  value(item: T): string | number | boolean | null;
  /** Joins what each citation says (quotes, who asserts them): only where a row per citation cannot be had. */
  joinsCitations?: true;
}

/** Several values in one cell: a list joined, never split mid-value by a separator a value holds. */
const joined = (values: readonly (string | null | undefined)[], separator = '; ') => {
  const present = values.filter((value): value is string => Boolean(value));
  return present.length ? present.join(separator) : null;
};
const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The fields every cited item has: where it comes from, what the source says, who says it. */
function citationFields<T>(citations: (item: T) => CitationRecord[]): Field<T>[] {
  return [
    {
      name: 'quote',
      type: 'string',
      description: 'The quoted sentences, one per line.',
      value: (i) =>
        joined(
          citations(i).map((c) => c.quote),
          '\n',
        ),
      joinsCitations: true,
    },
    { name: 'source', type: 'string', description: 'The ids of the sources quoted.', value: (i) => joined([...new Set(citations(i).map((c) => c.sourceId))]) },
    {
      name: 'assertedBy',
      type: 'string',
      description: 'Who the sources quote as saying it (entity ids).',
      value: (i) => joined([...new Set(citations(i).map((c) => c.assertedById))]),
      joinsCitations: true,
    },
    {
      name: 'via',
      type: 'string',
      description: 'The agencies the sources relay it through (entity ids).',
      value: (i) => joined([...new Set(citations(i).map((c) => c.viaId))]),
      joinsCitations: true,
    },
    { name: 'citations', type: 'int', description: 'How many citations it has.', value: (i) => citations(i).length },
  ];
}

/** A date as the source gave it, and beside it its precision (YEAR, MONTH or DAY). */
function dated<T>(name: string, description: string, value: (item: T) => string | null, precision: (item: T) => unknown): Field<T>[] {
  return [
    { name, type: 'string', description, value },
    { name: `${name}Precision`, type: 'string', description: `YEAR, MONTH or DAY: how precisely the source dates ${name}.`, value: (i) => text(precision(i)) },
  ];
}

const entityProp = (item: ExportedEntity, key: string) => item.entity.properties[key];
const eventDate = (item: ExportedEntity, prefix: 'start' | 'end') =>
  isoString(entityProp(item, `${prefix}Time`)) ?? partialDateString(entityProp(item, `${prefix}Date`), entityProp(item, `${prefix}Precision`));

export const ENTITY_FIELDS: Field<ExportedEntity>[] = [
  { name: 'label', type: 'string', description: 'The name.', value: (i) => i.entity.name },
  { name: 'kind', type: 'string', description: 'STATE, LEADER, ORGANIZATION, REGION or EVENT.', value: (i) => i.entity.kind },
  { name: 'aliases', type: 'string', description: 'Other names.', value: (i) => joined(i.entity.aliases) },
  { name: 'description', type: 'string', description: 'A short description.', value: (i) => i.entity.description },
  { name: 'isoCode', type: 'string', description: 'STATE: ISO 3166-1 code.', value: (i) => text(entityProp(i, 'isoCode')) },
  {
    name: 'recognized',
    type: 'boolean',
    description: 'STATE: false for a de facto state.',
    value: (i) => (typeof entityProp(i, 'recognized') === 'boolean' ? (entityProp(i, 'recognized') as boolean) : null),
  },
  { name: 'office', type: 'string', description: 'LEADER: the office held.', value: (i) => text(entityProp(i, 'office')) },
  ...dated<ExportedEntity>(
    'termFrom',
    'LEADER: the term’s start.',
    (i) => partialDateString(entityProp(i, 'termFrom'), entityProp(i, 'termFromPrecision')),
    (i) => entityProp(i, 'termFromPrecision'),
  ),
  ...dated<ExportedEntity>(
    'termTo',
    'LEADER: the term’s end.',
    (i) => partialDateString(entityProp(i, 'termTo'), entityProp(i, 'termToPrecision')),
    (i) => entityProp(i, 'termToPrecision'),
  ),
  { name: 'orgType', type: 'string', description: 'ORGANIZATION: what sort.', value: (i) => text(entityProp(i, 'orgType')) },
  { name: 'regionType', type: 'string', description: 'REGION: what sort.', value: (i) => text(entityProp(i, 'regionType')) },
  {
    name: 'latitude',
    type: 'double',
    description: 'REGION, EVENT: degrees north, WGS84, where one point places it.',
    value: (i) => number(entityProp(i, 'latitude')),
  },
  {
    name: 'longitude',
    type: 'double',
    description: 'REGION, EVENT: degrees east, WGS84, where one point places it.',
    value: (i) => number(entityProp(i, 'longitude')),
  },
  {
    name: 'coordinatesNote',
    type: 'string',
    description: 'REGION, EVENT: why the coordinates are right.',
    value: (i) => text(entityProp(i, 'coordinatesNote')),
  },
  { name: 'eventType', type: 'string', description: 'EVENT: what sort.', value: (i) => text(entityProp(i, 'eventType')) },
  { name: 'status', type: 'string', description: 'EVENT: occurred, ongoing, planned or proposed.', value: (i) => text(entityProp(i, 'status')) },
  ...dated<ExportedEntity>(
    'start',
    'EVENT: when it began (with the time of day, where the source gives one).',
    (i) => eventDate(i, 'start'),
    (i) => entityProp(i, 'startPrecision'),
  ),
  ...dated<ExportedEntity>(
    'end',
    'EVENT: when it ended.',
    (i) => eventDate(i, 'end'),
    (i) => entityProp(i, 'endPrecision'),
  ),
  { name: 'deaths', type: 'int', description: 'EVENT: the death toll the source gives itself.', value: (i) => number(entityProp(i, 'deaths')) },
  { name: 'note', type: 'string', description: 'Curation notes.', value: (i) => text(entityProp(i, 'note')) },
  ...citationFields<ExportedEntity>((i) => i.citations),
];

const relProp = (item: ExportedRelationship, key: string) => item.relationship.properties[key];
const relText = (key: string, description: string): Field<ExportedRelationship> => ({
  name: key,
  type: 'string',
  description,
  value: (i) => text(relProp(i, key)),
});
const relNumber = (key: string, type: 'int' | 'double', description: string): Field<ExportedRelationship> => ({
  name: key,
  type,
  description,
  value: (i) => number(relProp(i, key)),
});

/** A relationship type's own property as a column: a set's values joined in one cell, an entity by its id. */
function ownColumn(property: (typeof RELATIONSHIP_PROPERTIES)[number]): Field<ExportedRelationship> {
  const description = `${property.types.join(', ')}: ${property.description}`;
  const { value } = property;
  if (value.type === 'number') return relNumber(property.name, value.integer ? 'int' : 'double', description);
  if (value.type === 'enum' && value.list) {
    return {
      name: property.name,
      type: 'string',
      description,
      value: (i) => (Array.isArray(relProp(i, property.name)) ? joined(relProp(i, property.name) as string[]) : null),
    };
  }
  return relText(property.name, description);
}

export const RELATIONSHIP_FIELDS: Field<ExportedRelationship>[] = [
  { name: 'label', type: 'string', description: 'The relationship type in words.', value: (i) => i.relationship.type.replaceAll('_', ' ').toLowerCase() },
  { name: 'type', type: 'string', description: 'The relationship type, e.g. SUPPORTS.', value: (i) => i.relationship.type },
  { name: 'fromName', type: 'string', description: 'The name of the entity it goes from.', value: (i) => i.fromName },
  { name: 'toName', type: 'string', description: 'The name of the entity it goes to.', value: (i) => i.toName },
  relText('confidence', 'REPORTED_FACT, CLAIM or ASSESSMENT.'),
  ...dated<ExportedRelationship>(
    'validFrom',
    'When it began to hold, at the source’s precision.',
    (i) => partialDateString(relProp(i, 'validFrom'), relProp(i, 'validFromPrecision')),
    (i) => relProp(i, 'validFromPrecision'),
  ),
  ...dated<ExportedRelationship>(
    'validTo',
    'When it stopped holding, at the source’s precision.',
    (i) => partialDateString(relProp(i, 'validTo'), relProp(i, 'validToPrecision')),
    (i) => relProp(i, 'validToPrecision'),
  ),
  relText('timeNote', 'How the dates were worked out.'),
  ...RELATIONSHIP_PROPERTIES.map(ownColumn),
  relText('note', 'Curation notes.'),
  ...citationFields<ExportedRelationship>((i) => i.relationship.citations),
];

/** A citation as a row of its own: what it cites, in which source, who says it. */
export interface ExportedCitation {
  citation: CitationRecord;
  itemType: 'ENTITY' | 'RELATIONSHIP';
}

export const CITATION_FIELDS: Field<ExportedCitation>[] = [
  { name: 'itemId', type: 'string', description: 'The id of the entity or relationship it cites the source for.', value: (i) => i.citation.about },
  { name: 'itemType', type: 'string', description: 'ENTITY or RELATIONSHIP.', value: (i) => i.itemType },
  { name: 'sourceId', type: 'string', description: 'The source quoted (a row of sources.csv).', value: (i) => i.citation.sourceId },
  { name: 'quote', type: 'string', description: 'The sentence, verbatim from the source.', value: (i) => i.citation.quote },
  {
    name: 'assertedBy',
    type: 'string',
    description: 'The entity the source quotes as saying it; empty when the source says it itself.',
    value: (i) => i.citation.assertedById,
  },
  { name: 'via', type: 'string', description: 'The agency the source relays it through, if any (entity id).', value: (i) => i.citation.viaId },
  { name: 'note', type: 'string', description: 'A curation note on this citation.', value: (i) => i.citation.note },
];

const sourceProp = (source: SourceRecord, key: string) => source.properties[key];

export const SOURCE_FIELDS: Field<SourceRecord>[] = [
  { name: 'title', type: 'string', description: 'The title.', value: (s) => text(sourceProp(s, 'title')) },
  { name: 'publisher', type: 'string', description: 'Who published it, where known.', value: (s) => text(sourceProp(s, 'publisher')) },
  { name: 'url', type: 'string', description: 'Where it was published, where known.', value: (s) => text(sourceProp(s, 'url')) },
  ...dated<SourceRecord>(
    'publishedFrom',
    'The first day it can have been published.',
    (s) => partialDateString(sourceProp(s, 'publishedFrom'), sourceProp(s, 'publishedFromPrecision')),
    (s) => sourceProp(s, 'publishedFromPrecision'),
  ),
  ...dated<SourceRecord>(
    'publishedTo',
    'The last day it can have been published.',
    (s) => partialDateString(sourceProp(s, 'publishedTo'), sourceProp(s, 'publishedToPrecision')),
    (s) => sourceProp(s, 'publishedToPrecision'),
  ),
  { name: 'language', type: 'string', description: 'The language of the text (ISO 639-1).', value: (s) => text(sourceProp(s, 'language')) },
  {
    name: 'originalLanguage',
    type: 'string',
    description: 'The language it was translated from, if any (ISO 639-1).',
    value: (s) => text(sourceProp(s, 'originalLanguage')),
  },
];
