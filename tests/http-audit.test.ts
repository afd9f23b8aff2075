/**
 * GraphQL over HTTP: the server follows the specification (GET and POST, media types, status
 * codes), as judged by graphql-http's audit suite, run in-process against the real endpoint.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, describe, expect, it } from 'vitest';
import { testServer } from './helpers.js';

const server = testServer();
afterAll(() => server.dispose());

describe('the GraphQL-over-HTTP audit', () => {
  for (const audit of serverAudits({
    url: 'http://localhost/graphql',
    fetchFn: (input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(server.fetch(new Request(input, init))),
  })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    });
  }
});
