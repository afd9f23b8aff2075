/** Region: cities, disputed territories, border zones and other areas. */
import { REGION_TYPES, type RegionType } from '../graph/model.js';
import { builder } from './builder.js';
import { entityKindType } from './entity.js';
import { relationshipFields } from './relationship.js';

export const RegionTypeEnum = builder.enumType('RegionType', {
  description: 'What sort of place it is.',
  values: Object.fromEntries(Object.entries(REGION_TYPES).map(([value, description]) => [value, { description }])) as Record<
    RegionType,
    { description: string }
  >,
});

export const Region = entityKindType('REGION', 'A city, disputed territory, border zone or other area.');

builder.objectFields(Region, (t) => ({
  regionType: t.field({
    type: RegionTypeEnum,
    description: 'What sort of place it is.',
    resolve: (region) => region.properties.regionType as RegionType,
  }),
}));

// partOf, controlledBy, occupiedBy, borders, locationOf, subjectOf, …
relationshipFields(Region, 'REGION', 'region');
