/** Event: wars, clashes, ceasefires, agreements, statements, protests and missions: the fields of their dates and death toll (the simple ones from the vocabulary). */
import { isoString, partialDateString } from '../graph/dates.js';
import { builder, reads } from './builder.js';
import { coordinateFields } from './coordinates.js';
import { entityKindType } from './entity/types.js';
import { DatePrecisionEnum, FigureQualifierEnum } from './enums.js';
import { relationshipFields } from './relationship/lists.js';

export const Event = entityKindType('EVENT');

const DeathToll = builder.objectRef<{ figure: number; qualifier: string; text: string }>('DeathToll').implement({
  description: 'A death toll the source gives for an event on its own authority.',
  fields: (t) => ({
    figure: t.exposeInt('figure', { description: 'The number.' }),
    qualifier: t.field({
      type: FigureQualifierEnum,
      description: 'Exact, approximate or a lower bound ("over 6.6 thousand").',
      resolve: (toll) => toll.qualifier as 'EXACT',
    }),
    text: t.exposeString('text', { description: 'The words of the source.' }),
  }),
});

type Precision = 'YEAR' | 'MONTH' | 'DAY';

builder.objectFields(Event, (t) => ({
  startDate: t.field({
    type: 'Date',
    nullable: true,
    description: 'The first day it can have begun, at `startPrecision`; null when the source gives no date.',
    extensions: reads('startDate'),
    resolve: (e) => partialDateString(e.properties.startDate, 'DAY'),
  }),
  startPrecision: t.field({
    type: DatePrecisionEnum,
    nullable: true,
    description: 'Whether the source dates the start to the year, month or day.',
    extensions: reads('startPrecision'),
    resolve: (e) => (e.properties.startPrecision as Precision | undefined) ?? null,
  }),
  startTime: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'The moment it began, when the source gives a time (e.g. a ceasefire at 20:00 local time).',
    extensions: reads('startTime'),
    resolve: (e) => isoString(e.properties.startTime),
  }),
  startTimeLocal: t.string({
    nullable: true,
    description: 'The same moment in the local time the source gives, with its UTC offset.',
    extensions: reads('startTime'),
    resolve: (e) => isoString(e.properties.startTime),
  }),
  endDate: t.field({
    type: 'Date',
    nullable: true,
    description: 'The last day it can have ended, at `endPrecision`; null when ongoing or not given.',
    extensions: reads('endDate'),
    resolve: (e) => partialDateString(e.properties.endDate, 'DAY'),
  }),
  endPrecision: t.field({
    type: DatePrecisionEnum,
    nullable: true,
    description: 'Whether the source dates the end to the year, month or day.',
    extensions: reads('endPrecision'),
    resolve: (e) => (e.properties.endPrecision as Precision | undefined) ?? null,
  }),
  deathToll: t.field({
    type: DeathToll,
    nullable: true,
    description: 'The death toll the source itself gives; figures reported by parties are in `reportedFigures`.',
    extensions: reads('deaths', 'deathsQualifier', 'deathsText'),
    resolve: (e) =>
      typeof e.properties.deaths === 'number'
        ? { figure: e.properties.deaths, qualifier: String(e.properties.deathsQualifier), text: String(e.properties.deathsText) }
        : null,
  }),
}));

coordinateFields(Event, 'Where it happened');

// participants, signatories, guaranteedBy, locatedIn, reportedFigures, ends, endedBy, partOf, …
relationshipFields(Event, 'EVENT', 'event');
