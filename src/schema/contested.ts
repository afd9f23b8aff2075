/**
 * `contested`: where the sources disagree, each side with its source — parties that accuse each
 * other, figures for the same thing that differ (a revision by the same reporter told apart from a
 * conflict between reporters), and items two sources state with different values.
 */
import {
  conflictingFigures,
  disagreements,
  mutualAccusations,
  type Disagreement,
  type FigureConflict,
  type MutualAccusation,
  type StatedFigure,
} from '../graph/contested.js';
import type { HoldsFilter } from '../graph/holds.js';
import type { VICTIM_GROUPS } from '../model/vocabulary.js';
import { builder } from './builder.js';
import { Entity, requireEntities } from './entity/ref.js';
import { slugFromId } from '../model/global-ids.js';
import { FigureQualifierEnum, ReportCategoryEnum, VictimGroupEnum } from './enums.js';
import { Event } from './event.js';
import { holdsArgs, holdsFilter } from './explore.js';
import { Relationship } from './relationship/ref.js';
import { OBJECT_TYPES } from './relationship/types.js';
import { Citation, Source, loadCitations } from './source/types.js';
import { valueText } from './statement.js';

const MutualAccusationRef = builder.objectRef<MutualAccusation>('MutualAccusation').implement({
  description: 'Two entities that accuse each other: each side’s accusations, with the sentences that report them.',
  fields: (t) => ({
    a: t.field({ type: Entity, description: 'One party (the first by id).', resolve: (m) => m.a }),
    b: t.field({ type: Entity, description: 'The other party.', resolve: (m) => m.b }),
    aAccusesB: t.field({ type: [OBJECT_TYPES.ACCUSES], description: 'What `a` accuses `b` of.', resolve: (m) => m.aAccusesB }),
    bAccusesA: t.field({ type: [OBJECT_TYPES.ACCUSES], description: 'What `b` accuses `a` of.', resolve: (m) => m.bAccusesA }),
  }),
});

const StatedFigureRef = builder.objectRef<StatedFigure>('StatedFigure').implement({
  description: 'One figure as its sources give it: who reports it, the number and its words, and the sources that say so.',
  fields: (t) => ({
    figure: t.exposeFloat('figure', { description: 'The number.' }),
    figureText: t.exposeString('figureText', { nullable: true, description: 'The figure in the words of its source.' }),
    qualifier: t.field({
      type: FigureQualifierEnum,
      nullable: true,
      description: 'Exact, approximate or a lower bound.',
      resolve: (f) => f.qualifier as 'EXACT' | null,
    }),
    unit: t.exposeString('unit', { nullable: true, description: 'What is counted, in its source’s words.' }),
    reporter: t.field({ type: Entity, description: 'Who gives the figure.', resolve: (f) => f.reporter }),
    report: t.field({ type: OBJECT_TYPES.REPORTS, description: 'The report it is a statement of.', resolve: (f) => f.report }),
    sources: t.field({ type: [Source], description: 'The sources that give this figure.', resolve: (f) => f.sources }),
    citations: t.field({
      type: [Citation],
      description: 'The sentences of those sources that give it.',
      resolve: async (f, _args, context) => (await loadCitations(context, f.report.id)).filter((c) => f.sources.includes(c.sourceId)),
    }),
    published: t.field({ type: 'Date', nullable: true, description: 'When the earliest of those sources was published.', resolve: (f) => f.published }),
    answers: t.exposeBoolean('answers', { description: 'Whether the report answers with this figure (the source that stated it first).' }),
    revision: t.exposeBoolean('revision', {
      description: 'Whether it revises a figure the same reporter gave in an earlier source (else it conflicts with another reporter’s).',
    }),
  }),
});

