/**
 * Exploration queries for analysts: neighbourhoods a visualization can draw as they come, all the
 * shortest paths between two entities, timelines and summaries (where the sources disagree: contested.ts). Each
 * has hard caps, stated in its description, and honours `asOf` and `minConfidence`.
 */
import {
  mostConnected,
  neighborhood,
  relationshipCounts,
  relationshipsTouching,
  shortestPaths,
  timeline,
  type TimelineOptions,
  type PathResult,
  type TraversalDirection,
  type NeighborhoodOptions,
} from '../graph/explore.js';
import type { Confidence, EventType, RelationshipType } from '../model/vocabulary.js';
import type { HoldsFilter } from '../graph/holds.js';
import { builder, type Context, type Types } from './builder.js';
import { Entity, requireEntities } from './entity/ref.js';
import { slugFromId } from '../model/global-ids.js';
import { ConfidenceEnum, EntityKindEnum, EventTypeEnum, RelationshipTypeEnum } from './enums.js';
import { badInput } from './input-error.js';
import { Event } from './event.js';
import { Relationship } from './relationship/ref.js';
import { OBJECT_TYPES } from './relationship/types.js';
import { type EntityRecord, type RelationshipRecord } from '../graph/records.js';
import { AS_OF_DESCRIPTION, asKnownAtArg, countArg } from './arguments.js';
import { neighborhoodKnownAt, timelineKnownAt } from '../graph/known-at.js';
import { BOUNDS, within } from './bounds.js';

const TraversalDirectionEnum = builder.enumType('TraversalDirection', {
  description: 'Which relationships to follow from an entity.',
  values: {
    OUT: { description: 'Only relationships from it (what it does: supports, accuses, …).' },
    IN: { description: 'Only relationships to it (what is done to it: supported by, accused by, …).' },
    BOTH: { description: 'Both.' },
  } satisfies Record<TraversalDirection, unknown>,
});

/** Makes what a query already read available to the entity loader, so resolving it costs nothing. */
function prime(context: Context, entities: EntityRecord[]): void {
  const loader = Entity.getDataloader(context);
  for (const entity of entities) loader.prime(entity.id, entity);
}

export function holdsFilter(args: { asOf?: Date | null; minConfidence?: Confidence | null }): HoldsFilter {
  return { asOf: args.asOf ?? null, minConfidence: args.minConfidence };
}

export const holdsArgs = (arg: PothosSchemaTypes.QueryFieldBuilder<Types, Types['Root']>['arg']) => ({
  asOf: arg({ type: 'Date', description: AS_OF_DESCRIPTION }),
  minConfidence: arg({ type: ConfidenceEnum, description: 'Only what the sources stand behind at least this firmly.' }),
});

const GraphNode = builder.objectRef<{ entity: EntityRecord; distance: number }>('GraphNode').implement({
  description: 'An entity in a neighbourhood, with how many steps it is from the start.',
  fields: (t) => ({
    entity: t.field({ type: Entity, description: 'The entity.', resolve: (node) => node.entity }),
    distance: t.exposeInt('distance', { description: 'Steps from the start: 0 for the start itself.' }),
  }),
});

const Graph = builder.objectRef<{ nodes: { entity: EntityRecord; distance: number }[]; edges: RelationshipRecord[]; truncated: boolean }>('Graph').implement({
  description:
    'A piece of the graph ready to draw: entities as nodes, and the relationships among them as edges ' +
    '(each with its type, direction from `from` to `to`, time and citations).',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], description: 'The entities, the start first.', resolve: (graph) => graph.nodes }),
    edges: t.field({ type: [Relationship], description: 'The relationships among the nodes.', resolve: (graph) => graph.edges }),
    truncated: t.exposeBoolean('truncated', {
      description: 'True when a cap left entities or relationships out: narrow `types`, lower `depth` or raise `limit`.',
    }),
  }),
});

export interface NeighborhoodArgs {
  depth?: number | null;
  limit?: number | null;
  types?: readonly string[] | null;
  direction?: TraversalDirection | null;
  asOf?: Date | null;
  minConfidence?: Confidence | null;
}

