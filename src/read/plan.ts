/**
 * The read planner: an operation whose root fields it can plan (`entity`, `entities`, `search`,
 * `timeline`, `neighborhood`) becomes ONE Cypher query that reads everything the response shows —
 * each root field a CALL subquery, its entities' relationship lists, far ends, citations and
 * sources nested in COLLECT subqueries — and the response is shaped from its single row.
 * `planRead` returns null for an operation it cannot plan; the per-field resolvers answer that one.
 */
import Cypher from '@neo4j/cypher-builder';
import { getArgumentValues, type FieldNode, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';
import type { Statement } from '../graph/db.js';
import { entityMatch, entityPageMatch, searchMatch, type EntityQuery, type NamePage } from '../graph/entities.js';
import { graphOf, neighborhoodStatement, timelineMatch, type GraphRow } from '../graph/explore.js';
import { kindOfLabels, type EntityRecord } from '../graph/records.js';
import type { EntityKind } from '../model/vocabulary.js';
import type { Context } from '../schema/builder.js';
import { BOUNDS, intWithin, textWithin } from '../schema/bounds.js';
import { entityConnection, type ConnectionArgs } from '../schema/entity/queries.js';
import { slugFromId } from '../schema/entity/ref.js';
import { neighborhoodOptions, timelineOptions, type NeighborhoodArgs, type TimelineArgs } from '../schema/explore.js';
import { entity, META } from './cypher.js';
import { emptyEntityNeeds, NeedsPlanner, Unplannable, type EntityNeeds, type KeySet } from './needs.js';
import { Shaper, type EntityRow } from './shape.js';

/** One root field, planned: what it reads (its part of the query) and how its answer is made. */
interface PlannedRoot {
  /**
   * Statements, each binding `e` (and `score` for a search), whose rows the root's value collects, as
   * `needs` says; or (`graph`) one ending `WITH … AS graph`, taken as it is.
   */
  reads: { statement: Statement; value: 'entities' | 'hits' | 'count' | 'graph'; needs?: EntityNeeds }[];
  answer(shaper: Shaper, values: unknown[]): Promise<unknown>;
}

export interface PlannedRead {
  statement: Statement;
  /** Builds the response data from the query's one row. */
  answer(row: Record<string, unknown>, context: Context): Promise<Record<string, unknown>>;
}

const e = new Cypher.NamedNode('e');
const graph = new Cypher.NamedVariable('graph');
const score = new Cypher.NamedVariable('score');

/** Statement parameters renamed with a prefix, so several root fields' reads share one query. */
function prefixed({ cypher, params }: Statement, prefix: string): Statement {
  return {
    cypher: cypher.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => `$${prefix}${name}`),
    params: Object.fromEntries(Object.entries(params).map(([name, value]) => [`${prefix}${name}`, value])),
  };
}

/** A value the planner validates as the field's own validation would; otherwise the field answers. */
function valid<T>(schema: { safeParse(value: unknown): { success: boolean } }, value: T): T {
  if (!schema.safeParse(value).success) throw new Unplannable('an argument out of bounds');
  return value;
}

export function planRead(
  planner: NeedsPlanner,
  operation: OperationDefinitionNode,
  context: Context,
): PlannedRead | null {
  if (operation.operation !== 'query') return null;
  const queryType = planner.schema.getQueryType() as GraphQLObjectType;
  const fields = collectFields(planner.schema, planner.fragments, planner.variables, queryType, operation.selectionSet);
  // Reads need a reader (or open reads); without one, the resolvers answer, with their error.
  if (!context.readsOpen && !context.principal?.roles.has('reader')) return null;
  try {
    const roots: { key: string; root: PlannedRoot | 'typename' }[] = [];
    for (const [key, nodes] of fields) roots.push({ key, root: planRoot(planner, queryType, nodes) });
    return compile(planner, operation, roots);
  } catch (error) {
    if (error instanceof Unplannable) return null;
    throw error;
  }
}

