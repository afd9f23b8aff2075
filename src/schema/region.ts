/** Region: cities, disputed territories, border zones and other areas. */
import { entityKindType } from './entity.js';

export const Region = entityKindType('REGION', 'A city, disputed territory, border zone or other area.');
