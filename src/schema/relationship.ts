/**
 * Relationships as typed edges. Every relationship type of the model (src/graph/model.ts) becomes
 * an object type implementing `Relationship` (ACCUSES → Accusation, with its allegation), a pair of
 * fields on the entity kinds it joins, read the way an analyst asks (`supports` / `supportedBy`),
 * and a value of the `RelationshipType` enum. All of them honour `asOf` and `minConfidence`.
 */
import { createHash } from 'node:crypto';
import { decodeGlobalID, resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { createContextCache, type ObjectRef } from '@pothos/core';
import DataLoader from 'dataloader';
import { Conflict, InvalidInput } from '../errors.js';
import type { RelationshipChangeKind, RelationshipEvent } from '../events.js';
import { isoString, neo4jDateOf, partialDateString } from '../graph/dates.js';
import { relationshipForUpdate, relationshipInputOf, retractRelationship } from '../graph/writes.js';
import { FORMAT } from '../import/format.js';
import { applyDocument } from '../import/index.js';
import { shapeDocument } from '../import/parse.js';
import type { EntityRecord } from '../graph/entities.js';
import {
  CONFIDENCES,
  FIGURE_QUALIFIERS,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  REPORT_CATEGORIES,
  SUPPORT_FORMS,
  type EntityKind,
  type RelationshipType,
} from '../graph/model.js';
import {
  countRelationships,
  relationshipPage,
  relationshipsById,
  relationshipsOfEntities,
  unionProjections,
  type Direction,
  type ListProjection,
  type RelationshipListRequest,
  type RelationshipQuery,
  type RelationshipRecord,
} from '../graph/relationships.js';
import { actorOf, builder, type Context, type Types } from './builder.js';
import { badInput, WRITE_ERRORS } from './errors.js';
import { Entity, slugFromId } from './entity.js';
import { checkPageSize, decodeCursor, encodeCursor } from './pagination.js';
import {
  ConfidenceEnum,
  DatePrecisionEnum,
  FigureQualifierEnum,
  RelationshipTypeEnum,
  ReportCategoryEnum,
  SupportFormEnum,
  WriteOutcomeEnum,
} from './enums.js';
import { Citation, CitationInputRef, citationsFrom, loadCitations, primeCitations, TimeSpanInputRef, withoutNulls } from './source.js';
import { write } from './write.js';
import { listProjection } from './selection.js';
import { LIST_LIMITS, NAMES } from './names.js';
import { listKey, takePrefetched, type PlannedList } from './prefetch.js';

const prop = (r: RelationshipRecord, key: string) => r.properties[key];
const str = (r: RelationshipRecord, key: string) => (typeof prop(r, key) === 'string' ? (prop(r, key) as string) : null);
const num = (r: RelationshipRecord, key: string) => (typeof prop(r, key) === 'number' ? (prop(r, key) as number) : null);

/** The entity at one end: the record read with the relationship when there is one, else its id. */
const end = (r: RelationshipRecord, side: 'from' | 'to'): EntityRecord | string =>
  r.other && r.other.id === r[side] ? r.other : r[side];

export const Relationship = builder.loadableInterfaceRef('Relationship', {
  load: (ids: string[], context: Context) => relationshipsById(context.db, ids),
  sort: (relationship) => relationship.id,
});

Relationship.implement({
  description:
    'A relationship one entity has to another, as a source states it: with when it holds, how firmly the ' +
    'source stands behind it, and the quoted sentences it rests on.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (r) => NAMES[r.type].object,
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'The stable id of the relationship, e.g. `russia-supports-armenia`.' }),
    type: t.field({ type: RelationshipTypeEnum, description: 'What kind of relationship this is.', resolve: (r) => r.type }),
    from: t.field({ type: Entity, description: 'The entity the relationship goes from (the accuser, the supporter, …).', resolve: (r) => end(r, 'from') }),
    to: t.field({ type: Entity, description: 'The entity the relationship goes to (the accused, the supported, …).', resolve: (r) => end(r, 'to') }),
    validFrom: t.field({
      type: 'Date',
      nullable: true,
      description: 'The first day it can have held, at `validFromPrecision`; null when the source gives no start.',
      resolve: (r) => partialDateString(prop(r, 'validFrom'), 'DAY'),
    }),
    validFromPrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'Whether the source gives the start to the year, month or day.',
      resolve: (r) => str(r, 'validFromPrecision') as 'YEAR' | 'MONTH' | 'DAY' | null,
    }),
    validTo: t.field({
      type: 'Date',
      nullable: true,
      description: 'The last day it can have held, at `validToPrecision`; null when open-ended.',
      resolve: (r) => partialDateString(prop(r, 'validTo'), 'DAY'),
    }),
    validToPrecision: t.field({
      type: DatePrecisionEnum,
      nullable: true,
      description: 'Whether the source gives the end to the year, month or day.',
      resolve: (r) => str(r, 'validToPrecision') as 'YEAR' | 'MONTH' | 'DAY' | null,
    }),
    timeNote: t.string({ nullable: true, description: 'How the dates were worked out from the source.', resolve: (r) => str(r, 'timeNote') }),
    confidence: t.field({
      type: ConfidenceEnum,
      description: 'A reported fact, a claim by a party, or an assessment.',
      resolve: (r) => str(r, 'confidence') as keyof typeof CONFIDENCES,
    }),
    note: t.string({ nullable: true, description: 'Curation notes: corrected slips, what the source leaves vague.', resolve: (r) => str(r, 'note') }),
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
  allegation: t.string({ description: 'What the accuser alleges.', resolve: (r) => str(r, 'allegation') ?? '' }),
}));
builder.objectFields(OBJECT_TYPES.SUPPORTS, (t) => ({
  forms: t.field({
    type: [SupportFormEnum],
    description: 'How the support is given, where the source says (military, political).',
    resolve: (r) => (Array.isArray(prop(r, 'forms')) ? (prop(r, 'forms') as (keyof typeof SUPPORT_FORMS)[]) : []),
  }),
}));
builder.objectFields(OBJECT_TYPES.OCCUPIES, (t) => ({
  area: t.float({ nullable: true, description: 'The area said to be occupied, in `areaUnit`.', resolve: (r) => num(r, 'area') }),
  areaUnit: t.string({ nullable: true, description: 'The unit of `area`, e.g. km².', resolve: (r) => str(r, 'areaUnit') }),
}));
for (const type of ['MEMBER_OF', 'PARTICIPATES_IN', 'SIGNED'] as const) {
  builder.objectFields(OBJECT_TYPES[type], (t) => ({
    role: t.string({ nullable: true, description: 'The role taken, where the source gives one.', resolve: (r) => str(r, 'role') }),
  }));
}
for (const type of ['LEADS', 'HOLDS_OFFICE_IN'] as const) {
  builder.objectFields(OBJECT_TYPES[type], (t) => ({
    office: t.string({ description: 'The office held, e.g. Prime Minister.', resolve: (r) => str(r, 'office') ?? '' }),
  }));
}
builder.objectFields(OBJECT_TYPES.DEPLOYS_TO, (t) => ({
  personnel: t.int({ nullable: true, description: 'How many people are deployed, where the source says.', resolve: (r) => num(r, 'personnel') }),
  personnelQualifier: t.field({
    type: FigureQualifierEnum,
    nullable: true,
    description: 'Whether `personnel` is exact or approximate.',
    resolve: (r) => str(r, 'personnelQualifier') as keyof typeof FIGURE_QUALIFIERS | null,
  }),
  purpose: t.string({ nullable: true, description: 'What for, e.g. peacekeeping.', resolve: (r) => str(r, 'purpose') }),
}));
builder.objectFields(OBJECT_TYPES.PROPOSES, (t) => ({
  terms: t.string({ nullable: true, description: 'The terms proposed.', resolve: (r) => str(r, 'terms') }),
}));
builder.objectFields(OBJECT_TYPES.REPORTS, (t) => ({
  category: t.field({
    type: ReportCategoryEnum,
    description: 'What the figure counts.',
    resolve: (r) => str(r, 'category') as keyof typeof REPORT_CATEGORIES,
  }),
  figure: t.float({ nullable: true, description: 'The number; null when the source gives only words ("hundreds").', resolve: (r) => num(r, 'figure') }),
  figureText: t.string({ description: 'The figure in the words of the source.', resolve: (r) => str(r, 'figureText') ?? '' }),
  qualifier: t.field({
    type: FigureQualifierEnum,
    description: 'Exact, approximate, a lower bound, or only words.',
    resolve: (r) => str(r, 'qualifier') as keyof typeof FIGURE_QUALIFIERS,
  }),
  unit: t.string({ description: 'What is counted, e.g. "soldiers killed".', resolve: (r) => str(r, 'unit') ?? '' }),
  whose: t.field({
    type: Entity,
    nullable: true,
    description: 'The party whose losses these are; null when the source does not say.',
    resolve: (r) => str(r, 'whose'),
  }),
}));