/** The data layer's options from the field's arguments: defaults, and four relationships per entity. */
export function neighborhoodOptions(args: NeighborhoodArgs): NeighborhoodOptions {
  const limit = args.limit ?? BOUNDS.neighborhoodEntities.default;
  return {
    ...holdsFilter(args),
    depth: args.depth ?? BOUNDS.neighborhoodDepth.default,
    limit,
    edgeLimit: limit * 4,
    types: args.types as RelationshipType[] | null | undefined,
    direction: args.direction ?? 'BOTH',
  };
}

builder.queryField('neighborhood', (t) =>
  t.field({
    type: Graph,
    nullable: true,
    description:
      `The entities within \`depth\` steps of one entity and the relationships among them, for drawing. Caps: ` +
      `depth ${within(BOUNDS.neighborhoodDepth)}; at most \`limit\` entities (${within(BOUNDS.neighborhoodEntities)}, start included) and 4 × \`limit\` ` +
      'relationships; a hub contributes no more neighbours than the cap leaves room for, so no entity can ' +
      'explode the result (`truncated` says when a cap applied). Null when no entity has the id.',
    args: {
      id: t.arg.id({ required: true, description: 'The entity to start from: global id or slug.' }),
      depth: countArg(t.arg, BOUNDS.neighborhoodDepth, 'How many steps to follow'),
      types: t.arg({ type: [RelationshipTypeEnum], description: 'Follow only these relationship types (all by default).' }),
      direction: t.arg({ type: TraversalDirectionEnum, defaultValue: 'BOTH', description: 'Which way to follow them.' }),
      limit: countArg(t.arg, BOUNDS.neighborhoodEntities, 'At most this many entities'),
      ...holdsArgs(t.arg),
      asKnownAt: asKnownAtArg(t.arg),
    },
    resolve: async (_root, args, context) => {
      const options = neighborhoodOptions(args);
      const id = slugFromId(String(args.id));
      if (args.asKnownAt) return neighborhoodKnownAt(context.db, id, options, args.asKnownAt);
      const graph = await neighborhood(context.db, id, options);
      if (graph)
        prime(
          context,
          graph.nodes.map((node) => node.entity),
        );
      return graph;
    },
  }),
);

const Path = builder.objectRef<PathResult>('Path').implement({
  description:
    'A path between two entities: `nodes[i]` and `nodes[i + 1]` are joined by `edges[i]`, which may point ' + 'either way (compare its `from` and `to`).',
  fields: (t) => ({
    length: t.int({ description: 'How many relationships the path takes.', resolve: (path) => path.edges.length }),
    nodes: t.field({ type: [Entity], description: 'The entities along the path, from start to end.', resolve: (path) => path.nodes }),
    edges: t.field({ type: [Relationship], description: 'The relationships between consecutive nodes.', resolve: (path) => path.edges }),
  }),
});

builder.queryField('paths', (t) =>
  t.field({
    type: [Path],
    description:
      `All the shortest paths between two entities (every path of the least length, not one at random), ` +
      `following relationships either way, at most \`maxLength\` steps (${within(BOUNDS.pathLength)}) and at most ` +
      `\`limit\` paths (${within(BOUNDS.paths)}). Empty when there is none within reach.`,
    args: {
      from: t.arg.id({ required: true, description: 'One end: global id or slug.' }),
      to: t.arg.id({ required: true, description: 'The other end: global id or slug.' }),
      maxLength: countArg(t.arg, BOUNDS.pathLength, 'The longest path to look for'),
      types: t.arg({ type: [RelationshipTypeEnum], description: 'Follow only these relationship types (all by default).' }),
      limit: countArg(t.arg, BOUNDS.paths, 'At most this many paths'),
      ...holdsArgs(t.arg),
    },
    resolve: async (_root, args, context) => {
      const from = slugFromId(String(args.from));
      const to = slugFromId(String(args.to));
      if (from === to) throw badInput('"from" and "to" must be different entities', 'to');
      const paths = await shortestPaths(context.db, from, to, {
        ...holdsFilter(args),
        maxLength: args.maxLength ?? BOUNDS.pathLength.default,
        limit: args.limit ?? BOUNDS.paths.default,
        types: args.types as RelationshipType[] | null,
      });
      if (!paths.length) await requireEntities(context, { from, to });
      prime(
        context,
        paths.flatMap((path) => path.nodes),
      );
      return paths;
    },
  }),
);

