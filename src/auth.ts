/**
 * Who is calling: a bearer token in the Authorization header, either a signed JWT (verified with a
 * shared secret or a JWKS) or a static API key from the configuration. Roles nest: an admin is also
 * an editor, an editor also a reader.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** Who, for the audit trail: the JWT subject or the API key's name. */
  id: string;
  roles: ReadonlySet<Role>;
}

export interface ApiKey {
  name: string;
  role: Role;
  key: string;
}

export interface AuthConfig {
  /** Whether reading needs a reader token; by default anyone may read. */
  readsRequireToken: boolean;
  jwtSecret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The JWT claim holding the roles: a role name or a list of them. */
  rolesClaim: string;
  apiKeys: ApiKey[];
}

export const OPEN_READS_NO_WRITERS: AuthConfig = { readsRequireToken: false, rolesClaim: 'roles', apiKeys: [] };

/** Everything a role grants, the roles below it included. */
export function rolesFrom(role: Role): Set<Role> {
  return new Set(ROLES.slice(0, ROLES.indexOf(role) + 1));
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export class Authenticator {
  private readonly jwks?: JWTVerifyGetKey;
  private readonly secret?: Uint8Array;
  private readonly keys: { name: string; role: Role; digest: Buffer }[];

  constructor(private readonly config: AuthConfig) {
    if (config.jwksUrl) this.jwks = createRemoteJWKSet(new URL(config.jwksUrl));
    if (config.jwtSecret) this.secret = new TextEncoder().encode(config.jwtSecret);
    this.keys = config.apiKeys.map(({ name, role, key }) => ({ name, role, digest: digest(key) }));
  }

  /**
   * The principal behind an Authorization header; null when there is none. A header that is there
   * but wrong (malformed, bad signature, expired, unknown key) is an error: the request stops
   * before anything runs, so nothing is half done.
   */
  async authenticate(header: string | null): Promise<Principal | null> {
    if (!header) return null;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
    const token = match[1] as string;
    return token.split('.').length === 3 ? this.verifyJwt(token) : this.verifyApiKey(token);
  }

  private verifyApiKey(token: string): Principal {
    const presented = digest(token);
    // Compare with every key, in constant time, so timing says nothing about which one is close.
    let found: { name: string; role: Role } | undefined;
    for (const key of this.keys) if (timingSafeEqual(key.digest, presented)) found = key;
    if (!found) {
      throw unauthenticated(
        this.keys.length
          ? 'Unknown API key.'
          : 'This server has no API keys: an admin sets AUTH_API_KEYS (in development, npm start makes a local editor token and prints a review address carrying it).',
      );
    }
    return { id: `api-key:${found.name}`, roles: rolesFrom(found.role) };
  }

  private async verifyJwt(token: string): Promise<Principal> {
    let payload: JWTPayload;
    const options = { issuer: this.config.issuer, audience: this.config.audience };
    try {
      if (this.secret) payload = (await jwtVerify(token, this.secret, { ...options, algorithms: ['HS256', 'HS384', 'HS512'] })).payload;
      else if (this.jwks) payload = (await jwtVerify(token, this.jwks, options)).payload;
      else throw unauthenticated('This server does not accept JWTs.');
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      const code = (error as { code?: string }).code;
      throw unauthenticated(code === 'ERR_JWT_EXPIRED' ? 'The token has expired.' : 'The token could not be verified.');
    }
    const claim = payload[this.config.rolesClaim];
    const claimed = (Array.isArray(claim) ? claim : [claim]).filter((role): role is Role => ROLES.includes(role as Role));
    const roles = new Set<Role>();
    for (const role of claimed) for (const granted of rolesFrom(role)) roles.add(granted);
    if (!payload.sub) throw unauthenticated('The token has no subject (sub).');
    return { id: payload.sub, roles };
  }
}

/** Parses AUTH_API_KEYS: comma-separated `name:role:key` entries. */
export function parseApiKeys(value: string | undefined): ApiKey[] {
  if (!value) return [];
  return value.split(',').map((entry) => {
    const [name, role, ...rest] = entry.trim().split(':');
    const key = rest.join(':');
    if (!name || !ROLES.includes(role as Role) || key.length < 16) {
      throw new Error(`AUTH_API_KEYS: "${name ?? ''}:${role ?? ''}:…" must be name:role:key with a role of ${ROLES.join('/')} and a key of 16+ characters`);
    }
    return { name, role: role as Role, key };
  });
}
