/**
 * Writing entities: create, update, merge and delete, each validated as an import is and recorded
 * in the audit trail, with the inputs they take.
 */
import { Conflict } from '../../errors.js';
import { entityInputOf } from '../../graph/as-input.js';
import { deleteEntity, entityForUpdate, mergeEntities, type DeleteSummary, type MergeSummary } from '../../graph/writes.js';
import { slugify } from '../../model/names.js';
import { withoutNulls } from '../../model/values.js';
import { actorOf, builder, type Types } from '../builder.js';
import { EntityKindEnum } from '../enums.js';
import { WRITE_ERRORS } from '../errors.js';
import { CitationInputRef, citationsFrom } from '../inputs.js';
import { applyItems, applyPatch, idempotencyKeyArg, outcomeOf, write, writePayload } from '../write.js';
import { kindInputs, NESTED_INPUTS } from './properties.js';
import { Entity } from './ref.js';
import { slugFromId } from '../../model/global-ids.js';

/** The fields of an entity a client may set; which of its kinds' own (from the vocabulary) apply depends on its kind. */
const entityFields = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  name: t.string({ description: 'The usual English name.' }),
  aliases: t.stringList({ description: 'Other names: transliterations, acronyms, other languages.' }),
  description: t.string({ description: 'A short description.' }),
  note: t.string({ description: 'Curation notes: corrected slips, what the source leaves vague.' }),
  ...kindInputs(t),
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

const EntityPayload = writePayload('EntityPayload', { field: 'entity', type: Entity, noun: 'entity' });

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
        const outcome = (await applyItems(tx, { entities: [entity] }, audit)).entities[0]?.outcome;
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
        const { addCitations, ...changes } = patch;
        const entity = entityDocumentInput(applyPatch(entityInputOf(current, citations), changes, citationsFrom(addCitations)));
        const report = await applyItems(tx, { entities: [entity] }, audit);
        return { id, outcome: outcomeOf(report.entities[0]?.outcome) };
      });
    },
  }),
);

/** A GraphQL entity input as an import-format entity: nulls dropped, nested inputs too. */
function entityDocumentInput(input: Record<string, unknown>): Record<string, unknown> {
  const entity = withoutNulls(input);
  for (const key of NESTED_INPUTS) {
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
      const summary = await write(context, 'DELETE_ENTITY', idempotencyKey, (tx, audit) => deleteEntity(tx, slugFromId(String(id)), Boolean(cascade), audit));
      const by = actorOf(context);
      for (const r of summary.relationshipsDeleted) {
        context.events.publish({ relationshipId: r.id, type: r.type, change: 'DELETED', from: r.from, to: r.to, by });
      }
      return summary;
    },
  }),
);