/**
 * Adds to an entity kind's type a field for each relationship type it can take part in, on each
 * side it can be on. Lists read ahead with their entities (prefetch.ts) are taken as they are;
 * the rest batch across every entity and field of the response: one query, citations included.
 */
export function relationshipFields(ref: ObjectRef<Types, EntityRecord>, kind: EntityKind, kindName: string): void {
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const spec = RELATIONSHIP_TYPES[type];
    const sides: [Direction, string, string][] = [];
    if ((spec.from as readonly EntityKind[]).includes(kind)) {
      sides.push(['OUT', NAMES[type].out, `${type} relationships from this ${kindName}:`]);
    }
    if ((spec.to as readonly EntityKind[]).includes(kind)) {
      sides.push(['IN', NAMES[type].in, `${type} relationships to this ${kindName}:`]);
    }
    for (const [direction, field, description] of sides) {
      builder.objectField(ref, field, (t) =>
        t.field({
          type: [OBJECT_TYPES[type]],
          description: `${description} ${spec.description.charAt(0).toLowerCase()}${spec.description.slice(1)}`,
          args: {
            asOf: t.arg({ type: 'Date', description: 'Only what held on this day.' }),
            minConfidence: t.arg({ type: ConfidenceEnum, description: 'Only what the source stands behind at least this firmly.' }),
            first: t.arg.int({
              defaultValue: LIST_LIMITS.default,
              description: `At most this many, 1 to ${LIST_LIMITS.max} (use \`relationships\` to page further).`,
            }),
          },
          resolve: (entity, args, context, info) => {
            const limit = args.first ?? LIST_LIMITS.default;
            if (limit < 1 || limit > LIST_LIMITS.max) throw badInput(`"first" must be between 1 and ${LIST_LIMITS.max}`, 'first');
            const list: PlannedList = {
              type,
              direction,
              asOf: args.asOf ? neo4jDateOf(args.asOf) : null,
              minConfidence: args.minConfidence ?? null,
              limit,
              projection: listProjection(info),
            };
            const prefetched = takePrefetched(context, list, entity.id);
            if (prefetched) {
              primeFromLists(context, [prefetched], list.projection);
              return prefetched;
            }
            return relationshipLoader(context).load({ ...list, id: entity.id });
          },
        }),
      );
    }
  }
}

