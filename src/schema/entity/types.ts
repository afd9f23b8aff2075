/**
 * What every entity has (the Entity interface: names, description, citations, audit and history),
 * and how each kind's object type is declared: a Node that implements Entity and loads through the
 * shared loader, so mixed lists of kinds still cost one query. Kind modules add their own fields.
 */
import { isoString } from '../../graph/dates.js';
import type { EntityRecord } from '../../graph/records.js';
import { ENTITY_KIND_SPECS, type EntityKind } from '../../model/vocabulary.js';
import { builder, reads } from '../builder.js';
import { EntityKindEnum } from '../enums.js';
import { countArg } from '../arguments.js';
import { BOUNDS } from '../bounds.js';
import { Citation, loadCitations } from '../source/types.js';
import { kindFields } from './properties.js';
import { Entity } from './ref.js';
import { type ChangeEntry, historyOf } from '../../graph/audit.js';

const optionalString = (entity: EntityRecord, key: string) => {
  const value = entity.properties[key];
  return typeof value === 'string' ? value : null;
};

Entity.implement({
  description: 'Something that acts or is acted upon in a conflict. Every entity is a Node.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => ENTITY_KIND_SPECS[entity.kind].graphql.object,
  fields: (t) => ({
    slug: t.exposeString('id', {
      extensions: reads(),
      description: 'The stable, human-readable id of the entity (e.g. `armenia`), unique across all kinds.',
    }),
    kind: t.field({ type: EntityKindEnum, description: 'What kind of entity this is.', extensions: reads(), resolve: (e) => e.kind }),
    name: t.exposeString('name', { description: 'The usual English name.', extensions: reads() }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other names: transliterations, acronyms and names in other languages.',
      extensions: reads('aliases'),
    }),
    description: t.exposeString('description', { nullable: true, description: 'A short description.', extensions: reads('description') }),
    note: t.string({
      nullable: true,
      description: 'Curation notes: corrected translation slips, what the source leaves vague.',
      extensions: reads('note'),
      resolve: (e) => optionalString(e, 'note'),
    }),
    citations: t.field({
      type: [Citation],
      description: 'The sentences of the sources that name this entity.',
      resolve: (e, _args, context) => e.known?.citations ?? loadCitations(context, e.id),
    }),
  }),
});

/**
 * Declares the object type of one entity kind, as the vocabulary names and describes it: a Node
 * that implements Entity and loads through the shared entity loader, so mixed lists of kinds still
 * cost one query, with a field for each simple property the vocabulary declares for the kind. Kind
 * modules add the rest.
 */
export function entityKindType(kind: EntityKind) {
  const spec = ENTITY_KIND_SPECS[kind];
  const ref = builder.objectRef<EntityRecord>(spec.graphql.object);
  builder.node(ref, {
    description: spec.description,
    interfaces: [Entity],
    id: { resolve: (entity) => entity.id },
    loadMany: async (ids, context) => {
      const loaded = await Entity.getDataloader(context).loadMany(ids);
      return loaded.map((entity) => (entity instanceof Error || entity?.kind !== kind ? null : entity));
    },
    isTypeOf: (value) => (value as EntityRecord).kind === kind,
    fields: () => ({}),
  });
  kindFields(ref, kind);
  return ref;
}

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
    description: 'The writes that touched this entity or its relationships, newest first (read as known at a moment: those up to it).',
    args: { first: countArg(t.arg, BOUNDS.history, 'At most this many') },
    resolve: (entity, { first }, context) => historyOf(context.db, entity.id, first ?? BOUNDS.history.default, entity.known?.at),
  }),
  mergedFrom: t.stringList({
    description: 'Slugs of entities merged into this one.',
    extensions: reads('mergedFrom'),
    resolve: (entity) => (Array.isArray(entity.properties.mergedFrom) ? entity.properties.mergedFrom.map(String) : []),
  }),
  createdAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it was first written.',
    extensions: reads('createdAt'),
    resolve: (e) => isoString(e.properties.createdAt),
  }),
  createdBy: t.string({ nullable: true, description: 'Who first wrote it.', extensions: reads('createdBy'), resolve: (e) => optionalString(e, 'createdBy') }),
  updatedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When it last changed.',
    extensions: reads('updatedAt'),
    resolve: (e) => isoString(e.properties.updatedAt),
  }),
  updatedBy: t.string({ nullable: true, description: 'Who last changed it.', extensions: reads('updatedBy'), resolve: (e) => optionalString(e, 'updatedBy') }),
}));
