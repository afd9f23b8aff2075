/**
 * The relationship list fields of the entity kinds: for each type an entity can take part in, a
 * field on each side it can be on (`supports` / `supportedBy`), with `asOf`, `minConfidence` and
 * `first`. Lists read ahead with their entities (prefetch.ts) are taken as they are; the rest batch
 * across every entity and field of the response: one query, citations included.
 */
import { createContextCache, type ObjectRef } from '@pothos/core';
import DataLoader from 'dataloader';
import type { EntityRecord, RelationshipRecord } from '../../graph/records.js';
import { relationshipsOfEntities, unionProjections, type Direction, type ListProjection, type RelationshipListRequest } from '../../graph/relationships.js';
import { RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, type EntityKind } from '../../model/vocabulary.js';
import { builder, type Context, type Types } from '../builder.js';
import { Entity } from '../entity/ref.js';
import { ConfidenceEnum } from '../enums.js';
import { NAMES } from '../names.js';
import { countArg } from '../arguments.js';
import { BOUNDS } from '../bounds.js';
import { listKey, takePrefetched, type PlannedList } from '../prefetch.js';
import { listProjection } from '../selection.js';
import { primeCitations } from '../source/types.js';
import { OBJECT_TYPES } from './types.js';

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
            first: countArg(t.arg, BOUNDS.listSize, 'At most this many', '(use `relationships` to page further)'),
          },
          resolve: (entity, args, context, info) => {
            const limit = args.first ?? BOUNDS.listSize.default;
            const list: PlannedList = {
              type,
              direction,
              asOf: args.asOf ?? null,
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