const FigureConflictRef = builder.objectRef<FigureConflict>('FigureConflict').implement({
  description:
    'Different numbers for the same thing — the same event, category, party whose losses and whom they count (troops and ' +
    'soldiers alike) — from different reporters, or revised by the same reporter in a later source.',
  fields: (t) => ({
    event: t.field({ type: Event, description: 'The event the figures are about.', resolve: (c) => c.event }),
    category: t.field({ type: ReportCategoryEnum, description: 'What the figures count.', resolve: (c) => c.category as 'DEATHS' }),
    whose: t.field({ type: Entity, nullable: true, description: 'Whose losses, if the reports say.', resolve: (c) => c.whose }),
    victims: t.field({
      type: VictimGroupEnum,
      nullable: true,
      description: 'Whom they count, if the reports say.',
      resolve: (c) => c.victims as keyof typeof VICTIM_GROUPS | null,
    }),
    unit: t.exposeString('unit', { description: 'What the first figure counts, lower-cased (others may word it differently).' }),
    figures: t.field({ type: [StatedFigureRef], description: 'Every source’s figure, earliest source first.', resolve: (c) => c.figures }),
    reports: t.field({ type: [OBJECT_TYPES.REPORTS], description: 'The reports the figures belong to, with their citations.', resolve: (c) => c.reports }),
  }),
});

const DisputedValue = builder.objectRef<Disagreement['values'][number] & { field: string }>('DisputedValue').implement({
  description: 'One of the values sources give for a field, with the sources that give it.',
  fields: (t) => ({
    value: t.string({ description: 'The value, in words.', resolve: (v) => valueText(v.field, v.values) ?? '' }),
    sources: t.field({ type: [Source], description: 'The sources that state it.', resolve: (v) => v.sources }),
    answers: t.exposeBoolean('answers', { description: 'Whether the item answers with it.' }),
  }),
});

const DisagreementRef = builder.objectRef<Disagreement>('Disagreement').implement({
  description: 'A field of one entity or relationship that sources state differently (confidence, dates, a role, an office, …).',
  fields: (t) => ({
    relationship: t.field({ type: Relationship, nullable: true, description: 'The relationship, when it is one.', resolve: (d) => d.relationship }),
    entity: t.field({ type: Entity, nullable: true, description: 'The entity, when it is one.', resolve: (d) => d.entity }),
    field: t.exposeString('field', { description: 'The field, as the item names it.' }),
    values: t.field({
      type: [DisputedValue],
      description: 'Each value with its sources, the one the item answers with first.',
      resolve: (d) => d.values.map((v) => ({ ...v, field: d.field })),
    }),
  }),
});

const Contested = builder.objectRef<{ anchor: string | null; filter: HoldsFilter }>('Contested').implement({
  description: 'Where the sources disagree. Each side comes with its own sources and citations.',
  fields: (t) => ({
    mutualAccusations: t.field({
      type: [MutualAccusationRef],
      description: 'Pairs that accuse each other (A accuses B and B accuses A).',
      resolve: ({ anchor, filter }, _args, context) => mutualAccusations(context.db, anchor, filter),
    }),
    conflictingFigures: t.field({
      type: [FigureConflictRef],
      description: 'Figures for the same thing that differ between reporters, or between sources (a toll revised in a later report).',
      resolve: ({ anchor, filter }, _args, context) => conflictingFigures(context.db, anchor, filter),
    }),
    disagreements: t.field({
      type: [DisagreementRef],
      description: 'Entities and relationships that two sources state with different values, each value with its sources.',
      resolve: ({ anchor, filter }, _args, context) => disagreements(context.db, anchor, filter),
    }),
  }),
});

builder.queryField('contested', (t) =>
  t.field({
    type: Contested,
    description: 'Where the sources disagree: mutual accusations, conflicting figures and differing statements, each side with its sources.',
    args: {
      entity: t.arg.id({ description: 'Only disagreements that involve this entity (global id or slug).' }),
      ...holdsArgs(t.arg),
    },
    resolve: async (_root, args, context) => {
      const anchor = args.entity ? slugFromId(String(args.entity)) : null;
      await requireEntities(context, { entity: anchor });
      return { anchor, filter: holdsFilter(args) };
    },
  }),
);