type ListLoad = RelationshipListRequest & { projection: ListProjection };

const projectionKey = ({ relationship, other, citationEntities }: ListProjection) => JSON.stringify([relationship, other, citationEntities]);

/** Entities read in full are cached for the rest of the response; partial ones serve only their selection. */
function primeFromLists(context: Context, lists: readonly RelationshipRecord[][], projection: ListProjection) {
  const entities = Entity.getDataloader(context);
  for (const relationship of lists.flat()) {
    if (relationship.other && !relationship.other.partial) entities.prime(relationship.other.id, relationship.other);
    if (!relationship.citations || projection.citationEntities !== 'all') continue;
    for (const { asserter, relay } of relationship.citations) {
      if (asserter) entities.prime(asserter.id, asserter);
      if (relay) entities.prime(relay.id, relay);
    }
    primeCitations(context, relationship.id, relationship.citations);
  }
}

/**
 * One loader per request, whatever the type, direction, filter and selection: every list the
 * fields of a response ask for together (six fields of a profile, two fields of fifty entities on
 * a page) is read by one query, which reads what all of them selected.
 */
const relationshipLoader = createContextCache(
  (context: Context) =>
    new DataLoader<ListLoad, RelationshipRecord[], string>(
      async (loads) => {
        const projection = unionProjections(loads.map((load) => load.projection));
        const lists = await relationshipsOfEntities(context.db, loads, projection);
        primeFromLists(context, lists, projection);
        return lists;
      },
      { cacheKeyFn: (load) => `${listKey(load, load.id)}:${projectionKey(load.projection)}` },
    ),
);

