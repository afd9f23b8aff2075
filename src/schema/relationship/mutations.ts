/**
 * Writing relationships: add (with at least one verbatim citation), update, retract — each
 * validated as an import is, recorded in the audit trail, and told to live subscribers.
 */
import { createHash } from 'node:crypto';
import { Conflict, InvalidInput } from '../../errors.js';
import { relationshipInputOf } from '../../graph/as-input.js';
import { relationshipForUpdate, retractRelationship } from '../../graph/writes.js';
import { withoutNulls } from '../../model/values.js';
import { actorOf, builder, type Context, type Types } from '../builder.js';
import { slugFromId } from '../../model/global-ids.js';
import { RELATIONSHIP_PROPERTIES } from '../../model/properties.js';
import { ConfidenceEnum, RelationshipTypeEnum, VALUE_SET_ENUMS, type FigureQualifierEnum } from '../enums.js';
import { WRITE_ERRORS } from '../errors.js';
import { CitationInputRef, citationsFrom, TimeSpanInputRef } from '../inputs.js';
import { applyItems, applyPatch, idempotencyKeyArg, outcomeOf, write, writePayload } from '../write.js';
import { Relationship, relationshipRef } from './ref.js';

/** A relationship type's own property as an input field (none required: which apply depends on the type). */
function ownInput(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>, property: (typeof RELATIONSHIP_PROPERTIES)[number]) {
  const description = `${property.types.join(', ')}: ${property.description}`;
  const { value } = property;
  switch (value.type) {
    case 'text':
      return t.string({ description });
    case 'entity':
      return t.id({ description: `${description} Its global id or slug.` });
    case 'number':
      return value.integer ? t.int({ description }) : t.float({ description });
    case 'enum': {
      const type = VALUE_SET_ENUMS[value.of] as typeof FigureQualifierEnum;
      return value.list ? t.field({ type: [type], description }) : t.field({ type, description });
    }
  }
}

/** The entity ids a relationship input names: its ends, and any property that names an entity. */
const ENTITY_INPUTS = ['from', 'to', ...RELATIONSHIP_PROPERTIES.filter((property) => property.value.type === 'entity').map((property) => property.name)];

/** The fields a client may set on a relationship; which apply depends on its type. */
const relationshipFieldsInput = (t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) => ({
  confidence: t.field({ type: ConfidenceEnum, description: 'A reported fact, a claim by a party, or an assessment.' }),
  time: t.field({ type: TimeSpanInputRef, description: 'When it holds.' }),
  note: t.string({ description: 'Curation notes.' }),
  ...Object.fromEntries(RELATIONSHIP_PROPERTIES.map((property) => [property.name, ownInput(t, property)])),
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

const RelationshipPayload = writePayload('RelationshipPayload', { field: 'relationship', type: Relationship, noun: 'relationship' });

/** A GraphQL relationship input as an import-format relationship: ends resolved, nulls dropped. */
function relationshipDocumentInput(input: Record<string, unknown>): Record<string, unknown> {
  const relationship = withoutNulls(input);
  for (const key of ENTITY_INPUTS) {
    if (relationship[key] !== undefined) relationship[key] = slugFromId(String(relationship[key]));
  }
  if (relationship.time && typeof relationship.time === 'object') relationship.time = withoutNulls(relationship.time as object);
  return relationship;
}

const CHANGE_KIND = { CREATED: 'CREATED', UPDATED: 'UPDATED' } as const;

function publishWrite(context: Context, relationship: { id: string; type: string; from: string; to: string }, outcome: string) {
  if (outcome === 'CREATED' || outcome === 'UPDATED') {
    context.events.publish({
      relationshipId: relationship.id,
      type: relationship.type,
      change: CHANGE_KIND[outcome],
      from: relationship.from,
      to: relationship.to,
      by: actorOf(context),
    });
  }
}

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
        const outcome = (await applyItems(tx, { relationships: [relationship] }, audit)).relationships[0]?.outcome;
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
        const { addCitations, ...changes } = patch;
        const relationship = relationshipDocumentInput(applyPatch(relationshipInputOf(current, citations), changes, citationsFrom(addCitations)));
        const report = await applyItems(tx, { relationships: [relationship] }, audit);
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
