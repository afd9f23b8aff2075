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
import { ENTITY_PROPERTIES, momentKeys, pointKeys, spanKeys, tollKeys, type KindProperty } from '../model/kind-properties.js';
import { RELATIONSHIP_PROPERTIES } from '../model/properties.js';
import { ENTITY_KINDS } from '../model/vocabulary.js';

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

/**
 * An entity kind's own property as columns, as the vocabulary declares it (each described with the
 * kinds that have it): a span's ends and a moment each beside its precision, a point's degrees and
 * reason, a death toll's figure.
 */
function kindColumns(property: KindProperty): Field<ExportedEntity>[] {
  const kinds = `${property.kinds.join(', ')}:`;
  const description = `${kinds} ${property.description}`;
  const { name, value } = property;
  switch (value.type) {
    case 'text':
    case 'enum':
      return [{ name, type: 'string', description, value: (i) => text(entityProp(i, name)) }];
    case 'boolean':
      return [{ name, type: 'boolean', description, value: (i) => (typeof entityProp(i, name) === 'boolean' ? (entityProp(i, name) as boolean) : null) }];
    case 'number':
      return [{ name, type: value.integer ? 'int' : 'double', description, value: (i) => number(entityProp(i, name)) }];
    case 'span': {
      const k = spanKeys(name);
      return [
        ...dated<ExportedEntity>(
          k.from,
          `${kinds} the start of \`${name}\`.`,
          (i) => partialDateString(entityProp(i, k.from), entityProp(i, k.fromPrecision)),
          (i) => entityProp(i, k.fromPrecision),
        ),
        ...dated<ExportedEntity>(
          k.to,
          `${kinds} the end of \`${name}\`.`,
          (i) => partialDateString(entityProp(i, k.to), entityProp(i, k.toPrecision)),
          (i) => entityProp(i, k.toPrecision),
        ),
      ];
    }
    case 'moment': {
      const k = momentKeys(name);
      return dated<ExportedEntity>(
        name,
        description,
        (i) => isoString(entityProp(i, k.time)) ?? partialDateString(entityProp(i, k.date), entityProp(i, k.precision)),
        (i) => entityProp(i, k.precision),
      );
    }
    case 'point': {
      const k = pointKeys(name);
      return [
        {
          name: k.latitude,
          type: 'double',
          description: `${kinds} degrees north, WGS84, where one point places it.`,
          value: (i) => number(entityProp(i, k.latitude)),
        },
        {
          name: k.longitude,
          type: 'double',
          description: `${kinds} degrees east, WGS84, where one point places it.`,
          value: (i) => number(entityProp(i, k.longitude)),
        },
        { name: k.note, type: 'string', description: `${kinds} why the coordinates are right.`, value: (i) => text(entityProp(i, k.note)) },
      ];
    }
    case 'toll':
      return [{ name: tollKeys(name).figure, type: 'int', description, value: (i) => number(entityProp(i, tollKeys(name).figure)) }];
  }
}

export const ENTITY_FIELDS: Field<ExportedEntity>[] = [
  { name: 'label', type: 'string', description: 'The name.', value: (i) => i.entity.name },
  { name: 'kind', type: 'string', description: `${ENTITY_KINDS.join(', ')}.`, value: (i) => i.entity.kind },
  { name: 'aliases', type: 'string', description: 'Other names.', value: (i) => joined(i.entity.aliases) },
  { name: 'description', type: 'string', description: 'A short description.', value: (i) => i.entity.description },
  ...ENTITY_PROPERTIES.flatMap(kindColumns),
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
