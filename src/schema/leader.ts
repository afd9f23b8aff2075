/** Leader: a person and the office they hold (a field from the vocabulary), and the term's fields. */
import { partialDateString } from '../graph/dates.js';
import { builder, reads } from './builder.js';
import { entityKindType } from './entity/types.js';
import { relationshipFields } from './relationship/lists.js';
import { DatePrecisionEnum } from './enums.js';

export const Leader = entityKindType('LEADER');

builder.objectFields(Leader, (t) => ({
  termFrom: t.field({
    type: 'Date',
    nullable: true,
    description: 'The first day of the term, at `termFromPrecision`; null when the source does not say.',
    extensions: reads('termFrom'),
    resolve: (leader) => partialDateString(leader.properties.termFrom, 'DAY'),
  }),
  termFromPrecision: t.field({
    type: DatePrecisionEnum,
    nullable: true,
    description: 'How precisely the source gives the start of the term.',
    extensions: reads('termFromPrecision'),
    resolve: (leader) => (leader.properties.termFromPrecision as 'YEAR' | 'MONTH' | 'DAY' | undefined) ?? null,
  }),
  termTo: t.field({
    type: 'Date',
    nullable: true,
    description: 'The last day of the term, at `termToPrecision`; null when open or not given.',
    extensions: reads('termTo'),
    resolve: (leader) => partialDateString(leader.properties.termTo, 'DAY'),
  }),
  termToPrecision: t.field({
    type: DatePrecisionEnum,
    nullable: true,
    description: 'How precisely the source gives the end of the term.',
    extensions: reads('termToPrecision'),
    resolve: (leader) => (leader.properties.termToPrecision as 'YEAR' | 'MONTH' | 'DAY' | undefined) ?? null,
  }),
}));

// leads, officesHeld, accuses, accusedBy, events, resignationDemandedBy, …
relationshipFields(Leader, 'LEADER', 'leader');
