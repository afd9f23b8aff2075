/**
 * The bad-input battery: hostile and broken requests of every kind, each answered with a clear
 * error (or harmlessly), the database unchanged and the server up. Injection-shaped text goes into
 * every string and ID argument of every query field, found from the schema itself.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import { describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { schema } from '../src/schema/index.js';
import type { Server } from '../src/server.js';
import { it } from './fixture.js';
import { graphql, snapshot } from './helpers.js';

const EDITOR = 'editor-key-0123456789abcdef';
it.override('serverConfig', { auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR}`) } });
let before: Awaited<ReturnType<typeof snapshot>>;

it.beforeAll(async ({ driver }) => {
  before = await snapshot(driver);
});

const INJECTIONS = [
  "' OR 1=1 //",
  "armenia'}) MATCH (n) DETACH DELETE n //",
  '"}) DETACH DELETE n RETURN 1 //',
  '`Entity`) DETACH DELETE (x',
  '$ids',
  '*',
  'name:* OR aliases:*',
  'AND OR NOT TO',
  '"unterminated',
  '[a TO z] (b',
  'armenia~ a^999',
  '\\',
  '/.*/',
  '&& || !',
  '\u0000 🙂 \u202e',
  'x'.repeat(5_000),
];

// Editor-only fields (drafts) refuse a caller without a token: a client error too.
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX', 'UNAUTHENTICATED']);

/** A valid value for an argument of this type, or undefined when one cannot be made up. */
function validValue(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = validValue(nullable.ofType);
    return item === undefined ? undefined : [item];
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]?.value;
  if (isInputObjectType(nullable)) return undefined;
  if (isScalarType(nullable)) {
    return { String: 'armenia', ID: 'armenia', Int: 1, Float: 1, Boolean: false, Date: '2022-09-14', DateTime: '2022-09-14T00:00:00Z' }[nullable.name];
  }
  return undefined;
}

function selectionFor(field: { type: unknown }): string {
  const named = getNamedType(field.type as never);
  return isObjectType(named) || isInterfaceType(named) || isUnionType(named) ? ' { __typename }' : '';
}

function stringLike(arg: GraphQLArgument): boolean {
  const named = getNamedType(arg.type);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
}

const expectUnchanged = async (driver: Driver) => expect(await snapshot(driver)).toEqual(before);

