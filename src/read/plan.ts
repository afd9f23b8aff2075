/**
 * The read planner: an operation whose root fields it can plan (`entity`, `entities`, `search`,
 * `timeline`, `neighborhood`) becomes ONE Cypher query that reads everything the response shows —
 * each root field a CALL subquery, its entities' relationship lists, far ends, citations and
 * sources nested in COLLECT subqueries — and the response is shaped from its single row.
 * `planRead` returns null for an operation it cannot plan; the per-field resolvers answer that one.
 */
import Cypher from '@neo4j/cypher-builder';
import type { FieldNode, GraphQLField, GraphQLObjectType, OperationDefinitionNode } from 'graphql';
import { collectFields } from 'graphql/execution/collectFields.js';
import type { Statement } from '../graph/db.js';
import { entityMatch, entityPageMatch, searchMatch, type EntityQuery, type NamePage } from '../graph/entities.js';
import { graphOf, neighborhoodStatement, timelineMatch, type GraphRow } from '../graph/explore.js';
import { kindOfLabels, type EntityRecord } from '../graph/records.js';
import type { EntityKind } from '../model/vocabulary.js';
import type { Context } from '../schema/builder.js';
import { entityConnection, type ConnectionArgs } from '../schema/entity/queries.js';
import { slugFromId } from '../model/global-ids.js';
import { neighborhoodOptions, timelineOptions, type NeighborhoodArgs, type TimelineArgs } from '../schema/explore.js';
import { entity, entityRowOf, META, type EntityRow } from './cypher.js';
import { emptyEntityNeeds, fieldOf, NeedsPlanner, objectTypeOf, Unplannable, type EntityNeeds } from './needs.js';
import { itemPath, mapPromiseOrValue, Shaper, type Path } from './shape.js';

/** One root field, planned: what it reads (its part of the query) and how its answer is made. */
interface PlannedRoot {
  /**
   * Statements, each binding `e` (and `score` for a search), whose rows the root's value collects, as
   * `needs` says; or (`graph`) one ending `WITH … AS graph`, taken as it is.
   */
  reads: { statement: Statement; value: 'entities' | 'hits' | 'count' | 'graph'; needs?: EntityNeeds }[];
  answer(shaper: Shaper, values: unknown[]): unknown;
}

export interface PlannedRead {
  /** The one query; null when no root field reads the graph (`{ __typename }`): nothing is sent to Neo4j. */
  statement: Statement | null;
  /** Builds the response data from the query's one row. */
  answer(row: Record<string, unknown>, context: Context): Promise<Record<string, unknown>>;
}