function planRoot(planner: NeedsPlanner, queryType: GraphQLObjectType, nodes: readonly FieldNode[]): PlannedRoot | 'typename' {
  const node = nodes[0] as FieldNode;
  if (node.directives?.some((directive) => directive.name.value !== 'include' && directive.name.value !== 'skip')) throw new Unplannable('directive');
  const name = node.name.value;
  if (name === '__typename') return 'typename';
  const definition = queryType.getFields()[name];
  if (!definition) throw new Unplannable(name);
  const args = getArgumentValues(definition, node, planner.variables);
  // The graph as it stood at a past moment is read from versions, by the resolvers.
  if (args.asKnownAt) throw new Unplannable('asKnownAt');
  if (name === 'entity') return planEntity(planner, nodes, args as { id: string });
  if (name === 'entities') return planEntities(planner, nodes, args as ConnectionArgs & { kind?: EntityKind | null; nameContains?: string | null; orderBy?: 'NAME_ASC' | 'NAME_DESC' | null });
  if (name === 'search') return planSearch(planner, nodes, args as { text: string; kinds?: EntityKind[] | null; first?: number | null });
  if (name === 'timeline') return planTimeline(planner, nodes, args as TimelineArgs);
  if (name === 'neighborhood') return planNeighborhood(planner, nodes, args as unknown as NeighborhoodArgs & { id: string });
  throw new Unplannable(name);
}

function planEntity(planner: NeedsPlanner, nodes: readonly FieldNode[], { id }: { id: string }): PlannedRoot {
  const needs = planner.entity(nodes, emptyEntityNeeds());
  return {
    reads: [{ statement: { cypher: 'MATCH (e:Entity {id: $id})', params: { id: slugFromId(String(id)) } }, value: 'entities', needs }],
    answer: async (shaper, [rows]) => shaper.entity((rows as EntityRow[])[0], nodes, needs, { prev: undefined, key: nodes[0]?.alias?.value ?? 'entity', typename: 'Query' }),
  };
}

function planEntities(
  planner: NeedsPlanner,
  nodes: readonly FieldNode[],
  args: ConnectionArgs & { kind?: EntityKind | null; nameContains?: string | null; orderBy?: 'NAME_ASC' | 'NAME_DESC' | null },
): PlannedRoot {
  valid(intWithin(BOUNDS.pageSize), args.first);
  valid(intWithin(BOUNDS.pageSize), args.last);
  valid(textWithin(BOUNDS.nameContains), args.nameContains);
  const connectionType = planner.schema.getType('QueryEntitiesConnection') as GraphQLObjectType;
  const edgeType = planner.schema.getType('QueryEntitiesConnectionEdge') as GraphQLObjectType;
  const connectionFields = planner.fields(connectionType, nodes);
  const edges = [...connectionFields].filter(([, found]) => found[0]?.name.value === 'edges').flatMap(([, found]) => found);
  const entityNodes = edges.length ? [...planner.fields(edgeType, edges)].filter(([, found]) => found[0]?.name.value === 'node').flatMap(([, found]) => found) : [];
  for (const [, found] of connectionFields) {
    if (!['edges', 'pageInfo', 'totalCount', '__typename'].includes(found[0]?.name.value ?? '')) throw new Unplannable('connection field');
  }
  const needs: EntityNeeds = planner.entity(entityNodes, emptyEntityNeeds());
  const query: EntityQuery = { kind: args.kind, nameContains: args.nameContains };
  // The page the arguments ask for, worked out by the same code as the resolver's (cursors decoded
  // and checked, one more than asked); its rows arrive once the one query has run.
  let page: NamePage | undefined;
  let deliver: (rows: EntityRow[]) => void = () => undefined;
  const arrived = new Promise<EntityRow[]>((resolve) => (deliver = resolve));
  const connection = entityConnection<EntityRow & { name: string; id: string }>(args, (asked) => {
    page = asked;
    return arrived as Promise<(EntityRow & { name: string; id: string })[]>;
  });
  connection.catch(() => undefined);
  if (!page) throw new Unplannable('page arguments');
  // The total costs a pass over every entity the query selects: read only when it is asked for.
  const counted = [...connectionFields].some(([, found]) => found[0]?.name.value === 'totalCount');
  return {
    reads: [
      { statement: entityPageMatch(query, args.orderBy ?? 'NAME_ASC', page), value: 'entities', needs },
      ...(counted ? [{ statement: entityMatch(query), value: 'count' as const }] : []),
    ],
    answer: async (shaper, [rows, count]) => {
      deliver(rows as EntityRow[]);
      const built = await connection;
      const path = { prev: undefined, key: nodes[0]?.alias?.value ?? 'entities', typename: 'Query' };
      const out: Record<string, unknown> = {};
      for (const [key, found] of connectionFields) {
        const name = found[0]?.name.value;
        if (name === '__typename') out[key] = connectionType.name;
        else if (name === 'totalCount') out[key] = count;
        else if (name === 'pageInfo') out[key] = await shaper.object(planner.schema.getType('PageInfo') as GraphQLObjectType, built.pageInfo, found, { prev: path, key, typename: connectionType.name });
        else {
          out[key] = await Promise.all(
            built.edges.map(async (edge, index) => {
              const edgePath = { prev: { prev: path, key, typename: connectionType.name }, key: index, typename: undefined };
              const result: Record<string, unknown> = {};
              for (const [edgeKey, edgeFound] of planner.fields(edgeType, found)) {
                const field = edgeFound[0]?.name.value;
                if (field === '__typename') result[edgeKey] = edgeType.name;
                else if (field === 'cursor') result[edgeKey] = edge?.cursor;
                else result[edgeKey] = await shaper.entity(edge?.node, edgeFound, needs, { prev: edgePath, key: edgeKey, typename: edgeType.name });
              }
              return result;
            }),
          );
        }
      }
      return out;
    },
  };
}

