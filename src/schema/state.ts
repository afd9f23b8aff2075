/** State: a sovereign state, or a de facto one, and how it relates to others. */
import { entityKindType } from './entity/types.js';
import { builder, reads } from './builder.js';
import { relationshipFields } from './relationship/lists.js';

export const State = entityKindType('STATE');

builder.objectFields(State, (t) => ({
  isoCode: t.string({
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code, e.g. AM; null for a state without one.',
    extensions: reads('isoCode'),
    resolve: (state) => (state.properties.isoCode as string | undefined) ?? null,
  }),
  recognized: t.boolean({
    description: 'False for a de facto state that other states do not recognize.',
    extensions: reads('recognized'),
    resolve: (state) => state.properties.recognized !== false,
  }),
}));

// supports, supportedBy, accuses, accusedBy, occupies, occupiedBy, memberOf, leaders, events, …
relationshipFields(State, 'STATE', 'state');
