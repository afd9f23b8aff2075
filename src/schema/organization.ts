/** Organization: ministries, councils, alliances, parliaments, opposition groups, news agencies, forces. */
import type { OrganizationType } from '../model/vocabulary.js';
import { builder, reads } from './builder.js';
import { entityKindType } from './entity/types.js';
import { OrganizationTypeEnum } from './enums.js';
import { relationshipFields } from './relationship/lists.js';

export const Organization = entityKindType('ORGANIZATION');

builder.objectFields(Organization, (t) => ({
  orgType: t.field({
    type: OrganizationTypeEnum,
    description: 'What sort of organization it is.',
    extensions: reads('orgType'),
    resolve: (organization) => organization.properties.orgType as OrganizationType,
  }),
}));

// members, memberOf, partOf, parts, reports, leaders, …
relationshipFields(Organization, 'ORGANIZATION', 'organization');
