/**
 * Rate limits on /graphql: requests per minute per caller, by role (admin, editor, reader: per
 * token, i.e. API key or JWT subject) and, without a token, per IP address. Counted in Redis when
 * it is configured, so the quota holds across replicas; per process otherwise, and per process
 * while Redis is away (a limit never fails a request). Over the quota: HTTP 429, `Retry-After`,
 * and a RATE_LIMITED error. Every counted response says where the caller stands (RateLimit-*).
 */
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Principal } from '../auth.js';
import type { RateLimits } from '../config.js';
import type { SharedRedis } from '../redis.js';
import { requestIdOf } from './observability.js';

export interface RateLimitOptions {
  limits: RateLimits;
  /** Counts shared with the other replicas; per process without it. */
  redis?: SharedRedis;
  /** Proxies in front (a load balancer: 1) whose X-Forwarded-For entries are believed. */
  trustProxyHops: number;
  /** Who is calling (null: no token, or one that is not valid, which the request then fails on). */
  identify: (request: Request) => Promise<Principal | null>;
  logger: Logger;
  /** Told of each request refused, with the kind of caller (for metrics). */
  onLimited?: (caller: Tier) => void;
}

export type Tier = keyof RateLimits;
const WINDOW_SECONDS = 60;

/** The quota of the highest role the caller holds; no token, or no role, is anonymous. */
function tierOf(principal: Principal | null): Tier {
  if (principal?.roles.has('admin')) return 'admin';
  if (principal?.roles.has('editor')) return 'editor';
  if (principal?.roles.has('reader')) return 'reader';
  return 'anonymous';
}

function limiterFor(tier: Tier, points: number, redis: SharedRedis | undefined): RateLimiterAbstract | null {
  if (points === 0) return null;
  const local = new RateLimiterMemory({ keyPrefix: `rate:${tier}`, points, duration: WINDOW_SECONDS });
  if (!redis) return local;
  return new RateLimiterRedis({
    storeClient: redis.commands,
    keyPrefix: `conflict-graph:rate:${tier}`,
    points,
    duration: WINDOW_SECONDS,
    // While Redis is away: count here at once rather than wait for it or fail the request.
    rejectIfRedisNotReady: true,
    insuranceLimiter: local,
  });
}

/** The caller's address: the socket's, or the one the trusted proxies say they were called from. */
export function clientAddress(request: Request, serverContext: unknown, trustProxyHops: number): string {
  const socketAddress = (serverContext as { req?: IncomingMessage } | undefined)?.req?.socket?.remoteAddress ?? 'unknown';
  if (trustProxyHops === 0) return socketAddress;
  // Each proxy appends the address it was called from; the client can forge only the entries left of them.
  const forwarded = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustProxyHops] ?? forwarded[0] ?? socketAddress;
}

export function useRateLimits(options: RateLimitOptions): Plugin {
  const limiters = Object.fromEntries(
    (Object.keys(options.limits) as Tier[]).map((tier) => [tier, limiterFor(tier, options.limits[tier], options.redis)]),
  ) as Record<Tier, RateLimiterAbstract | null>;
  const standing = new WeakMap<Request, { limit: number; remaining: number; resetSeconds: number }>();

  return {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== '/graphql' || request.method === 'OPTIONS') return;
      const principal = await options.identify(request).catch(() => null);
      const tier = tierOf(principal);
      const limiter = limiters[tier];
      if (!limiter) return;
      const key = principal ? principal.id : `ip:${clientAddress(request, serverContext, options.trustProxyHops)}`;
      const limit = options.limits[tier];
      let outcome: RateLimiterRes;
      try {
        outcome = await limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) {
          // Only reachable if both counters failed: serve the request rather than refuse it for our fault.
          options.logger.warn({ err: rejection }, 'rate limit not counted');
          return;
        }
        options.onLimited?.(tier);
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        standing.set(request, { limit, remaining: 0, resetSeconds: retryAfter });
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({
              errors: [
                {
                  message: `Too many requests: the ${tier} quota is ${limit} per minute. Retry after ${retryAfter} s.`,
                  extensions: { code: 'RATE_LIMITED', retryAfter, requestId: requestIdOf(request) },
                },
              ],
            }),
            { status: 429, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfter) } },
          ),
        );
        return;
      }
      standing.set(request, { limit, remaining: outcome.remainingPoints, resetSeconds: Math.ceil(outcome.msBeforeNext / 1000) });
    },
    onResponse({ request, response }) {
      const where = standing.get(request);
      if (!where) return;
      response.headers.set('ratelimit-limit', String(where.limit));
      response.headers.set('ratelimit-remaining', String(where.remaining));
      response.headers.set('ratelimit-reset', String(where.resetSeconds));
    },
  };
}
