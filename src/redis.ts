/**
 * The connections a replica keeps to Redis (REDIS_URL): one for commands (publishing live updates,
 * counting rate limits) and one held in subscriber mode. Redis is a helper, never a dependency: a
 * command fails at once while it is unreachable (no offline queue, a short timeout), the caller
 * falls back to working alone, and both connections reconnect by themselves; the subscription is
 * renewed on reconnect. State changes are logged once each, not once per retry.
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

export interface SharedRedis {
  /** Commands: PUBLISH, rate-limit counters, PING. Fails fast while Redis is away. */
  readonly commands: Redis;
  /** Subscriber mode; what it subscribed to is renewed after each reconnect. */
  readonly subscriber: Redis;
  /** Null when Redis answers a PING within the time; otherwise why not, for /ready. */
  problem(timeoutMs: number): Promise<string | null>;
  close(): Promise<void>;
}

/** Reconnect soon after a drop, then every two seconds at most, for as long as the process lives. */
const retryStrategy = (attempt: number) => Math.min(attempt * 100, 2_000);

export function connectRedis(url: string, logger: Logger): SharedRedis {
  const base: RedisOptions = { retryStrategy, connectTimeout: 2_000, connectionName: 'conflict-graph' };
  // Queued commands would pile up during an outage and hang their requests; failing lets callers fall back.
  const commands = new Redis(url, { ...base, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: 1_000 });
  // SUBSCRIBE waits for the connection (queued, never failed), and is sent again on every reconnect.
  const subscriber = new Redis(url, { ...base, maxRetriesPerRequest: null, autoResubscribe: true });

  let up = false;
  let warned = false;
  let closing = false;
  const where = redactedUrl(url);
  const watch = (client: Redis) => {
    client.on('ready', () => {
      if (!up && commands.status === 'ready' && subscriber.status === 'ready') {
        up = true;
        logger.info(`Redis at ${where} is reachable: live updates and rate limits are shared with the other replicas`);
      }
    });
    client.on('error', (error: Error) => {
      if (closing) return;
      if (up || !warned) {
        warned = true;
        logger.warn(
          { reason: error.message },
          `Redis at ${where} is unreachable: live updates reach only this replica's subscribers and rate limits count per process until it is back`,
        );
      }
      up = false;
    });
    client.on('end', () => (up = false));
  };
  watch(commands);
  watch(subscriber);

  return {
    commands,
    subscriber,
    async problem(timeoutMs) {
      if (subscriber.status !== 'ready') return `Redis is unreachable (${subscriber.status})`;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve(`Redis did not answer within ${timeoutMs} ms`), timeoutMs);
      });
      try {
        return await Promise.race([commands.ping().then(() => null), late]);
      } catch (error) {
        return `Redis is unreachable (${(error as Error).message})`;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      closing = true;
      // quit() waits for an answer that never comes while Redis is away; disconnect() does not.
      for (const client of [commands, subscriber]) {
        if (client.status === 'ready') await client.quit().catch(() => client.disconnect());
        else client.disconnect();
      }
    },
  };
}

/** The URL as it may be logged: without a password. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}
