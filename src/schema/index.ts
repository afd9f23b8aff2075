/** Imports every domain module for its types and fields, then builds the schema once. */
import { builder } from './builder.js';
import './enums.js';
import './entity/types.js';
import './entity/queries.js';
import './entity/mutations.js';
import './source/types.js';
import './source/queries.js';
import './source/mutations.js';
import './relationship/types.js';
import './relationship/lists.js';
import './relationship/queries.js';
import './relationship/mutations.js';
import './relationship/subscription.js';
import './state.js';
import './leader.js';
import './organization.js';
import './region.js';
import './event.js';
import './event-sources.js';
import './explore.js';
import './contested.js';
import './statement.js';
import './import.js';
import './draft/types.js';
import './draft/queries.js';
import './draft/mutations.js';

export const schema = builder.toSchema({ sortSchema: true });
