/**
 * Configuration from environment variables, validated once at startup. The README's configuration
 * table lists the same variables; keep the two together.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseApiKeys, type AuthConfig } from './auth.js';
import { projectRoot } from './paths.js';

/** Query limits: generous enough for the explorer and every documented query, tight enough to stop abuse. */
export interface Limits {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  tokens: number;
  /** Operations in one batched request. */
  batch: number;
  bodyBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  depth: 12,
  cost: 20_000,
  aliases: 30,
  directives: 50,
  tokens: 4_000,
  batch: 10,
  bodyBytes: 5_000_000,
};

export interface Timeouts {
  /** Neo4j terminates a transaction running longer than this. */
  queryMs: number;
  /** A request gets a TIMEOUT error after this, and its queries are cancelled. */
  requestMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { queryMs: 10_000, requestMs: 20_000 };

/** Requests per minute for each kind of caller; 0 turns that limit off. */
export interface RateLimits {
  /** Callers without a token, counted by IP address. */
  anonymous: number;
  reader: number;
  editor: number;
  admin: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { anonymous: 600, reader: 1_200, editor: 1_200, admin: 6_000 };

const port = z.coerce.number().int().min(1).max(65_535);
const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true' || value === '1' || value === 'yes');
const memory = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 1g');
const positive = z.coerce.number().int().positive();
const perMinute = z.coerce.number().int().min(0);

const envSchema = z.object({
  NODE_ENV: z.string().default('development'),
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  GRAPHIQL: flag.optional(),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().positive().default(60_000),
  NEO4J_PROVISION: z.enum(['auto', 'docker', 'local']).default('auto'),
  NEO4J_DOCKER_IMAGE: z.string().min(1).default('neo4j:5.26-community'),
  NEO4J_LOCAL_HEAP: memory.or(z.literal('auto')).default('auto'),
  NEO4J_LOCAL_PAGECACHE: memory.or(z.literal('auto')).default('auto'),
  NEO4J_LOCAL_BOLT_PORT: port.optional(),
  NEO4J_LOCAL_DIR: z.string().min(1).optional(),
  READY_TIMEOUT_MS: z.coerce.number().int().positive().default(2_000),
  SEED_ON_EMPTY: flag.default(true),
  INTROSPECTION: flag.optional(),
  CORS_ORIGINS: z.string().optional(),
  MAX_DEPTH: positive.default(DEFAULT_LIMITS.depth),
  MAX_COST: positive.default(DEFAULT_LIMITS.cost),
  MAX_ALIASES: positive.default(DEFAULT_LIMITS.aliases),
  MAX_DIRECTIVES: positive.default(DEFAULT_LIMITS.directives),
  MAX_TOKENS: positive.default(DEFAULT_LIMITS.tokens),
  MAX_BATCH: positive.default(DEFAULT_LIMITS.batch),
  MAX_BODY_BYTES: positive.default(DEFAULT_LIMITS.bodyBytes),
  QUERY_TIMEOUT_MS: positive.default(DEFAULT_TIMEOUTS.queryMs),
  REQUEST_TIMEOUT_MS: positive.default(DEFAULT_TIMEOUTS.requestMs),
  SHUTDOWN_TIMEOUT_MS: positive.default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  METRICS: flag.default(true),
  REPORT_QUERY_COUNT: flag.default(false),
  AUTH_READS: z.enum(['open', 'token']).default('open'),
  AUTH_JWT_SECRET: z.string().min(32, 'at least 32 characters (256 bits) for HS256').optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_JWT_ISSUER: z.string().min(1).optional(),
  AUTH_JWT_AUDIENCE: z.string().min(1).optional(),
  AUTH_ROLES_CLAIM: z.string().min(1).default('roles'),
  AUTH_API_KEYS: z.string().optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'a redis:// or rediss:// URL')
    .optional(),
  RATE_LIMIT_ANONYMOUS: perMinute.default(DEFAULT_RATE_LIMITS.anonymous),
  RATE_LIMIT_READER: perMinute.default(DEFAULT_RATE_LIMITS.reader),
  RATE_LIMIT_EDITOR: perMinute.default(DEFAULT_RATE_LIMITS.editor),
  RATE_LIMIT_ADMIN: perMinute.default(DEFAULT_RATE_LIMITS.admin),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

export interface Neo4jSettings {
  /** An existing server; when absent, one is started (Docker, else the local Maven path). */
  uri?: string;
  user: string;
  password?: string;
  database?: string;
  connectTimeoutMs: number;
  provision: 'auto' | 'docker' | 'local';
  dockerImage: string;
  /** The local Maven path: JVM memory (`auto`: sized for the machine), a fixed port, and where instance folders live. */
  local: { heap: string; pageCache: string; boltPort?: number; dir: string };
}

export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  graphiql: boolean;
  introspection: boolean;
  /** Origins allowed to call from a browser; null for the default (any in development, none in production). */
  corsOrigins: string[] | null;
  limits: Limits;
  timeouts: Timeouts;
  shutdownTimeoutMs: number;
  logLevel: string;
  metrics: boolean;
  /** Put the Neo4j queries a request sent in its result's extensions (for the benchmark and tuning). */
  reportQueryCount: boolean;
  readyTimeoutMs: number;
  /** Load the article's data (cypher/seed/) when the database holds no entity. */
  seedOnEmpty: boolean;
  auth: AuthConfig;
  neo4j: Neo4jSettings;
  /** Shared live updates and rate limits across replicas; in-process without it. */
  redisUrl?: string;
  rateLimits: RateLimits;
  /** Proxies in front of the server (a load balancer: 1) whose X-Forwarded-For is believed. */
  trustProxyHops: number;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty variable means "not set", as it does for most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    production,
    port: e.PORT,
    host: e.HOST,
    graphiql: e.GRAPHIQL ?? !production,
    introspection: e.INTROSPECTION ?? !production,
    corsOrigins: e.CORS_ORIGINS
      ? e.CORS_ORIGINS.split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : null,
    limits: {
      depth: e.MAX_DEPTH,
      cost: e.MAX_COST,
      aliases: e.MAX_ALIASES,
      directives: e.MAX_DIRECTIVES,
      tokens: e.MAX_TOKENS,
      batch: e.MAX_BATCH,
      bodyBytes: e.MAX_BODY_BYTES,
    },
    timeouts: { queryMs: e.QUERY_TIMEOUT_MS, requestMs: e.REQUEST_TIMEOUT_MS },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    logLevel: e.LOG_LEVEL,
    metrics: e.METRICS,
    reportQueryCount: e.REPORT_QUERY_COUNT,
    readyTimeoutMs: e.READY_TIMEOUT_MS,
    seedOnEmpty: e.SEED_ON_EMPTY,
    auth: {
      readsRequireToken: e.AUTH_READS === 'token',
      jwtSecret: e.AUTH_JWT_SECRET,
      jwksUrl: e.AUTH_JWKS_URL,
      issuer: e.AUTH_JWT_ISSUER,
      audience: e.AUTH_JWT_AUDIENCE,
      rolesClaim: e.AUTH_ROLES_CLAIM,
      apiKeys: apiKeys(e.AUTH_API_KEYS),
    },
    redisUrl: e.REDIS_URL,
    rateLimits: { anonymous: e.RATE_LIMIT_ANONYMOUS, reader: e.RATE_LIMIT_READER, editor: e.RATE_LIMIT_EDITOR, admin: e.RATE_LIMIT_ADMIN },
    trustProxyHops: e.TRUST_PROXY_HOPS,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      provision: e.NEO4J_PROVISION,
      dockerImage: e.NEO4J_DOCKER_IMAGE,
      local: {
        heap: e.NEO4J_LOCAL_HEAP,
        pageCache: e.NEO4J_LOCAL_PAGECACHE,
        boltPort: e.NEO4J_LOCAL_BOLT_PORT,
        dir: resolve(projectRoot, e.NEO4J_LOCAL_DIR ?? '.neo4j'),
      },
    },
  };
}

function apiKeys(value: string | undefined) {
  try {
    return parseApiKeys(value);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  ${(error as Error).message}`);
  }
}
