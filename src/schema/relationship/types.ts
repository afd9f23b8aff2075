/**
 * Relationships as typed edges. Every relationship type of the model becomes an object type
 * implementing `Relationship` (ACCUSES → Accusation, with its allegation), with when it holds, how
 * firmly the source stands behind it, the sentences it rests on, and its audit and retraction.
 */
import type { ObjectRef } from '@pothos/core';
import { isoString, partialDateString } from '../../graph/dates.js';
import type { EntityRecord, RelationshipRecord } from '../../graph/records.js';
import {
  CONFIDENCES,
  FIGURE_QUALIFIERS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  REPORT_CATEGORIES,
  SUPPORT_FORMS,
  VICTIM_GROUPS,
  type RelationshipType,
} from '../../model/vocabulary.js';
import { builder, reads, type Types } from '../builder.js';
import { Entity } from '../entity/ref.js';
import { ConfidenceEnum, DatePrecisionEnum, FigureQualifierEnum, RelationshipTypeEnum, ReportCategoryEnum, SupportFormEnum, VictimGroupEnum } from '../enums.js';
import { NAMES } from '../names.js';
import { Citation, loadCitations } from '../source/types.js';
import { Relationship } from './ref.js';

const prop = (r: RelationshipRecord, key: string) => r.properties[key];
const str = (r: RelationshipRecord, key: string) => (typeof prop(r, key) === 'string' ? (prop(r, key) as string) : null);
const num = (r: RelationshipRecord, key: string) => (typeof prop(r, key) === 'number' ? (prop(r, key) as number) : null);

/** The entity at one end: as it stood, for one read as known at a moment; the record read with it; else its id. */
const end = (r: RelationshipRecord, side: 'from' | 'to'): EntityRecord | string =>
  r.known?.[side] ?? (r.other && r.other.id === r[side] ? r.other : r[side]);

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
    timeNote: t.string({ nullable: true, description: 'How the dates were worked out from the source.', extensions: reads('timeNote'), resolve: (r) => str(r, 'timeNote') }),
    confidence: t.field({
      type: ConfidenceEnum,
      description: 'A reported fact, a claim by a party, or an assessment.',
      extensions: reads('confidence'),
      resolve: (r) => str(r, 'confidence') as keyof typeof CONFIDENCES,
    }),
    note: t.string({ nullable: true, description: 'Curation notes: corrected slips, what the source leaves vague.', extensions: reads('note'), resolve: (r) => str(r, 'note') }),
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

