/**
 * Roles at every boundary, through the endpoint: open or token-gated reads, editor writes, admin
 * merges and deletes; API keys, JWTs signed with a secret, and JWTs checked against a JWKS served
 * over HTTP. A missing or bad token gets a 401-style error and nothing is written.
 */
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { parseApiKeys, type AuthConfig } from '../src/auth.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { it } from './fixture.js';
import { graphql, snapshot, testServer } from './helpers.js';

const KEYS = { reader: 'reader-key-0123456789abcdef', editor: 'editor-key-0123456789abcdef', admin: 'admin-key-0123456789abcdef' };
const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const auth = (extra: Partial<AuthConfig> = {}): AuthConfig => ({
  readsRequireToken: false,
  rolesClaim: 'roles',
  jwtSecret: SECRET,
  apiKeys: parseApiKeys(`reader-bot:reader:${KEYS.reader},editor-bot:editor:${KEYS.editor},admin-bot:admin:${KEYS.admin}`),
  ...extra,
});

it.override('serverConfig', { auth: auth() });

const READ = '{ entity(id: "armenia") { name } }';
const CREATE = `mutation($id: ID!) {
  createEntity(input: { id: $id, kind: REGION, regionType: CITY, name: "Test City",
    citations: [{ source: "armenia-azerbaijan-2022-09", quote: "other Armenian cities" }] }) {
    __typename ... on EntityPayload { outcome entity { slug createdBy } }
  }
}`;
const DELETE = 'mutation($id: ID!) { deleteEntity(id: $id) { __typename ... on DeletePayload { deletedId } } }';

async function signed(claims: Record<string, unknown>, options: { expiresIn?: string; secret?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.sub ?? 'analyst@example.org'))
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '5m')
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

