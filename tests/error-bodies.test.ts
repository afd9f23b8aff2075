/**
 * Every error the endpoint answers with, whichever layer refuses the request (the body parser, the
 * size limit, CSRF prevention, the GraphQL parser), has the same body: a message, a code from the
 * README's list and the request id an operator can find the log line by — and nothing of the
 * server's insides (no original error, no stack).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/plugins/errors.js';
import { testServer } from './helpers.js';

const development = testServer({ limits: { bodyBytes: 100_000 } });
const production = testServer({ production: true });
afterAll(() => Promise.all([development.dispose(), production.dispose()]));

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });

const CASES: { name: string; request: () => Request; status: number; code: keyof typeof ERROR_CODES; production?: boolean }[] = [
  { name: 'a body that is not JSON', request: () => post('{ not json'), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'a body over the size limit',
    request: () => post(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(200_000)}` })),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'a GET without the CSRF header, in production',
    request: () => new Request('http://localhost/graphql?query=%7B__typename%7D', { headers: { accept: 'application/graphql-response+json' } }),
    status: 403,
    code: 'BAD_REQUEST',
    production: true,
  },
  { name: 'a query that does not parse', request: () => post('{"query":"{ entity(id: "}'), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a body without a query', request: () => post('{"variables":{}}'), status: 400, code: 'BAD_REQUEST' },
];

describe('an error body', () => {
  for (const { name, request, status, code, production: inProduction } of CASES) {
    it(`has a code and a request id: ${name}`, async () => {
      const response = await (inProduction ? production : development).fetch(request());
      expect(response.status).toBe(status);
      const body = (await response.json()) as { errors: { message: string; extensions?: Record<string, unknown> }[] };
      expect(body.errors.length).toBeGreaterThan(0);
      for (const error of body.errors) {
        expect(error.message.length).toBeGreaterThan(0);
        expect(error.extensions?.code).toBe(code);
        expect(error.extensions?.requestId).toBe(response.headers.get('x-request-id'));
        expect(Object.keys(error.extensions ?? {}).filter((key) => !['code', 'requestId', 'http', 'field'].includes(key))).toEqual([]);
      }
      expect(JSON.stringify(body)).not.toMatch(/originalError|SyntaxError|\bat \w+ \(|stack/);
    });
  }
});
