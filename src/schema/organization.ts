/** Organization: ministries, councils, alliances, parliaments, opposition groups, news agencies, forces. */
import { entityKindType } from './entity.js';

export const Organization = entityKindType(
  'ORGANIZATION',
  'A ministry, council, alliance, parliament, opposition group, news agency or armed force.',
);