function planTimeline(planner: NeedsPlanner, nodes: readonly FieldNode[], args: TimelineArgs): PlannedRoot {
  valid(intWithin(BOUNDS.timelineEvents), args.first);
  let options;
  try {
    options = timelineOptions(args);
  } catch {
    throw new Unplannable('timeline arguments');
  }
  const needs = planner.entity(nodes, emptyEntityNeeds(), 'Event');
  return {
    reads: [{ statement: timelineMatch(options), value: 'entities', needs }],
    answer: (shaper, [rows]) => {
      // Whether the entity exists at all is the resolver's to say.
      if (options.anchor && !(rows as EntityRow[]).length) throw new Unplannable('an empty timeline of an entity');
      const path = { prev: undefined, key: nodes[0]?.alias?.value ?? 'timeline', typename: 'Query' };
      return Promise.all((rows as EntityRow[]).map((row, index) => shaper.entity(row, nodes, needs, { prev: path, key: index, typename: undefined })));
    },
  };
}

/**
 * A neighbourhood: the data layer's bounded breadth-first query, reading only the properties the
 * selection shows of its entities and relationships (all of them cost it several times as much).
 */
function planNeighborhood(planner: NeedsPlanner, nodes: readonly FieldNode[], args: NeighborhoodArgs & { id: string }): PlannedRoot {
  valid(intWithin(BOUNDS.neighborhoodDepth), args.depth);
  valid(intWithin(BOUNDS.neighborhoodEntities), args.limit);
  const options = neighborhoodOptions(args);
  const graphType = planner.schema.getType('Graph') as GraphQLObjectType;
  const nodeType = planner.schema.getType('GraphNode') as GraphQLObjectType;
  const graphFields = planner.fields(graphType, nodes);
  const selected = (name: string) => [...graphFields].filter(([, found]) => found[0]?.name.value === name).flatMap(([, found]) => found);
  const nodeFields = planner.fields(nodeType, selected('nodes'));
  // One set of needs for every entity: a node's and an edge's ends are the same entities.
  const needs = planner.entity([...nodeFields].filter(([, found]) => found[0]?.name.value === 'entity').flatMap(([, found]) => found), emptyEntityNeeds());
  const relationshipKeys = planner.edges(selected('edges'), needs);
  if (needs.lists.size || needs.citations) throw new Unplannable('lists or citations of a neighbourhood');
  const keys = (set: KeySet) => (set === 'all' ? 'all' : [...set]);
  return {
    reads: [{ statement: neighborhoodStatement(slugFromId(String(args.id)), options, { entity: keys(needs.keys), relationship: keys(relationshipKeys) }), value: 'graph' }],
    answer: async (shaper, [row]) => {
      if (!row) return null;
      const found = graphOf(row as GraphRow, options, true);
      const ends = new Map<string, EntityRecord>(found.nodes.map((node) => [node.entity.id, node.entity]));
      const path = { prev: undefined, key: nodes[0]?.alias?.value ?? 'neighborhood', typename: 'Query' };
      const out: Record<string, unknown> = {};
      for (const [key, fieldNodes] of graphFields) {
        const at = { prev: path, key, typename: graphType.name };
        const name = fieldNodes[0]?.name.value;
        if (name === '__typename') out[key] = graphType.name;
        else if (name === 'truncated') out[key] = found.truncated;
        else if (name === 'edges') {
          out[key] = await Promise.all(found.edges.map((edge, index) => shaper.relationship(edge, ends, fieldNodes, needs, { prev: at, key: index, typename: undefined })));
        } else if (name === 'nodes') {
          out[key] = await Promise.all(
            found.nodes.map(async (node, index) => {
              const result: Record<string, unknown> = {};
              for (const [nodeKey, nodeFound] of planner.fields(nodeType, fieldNodes)) {
                const field = nodeFound[0]?.name.value;
                if (field === '__typename') result[nodeKey] = nodeType.name;
                else if (field === 'distance') result[nodeKey] = node.distance;
                else if (field === 'entity') result[nodeKey] = await shaper.entityRecord(node.entity, nodeFound, needs, { prev: { prev: at, key: index, typename: undefined }, key: nodeKey, typename: nodeType.name });
                else throw new Unplannable(String(field));
              }
              return result;
            }),
          );
        } else throw new Unplannable(String(name));
      }
      return out;
    },
  };
}