builder.objectFields(OBJECT_TYPES.ACCUSES, (t) => ({
  allegation: t.string({ description: 'What the accuser alleges.', extensions: reads('allegation'), resolve: (r) => str(r, 'allegation') ?? '' }),
}));
builder.objectFields(OBJECT_TYPES.SUPPORTS, (t) => ({
  forms: t.field({
    type: [SupportFormEnum],
    description: 'How the support is given, where the source says (military, political).',
    extensions: reads('forms'),
    resolve: (r) => (Array.isArray(prop(r, 'forms')) ? (prop(r, 'forms') as (keyof typeof SUPPORT_FORMS)[]) : []),
  }),
}));
builder.objectFields(OBJECT_TYPES.OCCUPIES, (t) => ({
  area: t.float({ nullable: true, description: 'The area said to be occupied, in `areaUnit`.', extensions: reads('area'), resolve: (r) => num(r, 'area') }),
  areaUnit: t.string({ nullable: true, description: 'The unit of `area`, e.g. km².', extensions: reads('areaUnit'), resolve: (r) => str(r, 'areaUnit') }),
}));
for (const type of ['MEMBER_OF', 'PARTICIPATES_IN', 'SIGNED'] as const) {
  builder.objectFields(OBJECT_TYPES[type], (t) => ({
    role: t.string({ nullable: true, description: 'The role taken, where the source gives one.', extensions: reads('role'), resolve: (r) => str(r, 'role') }),
  }));
}
for (const type of ['LEADS', 'HOLDS_OFFICE_IN'] as const) {
  builder.objectFields(OBJECT_TYPES[type], (t) => ({
    office: t.string({ description: 'The office held, e.g. Prime Minister.', extensions: reads('office'), resolve: (r) => str(r, 'office') ?? '' }),
  }));
}
builder.objectFields(OBJECT_TYPES.DEPLOYS_TO, (t) => ({
  personnel: t.int({ nullable: true, description: 'How many people are deployed, where the source says.', extensions: reads('personnel'), resolve: (r) => num(r, 'personnel') }),
  personnelQualifier: t.field({
    type: FigureQualifierEnum,
    nullable: true,
    description: 'Whether `personnel` is exact or approximate.',
    extensions: reads('personnelQualifier'),
    resolve: (r) => str(r, 'personnelQualifier') as keyof typeof FIGURE_QUALIFIERS | null,
  }),
  purpose: t.string({ nullable: true, description: 'What for, e.g. peacekeeping.', extensions: reads('purpose'), resolve: (r) => str(r, 'purpose') }),
}));
builder.objectFields(OBJECT_TYPES.PROPOSES, (t) => ({
  terms: t.string({ nullable: true, description: 'The terms proposed.', extensions: reads('terms'), resolve: (r) => str(r, 'terms') }),
}));
builder.objectFields(OBJECT_TYPES.REPORTS, (t) => ({
  category: t.field({
    type: ReportCategoryEnum,
    description: 'What the figure counts.',
    extensions: reads('category'),
    resolve: (r) => str(r, 'category') as keyof typeof REPORT_CATEGORIES,
  }),
  figure: t.float({ nullable: true, description: 'The number; null when the source gives only words ("hundreds").', extensions: reads('figure'), resolve: (r) => num(r, 'figure') }),
  figureText: t.string({ description: 'The figure in the words of the source.', extensions: reads('figureText'), resolve: (r) => str(r, 'figureText') ?? '' }),
  qualifier: t.field({
    type: FigureQualifierEnum,
    description: 'Exact, approximate, a lower bound, or only words.',
    extensions: reads('qualifier'),
    resolve: (r) => str(r, 'qualifier') as keyof typeof FIGURE_QUALIFIERS,
  }),
  unit: t.string({ description: 'What is counted, e.g. "soldiers killed".', extensions: reads('unit'), resolve: (r) => str(r, 'unit') ?? '' }),
  whose: t.field({
    type: Entity,
    nullable: true,
    description: 'The party whose losses these are; null when the source does not say.',
    resolve: (r) => str(r, 'whose'),
  }),
  victims: t.field({
    type: VictimGroupEnum,
    nullable: true,
    description: 'Whom the figure counts (soldiers or civilians), from the source or read from `unit`; null when it says neither.',
    extensions: reads('victims'),
    resolve: (r) => str(r, 'victims') as keyof typeof VICTIM_GROUPS | null,
  }),
}));

/* Audit and retraction, on every relationship. */

builder.interfaceFields(Relationship, (t) => ({
  retracted: t.boolean({ description: 'True when it was retracted: kept for the record, but no longer counted.', extensions: reads('retractedAt'), resolve: (r) => Boolean(prop(r, 'retractedAt')) }),
  retractedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was retracted.', extensions: reads('retractedAt'), resolve: (r) => isoString(prop(r, 'retractedAt')) }),
  retractedBy: t.string({ nullable: true, description: 'Who retracted it.', extensions: reads('retractedBy'), resolve: (r) => str(r, 'retractedBy') }),
  retractionReason: t.string({ nullable: true, description: 'Why it was retracted.', extensions: reads('retractionReason'), resolve: (r) => str(r, 'retractionReason') }),
  createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was first written.', extensions: reads('createdAt'), resolve: (r) => isoString(prop(r, 'createdAt')) }),
  createdBy: t.string({ nullable: true, description: 'Who first wrote it.', extensions: reads('createdBy'), resolve: (r) => str(r, 'createdBy') }),
  updatedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it last changed.', extensions: reads('updatedAt'), resolve: (r) => isoString(prop(r, 'updatedAt')) }),
  updatedBy: t.string({ nullable: true, description: 'Who last changed it.', extensions: reads('updatedBy'), resolve: (r) => str(r, 'updatedBy') }),
}));
