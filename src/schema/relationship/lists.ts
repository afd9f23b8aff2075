/**
 * The relationship list fields of the entity kinds: for each type an entity can take part in, a
 * field on each side it can be on (`supports` / `supportedBy`), with `asOf`, `minConfidence` and
 * `first`. Outside a planned read (src/read/), lists batch across every entity and field of the
 * response: one query, far ends and citations included.
 */
import { createContextCache, type ObjectRef } from '@pothos/core';
import DataLoader from 'dataloader';
import type { EntityRecord, RelationshipRecord } from '../../graph/records.js';
import { relationshipsOfEntities, type Direction, type RelationshipListRequest } from '../../graph/relationships.js';
import { relationshipListsKnownAt } from '../../graph/known-at.js';
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, type EntityKind } from '../../model/vocabulary.js';
import { builder, type Context, type Types } from '../builder.js';
import { Entity } from '../entity/ref.js';
import { ConfidenceEnum } from '../enums.js';
import { NAMES } from '../names.js';
import { AS_OF_DESCRIPTION, countArg } from '../arguments.js';
import { BOUNDS } from '../bounds.js';
import { primeCitations } from '../source/types.js';
import { OBJECT_TYPES } from './types.js';

/**
 * Adds to an entity kind's type a field for each relationship type it can take part in, on each
 * side it can be on. Lists the read planner (src/read/) read with their entities are taken as they are;
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
            asOf: t.arg({ type: 'Date', description: AS_OF_DESCRIPTION }),
            minConfidence: t.arg({ type: ConfidenceEnum, description: 'Only what the source stands behind at least this firmly.' }),
            first: countArg(t.arg, BOUNDS.listSize, 'At most this many', '(use `relationships` to page further)'),
          },
          resolve: (entity, args, context) => {
            const request = {
              id: entity.id,
              type,
              direction,
              asOf: args.asOf ?? null,
              minConfidence: args.minConfidence ?? null,
              limit: args.first ?? BOUNDS.listSize.default,
            };
            // An entity read as known at a moment has its lists read as they then stood.
            if (entity.known) return knownListLoader(context).load({ ...request, at: entity.known.at });
            return relationshipLoader(context).load(request);
          },
        }),
      );
    }
  }
}

/** Entities and citations read with the lists are cached for the rest of the response. */
function primeFromLists(context: Context, lists: readonly RelationshipRecord[][]) {
  const entities = Entity.getDataloader(context);
  for (const relationship of lists.flat()) {
    if (relationship.other) entities.prime(relationship.other.id, relationship.other);
    for (const { asserter, relay } of relationship.citations ?? []) {
      if (asserter) entities.prime(asserter.id, asserter);
      if (relay) entities.prime(relay.id, relay);
    }
    if (relationship.citations) primeCitations(context, relationship.id, relationship.citations);
  }
}

/**
 * One loader per request, whatever the type, direction and filter: every list the fields of a
 * response ask for together (six fields of a profile, two fields of fifty entities on a page) is
 * read by one query, with the far ends and the citations.
 */
const relationshipLoader = createContextCache(
  (context: Context) =>
    new DataLoader<RelationshipListRequest, RelationshipRecord[], string>(
      async (loads) => {
        const lists = await relationshipsOfEntities(context.db, loads);
        primeFromLists(context, lists);
        return lists;
      },
      { cacheKeyFn: (load) => JSON.stringify([load.id, load.type, load.direction, load.asOf?.toISOString() ?? null, load.minConfidence ?? null, load.limit]) },
    ),
);

/** The same for entities read as known at a moment: the lists of one moment are read together. */
const knownListLoader = createContextCache(
  (context: Context) =>
    new DataLoader<RelationshipListRequest & { at: Date }, RelationshipRecord[], string>(
      async (loads) => {
        const lists: RelationshipRecord[][] = loads.map(() => []);
        for (const at of new Set(loads.map((load) => load.at.getTime()))) {
          const mine = loads.flatMap((load, index) => (load.at.getTime() === at ? [index] : []));
          const read = await relationshipListsKnownAt(
            context.db,
            mine.map((index) => loads[index]!),
            new Date(at),
          );
          mine.forEach((index, i) => (lists[index] = read[i] ?? []));
        }
        return lists;
      },
      {
        cacheKeyFn: (load) =>
          JSON.stringify([load.at.getTime(), load.id, load.type, load.direction, load.asOf?.toISOString() ?? null, load.minConfidence ?? null, load.limit]),
      },
    ),
);
