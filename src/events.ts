/**
 * Live updates: after a write commits, an event for each relationship it changed goes to everyone
 * subscribed to either end. Subscribers of this replica hear of its writes in-process (yoga's
 * pub/sub), Redis or not. With Redis (REDIS_URL), every write is also published on one channel, and
 * each replica hands what the others published to its own subscribers: a subscriber hears of a
 * change once, whichever replica made it. Plain pub/sub: an event published while Redis or a
 * replica's subscription is away is lost, not replayed.
 */
import { randomUUID } from 'node:crypto';
import { createPubSub } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { SharedRedis } from './redis.js';

export type RelationshipChangeKind = 'CREATED' | 'UPDATED' | 'RETRACTED' | 'DELETED' | 'MERGED';

export interface RelationshipEvent {
  relationshipId: string;
  type: string;
  change: RelationshipChangeKind;
  from: string;
  to: string;
  at: string;
  by: string;
  /** The write's Neo4j bookmarks: the subscriber's replica reads the relationship as of that write. */
  bookmarks?: string[];
}

export interface ChangeEvents {
  publish(event: Omit<RelationshipEvent, 'at'>): void;
  subscribe(entityId: string): AsyncIterable<RelationshipEvent>;
}

/** The Redis channel every replica publishes to and listens on. */
export const CHANGES_CHANNEL = 'conflict-graph:relationships-changed';

interface Envelope {
  origin: string;
  event: RelationshipEvent;
}

/**
 * @param onUnshared told of each event the other replicas will not hear of (Redis unreachable), for metrics.
 */
export function createChangeEvents(redis?: SharedRedis, logger?: Logger, onUnshared?: () => void): ChangeEvents {
  const pubsub = createPubSub<Record<string, [RelationshipEvent]>>();
  const deliver = (event: RelationshipEvent) => {
    for (const entityId of new Set([event.from, event.to])) pubsub.publish(`relationships:${entityId}`, event);
  };
  // Tells this replica's messages from the others', so none reaches a subscriber twice.
  const origin = randomUUID();

  if (redis) {
    redis.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== CHANGES_CHANNEL) return;
      const envelope = parseEnvelope(message);
      if (!envelope) logger?.warn('ignored a malformed live-update message from Redis');
      else if (envelope.origin !== origin) deliver(envelope.event);
    });
    // Queued until Redis answers; ioredis subscribes again after every reconnect.
    redis.subscriber
      .subscribe(CHANGES_CHANNEL)
      .catch((error: Error) => logger?.warn({ reason: error.message }, 'could not subscribe to live updates in Redis'));
  }

  return {
    publish(event) {
      const stamped = { ...event, at: new Date().toISOString() };
      deliver(stamped);
      if (!redis) return;
      // Never awaited by the write, never left unhandled: an outage costs the other replicas this event, nothing more.
      redis.commands.publish(CHANGES_CHANNEL, JSON.stringify({ origin, event: stamped } satisfies Envelope)).catch((error: Error) => {
        onUnshared?.();
        logger?.warn({ reason: error.message, relationshipId: event.relationshipId }, 'live update not shared: Redis is unreachable');
      });
    },
    subscribe: (entityId) => pubsub.subscribe(`relationships:${entityId}`),
  };
}

const text = (value: unknown): value is string => typeof value === 'string';

/** Another replica's message, checked before it is trusted as an event. */
function parseEnvelope(message: string): Envelope | null {
  try {
    const parsed = JSON.parse(message) as { origin?: unknown; event?: Partial<RelationshipEvent> };
    const event = parsed.event;
    if (!text(parsed.origin) || !event) return null;
    const fields = [event.relationshipId, event.type, event.change, event.from, event.to, event.at, event.by];
    if (!fields.every(text)) return null;
    if (event.bookmarks !== undefined && !(Array.isArray(event.bookmarks) && event.bookmarks.every(text))) return null;
    return { origin: parsed.origin, event: event as RelationshipEvent };
  } catch {
    return null;
  }
}
