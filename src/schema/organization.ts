/** Organization: ministries, councils, alliances, parliaments, opposition groups, news agencies, forces (its own fields from the vocabulary). */
import { entityKindType } from './entity/types.js';
import { relationshipFields } from './relationship/lists.js';

export const Organization = entityKindType('ORGANIZATION');

// members, memberOf, partOf, parts, reports, leaders, …
relationshipFields(Organization, 'ORGANIZATION', 'organization');