describe('reading', () => {
  it('is open without a token by default', async ({ server }) => {
    expect((await graphql(server, READ)).data).toEqual({ entity: { name: 'Armenia' } });
  });

  it('needs a reader token when reads are configured to', async () => {
    const closed = testServer({ auth: auth({ readsRequireToken: true }) });
    try {
      const anonymous = await graphql(closed, READ);
      expect(anonymous.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(anonymous.data?.entity ?? null).toBeNull();
      expect((await graphql(closed, READ, undefined, KEYS.reader)).data).toEqual({ entity: { name: 'Armenia' } });
      expect((await graphql(closed, READ, undefined, KEYS.editor)).data).toEqual({ entity: { name: 'Armenia' } });
    } finally {
      await closed.dispose();
    }
  });

  it("is refused without a token even for a query a reader's request has just had planned", async () => {
    const closed = testServer({ auth: auth({ readsRequireToken: true }) });
    try {
      expect((await graphql(closed, READ, undefined, KEYS.reader)).data).toEqual({ entity: { name: 'Armenia' } });
      const anonymous = await graphql(closed, READ);
      expect(anonymous.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      expect(anonymous.data?.entity ?? null).toBeNull();
    } finally {
      await closed.dispose();
    }
  });
});

describe('writing', () => {
  it('is refused without a token (UNAUTHENTICATED) and with a reader token (FORBIDDEN), writing nothing', async ({ server, driver }) => {
    const before = await snapshot(driver);
    const anonymous = await graphql(server, CREATE, { id: 'test-city' });
    expect(anonymous.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    const reader = await graphql(server, CREATE, { id: 'test-city' }, KEYS.reader);
    expect(reader.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await snapshot(driver)).toEqual(before);
  });

  it('is allowed with an editor key, recorded under the key’s name', async ({ server }) => {
    const { data } = await graphql<{ createEntity: { outcome: string; entity: { createdBy: string } } }>(server, CREATE, { id: 'test-city' }, KEYS.editor);
    expect(data?.createEntity).toMatchObject({ outcome: 'CREATED', entity: { createdBy: 'api-key:editor-bot' } });
  });

  it('reserves deleting (and merging) to admins', async ({ server }) => {
    const editor = await graphql(server, DELETE, { id: 'test-city' }, KEYS.editor);
    expect(editor.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const merge = await graphql(server, 'mutation { mergeEntities(survivor: "yerevan", duplicate: "test-city") { __typename } }', undefined, KEYS.editor);
    expect(merge.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const admin = await graphql<{ deleteEntity: { deletedId: string } }>(server, DELETE, { id: 'test-city' }, KEYS.admin);
    expect(admin.data?.deleteEntity).toEqual({ __typename: 'DeletePayload', deletedId: 'test-city' });
  });
});

describe('tokens', () => {
  it('accepts a JWT signed with the configured secret, taking roles from its claim and the writer from sub', async ({ server }) => {
    const token = await signed({ sub: 'analyst@example.org', roles: ['editor'] });
    const { data } = await graphql<{ createEntity: { entity: { createdBy: string } } }>(server, CREATE, { id: 'jwt-city' }, token);
    expect(data?.createEntity.entity.createdBy).toBe('analyst@example.org');
    const reader = await graphql(server, DELETE, { id: 'jwt-city' }, await signed({ roles: 'editor' }));
    expect(reader.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await graphql(server, DELETE, { id: 'jwt-city' }, KEYS.admin);
  });

  it('turns a bad token into a 401 before anything runs', async ({ server, driver }) => {
    const before = await snapshot(driver);
    const cases = {
      garbage: 'not-a-known-key-at-all',
      'wrong signature': await signed({ roles: ['admin'] }, { secret: 'another-secret-of-at-least-thirty-two-chars' }),
      expired: await signed({ roles: ['admin'] }, { expiresIn: '-1m' }),
    };
    for (const [name, token] of Object.entries(cases)) {
      const response = await server.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: CREATE, variables: { id: 'never-written' } }),
      });
      expect(response.status, name).toBe(401);
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code, name).toBe('UNAUTHENTICATED');
      if (name === 'expired') expect(body.errors[0]?.message).toBe('The token has expired.');
    }
    const malformed = await server.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Token abc' },
      body: JSON.stringify({ query: READ }),
    });
    expect(malformed.status).toBe(401);
    expect(await snapshot(driver)).toEqual(before);
  });

  describe('from a JWKS', () => {
    let jwks: HttpServer;
    let url: string;
    let privateKey: CryptoKey;

    beforeAll(async () => {
      const pair = await generateKeyPair('RS256');
      privateKey = pair.privateKey as CryptoKey;
      const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
      jwks = createHttpServer((_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ keys: [jwk] }));
      });
      await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/.well-known/jwks.json`;
    });
    afterAll(() => new Promise((resolve) => jwks.close(resolve)));

    it('accepts a token signed by a key the JWKS publishes, for the configured issuer and audience', async () => {
      const gated = testServer({
        auth: auth({ jwtSecret: undefined, jwksUrl: url, issuer: 'https://id.example.org', audience: 'conflict-graph', readsRequireToken: true }),
      });
      try {
        const sign = (audience: string) =>
          new SignJWT({ roles: ['reader'] })
            .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
            .setSubject('reader@example.org')
            .setIssuer('https://id.example.org')
            .setAudience(audience)
            .setExpirationTime('5m')
            .sign(privateKey);
        expect((await graphql(gated, READ, undefined, await sign('conflict-graph'))).data).toEqual({ entity: { name: 'Armenia' } });
        const wrongAudience = await graphql(gated, READ, undefined, await sign('another-service'));
        expect(wrongAudience.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
      } finally {
        await gated.dispose();
      }
    });
  });
});

describe('configuration', () => {
  it('reads roles and keys from the environment and refuses weak ones', () => {
    const config = loadConfig({ AUTH_READS: 'token', AUTH_API_KEYS: `ci:editor:${KEYS.editor}`, AUTH_JWT_SECRET: SECRET });
    expect(config.auth).toMatchObject({ readsRequireToken: true, jwtSecret: SECRET, apiKeys: [{ name: 'ci', role: 'editor' }] });
    expect(() => loadConfig({ AUTH_API_KEYS: 'ci:editor:short' })).toThrow(ConfigError);
    expect(() => loadConfig({ AUTH_API_KEYS: `ci:owner:${KEYS.editor}` })).toThrow(/role of reader\/editor\/admin/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'too-short' })).toThrow(/AUTH_JWT_SECRET: at least 32 characters/);
  });
});
