/** Region: cities, disputed territories, border zones and other areas (its simple fields from the vocabulary). */
import { coordinateFields } from './coordinates.js';
import { entityKindType } from './entity/types.js';
import { relationshipFields } from './relationship/lists.js';

export const Region = entityKindType('REGION');

coordinateFields(Region, 'Where the place is');

// partOf, controlledBy, occupiedBy, borders, locationOf, subjectOf, …
relationshipFields(Region, 'REGION', 'region');
