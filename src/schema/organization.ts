/** Organization: ministries, councils, alliances, parliaments, opposition groups, news agencies, forces. */
import { ORGANIZATION_TYPES, type OrganizationType } from '../graph/model.js';
import { builder } from './builder.js';
import { entityKindType } from './entity.js';
import { relationshipFields } from './relationship.js';

export const OrganizationTypeEnum = builder.enumType('OrganizationType', {
  description: 'What sort of organization it is.',
  values: Object.fromEntries(Object.entries(ORGANIZATION_TYPES).map(([value, description]) => [value, { description }])) as Record<
    OrganizationType,
    { description: string }
  >,
});

export const Organization = entityKindType(
  'ORGANIZATION',
  'A ministry, council, alliance, parliament, opposition group, news agency or armed force.',
);

builder.objectFields(Organization, (t) => ({
  orgType: t.field({
    type: OrganizationTypeEnum,
    description: 'What sort of organization it is.',
    resolve: (organization) => organization.properties.orgType as OrganizationType,
  }),
}));

// members, memberOf, partOf, parts, reports, leaders, …
relationshipFields(Organization, 'ORGANIZATION', 'organization');
