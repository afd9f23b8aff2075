/** Leader: a person and the office they hold. */
import { entityKindType } from './entity.js';

export const Leader = entityKindType('LEADER', 'A person who holds or held an office, e.g. a prime minister.');
