/** State: a sovereign state, or a de facto one, and how it relates to others (its own fields from the vocabulary). */
import { entityKindType } from './entity/types.js';
import { relationshipFields } from './relationship/lists.js';

export const State = entityKindType('STATE');

// supports, supportedBy, accuses, accusedBy, occupies, occupiedBy, memberOf, leaders, events, …
relationshipFields(State, 'STATE', 'state');
