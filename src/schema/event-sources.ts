/**
 * `Event.sources`: the reports that speak of an event side by side — each source with the sentences
 * that name the event and what it states about it, and the same topics (a figure, an accusation, a
 * statement) compared across sources, marked where they conflict, agree or rest on one source.
 */
import { eventSources, type EventSources, type SourceClaim, type SourceComparison, type SourceReport } from '../graph/event-sources.js';
import { AS_OF_DESCRIPTION } from './arguments.js';
import { builder } from './builder.js';
import { ConfidenceEnum } from './enums.js';
import { Entity } from './entity/ref.js';
import { Event } from './event.js';
import { Relationship } from './relationship/ref.js';
import { Citation, Source } from './source/types.js';

const AgreementEnum = builder.enumType('Agreement', {
  description: 'How the sources that speak to one topic stand to each other.',
  values: {
    CONFLICT: { description: 'They differ: different figures for the same thing, or different dates for the same statement.' },
    AGREE: { description: 'Two or more sources say the same.' },
    SINGLE_SOURCE: { description: 'Only one source says it.' },
  },
});

const ComparisonKindEnum = builder.enumType('ComparisonKind', {
  description: 'What a compared topic is.',
  values: {
    FIGURE: { description: 'A figure reported for the event: deaths, injuries, displacement, of whom.' },
    ACCUSATION: { description: 'One participant accusing another while the event lasts.' },
    STATEMENT: { description: 'Anything else stated about the event: who took part, where, what ended it, with its dates.' },
  },
});

const SourceClaimRef = builder.objectRef<SourceClaim>('SourceClaim').implement({
  description: 'What one source says on a topic.',
  fields: (t) => ({
    source: t.field({ type: Source, description: 'The source.', resolve: (c) => c.sourceId }),
    says: t.exposeString('says', { description: 'What it says, in words (e.g. "71 soldiers killed (exact), per Ministry of Defence of Azerbaijan").' }),
    figure: t.float({ nullable: true, description: 'The number, for a figure given as one.', resolve: (c) => c.figure }),
    when: t.string({ nullable: true, description: 'When it holds, as the source dates it.', resolve: (c) => c.when }),
    confidence: t.field({
      type: ConfidenceEnum,
      description: 'How firmly the source stands behind it.',
      resolve: (c) => c.relationship.properties.confidence as 'CLAIM',
    }),
    statedBy: t.field({
      type: Entity,
      nullable: true,
      description: 'Who says it: the reporter of a figure, the accuser, the party quoted.',
      resolve: (c) => c.statedBy,
    }),
    quotes: t.exposeStringList('quotes', { description: 'The sentences of the source that say it.' }),
    relationship: t.field({ type: Relationship, description: 'The relationship that records it.', resolve: (c) => c.relationship }),
  }),
});

const SourceComparisonRef = builder.objectRef<SourceComparison>('SourceComparison').implement({
  description: 'One topic, each source’s word on it side by side.',
  fields: (t) => ({
    kind: t.field({ type: ComparisonKindEnum, description: 'What the topic is.', resolve: (c) => c.kind }),
    topic: t.exposeString('topic', { description: 'The topic in words, e.g. "Deaths: soldiers killed (Azerbaijan)".' }),
    agreement: t.field({ type: AgreementEnum, description: 'Whether the sources conflict, agree, or only one speaks.', resolve: (c) => c.agreement }),
    claims: t.field({ type: [SourceClaimRef], description: 'Each source’s claim, in the order the reports are listed.', resolve: (c) => c.claims }),
  }),
});

const SourceReportRef = builder.objectRef<SourceReport>('SourceReport').implement({
  description: 'One report that speaks of the event.',
  fields: (t) => ({
    source: t.field({ type: Source, description: 'The report.', resolve: (r) => r.source }),
    mentions: t.field({ type: [Citation], description: 'Its sentences that name the event.', resolve: (r) => r.mentions }),
    statements: t.field({
      type: [Relationship],
      description: 'What it states about the event: figures, participants, places, dates, accusations.',
      resolve: (r) => r.statements,
    }),
  }),
});

const EventSourcesRef = builder.objectRef<EventSources>('EventSources').implement({
  description: 'The reports that speak of an event, side by side.',
  fields: (t) => ({
    reports: t.field({ type: [SourceReportRef], description: 'Each report, the earliest published first.', resolve: (s) => s.reports }),
    comparisons: t.field({
      type: [SourceComparisonRef],
      description: 'Topic by topic, conflicts first, then agreements, then what one source alone says.',
      resolve: (s) => s.comparisons,
    }),
    conflicts: t.int({
      description: 'How many topics the sources conflict on.',
      resolve: (s) => s.comparisons.filter((c) => c.agreement === 'CONFLICT').length,
    }),
  }),
});

builder.objectField(Event, 'sources', (t) =>
  t.field({
    type: EventSourcesRef,
    description:
      'The reports that speak of this event side by side: what each says (figures, accusations between its participants ' +
      'while it lasts, who took part, where, when) and, topic by topic, where they conflict (the 71 of one report against ' +
      'the 80 of another), agree, or rest on one source. Retracted facts are left out.',
    args: {
      asOf: t.arg({ type: 'Date', description: AS_OF_DESCRIPTION }),
      minConfidence: t.arg({ type: ConfidenceEnum, description: 'Only what the sources stand behind at least this firmly.' }),
    },
    resolve: (event, args, context) => eventSources(context.db, event, { asOf: args.asOf ?? null, minConfidence: args.minConfidence }),
  }),
);
