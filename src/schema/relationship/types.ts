/**
 * Relationships as typed edges. Every relationship type of the model becomes an object type
 * implementing `Relationship` (ACCUSES → Accusation, with the fields the vocabulary declares for it), with when it holds, how
 * firmly the source stands behind it, the sentences it rests on, and its audit and retraction.
 */
import type { ObjectRef } from '@pothos/core';
import { isoString, partialDateString } from '../../graph/dates.js';
import type { EntityRecord, RelationshipRecord } from '../../graph/records.js';
import { propertiesOf } from '../../model/properties.js';
import {
  CONFIDENCES,
  FIGURE_QUALIFIERS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  type PropertySpec,
  type RelationshipType,
} from '../../model/vocabulary.js';
import { builder, reads, type Types } from '../builder.js';
import { Entity } from '../entity/ref.js';
import { ConfidenceEnum, DatePrecisionEnum, RelationshipTypeEnum, VALUE_SET_ENUMS, type FigureQualifierEnum } from '../enums.js';
import { NAMES } from '../names.js';
import { Citation, loadCitations } from '../source/types.js';
import { Relationship } from './ref.js';

const prop = (r: RelationshipRecord, key: string) => r.properties[key];
const str = (r: RelationshipRecord, key: string) => (typeof prop(r, key) === 'string' ? (prop(r, key) as string) : null);
const num = (r: RelationshipRecord, key: string) => (typeof prop(r, key) === 'number' ? (prop(r, key) as number) : null);

/** The entity at one end: as it stood, for one read as known at a moment; the record read with it; else its id. */
const end = (r: RelationshipRecord, side: 'from' | 'to'): EntityRecord | string => r.known?.[side] ?? (r.other && r.other.id === r[side] ? r.other : r[side]);

Relationship.implement({
  description:
    'A relationship one entity has to another, as a source states it: with when it holds, how firmly the ' +
    'source stands behind it, and the quoted sentences it rests on.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (r) => NAMES[r.type].object,
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'The stable id of the relationship, e.g. `russia-supports-armenia`.', extensions: reads() }),
    type: t.field({ type: RelationshipTypeEnum, description: 'What kind of relationship this is.', extensions: reads(), resolve: (r) => r.type }),
    from: t.field({ type: Entity, description: 'The entity the relationship goes from (the accuser, the supporter, …).', resolve: (r) => end(r, 'from') }),
    to: t.field({ type: Entity, description: 'The entity the relationship goes to (the accused, the supported, …).', resolve: (r) => end(r, 'to') }),
    validFrom: t.field({
      type: 'Date',
      nullable: true,
      description: 'The first day it can have held, at `validFromPrecision`; null when the source gives no start.',
      extensions: reads('validFrom'),
      resolve: (r) => partialDateString(prop(r, 'validFrom'), 'DAY'),
    }),
    validFromPrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'Whether the source gives the start to the year, month or day.',
      extensions: reads('validFromPrecision'),
      resolve: (r) => str(r, 'validFromPrecision') as 'YEAR' | 'MONTH' | 'DAY' | null,
    }),
    validTo: t.field({
      type: 'Date',
      nullable: true,
      description: 'The last day it can have held, at `validToPrecision`; null when open-ended.',
      extensions: reads('validTo'),
      resolve: (r) => partialDateString(prop(r, 'validTo'), 'DAY'),
    }),
    validToPrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'Whether the source gives the end to the year, month or day.',
      extensions: reads('validToPrecision'),
      resolve: (r) => str(r, 'validToPrecision') as 'YEAR' | 'MONTH' | 'DAY' | null,
    }),
    timeNote: t.string({
      nullable: true,
      description: 'How the dates were worked out from the source.',
      extensions: reads('timeNote'),
      resolve: (r) => str(r, 'timeNote'),
    }),
    confidence: t.field({
      type: ConfidenceEnum,
      description: 'A reported fact, a claim by a party, or an assessment.',
      extensions: reads('confidence'),
      resolve: (r) => str(r, 'confidence') as keyof typeof CONFIDENCES,
    }),
    note: t.string({
      nullable: true,
      description: 'Curation notes: corrected slips, what the source leaves vague.',
      extensions: reads('note'),
      resolve: (r) => str(r, 'note'),
    }),
    citations: t.field({
      type: [Citation],
      description: 'The sentences that state it, with who asserts each.',
      resolve: (r, _args, context) => r.citations ?? loadCitations(context, r.id),
    }),
  }),
});