const isIdCursor = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id: string }).id === 'string';

builder.queryField('relationships', (t) =>
  t.connection(
    {
      type: Relationship,
      description: 'Relationships, filtered, ordered by id, a page at a time (at most 100 per page).',
      args: {
        type: t.arg({ type: RelationshipTypeEnum, description: 'Only relationships of this type.' }),
        from: t.arg.id({ description: 'Only relationships from this entity (global id or slug).' }),
        to: t.arg.id({ description: 'Only relationships to this entity (global id or slug).' }),
        asOf: t.arg({ type: 'Date', description: 'Only what held on this day.' }),
        minConfidence: t.arg({ type: ConfidenceEnum, description: 'Only what the source stands behind at least this firmly.' }),
        includeRetracted: t.arg.boolean({ defaultValue: false, description: 'Also retracted relationships (kept for the record).' }),
      },
      resolve: async (_root, args, context) => {
        checkPageSize(args);
        const query: RelationshipQuery = {
          type: args.type,
          from: args.from ? slugFromId(String(args.from)) : null,
          to: args.to ? slugFromId(String(args.to)) : null,
          asOf: args.asOf ? neo4jDateOf(args.asOf) : null,
          minConfidence: args.minConfidence,
          includeRetracted: args.includeRetracted,
        };
        const connection = await resolveCursorConnection(
          { args, toCursor: (r: RelationshipRecord) => encodeCursor({ id: r.id }) },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            relationshipPage(context.db, query, {
              after: decodeCursor(after, isIdCursor, 'after')?.id,
              before: decodeCursor(before, isIdCursor, 'before')?.id,
              limit,
              inverted,
            }),
        );
        return { ...connection, totalCount: () => countRelationships(context.db, query) };
      },
    },
    {
      description: 'A page of relationships.',
      fields: (tc) => ({
        totalCount: tc.int({
          description: 'How many relationships match the filters, on all pages.',
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    { description: 'A relationship in a page, with its cursor.' },
  ),
);

/* Audit and retraction, on every relationship. */

builder.interfaceFields(Relationship, (t) => ({
  retracted: t.boolean({ description: 'True when it was retracted: kept for the record, but no longer counted.', resolve: (r) => Boolean(prop(r, 'retractedAt')) }),
  retractedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was retracted.', resolve: (r) => isoString(prop(r, 'retractedAt')) }),
  retractedBy: t.string({ nullable: true, description: 'Who retracted it.', resolve: (r) => str(r, 'retractedBy') }),
  retractionReason: t.string({ nullable: true, description: 'Why it was retracted.', resolve: (r) => str(r, 'retractionReason') }),
  createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was first written.', resolve: (r) => isoString(prop(r, 'createdAt')) }),
  createdBy: t.string({ nullable: true, description: 'Who first wrote it.', resolve: (r) => str(r, 'createdBy') }),
  updatedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it last changed.', resolve: (r) => isoString(prop(r, 'updatedAt')) }),
  updatedBy: t.string({ nullable: true, description: 'Who last changed it.', resolve: (r) => str(r, 'updatedBy') }),
}));

/* Writing relationships. */

/** The fields a client may set on a relationship; which apply depends on its type. */
const relationshipFieldsInput = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  confidence: t.field({ type: ConfidenceEnum, description: 'A reported fact, a claim by a party, or an assessment.' }),
  time: t.field({ type: TimeSpanInputRef, description: 'When it holds.' }),
  note: t.string({ description: 'Curation notes.' }),
  allegation: t.string({ description: 'ACCUSES: what is alleged.' }),
  area: t.float({ description: 'OCCUPIES: the area.' }),
  areaUnit: t.string({ description: 'OCCUPIES: the unit of the area, e.g. km².' }),
  role: t.string({ description: 'MEMBER_OF, PARTICIPATES_IN, SIGNED: the role.' }),
  office: t.string({ description: 'LEADS, HOLDS_OFFICE_IN: the office.' }),
  forms: t.field({ type: [SupportFormEnum], description: 'SUPPORTS: military, political.' }),
  personnel: t.int({ description: 'DEPLOYS_TO: how many people.' }),
  personnelQualifier: t.field({ type: FigureQualifierEnum, description: 'DEPLOYS_TO: exact or approximate.' }),
  purpose: t.string({ description: 'DEPLOYS_TO: what for.' }),
  category: t.field({ type: ReportCategoryEnum, description: 'REPORTS: what the figure counts.' }),
  figure: t.float({ description: 'REPORTS: the number (leave out when the source gives only words).' }),
  figureText: t.string({ description: 'REPORTS: the figure in the source’s words.' }),
  qualifier: t.field({ type: FigureQualifierEnum, description: 'REPORTS: exact, approximate, a lower bound, or only words.' }),
  unit: t.string({ description: 'REPORTS: what is counted, e.g. "soldiers killed".' }),
  whose: t.id({ description: 'REPORTS: whose losses (entity slug).' }),
  terms: t.string({ description: 'PROPOSES: the terms proposed.' }),
});

const RelationshipInput = builder.inputType('RelationshipInput', {
  description: 'A new relationship: its type, ends, confidence and at least one citation stating it.',
  fields: (t) => ({
    id: t.id({ description: 'A stable slug; made from the ends, type and details when left out (so a repeat is harmless).' }),
    type: t.field({ type: RelationshipTypeEnum, required: true, description: 'What kind of relationship.' }),
    from: t.id({ required: true, description: 'The entity it goes from: global id or slug.' }),
    to: t.id({ required: true, description: 'The entity it goes to: global id or slug.' }),
    ...relationshipFieldsInput(t),
    confidence: t.field({ type: ConfidenceEnum, required: true, description: 'A reported fact, a claim by a party, or an assessment.' }),
    citations: t.field({ type: [CitationInputRef], required: true, description: 'Sentences that state it, verbatim (at least one).' }),
  }),
});

const RelationshipPatch = builder.inputType('RelationshipPatch', {
  description: 'Changes to a relationship (its type and ends stay): a field left out stays, a field set to null is cleared.',
  fields: (t) => ({
    ...relationshipFieldsInput(t),
    addCitations: t.field({ type: [CitationInputRef], description: 'More sentences that state it.' }),
  }),
});

const RelationshipPayload = builder
  .objectRef<{ id: string; outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' }>('RelationshipPayload')
  .implement({
    description: 'The relationship written.',
    fields: (t) => ({
      relationship: t.field({ type: Relationship, description: 'The relationship, as it now is.', resolve: (p) => p.id }),
      outcome: t.field({ type: WriteOutcomeEnum, description: 'Whether it was created, changed or already so.', resolve: (p) => p.outcome }),
    }),
  });

/** A GraphQL relationship input as an import-format relationship: ends resolved, nulls dropped. */
function relationshipDocumentInput(input: Record<string, unknown>): Record<string, unknown> {
  const relationship = withoutNulls(input);
  for (const key of ['from', 'to', 'whose'] as const) {
    if (relationship[key] !== undefined) relationship[key] = slugFromId(String(relationship[key]));
  }
  if (relationship.time && typeof relationship.time === 'object') relationship.time = withoutNulls(relationship.time as object);
  return relationship;
}

const outcomeOf = (outcome: string | undefined) => (outcome ?? 'unchanged').toUpperCase() as 'CREATED' | 'UPDATED' | 'UNCHANGED';
const CHANGE_KIND = { CREATED: 'CREATED', UPDATED: 'UPDATED' } as const;

function publishWrite(context: Context, relationship: { id: string; type: string; from: string; to: string }, outcome: string) {
  if (outcome === 'CREATED' || outcome === 'UPDATED') {
    context.events.publish({ relationshipId: relationship.id, type: relationship.type, change: CHANGE_KIND[outcome], from: relationship.from, to: relationship.to, by: actorOf(context) });
  }
}

const idempotencyKeyArg = (t: PothosSchemaTypes.MutationFieldBuilder<Types, Types['Root']>) =>
  t.arg.string({ description: 'Makes a retried call safe: the second call with a key returns the first one’s result.' });

builder.mutationField('addRelationship', (t) =>
  t.field({
    type: RelationshipPayload,
    description:
      'Adds a relationship, with at least one citation (a source and the verbatim sentence). Validated like an ' +
      'import: known ends of kinds the type allows (a Region cannot LEAD a State), dates in order, the type’s ' +
      'fields, every quote in its source. Adding the same relationship again changes nothing. Needs an editor token.',
    authScopes: { editor: true },
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: RelationshipInput, required: true, description: 'The relationship.' }), idempotencyKey: idempotencyKeyArg(t) },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      const draft = relationshipDocumentInput({ ...input, citations: citationsFrom(input.citations) });
      const id = input.id ? String(input.id) : defaultRelationshipId(draft);
      const relationship = { ...draft, id };
      const result = await write(context, 'ADD_RELATIONSHIP', idempotencyKey, async (tx, audit) => {
        const report = await applyDocument(tx, shapeDocument({ format: FORMAT, relationships: [relationship] }), () => undefined, audit);
        const outcome = report.relationships[0]?.outcome;
        if (outcome === 'updated') throw new Conflict(`A relationship with the id "${id}" already exists; use updateRelationship to change it.`);
        return { id, outcome: outcomeOf(outcome) };
      });
      publishWrite(context, { id, type: String(draft.type), from: String(draft.from), to: String(draft.to) }, result.outcome);
      return result;
    },
  }),
);

