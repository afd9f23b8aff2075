/** Event: wars, clashes, ceasefires, agreements, statements, protests and missions. */
import { entityKindType } from './entity.js';

export const Event = entityKindType(
  'EVENT',
  'Something that happened: a war, clash, ceasefire, agreement, statement, protest or mission.',
);