/** Object types with the fields only their type has. */
export const OBJECT_TYPES = {} as Record<RelationshipType, ObjectRef<Types, RelationshipRecord>>;
for (const type of RELATIONSHIP_TYPE_NAMES) {
  const ref = builder.objectRef<RelationshipRecord>(NAMES[type].object);
  builder.node(ref, {
    description: `${RELATIONSHIP_TYPES[type].description} (${type}: the source entity ${RELATIONSHIP_TYPES[type].phrase} the target.)`,
    interfaces: [Relationship],
    id: { resolve: (r) => r.id },
    loadMany: async (ids, context) => {
      const loaded = await Relationship.getDataloader(context).loadMany(ids);
      return loaded.map((r) => (r instanceof Error || r?.type !== type ? null : r));
    },
    isTypeOf: (value) => (value as RelationshipRecord).type === type,
    fields: () => ({}),
  });
  OBJECT_TYPES[type] = ref;
}

/**
 * A type's own fields, one per property the vocabulary declares for it: text, numbers, a value of a
 * set (its enum), or an entity. A field is non-null when every relationship of the type has it.
 */
function ownField(t: PothosSchemaTypes.ObjectFieldBuilder<Types, RelationshipRecord>, name: string, spec: PropertySpec) {
  const { description } = spec;
  const value = spec.value;
  const nullable = !spec.required || (value.type === 'number' && value.nullable === true);
  switch (value.type) {
    case 'text':
      return nullable
        ? t.string({ nullable: true, description, extensions: reads(name), resolve: (r) => str(r, name) })
        : t.string({ description, extensions: reads(name), resolve: (r) => str(r, name) ?? '' });
    case 'number':
      return value.integer
        ? t.int({ nullable: true, description, extensions: reads(name), resolve: (r) => num(r, name) })
        : t.float({ nullable: true, description, extensions: reads(name), resolve: (r) => num(r, name) });
    case 'entity':
      // The planner reads an entity at an end or in `whose` as structure, not as a stored value.
      return t.field({ type: Entity, nullable: true, description, resolve: (r) => str(r, name) });
    case 'enum': {
      const type = VALUE_SET_ENUMS[value.of] as typeof FigureQualifierEnum;
      type Value = keyof typeof FIGURE_QUALIFIERS;
      if (value.list) {
        return t.field({
          type: [type],
          description,
          extensions: reads(name),
          resolve: (r) => (Array.isArray(prop(r, name)) ? (prop(r, name) as Value[]) : []),
        });
      }
      return nullable
        ? t.field({ type, nullable: true, description, extensions: reads(name), resolve: (r) => str(r, name) as Value | null })
        : t.field({ type, description, extensions: reads(name), resolve: (r) => str(r, name) as Value });
    }
  }
}

for (const type of RELATIONSHIP_TYPE_NAMES) {
  const properties = Object.entries(propertiesOf(type));
  if (properties.length) builder.objectFields(OBJECT_TYPES[type], (t) => Object.fromEntries(properties.map(([name, spec]) => [name, ownField(t, name, spec)])));
}

/* Audit and retraction, on every relationship. */

builder.interfaceFields(Relationship, (t) => ({
  retracted: t.boolean({
    description: 'True when it was retracted: kept for the record, but no longer counted.',
    extensions: reads('retractedAt'),
    resolve: (r) => Boolean(prop(r, 'retractedAt')),
  }),
  retractedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it was retracted.',
    extensions: reads('retractedAt'),
    resolve: (r) => isoString(prop(r, 'retractedAt')),
  }),
  retractedBy: t.string({ nullable: true, description: 'Who retracted it.', extensions: reads('retractedBy'), resolve: (r) => str(r, 'retractedBy') }),
  retractionReason: t.string({
    nullable: true,
    description: 'Why it was retracted.',
    extensions: reads('retractionReason'),
    resolve: (r) => str(r, 'retractionReason'),
  }),
  createdAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it was first written.',
    extensions: reads('createdAt'),
    resolve: (r) => isoString(prop(r, 'createdAt')),
  }),
  createdBy: t.string({ nullable: true, description: 'Who first wrote it.', extensions: reads('createdBy'), resolve: (r) => str(r, 'createdBy') }),
  updatedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it last changed.',
    extensions: reads('updatedAt'),
    resolve: (r) => isoString(prop(r, 'updatedAt')),
  }),
  updatedBy: t.string({ nullable: true, description: 'Who last changed it.', extensions: reads('updatedBy'), resolve: (r) => str(r, 'updatedBy') }),
}));
