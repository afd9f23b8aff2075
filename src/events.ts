/**
 * Live updates: after a write commits, an event for each relationship it changed goes to everyone
 * subscribed to either end. In-process (yoga's pub/sub): with several server instances, each one
 * tells only its own subscribers.
 */
import { createPubSub } from 'graphql-yoga';

export type RelationshipChangeKind = 'CREATED' | 'UPDATED' | 'RETRACTED' | 'DELETED' | 'MERGED';

export interface RelationshipEvent {
  relationshipId: string;
  type: string;
  change: RelationshipChangeKind;
  from: string;
  to: string;
  at: string;
  by: string;
}

export interface ChangeEvents {
  publish(event: Omit<RelationshipEvent, 'at'>): void;
  subscribe(entityId: string): AsyncIterable<RelationshipEvent>;
}

export function createChangeEvents(): ChangeEvents {
  const pubsub = createPubSub<Record<string, [RelationshipEvent]>>();
  return {
    publish(event) {
      const stamped = { ...event, at: new Date().toISOString() };
      for (const entityId of new Set([event.from, event.to])) pubsub.publish(`relationships:${entityId}`, stamped);
    },
    subscribe: (entityId) => pubsub.subscribe(`relationships:${entityId}`),
  };
}
