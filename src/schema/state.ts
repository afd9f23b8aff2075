/** State: a sovereign country that is a party to, or involved in, the conflict. */
import { entityKindType } from './entity.js';

export const State = entityKindType('STATE', 'A sovereign state, e.g. Armenia or Azerbaijan.');