describe('injection-shaped text in every string argument of every query field', () => {
  const fields = Object.values(schema.getQueryType()?.getFields() ?? {});

  it('covers the query fields that take text', () => {
    const targets = fields.filter((field) => field.args.some(stringLike)).map((field) => field.name);
    expect(targets).toEqual(expect.arrayContaining(['entity', 'entities', 'search', 'neighborhood', 'paths', 'relationships', 'timeline', 'profile', 'node']));
  });

  it('gets data or a client error, never an internal one, and changes nothing', async ({ server, driver }) => {
    let requests = 0;
    for (const field of fields) {
      for (const target of field.args.filter(stringLike)) {
        for (const payload of INJECTIONS) {
          const values: Record<string, unknown> = {};
          const definitions: string[] = [];
          for (const arg of field.args) {
            const value =
              arg === target ? (isListType(getNullableType(arg.type)) ? [payload] : payload) : isNonNullType(arg.type) ? validValue(arg.type) : undefined;
            if (value === undefined) continue;
            values[arg.name] = value;
            definitions.push(`$${arg.name}: ${String(arg.type)}`);
          }
          const call = definitions.length
            ? `(${Object.keys(values)
                .map((name) => `${name}: $${name}`)
                .join(', ')})`
            : '';
          const query = `query${definitions.length ? `(${definitions.join(', ')})` : ''} { ${field.name}${call}${selectionFor(field)} }`;
          const response = await graphql(server, query, values);
          requests++;
          for (const error of response.errors ?? []) {
            expect(
              CLIENT_CODES.has(String(error.extensions?.code)),
              `${field.name}(${target.name}: ${JSON.stringify(payload).slice(0, 40)}): ${JSON.stringify(error)}`,
            ).toBe(true);
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(150);
    await expectUnchanged(driver);
  });
});

describe('writes with injection-shaped text', () => {
  it('store the text as text, and touch nothing else', async ({ server, driver }) => {
    for (const [index, payload] of INJECTIONS.slice(0, 5).entries()) {
      const response = await graphql<{ createEntity: { entity: { name: string; description: string } } }>(
        server,
        `
          mutation ($input: EntityInput!) {
            createEntity(input: $input) {
              ... on EntityPayload {
                entity {
                  name
                  description
                }
              }
              ... on MutationError {
                message
              }
            }
          }
        `,
        {
          input: {
            id: `injection-${index}`,
            kind: 'REGION',
            regionType: 'AREA',
            name: payload,
            description: payload,
            citations: [{ source: 'armenia-azerbaijan-2022-09', quote: 'border zone' }],
          },
        },
        EDITOR,
      );
      expect(response.data?.createEntity.entity).toEqual({ name: payload.trim(), description: payload.trim() });
    }
    const { records } = await driver.executeQuery("MATCH (e:Entity) WHERE NOT e.id STARTS WITH 'injection-' RETURN count(e) AS n");
    const { records: seeded } = await driver.executeQuery("MATCH (e:Entity {id: 'armenia'}) RETURN count(e) AS n");
    expect(records[0]?.get('n')).toBeGreaterThan(40);
    expect(seeded[0]?.get('n')).toBe(1);
    await driver.executeQuery("MATCH (e:Entity) WHERE e.id STARTS WITH 'injection-' DETACH DELETE e");
    await driver.executeQuery("MATCH (c:Citation) WHERE c.about STARTS WITH 'injection-' DETACH DELETE c");
    await driver.executeQuery("MATCH (c:Change) WHERE c.targetId STARTS WITH 'injection-' DETACH DELETE c");
    await driver.executeQuery("MATCH (v:EntityVersion) WHERE v.id STARTS WITH 'injection-' DETACH DELETE v");
  });
});

describe('broken and hostile requests', () => {
  // The GraphQL-over-HTTP media type, whose status codes tell a request error from a field error.
  const post = (server: Server, body: BodyInit, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    Promise.resolve(server.fetch('http://localhost/graphql', { method: 'POST', headers: { accept: 'application/graphql-response+json', ...headers }, body }));

  const cases: [string, (server: Server) => Promise<Response>, number, RegExp][] = [
    ['malformed JSON', (server) => post(server, '{"query": "{ __typename }"'), 400, /JSON/],
    ['JSON that is not an object', (server) => post(server, '[1, 2'), 400, /JSON/],
    ['no query', (server) => post(server, JSON.stringify({ variables: {} })), 400, /query/i],
    ['a query that is not a string', (server) => post(server, JSON.stringify({ query: 42 })), 400, /query/i],
    ['variables that are not an object', (server) => post(server, JSON.stringify({ query: '{ __typename }', variables: 'x' })), 400, /variables/i],
    ['a wrong content type', (server) => post(server, '{ __typename }', { 'content-type': 'text/plain' }), 415, /^$|./],
    ['GraphQL syntax errors', (server) => post(server, JSON.stringify({ query: '{ entity(id: "armenia" { name }' })), 400, /Syntax Error/],
    [
      'a wrong variable type',
      (server) => post(server, JSON.stringify({ query: 'query($first: Int) { entities(first: $first) { totalCount } }', variables: { first: 'ten' } })),
      400,
      /Int cannot represent/,
    ],
    ['a missing required variable', (server) => post(server, JSON.stringify({ query: 'query($id: ID!) { entity(id: $id) { name } }' })), 400, /\$id/],
    [
      'a cyclic fragment',
      (server) => post(server, JSON.stringify({ query: '{ entity(id: "armenia") { ...A } } fragment A on Entity { ...B } fragment B on Entity { ...A }' })),
      400,
      /[Cc]annot spread fragment/,
    ],
    ['an unknown operation name', (server) => post(server, JSON.stringify({ query: 'query A { __typename }', operationName: 'B' })), 400, /operation/],
    [
      'a mutation over GET',
      (server) =>
        Promise.resolve(
          server.fetch('http://localhost/graphql?query=mutation%7BdeleteEntity(id%3A%22armenia%22)%7B__typename%7D%7D', {
            headers: { accept: 'application/graphql-response+json' },
          }),
        ),
      405,
      /mutation/i,
    ],
  ];

  for (const [name, request, status, message] of cases) {
    it(`answers ${name} with ${status} and a clear message`, async ({ server }) => {
      const response = await request(server);
      expect(response.status).toBe(status);
      const text = await response.text();
      expect(text).toMatch(message);
      expect(text).not.toMatch(/\bat [\w.]+ \(|node_modules|Neo4jError/);
    });
  }

  it('answers ids that are not ids, or name another type, with null or a clear error', async ({ server }) => {
    const foreign = Buffer.from('User:1').toString('base64');
    const wrongKind = Buffer.from('State:csto').toString('base64');
    const ids = ['not base64 !!', foreign, wrongKind, '', 'x'.repeat(600)];
    for (const id of ids) {
      const response = await graphql<{ node: unknown; entity: unknown }>(server, 'query($id: ID!) { node(id: $id) { __typename } entity(id: $id) { name } }', {
        id,
      });
      for (const error of response.errors ?? [])
        expect(CLIENT_CODES.has(String(error.extensions?.code)), `${id.slice(0, 20)}: ${JSON.stringify(error)}`).toBe(true);
      expect(response.data?.node ?? null).toBeNull();
    }
  });

  it('tells an entity filter that names no entity so, instead of answering with nothing', async ({ server }) => {
    for (const [query, field] of [
      ['{ relationships(from: "atlantis") { totalCount } }', 'from'],
      ['{ paths(from: "armenia", to: "atlantis") { length } }', 'to'],
      ['{ timeline(entity: "atlantis") { name } }', 'entity'],
      ['{ contested(entity: "atlantis") { mutualAccusations { a { name } } } }', 'entity'],
    ] as const) {
      const response = await graphql(server, query);
      expect(response.errors?.[0], query).toMatchObject({ message: 'no entity has the id "atlantis"', extensions: { code: 'BAD_USER_INPUT', field } });
    }
    // An entity that exists but has nothing to show still answers with nothing.
    const quiet = await graphql<{ paths: unknown[] }>(server, '{ paths(from: "armenia", to: "csto", types: [BORDERS]) { length } }');
    expect(quiet.errors).toBeUndefined();
    expect(quiet.data?.paths).toEqual([]);
  });

  it('tells a blank search it is blank, and a long one its bounds', async ({ server }) => {
    const blank = await graphql(server, '{ search(text: "   ") { score } }');
    expect(blank.errors?.[0]).toMatchObject({ message: '"text" must not be blank', extensions: { code: 'BAD_USER_INPUT', field: 'text' } });
    const long = await graphql(server, `{ search(text: "${'x'.repeat(201)}") { score } }`);
    expect(long.errors?.[0]?.message).toBe('"text" must be 1 to 200 characters');
  });

  it('answers a page asked from both ends with an error naming the argument, not a page that ignores one', async ({ server }) => {
    for (const query of ['{ entities(first: 2, last: 1) { totalCount } }', '{ relationships(first: 2, last: 1) { totalCount } }']) {
      const response = await graphql(server, query);
      expect(response.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field: 'last' });
      expect(response.errors?.[0]?.message).toMatch(/not both/);
    }
  });

  it('leaves the database unchanged and the server up after all of it', async ({ server, driver }) => {
    await expectUnchanged(driver);
    expect((await server.fetch('http://localhost/health')).status).toBe(200);
    expect((await graphql(server, '{ entity(id: "armenia") { name } }')).data).toEqual({ entity: { name: 'Armenia' } });
  });
});
