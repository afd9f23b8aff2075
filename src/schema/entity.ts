/**
 * Entity: what every state, leader, organization, region and event has in common, the kind enum,
 * and the root fields that find entities: by id, as a paginated list, and by full-text search.
 */
import { decodeGlobalID, resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import {
  countEntities,
  entitiesById,
  entityPage,
  entityWithLists,
  searchEntities,
  type EntityOrder,
  type EntityQuery,
  type EntityRecord,
  type NameCursor,
} from '../graph/entities.js';
import type { EntityKind } from '../graph/model.js';
import { Conflict } from '../errors.js';
import { isoString } from '../graph/dates.js';
import { deleteEntity, entityForUpdate, entityInputOf, historyOf, mergeEntities, type ChangeEntry, type DeleteSummary, type MergeSummary } from '../graph/writes.js';
import { FORMAT } from '../import/format.js';
import { applyDocument } from '../import/index.js';
import { shapeDocument } from '../import/parse.js';
import { actorOf, builder, type Context, type Types } from './builder.js';
import { badInput, WRITE_ERRORS } from './errors.js';
import { EntityKindEnum, EventStatusEnum, EventTypeEnum, FigureQualifierEnum, OrganizationTypeEnum, RegionTypeEnum, WriteOutcomeEnum } from './enums.js';
import { checkPageSize, decodeCursor, encodeCursor } from './pagination.js';
import { listsSelected, nodesOfConnection, prefetch } from './prefetch.js';
import { entityKeys, fieldsUnder } from './selection.js';
import { Citation, CitationInputRef, citationsFrom, loadCitations, TimeSpanInputRef, withoutNulls } from './source.js';
import { slugify, write } from './write.js';


export const Entity = builder.loadableInterfaceRef('Entity', {
  load: (ids: string[], context: Context) => entitiesById(context.db, ids),
  sort: (entity) => entity.id,
  // Entities read along a relationship are cached, so asking for them again costs nothing; one
  // read with only the properties a selection needed goes under a key no lookup uses.
  cacheResolved: (entity) => (entity.partial ? `partial:${entity.id}` : entity.id),
});

const optionalString = (entity: EntityRecord, key: string) => {
  const value = entity.properties[key];
  return typeof value === 'string' ? value : null;
};

Entity.implement({
  description: 'Something that acts or is acted upon in a conflict. Every entity is a Node.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => typeNames[entity.kind],
  fields: (t) => ({
    slug: t.exposeString('id', {
      description: 'The stable, human-readable id of the entity (e.g. `armenia`), unique across all kinds.',
    }),
    kind: t.field({ type: EntityKindEnum, description: 'What kind of entity this is.', resolve: (e) => e.kind }),
    name: t.exposeString('name', { description: 'The usual English name.' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names: transliterations, acronyms and names in other languages.',
    }),
    description: t.exposeString('description', { nullable: true, description: 'A short description.' }),
    note: t.string({
      nullable: true,
      description: 'Curation notes: corrected translation slips, what the source leaves vague.',
      resolve: (e) => optionalString(e, 'note'),
    }),
    citations: t.field({
      type: [Citation],
      description: 'The sentences of the sources that name this entity.',
      resolve: (e, _args, context) => loadCitations(context, e.id),
    }),
  }),
});

const typeNames: Record<EntityKind, string> = {
  STATE: 'State',
  LEADER: 'Leader',
  ORGANIZATION: 'Organization',
  REGION: 'Region',
  EVENT: 'Event',
};

/**
 * Declares the object type of one entity kind: a Node that implements Entity and loads through the
 * shared entity loader, so mixed lists of kinds still cost one query. Kind modules add their fields.
 */
export function entityKindType(kind: EntityKind, description: string) {
  const ref = builder.objectRef<EntityRecord>(typeNames[kind]);
  builder.node(ref, {
    description,
    interfaces: [Entity],
    id: { resolve: (entity) => entity.id },
    loadMany: async (ids, context) => {
      const loaded = await Entity.getDataloader(context).loadMany(ids);
      return loaded.map((entity) => (entity instanceof Error || entity?.kind !== kind ? null : entity));
    },
    isTypeOf: (value) => (value as EntityRecord).kind === kind,
    fields: () => ({}),
  });
  return ref;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Accepts a global id of any entity kind, or a bare slug. */
export function slugFromId(id: string): string {
  if (SLUG.test(id)) return id;
  try {
    const { typename, id: slug } = decodeGlobalID(id);
    if (Object.values(typeNames).includes(typename)) return slug;
  } catch {
    // Not a global id: fall through and look it up as given, which finds nothing.
  }
  return id;
}

builder.queryField('entity', (t) =>
  t.field({
    type: Entity,
    nullable: true,
    description:
      'One entity, by its global id or by its slug (e.g. `armenia`). Null when no entity has that id.',
    args: { id: t.arg.id({ required: true, description: 'A global id (from `Entity.id`) or a slug.' }) },
    resolve: async (_root, { id }, context, info) => {
      const slug = slugFromId(String(id));
      // With the relationship lists the selection asks for, read in the same query.
      const alongside = prefetch(context, listsSelected(info, info.fieldNodes));
      return alongside ? ((await entityWithLists(context.db, slug, alongside, entityKeys(info, info.fieldNodes))) ?? null) : slug;
    },
  }),
);

const EntityOrderEnum = builder.enumType('EntityOrder', {
  description: 'How to order a list of entities.',
  values: {
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
  } satisfies Record<EntityOrder, unknown>,
});

const isNameCursor = (value: unknown): value is NameCursor =>
  typeof value === 'object' && value !== null && typeof (value as NameCursor).name === 'string' && typeof (value as NameCursor).id === 'string';

builder.queryField('entities', (t) =>
  t.connection(
    {
      type: Entity,
      description: 'Entities, filtered and ordered, a page at a time (at most 100 per page).',
      args: {
        kind: t.arg({ type: EntityKindEnum, description: 'Only entities of this kind.' }),
        nameContains: t.arg.string({ description: 'Only entities whose name or an alias contains this text, ignoring case.' }),
        orderBy: t.arg({ type: EntityOrderEnum, defaultValue: 'NAME_ASC', description: 'The order; by name A to Z by default.' }),
      },
      resolve: async (_root, args, context, info) => {
        checkPageSize(args);
        if (args.nameContains !== null && args.nameContains !== undefined && args.nameContains.length > 200) {
          throw badInput('"nameContains" must be at most 200 characters', 'nameContains');
        }
        const query: EntityQuery = { kind: args.kind, nameContains: args.nameContains };
        const order = args.orderBy ?? 'NAME_ASC';
        const nodes = nodesOfConnection(info);
        const alongside = prefetch(context, listsSelected(info, nodes));
        const connection = await resolveCursorConnection(
          { args, toCursor: (entity: EntityRecord) => encodeCursor({ name: entity.name, id: entity.id }) },
          ({ before, after, limit, inverted }: ResolveCursorConnectionArgs) =>
            entityPage(context.db, query, order, {
              after: decodeCursor(after, isNameCursor, 'after'),
              before: decodeCursor(before, isNameCursor, 'before'),
              limit,
              inverted,
            }, alongside, entityKeys(info, nodes)),
        );
        return { ...connection, totalCount: () => countEntities(context.db, query) };
      },
    },
    {
      description: 'A page of entities.',
      fields: (tc) => ({
        totalCount: tc.int({
          description: 'How many entities match the filters, on all pages.',
          resolve: (connection) => (connection as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
    { description: 'An entity in a page, with its cursor.' },
  ),
);

const SearchHit = builder.objectRef<{ entity: EntityRecord; score: number }>('SearchHit').implement({
  description: 'An entity that matches a search, with how well it matches.',
  fields: (t) => ({
    entity: t.field({ type: Entity, description: 'The entity found.', resolve: (hit) => hit.entity }),
    score: t.exposeFloat('score', { description: 'Relevance: higher is better; comparable only within one search.' }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHit],
    description:
      'Full-text search over names, aliases (transliterations, acronyms, other languages) and descriptions, best ' +
      'match first. Tolerates typos and finds prefixes; all words must match. The text is plain text: Lucene ' +
      'syntax such as `AND`, `*`, `"` or `~` is searched for literally.',
    args: {
      text: t.arg.string({ required: true, description: 'What to look for, 1 to 200 characters.' }),
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds.' }),
      first: t.arg.int({ defaultValue: 10, description: 'At most this many results, 1 to 50.' }),
    },
    resolve: async (_root, { text, kinds, first }, context, info) => {
      const trimmed = text.trim();
      if (!trimmed || trimmed.length > 200) throw badInput('"text" must be 1 to 200 characters', 'text');
      const limit = first ?? 10;
      if (limit < 1 || limit > 50) throw badInput('"first" must be between 1 and 50', 'first');
      const found = fieldsUnder(info, info.fieldNodes).get('entity') ?? [];
      const alongside = prefetch(context, listsSelected(info, found));
      return searchEntities(context.db, trimmed, { kinds, limit, keys: entityKeys(info, found), alongside });
    },
  }),
);

/* Writing entities: create, update, merge, delete, and their history. */

const DeathTollInput = builder.inputType('DeathTollInput', {
  description: 'A death toll the source gives for an event on its own authority.',
  fields: (t) => ({
    figure: t.int({ required: true, description: 'The number.' }),
    qualifier: t.field({ type: FigureQualifierEnum, required: true, description: 'Exact, approximate or a lower bound.' }),
    text: t.string({ required: true, description: 'The words of the source; they must occur in one of the quotes.' }),
  }),
});

/** The fields of an entity a client may set; which ones apply depends on its kind. */
const entityFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  name: t.string({ description: 'The usual English name.' }),
  aliases: t.stringList({ description: 'Other names: transliterations, acronyms, other languages.' }),
  description: t.string({ description: 'A short description.' }),
  note: t.string({ description: 'Curation notes: corrected slips, what the source leaves vague.' }),
  isoCode: t.string({ description: 'STATE: ISO 3166-1 alpha-2 code.' }),
  recognized: t.boolean({ description: 'STATE: false for a de facto state.' }),
  office: t.string({ description: 'LEADER: the office held.' }),
  term: t.field({ type: TimeSpanInputRef, description: 'LEADER: the term of office.' }),
  orgType: t.field({ type: OrganizationTypeEnum, description: 'ORGANIZATION: what sort.' }),
  regionType: t.field({ type: RegionTypeEnum, description: 'REGION: what sort.' }),
  eventType: t.field({ type: EventTypeEnum, description: 'EVENT: what sort.' }),
  status: t.field({ type: EventStatusEnum, description: 'EVENT: occurred, ongoing, planned or proposed.' }),
  start: t.string({ description: 'EVENT: when it began: `2020`, `2022-09-14` or `2022-09-14T20:00:00+04:00`.' }),
  end: t.string({ description: 'EVENT: when it ended, likewise.' }),
  dateNote: t.string({ description: 'EVENT: how the dates were worked out.' }),
  deaths: t.field({ type: DeathTollInput, description: 'EVENT: a death toll the source gives itself.' }),
});

const EntityInput = builder.inputType('EntityInput', {
  description: 'A new entity, with at least one citation that names it.',
  fields: (t) => ({
    id: t.id({ description: 'A stable slug (e.g. `nikol-pashinyan`); made from the name when left out.' }),
    kind: t.field({ type: EntityKindEnum, required: true, description: 'What kind of entity it is.' }),
    ...entityFields(t),
    name: t.string({ required: true, description: 'The usual English name.' }),
    citations: t.field({ type: [CitationInputRef], required: true, description: 'Sentences that name it, verbatim.' }),
  }),
});

const EntityPatch = builder.inputType('EntityPatch', {
  description: 'Changes to an entity: a field left out stays as it is, a field set to null is cleared.',
  fields: (t) => ({
    ...entityFields(t),
    addCitations: t.field({ type: [CitationInputRef], description: 'More sentences that name it.' }),
  }),
});

const EntityPayload = builder.objectRef<{ id: string; outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' }>('EntityPayload').implement({
  description: 'The entity written.',
  fields: (t) => ({
    entity: t.field({ type: Entity, description: 'The entity, as it now is.', resolve: (p) => p.id }),
    outcome: t.field({ type: WriteOutcomeEnum, description: 'Whether it was created, changed or already so.', resolve: (p) => p.outcome }),
  }),
});

const outcomeOf = (outcome: string | undefined) => (outcome ?? 'unchanged').toUpperCase() as 'CREATED' | 'UPDATED' | 'UNCHANGED';

const idempotencyKeyArg = (t: PothosSchemaTypes.MutationFieldBuilder<Types, Types['Root']>) =>
  t.arg.string({ description: 'Makes a retried call safe: the second call with a key returns the first one’s result.' });

builder.mutationField('createEntity', (t) =>
  t.field({
    type: EntityPayload,
    description:
      'Creates an entity. Validated like an import: the kind’s fields, dates, and every quote verbatim in its ' +
      'source. Creating the same entity again changes nothing; a different one under a taken id is a conflict. ' +
      'Needs an editor token.',
    authScopes: { editor: true },
    errors: { types: WRITE_ERRORS },
    args: { input: t.arg({ type: EntityInput, required: true, description: 'The entity.' }), idempotencyKey: idempotencyKeyArg(t) },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      const id = input.id ? String(input.id) : slugify(input.name);
      return write(context, 'CREATE_ENTITY', idempotencyKey, async (tx, audit) => {
        const entity = entityDocumentInput({ ...input, id, citations: citationsFrom(input.citations) });
        const report = await applyDocument(tx, shapeDocument({ format: FORMAT, entities: [entity] }), () => undefined, audit);
        const outcome = report.entities[0]?.outcome;
        if (outcome === 'updated') throw new Conflict(`An entity with the id "${id}" already exists; use updateEntity to change it.`);
        return { id, outcome: outcomeOf(outcome) };
      });
    },
  }),
);

builder.mutationField('updateEntity', (t) =>
  t.field({
    type: EntityPayload,
    description: 'Changes an entity’s fields (its id and kind stay). Validated like an import. Needs an editor token.',
    authScopes: { editor: true },
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true, description: 'The entity: global id or slug.' }),
      patch: t.arg({ type: EntityPatch, required: true, description: 'What to change.' }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: async (_root, { id: given, patch, idempotencyKey }, context) => {
      const id = slugFromId(String(given));
      return write(context, 'UPDATE_ENTITY', idempotencyKey, async (tx, audit) => {
        const { entity: current, citations } = await entityForUpdate(tx, id);
        const { addCitations, ...changes } = patch as typeof patch & { addCitations?: unknown };
        const base = entityInputOf(current, citations) as Record<string, unknown>;
        const merged: Record<string, unknown> = { ...base };
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) delete merged[key];
          else if (value !== undefined) merged[key] = value;
        }
        merged.citations = [...(base.citations as unknown[]), ...citationsFrom(addCitations as never)];
        const entity = entityDocumentInput(merged);
        const report = await applyDocument(tx, shapeDocument({ format: FORMAT, entities: [entity] }), () => undefined, audit);
        return { id, outcome: outcomeOf(report.entities[0]?.outcome) };
      });
    },
  }),
);

/** A GraphQL entity input as an import-format entity: nulls dropped, nested inputs too. */
function entityDocumentInput(input: Record<string, unknown>): Record<string, unknown> {
  const entity = withoutNulls(input);
  for (const key of ['term', 'deaths'] as const) {
    if (entity[key] && typeof entity[key] === 'object') entity[key] = withoutNulls(entity[key] as object);
  }
  return entity;
}

const MergePayload = builder.objectRef<MergeSummary>('MergePayload').implement({
  description: 'What a merge moved to the surviving entity.',
  fields: (t) => ({
    survivor: t.field({ type: Entity, description: 'The entity that remains, with everything of the other.', resolve: (m) => m.survivor }),
    mergedId: t.exposeString('merged', { description: 'The slug of the entity merged away (now among the survivor’s `mergedFrom`).' }),
    relationshipsMoved: t.stringList({
      description: 'The ids of the relationships moved to the survivor.',
      resolve: (m) => m.relationshipsMoved.map((r) => r.id),
    }),
    relationshipsRetracted: t.exposeStringList('relationshipsRetracted', {
      description: 'Relationships that joined the two, now the survivor to itself: kept, but retracted.',
    }),
    citationsMoved: t.exposeInt('citationsMoved', { description: 'How many citations about the merged entity now are about the survivor.' }),
  }),
});

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: MergePayload,
    description:
      'Merges two entities found to be the same. Everything of the duplicate moves to the survivor: its ' +
      'relationships both ways, the citations about it and those it asserts or relays, its history, and its ' +
      'names as aliases; then the duplicate is gone. Only entities of the same kind merge. Needs an admin token.',
    authScopes: { admin: true },
    errors: { types: WRITE_ERRORS },
    args: {
      survivor: t.arg.id({ required: true, description: 'The entity that remains: global id or slug.' }),
      duplicate: t.arg.id({ required: true, description: 'The entity merged into it: global id or slug.' }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: async (_root, { survivor, duplicate, idempotencyKey }, context) => {
      const summary = await write(context, 'MERGE_ENTITIES', idempotencyKey, (tx, audit) =>
        mergeEntities(tx, slugFromId(String(survivor)), slugFromId(String(duplicate)), audit),
      );
      const by = actorOf(context);
      for (const moved of summary.relationshipsMoved) {
        context.events.publish({ relationshipId: moved.id, type: moved.type, change: 'MERGED', from: moved.from, to: moved.to, by });
      }
      return summary;
    },
  }),
);

const DeletePayload = builder.objectRef<DeleteSummary>('DeletePayload').implement({
  description: 'What a deletion removed.',
  fields: (t) => ({
    deletedId: t.exposeString('id', { description: 'The slug of the entity deleted.' }),
    relationshipsDeleted: t.stringList({
      description: 'The ids of the relationships deleted with it (cascade).',
      resolve: (d) => d.relationshipsDeleted.map((r) => r.id),
    }),
  }),
});

builder.mutationField('deleteEntity', (t) =>
  t.field({
    type: DeletePayload,
    description:
      'Deletes an entity and the citations about it. Refused while relationships touch it, unless `cascade` ' +
      '(then they go too); refused always while a citation names it as the one asserting or relaying something, ' +
      'or a report as the losing party (merge it instead: that keeps the provenance). Needs an admin token.',
    authScopes: { admin: true },
    errors: { types: WRITE_ERRORS },
    args: {
      id: t.arg.id({ required: true, description: 'The entity: global id or slug.' }),
      cascade: t.arg.boolean({ defaultValue: false, description: 'Also delete the relationships that touch it.' }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: async (_root, { id, cascade, idempotencyKey }, context) => {
      const summary = await write(context, 'DELETE_ENTITY', idempotencyKey, (tx, audit) =>
        deleteEntity(tx, slugFromId(String(id)), Boolean(cascade), audit),
      );
      const by = actorOf(context);
      for (const r of summary.relationshipsDeleted) {
        context.events.publish({ relationshipId: r.id, type: r.type, change: 'DELETED', from: r.from, to: r.to, by });
      }
      return summary;
    },
  }),
);

const ChangeRef = builder.objectRef<ChangeEntry>('Change').implement({
  description: 'A write in the audit trail: who changed what, and when.',
  fields: (t) => ({
    at: t.field({ type: 'DateTime', description: 'When.', resolve: (c) => c.at }),
    by: t.exposeString('by', { description: 'Who: the token’s subject, the API key’s name, `seed` or `import:<file>`.' }),
    operation: t.exposeString('operation', { description: 'What kind of write, e.g. CREATE_ENTITY, RETRACT_RELATIONSHIP, IMPORT.' }),
    targetType: t.exposeString('targetType', { description: 'ENTITY, RELATIONSHIP, SOURCE, or DOCUMENT for an import.' }),
    targetId: t.exposeString('targetId', { description: 'The id of what was changed (or of the imported source).' }),
    summary: t.exposeString('summary', { description: 'What changed, in words.' }),
  }),
});

builder.interfaceFields(Entity, (t) => ({
  history: t.field({
    type: [ChangeRef],
    description: 'The writes that touched this entity or its relationships, newest first.',
    args: { first: t.arg.int({ defaultValue: 50, description: 'At most this many, 1 to 500.' }) },
    resolve: (entity, { first }, context) => {
      const limit = first ?? 50;
      if (limit < 1 || limit > 500) throw badInput('"first" must be between 1 and 500', 'first');
      return historyOf(context.db, entity.id, limit);
    },
  }),
  mergedFrom: t.stringList({
    description: 'Slugs of entities merged into this one.',
    resolve: (entity) => (Array.isArray(entity.properties.mergedFrom) ? entity.properties.mergedFrom.map(String) : []),
  }),
  createdAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was first written.', resolve: (e) => isoString(e.properties.createdAt) }),
  createdBy: t.string({ nullable: true, description: 'Who first wrote it.', resolve: (e) => optionalString(e, 'createdBy') }),
  updatedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it last changed.', resolve: (e) => isoString(e.properties.updatedAt) }),
  updatedBy: t.string({ nullable: true, description: 'Who last changed it.', resolve: (e) => optionalString(e, 'updatedBy') }),
}));
