/**
 * The benchmark's peer: the same graph served by the Neo4j GraphQL Library (@neo4j/graphql), with
 * type definitions equivalent to ours and written as its documentation suggests: one @node type per
 * entity kind plus a generic `Entity` (every node carries that label), a relationship field per type
 * and direction with the relationship's properties, and @fulltext on the same index. Run as a
 * program, it serves them with graphql-yoga on PORT (as our server does) against NEO4J_URI.
 */
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { ENTITY_KINDS, KIND_LABELS, RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_NAMES, type EntityKind, type RelationshipType } from '../src/model/vocabulary.js';

/** `SUPPORTS` → `supports`, `MEMBER_OF` → `memberOf`: the field stem for a relationship type. */
export function fieldStem(type: RelationshipType): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const COMMON = ['id: ID!', 'name: String!', 'aliases: [String!]', 'description: String', 'note: String'];
const BY_KIND: Record<EntityKind, string[]> = {
  STATE: ['isoCode: String', 'recognized: Boolean'],
  LEADER: ['office: String', 'termFrom: Date', 'termTo: Date'],
  ORGANIZATION: ['orgType: String'],
  REGION: ['regionType: String'],
  EVENT: ['eventType: String', 'status: String', 'startDate: Date', 'startPrecision: String', 'endDate: Date', 'endPrecision: String', 'deaths: Int'],
};
const KIND = `kind: String @cypher(statement: "RETURN [label IN labels(this) WHERE label <> 'Entity'][0] AS kind", columnName: "kind")`;
// The library cannot hang a field on a relationship's properties, so the citations of an entity's
// relationships are one @cypher field on the entity, joined to the relationships by their id.
const RELATIONSHIP_CITATIONS =
  'relationshipCitations(types: [String!]!): [Citation!]! @cypher(statement: "MATCH (this)-[r]-(:Entity) WHERE type(r) IN $types MATCH (c:Citation {about: r.id}) RETURN c", columnName: "c")';

function relationshipFields(kinds: readonly EntityKind[]): string[] {
  return RELATIONSHIP_TYPE_NAMES.flatMap((type) => {
    const spec = RELATIONSHIP_TYPES[type];
    const fields: string[] = [];
    if (spec.from.some((kind) => kinds.includes(kind))) {
      fields.push(`${fieldStem(type)}Out: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Provenance")`);
    }
    if (spec.to.some((kind) => kinds.includes(kind))) {
      fields.push(`${fieldStem(type)}In: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Provenance")`);
    }
    return fields;
  });
}

function nodeType(name: string, labels: string[], kinds: readonly EntityKind[], directives = ''): string {
  const fields = [...COMMON, ...new Set(kinds.flatMap((kind) => BY_KIND[kind])), KIND, RELATIONSHIP_CITATIONS, ...relationshipFields(kinds)];
  return `type ${name} @node(labels: [${labels.map((label) => JSON.stringify(label)).join(', ')}])${directives} {\n  ${fields.join('\n  ')}\n}`;
}

export function peerTypeDefs(): string {
  const search = ' @fulltext(indexes: [{ indexName: "entity_search", queryName: "searchEntities", fields: ["name", "description"] }])';
  return [
    nodeType('Entity', ['Entity'], ENTITY_KINDS, search),
    ...ENTITY_KINDS.map((kind) => nodeType(KIND_LABELS[kind], [KIND_LABELS[kind], 'Entity'], [kind])),
    `type Provenance @relationshipProperties {
  id: ID!
  confidence: String!
  note: String
  validFrom: Date
  validFromPrecision: String
  validTo: Date
  validToPrecision: String
  timeNote: String
  allegation: String
  office: String
  category: String
  figure: Int
  unit: String
}`,
    `type Citation @node {
  id: ID!
  about: String!
  quote: String!
  note: String
  assertedBy: [Entity!]! @relationship(type: "ASSERTED_BY", direction: OUT)
}`,
  ].join('\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const driver = neo4j.driver(process.env.NEO4J_URI ?? '', neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  const yoga = createYoga({ schema, graphiql: false, logging: 'warn', maskedErrors: true });
  const server = createServer(yoga);
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`peer listening on ${process.env.PORT}`));
  const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