export interface TimelineArgs {
  entity?: string | number | null;
  asKnownAt?: Date | null;
  asOf?: Date | null;
  from?: Date | null;
  to?: Date | null;
  kinds?: EventType[] | null;
  first?: number | null;
}

/** A timeline's arguments as the query takes them; a range that ends before it begins is bad input. */
export function timelineOptions(args: TimelineArgs): TimelineOptions {
  if (args.from && args.to && args.from > args.to) throw badInput('"from" must not be after "to"', 'from');
  return {
    anchor: args.entity ? slugFromId(String(args.entity)) : null,
    from: args.from ?? null,
    to: args.to ?? null,
    eventTypes: args.kinds,
    asOf: args.asOf ?? null,
    limit: args.first ?? BOUNDS.timelineEvents.default,
  };
}

builder.queryField('timeline', (t) =>
  t.field({
    type: [Event],
    description:
      'Events in time order (by the first day each can have begun, then the last it can have ended), with ' +
      'their participants, places and reported figures one field away. With `from`/`to`, only dated events ' +
      `that overlap the range. At most \`first\` events (${within(BOUNDS.timelineEvents)}).`,
    args: {
      entity: t.arg.id({ description: 'Only events linked to this entity by any relationship (global id or slug).' }),
      from: t.arg({ type: 'Date', description: 'Only events that had not ended before this day.' }),
      to: t.arg({ type: 'Date', description: 'Only events that had begun by this day.' }),
      kinds: t.arg({ type: [EventTypeEnum], description: 'Only events of these types.' }),
      asOf: t.arg({
        type: 'Date',
        description:
          'Only events that existed on this day (begun by it, not ended before it) and, with `entity`, are linked to ' +
          'it by a relationship that held on it.',
      }),
      first: countArg(t.arg, BOUNDS.timelineEvents, 'At most this many events'),
      asKnownAt: asKnownAtArg(t.arg),
    },
    resolve: async (_root, args, context) => {
      // Events as known at a moment bring their lists as they then stood; they are not primed for live reads.
      const options = timelineOptions(args);
      const events = args.asKnownAt ? await timelineKnownAt(context.db, options, args.asKnownAt) : await timeline(context.db, options);
      // An entity deleted since may have had no events then: only a live read can tell it never existed.
      if (!args.asKnownAt && !events.length) await requireEntities(context, { entity: options.anchor });
      if (!args.asKnownAt) prime(context, events);
      return events;
    },
  }),
);

const RelationshipCount = builder.objectRef<{ type: RelationshipType; count: number }>('RelationshipCount').implement({
  description: 'How many relationships of one type there are.',
  fields: (t) => ({
    type: t.field({ type: RelationshipTypeEnum, description: 'The relationship type.', resolve: (c) => c.type }),
    count: t.exposeInt('count', { description: 'How many (that hold, with the filters given).' }),
  }),
});

builder.queryField('relationshipCounts', (t) =>
  t.field({
    type: [RelationshipCount],
    description: 'How many relationships of each type the graph holds, most first (types with none left out).',
    args: holdsArgs(t.arg),
    resolve: (_root, args, context) => relationshipCounts(context.db, holdsFilter(args)),
  }),
);

const ConnectedEntity = builder.objectRef<{ entity: EntityRecord; degree: number }>('ConnectedEntity').implement({
  description: 'An entity and how many relationships touch it.',
  fields: (t) => ({
    entity: t.field({ type: Entity, description: 'The entity.', resolve: (c) => c.entity }),
    degree: t.exposeInt('degree', { description: 'How many relationships (of the types asked for) touch it, either way.' }),
  }),
});

