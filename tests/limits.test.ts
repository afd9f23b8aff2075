/**
 * Query limits (depth, cost, aliases, directives, tokens, batch, body size), generous enough for
 * every query the project documents or sends itself, and production mode: no introspection, no
 * field suggestions, CSRF prevention, CORS from configuration.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect } from 'vitest';
import { parseApiKeys } from '../src/auth.js';
import { projectRoot } from '../src/paths.js';
import { EXAMPLE_QUERY } from '../src/schema/example.js';
import { QUERY_MIX } from '../src/scripts/query-mix.js';
import { it } from './fixture.js';
import { graphql, testServer } from './helpers.js';

const EDITOR = 'editor-key-for-the-limits-0123';
// The file's server runs in production mode; a development one beside it shows the difference.
it.override('serverConfig', {
  production: true,
  auth: { readsRequireToken: false, rolesClaim: 'roles', apiKeys: parseApiKeys(`editor-bot:editor:${EDITOR}`) },
});
const development = testServer();
afterAll(() => development.dispose());

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;

/** Every GraphQL operation the project documents or sends: README, GraphiQL, explorer, example client, load mix. */
async function documentedQueries(): Promise<{ origin: string; query: string; variables?: Record<string, unknown> }[]> {
  const readme = await readFile(join(projectRoot, 'README.md'), 'utf8');
  const fromReadme = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({ origin: `README #${i + 1}`, query: m[1] as string }));
  const explorer = (await Promise.all(['app.js', 'shared.js'].map((name) => readFile(join(projectRoot, 'src', 'explorer', name), 'utf8')))).join('\n');
  const variables: Record<string, Record<string, unknown>> = {
    Neighborhood: { id: 'csto', depth: 3 },
    Entity: { id: 'armenia' },
    Relationship: { id: 'U3VwcG9ydDpydXNzaWEtc3VwcG9ydHMtYXJtZW5pYQ==' },
    Search: { text: 'ODKB' },
    Paths: { from: 'turkey', to: 'russia' },
  };
  const fromExplorer = [...explorer.matchAll(/= `(query (\w+)[\s\S]*?)`;/g)].map((m) => ({
    origin: `explorer ${m[2]}`,
    query: m[1] as string,
    variables: variables[m[2] as string],
  }));
  const client = await readFile(join(projectRoot, 'examples', 'client.ts'), 'utf8');
  const fromClient = [...client.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m, i) => ({
    origin: `example client #${i + 1}`,
    query: m[1] as string,
    variables: { id: 'armenia', from: 'armenia', to: 'azerbaijan' },
  }));
  return [
    { origin: 'GraphiQL example', query: EXAMPLE_QUERY },
    ...fromReadme,
    ...fromExplorer,
    ...fromClient,
    ...QUERY_MIX.map((q) => ({ origin: `load mix: ${q.name}`, query: q.query, variables: q.variables })),
  ];
}

