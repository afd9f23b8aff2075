/** Region: cities, disputed territories, border zones and other areas. */
import type { RegionType } from '../model/vocabulary.js';
import { builder, reads } from './builder.js';
import { coordinateFields } from './coordinates.js';
import { entityKindType } from './entity/types.js';
import { RegionTypeEnum } from './enums.js';
import { relationshipFields } from './relationship/lists.js';

export const Region = entityKindType('REGION');

builder.objectFields(Region, (t) => ({
  regionType: t.field({
    type: RegionTypeEnum,
    description: 'What sort of place it is.',
    extensions: reads('regionType'),
    resolve: (region) => region.properties.regionType as RegionType,
  }),
}));

coordinateFields(Region, 'Where the place is');

// partOf, controlledBy, occupiedBy, borders, locationOf, subjectOf, …
relationshipFields(Region, 'REGION', 'region');