/** A slug from the ends and type, plus a short hash of the details: the same input makes the same id. */
function defaultRelationshipId(relationship: Record<string, unknown>): string {
  const { citations: _citations, ...details } = relationship;
  const hash = createHash('sha256').update(JSON.stringify(details)).digest('hex').slice(0, 8);
  return `${relationship.from}-${String(relationship.type).toLowerCase().replace(/_/g, '-')}-${relationship.to}-${hash}`;
}

builder.mutationField('updateRelationship', (t) =>
  t.field({
    type: RelationshipPayload,
    description: 'Changes a relationship’s confidence, time, details or citations. Validated like an import. Needs an editor token.',
    authScopes: { editor: true },
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true, description: 'The relationship: global id or slug.' }),
      patch: t.arg({ type: RelationshipPatch, required: true, description: 'What to change.' }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: async (_root, { id: given, patch, idempotencyKey }, context) => {
      const { slug: id, type } = relationshipRef(String(given));
      const result = await write(context, 'UPDATE_RELATIONSHIP', idempotencyKey, async (tx, audit) => {
        const { relationship: current, citations } = await relationshipForUpdate(tx, id, type);
        if (current.properties.retractedAt) throw new Conflict(`"${id}" was retracted; add a new relationship instead.`);
        const { addCitations, ...changes } = patch as typeof patch & { addCitations?: unknown };
        const base = relationshipInputOf(current, citations) as Record<string, unknown>;
        const merged: Record<string, unknown> = { ...base };
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) delete merged[key];
          else if (value !== undefined) merged[key] = value;
        }
        merged.citations = [...(base.citations as unknown[]), ...citationsFrom(addCitations as never)];
        const relationship = relationshipDocumentInput(merged);
        const report = await applyDocument(tx, shapeDocument({ format: FORMAT, relationships: [relationship] }), () => undefined, audit);
        return { id, outcome: outcomeOf(report.relationships[0]?.outcome), type: current.type, from: current.from, to: current.to };
      });
      publishWrite(context, result, result.outcome);
      return result;
    },
  }),
);