describe('the default limits', () => {
  it('let every documented query through, in production', async ({ server: production }) => {
    const queries = await documentedQueries();
    expect(queries.length).toBeGreaterThan(12);
    for (const { origin, query, variables } of queries) {
      const used = Object.fromEntries(Object.entries(variables ?? {}).filter(([name]) => query.includes(`$${name}`)));
      const response = await graphql(production, query, used);
      expect(response.errors, `${origin}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    }
  });

  it('let every operation the review page sends through, in production', async ({ server: production }) => {
    const { DOCUMENTS, MAX_LOOKUPS, mentionedEntities } = await import(pathToFileURL(join(projectRoot, 'src', 'explorer', 'review-queries.js')).href);
    // Each on a draft that does not exist, or text that cannot be drafted: checked against the limits, writing nothing.
    const none = { draft: 'no-such-draft', revision: 1 };
    const variables: Record<string, Record<string, unknown>> = {
      drafts: { status: 'OPEN' },
      draft: { id: 'no-such-draft' },
      draftReport: { input: { text: ' ', published: '2022-09-14' } },
      review: { ...none, items: ['x'], state: 'ACCEPTED' },
      edit: { ...none, item: 'x', json: '{}' },
      link: { ...none, entity: 'x', to: 'armenia' },
      choose: { ...none, items: ['x'], choice: 'CORROBORATE' },
      add: { ...none, json: '{}' },
      openDraft: { document: '{}' },
      importDraft: none,
      search: { text: 'ODKB' },
    };
    const operations: [string, string, Record<string, unknown>][] = [
      ...Object.entries(DOCUMENTS as Record<string, string>).map(([name, query]): [string, string, Record<string, unknown>] => [
        name,
        query,
        variables[name] ?? {},
      ]),
      ['mentionedEntities', mentionedEntities(MAX_LOOKUPS), Object.fromEntries(Array.from({ length: MAX_LOOKUPS }, (_, i) => [`e${i}`, 'armenia']))],
    ];
    expect(operations.map(([name]) => name)).toEqual(expect.arrayContaining(Object.keys(variables)));
    for (const [name, query, used] of operations) {
      const response = await graphql(production, query, used, EDITOR);
      expect(response.errors, `review ${name}: ${JSON.stringify(response.errors)}`).toBeUndefined();
    }
  });

  it('stop a query nested too deep', async ({ server: production }) => {
    let selection = '{ name }';
    for (let i = 0; i < 7; i++) selection = `{ name ... on State { supports { to ${selection} } } }`;
    const response = await graphql(production, `{ entity(id: "armenia") ${selection} }`);
    expect(code(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toMatch(/depth/i);
    expect(response.data).toBeUndefined();
  });

  it('stop an alias bomb', async ({ server: production }) => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: entity(id: "armenia") { name }`).join(' ');
    const response = await graphql(production, `{ ${aliases} }`);
    expect(code(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('stop a query too costly, within the other limits', async ({ server: production }) => {
    const page =
      'entities(first: 100) { edges { node { name citations { quote source { title } } ... on State { supports { to { name } citations { quote } } accusedBy { from { name } citations { quote } } } } } }';
    const aliases = Array.from({ length: 25 }, (_, i) => `p${i}: ${page}`).join(' ');
    const response = await graphql(production, `{ ${aliases} }`);
    expect(code(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('name an argument out of its bounds before counting its cost', async ({ server: production }) => {
    for (const [query, bound] of [
      ['{ relationships(first: 100000) { totalCount } }', 'between 0 and 100'],
      ['{ search(text: "armenia", first: 10000) { score } }', 'between 1 and 50'],
      ['{ entity(id: "armenia") { ... on State { supports(first: 9999) { slug } } } }', 'between 1 and 500'],
    ] as const) {
      const response = await graphql(production, query);
      expect(response.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(response.errors?.[0]?.message).toBe(`"first" must be ${bound}`);
    }
    // Within its bounds, the same argument still counts towards the cost.
    const page = 'entities(first: 100) { edges { node { name ... on State { supports(first: 500) { to { name } } } } } }';
    expect(code(await graphql(production, `{ ${Array.from({ length: 3 }, (_, i) => `p${i}: ${page}`).join(' ')} }`))).toBe('QUERY_TOO_COMPLEX');
  });

  it('stop too many directives and too many tokens', async ({ server: production }) => {
    const directives = Array.from({ length: 51 }, () => '@include(if: true)').join(' ');
    expect(code(await graphql(production, `{ entity(id: "armenia") { name ${directives} } }`))).toBe('QUERY_TOO_COMPLEX');
    const tokens = Array.from({ length: 4_100 }, () => 'name').join(' ');
    const response = await graphql(production, `{ entity(id: "armenia") { ${tokens} } }`);
    expect(code(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toMatch(/token/i);
  });

  it('hide the limits’ values in production, show them in development', async ({ server: production }) => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: entity(id: "armenia") { name }`).join(' ');
    const hidden = (await graphql(production, `{ ${aliases} }`)).errors?.[0]?.message;
    expect(hidden).toMatch(/Aliases limit exceeded\.$/);
    expect(hidden).not.toMatch(/\d/);
    expect((await graphql(development, `{ ${aliases} }`)).errors?.[0]?.message).toMatch(/30/);
  });

  it('allow batches of up to 10 operations, and refuse more', async ({ server: production }) => {
    const batch = (n: number) =>
      production.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(Array.from({ length: n }, () => ({ query: '{ entity(id: "armenia") { name } }' }))),
      });
    const ten = await batch(10);
    expect(ten.status).toBe(200);
    expect((await ten.json()) as unknown[]).toHaveLength(10);
    const eleven = await batch(11);
    expect(eleven.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(await eleven.json())).toMatch(/[Bb]atching is limited to 10/);
  });
});

describe('the body size limit', () => {
  const small = testServer({ limits: { bodyBytes: 1_000 } });
  afterAll(() => small.dispose());
  const big = JSON.stringify({ query: `{ search(text: "${'x'.repeat(2_000)}") { score } }` });

  it('refuses a body that says it is too large, with PAYLOAD_TOO_LARGE', async () => {
    const response = await small.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        { message: 'The request body is larger than 1000 bytes.', extensions: { code: 'PAYLOAD_TOO_LARGE', requestId: response.headers.get('x-request-id') } },
      ],
    });
  });

  it('refuses a streamed body once it grows too large, and takes a small one', async () => {
    const stream = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(big.slice(i * 300, (i + 1) * 300)));
          controller.close();
        },
      });
    const response = await small.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream(),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    const ok = await small.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('production mode', () => {
  it('turns introspection off unless configured on', async ({ server: production }) => {
    const introspection = '{ __schema { queryType { name } } }';
    expect(code(await graphql(production, introspection))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await graphql(development, introspection)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const allowed = testServer({ production: true, introspection: true });
    expect((await graphql(allowed, introspection)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    await allowed.dispose();
  });

  it('gives no field suggestions in production', async ({ server: production }) => {
    const typo = '{ entity(id: "armenia") { nmae } }';
    expect((await graphql(development, typo)).errors?.[0]?.message).toMatch(/Did you mean "name"/);
    const hidden = (await graphql(production, typo)).errors?.[0]?.message;
    expect(hidden).toMatch(/Cannot query field/);
    expect(hidden).not.toMatch(/Did you mean/);
  });

  it('prevents CSRF: a GET or simple request needs the custom header', async ({ server: production }) => {
    const url = 'http://localhost/graphql?query=%7B__typename%7D';
    expect((await production.fetch(url)).status).toBe(403);
    expect((await production.fetch(url, { headers: { 'x-graphql-yoga-csrf': '1' } })).status).toBe(200);
    expect((await development.fetch(url)).status).toBe(200);
  });

  it('allows cross-origin calls only from configured origins', async ({ server: production }) => {
    const preflight = (server: typeof production, origin: string) =>
      server.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const configured = testServer({ production: true, corsOrigins: ['https://analysts.example.org'] });
    try {
      expect((await preflight(configured, 'https://analysts.example.org')).headers.get('access-control-allow-origin')).toBe('https://analysts.example.org');
      expect((await preflight(configured, 'https://evil.example.com')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com');
      expect((await preflight(production, 'https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
      // Development allows any origin, but never with credentials.
      const anyOrigin = await preflight(development, 'https://evil.example.com');
      expect(anyOrigin.headers.get('access-control-allow-origin')).toMatch(/^(\*|https:\/\/evil\.example\.com)$/);
      expect(anyOrigin.headers.get('access-control-allow-credentials')).not.toBe('true');
    } finally {
      await configured.dispose();
    }
  });
});
