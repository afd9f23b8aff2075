/** Imports every domain module for its types and fields, then builds the schema once. */
import { builder } from './builder.js';
import './enums.js';
import './entity.js';
import './source.js';
import './relationship.js';
import './state.js';
import './leader.js';
import './organization.js';
import './region.js';
import './event.js';
import './explore.js';
import './import.js';
import './draft/types.js';
import './draft/queries.js';
import './draft/mutations.js';

export const schema = builder.toSchema({ sortSchema: true });