builder.mutationField('retractRelationship', (t) =>
  t.field({
    type: RelationshipPayload,
    description:
      'Retracts a relationship: it is kept and marked (who, when, why) rather than deleted, and no query counts ' +
      'it as holding any more. Retracting twice changes nothing. Needs an editor token.',
    authScopes: { editor: true },
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true, description: 'The relationship: global id or slug.' }),
      reason: t.arg.string({ required: true, description: 'Why, for the record (e.g. "the source corrected this").' }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: async (_root, { id: given, reason, idempotencyKey }, context) => {
      if (!reason.trim()) throw new InvalidInput([{ field: 'reason', message: 'must not be empty' }]);
      const { slug: id, type } = relationshipRef(String(given));
      const result = await write(context, 'RETRACT_RELATIONSHIP', idempotencyKey, async (tx, audit) => {
        const { relationship, changed } = await retractRelationship(tx, id, reason.trim(), audit, type);
        return { id, outcome: changed ? ('UPDATED' as const) : ('UNCHANGED' as const), type: relationship.type, from: relationship.from, to: relationship.to };
      });
      if (result.outcome === 'UPDATED') {
        context.events.publish({ relationshipId: id, type: result.type, change: 'RETRACTED', from: result.from, to: result.to, by: actorOf(context) });
      }
      return result;
    },
  }),
);