/** A root field to plan: its definition, its nodes, its arguments and where its answer goes. */
interface Root<Args> {
  field: GraphQLField<unknown, unknown>;
  nodes: readonly FieldNode[];
  args: Args;
  path: Path;
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

/**
 * Plans the operation, or returns null. `built`, when given, is the statement an earlier plan of the
 * same operation with the same variables made (it is a function of them alone): it is used as it
 * is, since building the Cypher is much of a plan's cost; the answer is still made anew each time.
 */
/** Reads need a reader (or open reads); without one, the resolvers answer, with their error. */
export const readsAllowed = (context: Context): boolean => context.readsOpen || context.principal?.roles.has('reader') === true;

/** The plan of a read, or null when the resolvers are to answer it. Apart from who may read, it depends on the operation and its variables alone. */
export function planRead(planner: NeedsPlanner, operation: OperationDefinitionNode, context: Context): PlannedRead | null {
  if (operation.operation !== 'query') return null;
  const queryType = planner.schema.getQueryType() as GraphQLObjectType;
  const fields = collectFields(planner.schema, planner.fragments, planner.variables, queryType, operation.selectionSet);
  if (!readsAllowed(context)) return null;
  try {
    const roots: { key: string; root: PlannedRoot | 'typename' }[] = [];
    for (const [key, nodes] of fields) roots.push({ key, root: planRoot(planner, queryType, key, nodes) });
    return compile(planner, queryType, operation, roots);
  } catch (error) {
    if (error instanceof Unplannable) return null;
    throw error;
  }
}

function planRoot(planner: NeedsPlanner, queryType: GraphQLObjectType, key: string, nodes: readonly FieldNode[]): PlannedRoot | 'typename' {
  const node = nodes[0] as FieldNode;
  if (node.directives?.some((directive) => directive.name.value !== 'include' && directive.name.value !== 'skip')) throw new Unplannable('directive');
  const name = node.name.value;
  if (name === '__typename') return 'typename';
  const field = fieldOf(queryType, name);
  const args = planner.args(field, node);
  // The graph as it stood at a past moment is read from versions, by the resolvers.
  if (args.asKnownAt) throw new Unplannable('asKnownAt');
  const root = { field, nodes, args, path: { prev: undefined, key, typename: queryType.name } };
  if (name === 'entity') return planEntity(planner, root as Root<{ id: string }>);
  if (name === 'entities')
    return planEntities(
      planner,
      root as Root<ConnectionArgs & { kind?: EntityKind | null; nameContains?: string | null; orderBy?: 'NAME_ASC' | 'NAME_DESC' | null }>,
    );
  if (name === 'search') return planSearch(planner, root as Root<{ text: string; kinds?: EntityKind[] | null; first?: number | null }>);
  if (name === 'timeline') return planTimeline(planner, root as Root<TimelineArgs>);
  if (name === 'neighborhood') return planNeighborhood(planner, root as unknown as Root<NeighborhoodArgs & { id: string }>);
  throw new Unplannable(name);
}

function planEntity(planner: NeedsPlanner, { field, nodes, args, path }: Root<{ id: string }>): PlannedRoot {
  const needs = planner.entity(nodes, emptyEntityNeeds(), field.type);
  return {
    reads: [{ statement: { cypher: 'MATCH (e:Entity {id: $id})', params: { id: slugFromId(String(args.id)) } }, value: 'entities', needs }],
    answer: (shaper, [rows]) => shaper.entity((rows as EntityRow[])[0], field.type, nodes, needs, path),
  };
}

function planEntities(
  planner: NeedsPlanner,
  { field, nodes, args, path }: Root<ConnectionArgs & { kind?: EntityKind | null; nameContains?: string | null; orderBy?: 'NAME_ASC' | 'NAME_DESC' | null }>,
): PlannedRoot {
  const connectionType = objectTypeOf(field);
  const edgeType = objectTypeOf(fieldOf(connectionType, 'edges'));
  const nodeField = fieldOf(edgeType, 'node');
  const needs: EntityNeeds = planner.entity(
    planner.selecting(edgeType, planner.selecting(connectionType, nodes, 'edges'), 'node'),
    emptyEntityNeeds(),
    nodeField.type,
  );
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
  const counted = planner.selecting(connectionType, nodes, 'totalCount').length > 0;
  return {
    reads: [
      { statement: entityPageMatch(query, args.orderBy ?? 'NAME_ASC', page), value: 'entities', needs },
      ...(counted ? [{ statement: entityMatch(query), value: 'count' as const }] : []),
    ],
    answer: async (shaper, [rows, count]) => {
      deliver(rows as EntityRow[]);
      const built = await connection;
      return shaper.object(connectionType, built, nodes, path, (name) =>
        name === 'totalCount'
          ? () => count
          : name === 'pageInfo'
            ? (found, at, pageInfo) => shaper.object(objectTypeOf(pageInfo), built.pageInfo, found, at)
            : name === 'edges'
              ? (found, at) =>
                  mapPromiseOrValue(built.edges, (edge, index) =>
                    shaper.object(edgeType, edge, found, itemPath(at, index), (edgeField) =>
                      edgeField === 'cursor'
                        ? () => edge?.cursor
                        : edgeField === 'node'
                          ? (nodeFound, nodeAt) => shaper.entity(edge?.node, nodeField.type, nodeFound, needs, nodeAt)
                          : undefined,
                    ),
                  )
              : undefined,
      );
    },
  };
}

function planTimeline(planner: NeedsPlanner, { field, nodes, args, path }: Root<TimelineArgs>): PlannedRoot {
  let options;
  try {
    options = timelineOptions(args);
  } catch {
    throw new Unplannable('timeline arguments');
  }
  const needs = planner.entity(nodes, emptyEntityNeeds(), field.type);
  return {
    reads: [{ statement: timelineMatch(options), value: 'entities', needs }],
    answer: (shaper, [rows]) => {
      // Whether the entity exists at all is the resolver's to say.
      if (options.anchor && !(rows as EntityRow[]).length) throw new Unplannable('an empty timeline of an entity');
      return mapPromiseOrValue(rows as EntityRow[], (row, index) => shaper.entity(row, field.type, nodes, needs, itemPath(path, index)));
    },
  };
}

/**
 * A neighbourhood: the data layer's bounded breadth-first query, reading only the properties the
 * selection shows of its entities and relationships (all of them cost it several times as much).
 */
function planNeighborhood(planner: NeedsPlanner, { field, nodes, args, path }: Root<NeighborhoodArgs & { id: string }>): PlannedRoot {
  const options = neighborhoodOptions(args);
  const graphType = objectTypeOf(field);
  const nodesField = fieldOf(graphType, 'nodes');
  const edgesField = fieldOf(graphType, 'edges');
  const nodeType = objectTypeOf(nodesField);
  const entityField = fieldOf(nodeType, 'entity');
  // One set of needs for every entity: a node's and an edge's ends are the same entities.
  const needs = planner.entity(planner.selecting(nodeType, planner.selecting(graphType, nodes, 'nodes'), 'entity'), emptyEntityNeeds(), entityField.type);
  const relationshipKeys = planner.edges(planner.selecting(graphType, nodes, 'edges'), needs, edgesField.type);
  if (needs.lists.size || needs.citations) throw new Unplannable('lists or citations of a neighbourhood');
  return {
    reads: [
      {
        statement: neighborhoodStatement(slugFromId(String(args.id)), options, { entity: [...needs.keys], relationship: [...relationshipKeys] }),
        value: 'graph',
      },
    ],
    answer: (shaper, [row]) => {
      if (!row) return null;
      const found = graphOf(row as GraphRow, options, true);
      const ends = new Map<string, EntityRecord>(found.nodes.map((node) => [node.entity.id, node.entity]));
      return shaper.object(graphType, found, nodes, path, (name) =>
        name === 'edges'
          ? (selected, at) =>
              mapPromiseOrValue(found.edges, (edge, index) => shaper.relationship(edge, edgesField.type, ends, selected, needs, itemPath(at, index)))
          : name === 'nodes'
            ? (selected, at) =>
                mapPromiseOrValue(found.nodes, (node, index) =>
                  shaper.object(nodeType, node, selected, itemPath(at, index), (nodeField) =>
                    nodeField === 'entity'
                      ? (entityNodes, entityAt) => shaper.entityRecord(node.entity, entityField.type, entityNodes, needs, entityAt)
                      : undefined,
                  ),
                )
            : undefined,
      );
    },
  };
}

function planSearch(
  planner: NeedsPlanner,
  { field, nodes, args, path }: Root<{ text: string; kinds?: EntityKind[] | null; first?: number | null }>,
): PlannedRoot {
  const hitType = objectTypeOf(field);
  const entityField = fieldOf(hitType, 'entity');
  const needs = planner.entity(planner.selecting(hitType, nodes, 'entity'), emptyEntityNeeds(), entityField.type);
  const match = searchMatch(args.text.trim(), args.kinds, planner.count(field, args, 'first'));
  return {
    reads: match ? [{ statement: match, value: 'hits', needs }] : [],
    answer: (shaper, [hits]) => {
      // A node without a kind label is no entity: it drops out, as the resolver leaves it out.
      const rows = ((hits ?? []) as { entity: EntityRow; score: number }[]).filter((hit) => kindOfLabels(hit.entity[META.labels] ?? []));
      return mapPromiseOrValue(rows, (hit, index) =>
        shaper.object(hitType, hit, nodes, itemPath(path, index), (name) =>
          name === 'entity' ? (found, at) => shaper.entity(hit.entity, entityField.type, found, needs, at) : undefined,
        ),
      );
    },
  };
}

/** The roots' reads as one query, each in a CALL subquery of its own; and how the row becomes the answer. */
function compile(
  planner: NeedsPlanner,
  queryType: GraphQLObjectType,
  operation: OperationDefinitionNode,
  roots: { key: string; root: PlannedRoot | 'typename' }[],
): PlannedRead {
  // Each read's column in the one row, in the order of the roots and their reads.
  let next = 0;
  const slots = roots.map(({ root }) => (root === 'typename' ? [] : root.reads.map(() => next++)));
  return {
    statement: build(roots),
    answer: async (row, context) => {
      const shaper = new Shaper(planner, context, operation);
      const data: Record<string, unknown> = {};
      for (const [index, { key, root }] of roots.entries()) {
        if (root === 'typename') data[key] = queryType.name;
        else
          data[key] = await root.answer(
            shaper,
            (slots[index] as number[]).map((column, read) => readBack(row[`v${column}`], root.reads[read] as PlannedRoot['reads'][number])),
          );
      }
      return data;
    },
  };
}

/** A read's column as its root's answer takes it: entities and search hits read back from their positions (cypher.ts). */
function readBack(column: unknown, { value, needs = emptyEntityNeeds() }: PlannedRoot['reads'][number]): unknown {
  if (value === 'entities') return (column as unknown[][]).map((one) => entityRowOf(one, needs));
  if (value === 'hits') return (column as [unknown[], number][]).map(([one, score]) => ({ entity: entityRowOf(one, needs), score }));
  return column;
}

/** The one query of the roots' reads, its columns `v0`, `v1`, … in the order of the roots and their reads; null when none reads. */
function build(roots: { key: string; root: PlannedRoot | 'typename' }[]): Statement | null {
  const clauses: Cypher.Clause[] = [];
  const columns: Cypher.Variable[] = [];
  roots.forEach(({ root }, r) => {
    if (root === 'typename') return;
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
              ? Cypher.collect(new Cypher.List([projection(), score]))
              : Cypher.collect(projection());
      clauses.push(new Cypher.Call(Cypher.utils.concat(new Cypher.Raw(() => [cypher, params]), new Cypher.Return([value, column])), []));
      columns.push(column);
    });
  });
  if (!clauses.length) return null;
  return Cypher.utils.concat(...clauses, new Cypher.Return(...columns.map((column, i) => [column, `v${i}`] as [Cypher.Variable, string]))).build();
}