builder.queryField('mostConnected', (t) =>
  t.field({
    type: [ConnectedEntity],
    description: `The entities most relationships touch, most first. At most \`first\` (${within(BOUNDS.rankedEntities)}).`,
    args: {
      types: t.arg({ type: [RelationshipTypeEnum], description: 'Count only these relationship types (all by default).' }),
      kinds: t.arg({ type: [EntityKindEnum], description: 'Only entities of these kinds.' }),
      first: countArg(t.arg, BOUNDS.rankedEntities, 'At most this many'),
      ...holdsArgs(t.arg),
    },
    resolve: async (_root, args, context) => {
      const ranked = await mostConnected(context.db, {
        ...holdsFilter(args),
        types: args.types as RelationshipType[] | null,
        kinds: args.kinds,
        limit: args.first ?? BOUNDS.rankedEntities.default,
      });
      prime(
        context,
        ranked.map((r) => r.entity),
      );
      return ranked;
    },
  }),
);

interface ProfileShape {
  entity: EntityRecord;
  relationships: RelationshipRecord[];
}

const pick = (profile: ProfileShape, type: RelationshipType, side: 'from' | 'to') =>
  profile.relationships.filter((r) => r.type === type && r[side] === profile.entity.id);

const Profile = builder.objectRef<ProfileShape>('Profile').implement({
  description: 'What an analyst asks first about an entity, in one call. Every list holds relationships with their citations.',
  fields: (t) => {
    const list = (type: RelationshipType, side: 'from' | 'to', description: string) =>
      t.field({ type: [OBJECT_TYPES[type]], description, resolve: (p: ProfileShape) => pick(p, type, side) });
    return {
      entity: t.field({ type: Entity, description: 'The entity profiled.', resolve: (p) => p.entity }),
      supports: list('SUPPORTS', 'from', 'Whom it supports.'),
      supportedBy: list('SUPPORTS', 'to', 'Who supports it.'),
      accuses: list('ACCUSES', 'from', 'Whom it accuses, and of what.'),
      accusedBy: list('ACCUSES', 'to', 'Who accuses it, and of what.'),
      controls: list('CONTROLS', 'from', 'What territory it controls de facto.'),
      controlledBy: list('CONTROLS', 'to', 'Who controls it de facto (for a region).'),
      occupies: list('OCCUPIES', 'from', 'What it is said to occupy.'),
      occupiedBy: list('OCCUPIES', 'to', 'Who is said to occupy it.'),
      memberOf: list('MEMBER_OF', 'from', 'What it is a member of.'),
      events: list('PARTICIPATES_IN', 'from', 'The events it took part in.'),
      leaders: list('LEADS', 'to', 'Who leads it.'),
      relationshipCounts: t.field({
        type: [RelationshipCount],
        description: 'How many relationships of each type touch it.',
        resolve: (p) => {
          const counts = new Map<RelationshipType, number>();
          for (const r of p.relationships) counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
          return [...counts].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count);
        },
      }),
    };
  },
});

builder.queryField('profile', (t) =>
  t.field({
    type: Profile,
    nullable: true,
    description:
      'A one-call profile of an entity: who it supports and is supported by, whom it accuses and is accused by, what ' +
      'it controls, the events it took part in. Reads at most 1,000 relationships. Null when no entity has the id.',
    args: { id: t.arg.id({ required: true, description: 'The entity: global id or slug.' }), ...holdsArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const id = slugFromId(String(args.id));
      const entity = await Entity.getDataloader(context)
        .load(id)
        .catch(() => null);
      if (!entity) return null;
      const relationships = await relationshipsTouching(context.db, id, { ...holdsFilter(args), limit: 1_000 });
      prime(
        context,
        relationships.flatMap((r) => (r.other ? [r.other] : [])),
      );
      return { entity, relationships };
    },
  }),
);