/** A relationship's slug and, from a global id, its type; a bare slug is looked up in every type. */
function relationshipRef(id: string): { slug: string; type?: RelationshipType } {
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return { slug: id };
  try {
    const { typename, id: slug } = decodeGlobalID(id);
    const type = RELATIONSHIP_TYPE_NAMES.find((name) => NAMES[name].object === typename);
    if (type) return { slug, type };
  } catch {
    // Not a global id: looked up as given, it finds nothing.
  }
  return { slug: id };
}

/* Live updates. */

const RelationshipChangeKindEnum = builder.enumType('RelationshipChangeKind', {
  description: 'What happened to a relationship.',
  values: {
    CREATED: { description: 'It was added.' },
    UPDATED: { description: 'It was changed.' },
    RETRACTED: { description: 'It was retracted (kept, marked, no longer counted).' },
    DELETED: { description: 'It was deleted with an entity (cascade).' },
    MERGED: { description: 'It moved to another entity in a merge.' },
  } satisfies Record<RelationshipChangeKind, unknown>,
});

const RelationshipChange = builder.objectRef<RelationshipEvent & { entity: string }>('RelationshipChange').implement({
  description: 'A change to a relationship touching the entity subscribed to.',
  fields: (t) => ({
    change: t.field({ type: RelationshipChangeKindEnum, description: 'What happened.', resolve: (e) => e.change }),
    relationshipId: t.exposeString('relationshipId', { description: 'The slug of the relationship.' }),
    type: t.exposeString('type', { description: 'Its type.' }),
    relationship: t.field({
      type: Relationship,
      nullable: true,
      description: 'The relationship as it now is; null once deleted.',
      resolve: (e) => (e.change === 'DELETED' ? null : e.relationshipId),
    }),
    from: t.exposeString('from', { description: 'The slug of the entity it goes from.' }),
    to: t.exposeString('to', { description: 'The slug of the entity it goes to.' }),
    at: t.field({ type: 'DateTime', description: 'When the change was committed.', resolve: (e) => e.at }),
    by: t.exposeString('by', { description: 'Who made it.' }),
  }),
});

builder.subscriptionField('relationshipsChanged', (t) =>
  t.field({
    type: RelationshipChange,
    description:
      'Tells a client, as it happens, when a relationship touching an entity is added, changed, retracted, ' +
      'deleted or moved by a merge, so a view can refresh. Over server-sent events (Accept: text/event-stream).',
    args: { entity: t.arg.id({ required: true, description: 'The entity to watch: global id or slug.' }) },
    subscribe: (_root, { entity }, context) => context.events.subscribe(slugFromId(String(entity))),
    resolve: (event, { entity }) => ({ ...event, entity: slugFromId(String(entity)) }),
  }),
);