function planSearch(planner: NeedsPlanner, nodes: readonly FieldNode[], args: { text: string; kinds?: EntityKind[] | null; first?: number | null }): PlannedRoot {
  valid(textWithin(BOUNDS.searchText), args.text);
  valid(intWithin(BOUNDS.searchResults), args.first);
  const hitType = planner.schema.getType('SearchHit') as GraphQLObjectType;
  const hitFields = planner.fields(hitType, nodes);
  const entityNodes = [...hitFields].filter(([, found]) => found[0]?.name.value === 'entity').flatMap(([, found]) => found);
  const needs = planner.entity(entityNodes, emptyEntityNeeds());
  const match = searchMatch(args.text.trim(), args.kinds, args.first ?? BOUNDS.searchResults.default);
  return {
    reads: match ? [{ statement: match, value: 'hits', needs }] : [],
    answer: async (shaper, [hits]) => {
      const path = { prev: undefined, key: nodes[0]?.alias?.value ?? 'search', typename: 'Query' };
      // A node without a kind label is no entity: it drops out, as the resolver leaves it out.
      const rows = ((hits ?? []) as { entity: EntityRow; score: number }[]).filter((hit) => kindOfLabels(hit.entity[META.labels] ?? []));
      return Promise.all(
        rows.map(async (hit, index) => {
          const out: Record<string, unknown> = {};
          for (const [key, found] of hitFields) {
            const field = found[0]?.name.value;
            const at = { prev: { prev: path, key: index, typename: undefined }, key, typename: hitType.name };
            if (field === '__typename') out[key] = hitType.name;
            else if (field === 'score') out[key] = hit.score;
            else if (field === 'entity') out[key] = await shaper.entity(hit.entity, found, needs, at);
            else throw new Unplannable(String(field));
          }
          return out;
        }),
      );
    },
  };
}

/** The roots' reads as one query, each in a CALL subquery of its own; and how the row becomes the answer. */
function compile(planner: NeedsPlanner, operation: OperationDefinitionNode, roots: { key: string; root: PlannedRoot | 'typename' }[]): PlannedRead {
  const clauses: Cypher.Clause[] = [];
  const columns: Cypher.Variable[] = [];
  const slots: number[][] = [];
  roots.forEach(({ root }, r) => {
    if (root === 'typename') return void slots.push([]);
    const mine: number[] = [];
    root.reads.forEach((read, i) => {
      const { cypher, params } = prefixed(read.statement, `r${r}_${i}_`);
      const column = new Cypher.Variable();
      const projection = () => entity(e, read.needs ?? emptyEntityNeeds());
      const value =
        read.value === 'graph'
          ? Cypher.head(Cypher.collect(graph))
          : read.value === 'count'
          ? Cypher.count(e)
          : read.value === 'hits'
            ? Cypher.collect(new Cypher.Map({ entity: projection(), score }))
            : Cypher.collect(projection());
      clauses.push(new Cypher.Call(Cypher.utils.concat(new Cypher.Raw(() => [cypher, params]), new Cypher.Return([value, column])), []));
      mine.push(columns.length);
      columns.push(column);
    });
    slots.push(mine);
  });
  const query = Cypher.utils.concat(...clauses, new Cypher.Return(...columns.map((column, i) => [column, `v${i}`] as [Cypher.Variable, string])));
  const { cypher, params } = clauses.length ? query.build() : { cypher: 'RETURN 1 AS v', params: {} };
  return {
    statement: { cypher, params },
    answer: async (row, context) => {
      const shaper = new Shaper(planner, context, operation);
      const data: Record<string, unknown> = {};
      for (const [index, { key, root }] of roots.entries()) {
        if (root === 'typename') data[key] = 'Query';
        else data[key] = await root.answer(shaper, (slots[index] as number[]).map((column) => row[`v${column}`]));
      }
      return data;
    },
  };
}
