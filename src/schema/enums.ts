/**
 * The domain's enums, built from the vocabulary in src/model/vocabulary.ts so the API and the data can
 * never name a kind, type or level differently. Every module that needs one imports it from here.
 */
import {
  CONFIDENCES,
  DATE_PRECISIONS,
  ENTITY_KIND_DESCRIPTIONS,
  EVENT_STATUSES,
  EVENT_TYPES,
  FIGURE_QUALIFIERS,
  ORGANIZATION_TYPES,
  REGION_TYPES,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  REPORT_CATEGORIES,
  SUPPORT_FORMS,
  VICTIM_GROUPS,
  type RelationshipType,
  type ValueSetName,
} from '../model/vocabulary.js';
import { REVIEW_CHOICES } from '../model/statements.js';
import { builder } from './builder.js';

const values = <K extends string>(record: Record<K, string>) =>
  Object.fromEntries(Object.entries(record).map(([value, description]) => [value, { description }])) as Record<K, { description: string }>;

export const EntityKindEnum = builder.enumType('EntityKind', {
  description: 'The kinds of entity the graph holds.',
  values: values(ENTITY_KIND_DESCRIPTIONS),
});

export const RelationshipTypeEnum = builder.enumType('RelationshipType', {
  description: 'The kinds of relationship between entities.',
  values: Object.fromEntries(RELATIONSHIP_TYPE_NAMES.map((type) => [type, { description: RELATIONSHIP_TYPES[type].description }])) as Record<
    RelationshipType,
    { description: string }
  >,
});

export const ConfidenceEnum = builder.enumType('Confidence', {
  description:
    'How far the source stands behind a relationship: REPORTED_FACT is the strongest, then CLAIM, then ASSESSMENT. `minConfidence` keeps a level and those stronger than it.',
  values: values(CONFIDENCES),
});

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How precisely the source dates something. A date field holds the first or last day it can mean.',
  values: values(DATE_PRECISIONS),
});

export const OrganizationTypeEnum = builder.enumType('OrganizationType', {
  description: 'What sort of organization it is.',
  values: values(ORGANIZATION_TYPES),
});

export const RegionTypeEnum = builder.enumType('RegionType', {
  description: 'What sort of place it is.',
  values: values(REGION_TYPES),
});

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'What sort of event it is.',
  values: values(EVENT_TYPES),
});

export const EventStatusEnum = builder.enumType('EventStatus', {
  description: 'Whether the event had happened when the source was written.',
  values: values(EVENT_STATUSES),
});

export const FigureQualifierEnum = builder.enumType('FigureQualifier', {
  description: 'How a reported figure is qualified in the source.',
  values: values(FIGURE_QUALIFIERS),
});

export const ReportCategoryEnum = builder.enumType('ReportCategory', {
  description: 'What a reported figure counts.',
  values: values(REPORT_CATEGORIES),
});

export const VictimGroupEnum = builder.enumType('VictimGroup', {
  description: 'Whom a reported figure counts.',
  values: values(VICTIM_GROUPS),
});

export const ReviewChoiceEnum = builder.enumType('ReviewChoice', {
  description: 'What a reviewer chooses for a drafted item the graph already holds.',
  values: values(REVIEW_CHOICES),
});

export const SupportFormEnum = builder.enumType('SupportForm', {
  description: 'The forms support takes.',
  values: values(SUPPORT_FORMS),
});

export const WriteOutcomeEnum = builder.enumType('WriteOutcome', {
  description: 'What a write did.',
  values: {
    CREATED: { description: 'It did not exist and was created.' },
    UPDATED: { description: 'It existed and was changed.' },
    UNCHANGED: { description: 'It existed exactly so: nothing was written (a repeated write is harmless).' },
    CORROBORATED: { description: 'Another source stated it first; this source states the same values, kept as its statement.' },
    CONTESTED: { description: 'Another source stated it first; this source states other values, kept as its statement beside them (see `contested`).' },
    REPLACED: { description: 'A reviewer chose this source’s values over those the item answered with, which stay as their sources’ statements.' },
  },
});

/** The enum of each value set a property takes its values from (src/model/terms.ts). */
export const VALUE_SET_ENUMS = {
  ORGANIZATION_TYPES: OrganizationTypeEnum,
  REGION_TYPES: RegionTypeEnum,
  EVENT_TYPES: EventTypeEnum,
  EVENT_STATUSES: EventStatusEnum,
  SUPPORT_FORMS: SupportFormEnum,
  FIGURE_QUALIFIERS: FigureQualifierEnum,
  REPORT_CATEGORIES: ReportCategoryEnum,
  VICTIM_GROUPS: VictimGroupEnum,
} as const satisfies Record<ValueSetName, unknown>;
