/** Live updates: a client watching an entity hears of every change to a relationship touching it. */
import type { RelationshipChangeKind, RelationshipEvent } from '../../events.js';
import { builder } from '../builder.js';
import { slugFromId } from '../../model/global-ids.js';
import { Relationship } from './ref.js';

/* Live updates. */

const RelationshipChangeKindEnum = builder.enumType('RelationshipChangeKind', {
  description: 'What happened to a relationship.',
  values: {
    CREATED: { description: 'It was added.' },
    UPDATED: { description: 'It was changed.' },
    RETRACTED: { description: 'It was retracted (kept, marked, no longer counted).' },
    DELETED: { description: 'It was deleted with an entity (cascade).' },
    MERGED: { description: 'It moved to another entity in a merge.' },
  } satisfies Record<RelationshipChangeKind, unknown>,
});

const RelationshipChange = builder.objectRef<RelationshipEvent & { entity: string }>('RelationshipChange').implement({
  description: 'A change to a relationship touching the entity subscribed to.',
  fields: (t) => ({
    change: t.field({ type: RelationshipChangeKindEnum, description: 'What happened.', resolve: (e) => e.change }),
    relationshipId: t.exposeString('relationshipId', { description: 'The slug of the relationship.' }),
    type: t.exposeString('type', { description: 'Its type.' }),
    relationship: t.field({
      type: Relationship,
      nullable: true,
      description: 'The relationship as it now is; null once deleted.',
      resolve: (e) => (e.change === 'DELETED' ? null : e.relationshipId),
    }),
    from: t.exposeString('from', { description: 'The slug of the entity it goes from.' }),
    to: t.exposeString('to', { description: 'The slug of the entity it goes to.' }),
    at: t.field({ type: 'DateTime', description: 'When the change was committed.', resolve: (e) => e.at }),
    by: t.exposeString('by', { description: 'Who made it.' }),
  }),
});

builder.subscriptionField('relationshipsChanged', (t) =>
  t.field({
    type: RelationshipChange,
    description:
      'Tells a client, as it happens, when a relationship touching an entity is added, changed, retracted, ' +
      'deleted or moved by a merge, so a view can refresh. Over server-sent events (Accept: text/event-stream).',
    args: { entity: t.arg.id({ required: true, description: 'The entity to watch: global id or slug.' }) },
    subscribe: (_root, { entity }, context) => context.events.subscribe(slugFromId(String(entity))),
    resolve: (event, { entity }, context) => {
      // Read the relationship as of the write, even on a cluster follower that has not caught up.
      if (event.bookmarks) context.bookmarks.add(event.bookmarks);
      // One context serves every event of a subscription: forget what an earlier event loaded.
      Relationship.getDataloader(context).clear(event.relationshipId);
      return { ...event, entity: slugFromId(String(entity)) };
    },
  }),
);
