/**
 * The entity kinds, each declared once (src/model/vocabulary.ts re-exports them: import them from
 * there): its label, what it is, and its own properties beside those every entity has (name,
 * aliases, description, note, citations). From a property's declaration follow the import format,
 * the GraphQL field and input, the export columns, the store-file columns, the stored groups and
 * which values sources can disagree on (src/model/kind-properties.ts derives them).
 */
import type { ValueSetName } from './terms.js';

export const ENTITY_KINDS = ['STATE', 'LEADER', 'ORGANIZATION', 'REGION', 'EVENT'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** What a property of an entity kind holds. */
export type KindPropertyValue =
  /** Text; with `pattern`, text of that form (`says` tells what the form is, for an error). */
  | { type: 'text'; pattern?: RegExp; says?: string }
  | { type: 'boolean' }
  | { type: 'number'; integer?: true }
  | { type: 'enum'; of: ValueSetName }
  /** When it held, each end at its precision, and how the dates were worked out (a leader's term). */
  | { type: 'span' }
  /**
   * A date at its precision or a date-time with its offset, stored as the first (`first`) or last
   * (`last`) day it can mean, with its precision and time: an event's start and end.
   */
  | { type: 'moment'; bound: 'first' | 'last' }
  /** A point on the map (WGS84) and why it is right; a kind has at most one. */
  | { type: 'point' }
  /** A death toll the source gives on its own authority: the figure, its qualifier and its words. */
  | { type: 'toll' };

/** A property of an entity kind. */
export interface KindPropertySpec {
  value: KindPropertyValue;
  /** Every entity of the kind has it. */
  required?: true;
  /** What it is when left out: a new entity is stored with it, and the API answers with it. */
  default?: string | boolean;
  /** Sources can state it differently: each keeps its own value (src/model/statements.ts). Names and words are not compared. */
  compared?: true;
  /** The extractor reads it beside the names to recognise the entity in a new report (src/graph/known-entities.ts). */
  recognition?: true;
  description: string;
}

export interface EntityKindSpec {
  /** Its Neo4j label, beside `Entity`. */
  label: string;
  /** Its GraphQL object type. */
  graphql: { object: string };
  /** What it is: the GraphQL enum value and the kind's object type both say this. */
  description: string;
  properties: Readonly<Record<string, KindPropertySpec>>;
}

const POINT = {
  value: { type: 'point' },
  compared: true,
  description: 'Where it is on the map, when one point places it, and why.',
} as const satisfies KindPropertySpec;

export const ENTITY_KIND_SPECS = {
  STATE: {
    label: 'State',
    graphql: { object: 'State' },
    description: 'A sovereign state, e.g. Armenia, or a de facto one such as the Nagorno-Karabakh Republic.',
    properties: {
      isoCode: {
        value: { type: 'text', pattern: /^[A-Z]{2}$/, says: 'an ISO 3166-1 alpha-2 code such as "AM"' },
        compared: true,
        recognition: true,
        description: 'ISO 3166-1 alpha-2 code, e.g. AM, where it has one.',
      },
      recognized: { value: { type: 'boolean' }, default: true, compared: true, description: 'False for a de facto state that other states do not recognize.' },
    },
  },
  LEADER: {
    label: 'Leader',
    graphql: { object: 'Leader' },
    description: 'A person who holds or held an office, e.g. a prime minister.',
    properties: {
      office: {
        value: { type: 'text' },
        required: true,
        compared: true,
        description: 'The office the person holds, as the source gives it, e.g. Prime Minister of Armenia.',
      },
      term: { value: { type: 'span' }, compared: true, description: 'The term of office.' },
    },
  },
  ORGANIZATION: {
    label: 'Organization',
    graphql: { object: 'Organization' },
    description: 'A ministry, council, alliance, parliament, opposition group, news agency or armed force.',
    properties: {
      orgType: {
        value: { type: 'enum', of: 'ORGANIZATION_TYPES' },
        required: true,
        compared: true,
        recognition: true,
        description: 'What sort of organization it is.',
      },
    },
  },
  REGION: {
    label: 'Region',
    graphql: { object: 'Region' },
    description: 'A city, disputed territory, border zone or other area.',
    properties: {
      regionType: { value: { type: 'enum', of: 'REGION_TYPES' }, required: true, compared: true, recognition: true, description: 'What sort of place it is.' },
      coordinates: POINT,
    },
  },
  EVENT: {
    label: 'Event',
    graphql: { object: 'Event' },
    description: 'Something that happened, or was planned or proposed: a war, clash, ceasefire, agreement, statement, protest or mission.',
    properties: {
      eventType: { value: { type: 'enum', of: 'EVENT_TYPES' }, required: true, compared: true, recognition: true, description: 'What sort of event it is.' },
      status: {
        value: { type: 'enum', of: 'EVENT_STATUSES' },
        default: 'OCCURRED',
        compared: true,
        description: 'Occurred, ongoing, planned or proposed, as of the source.',
      },
      start: {
        value: { type: 'moment', bound: 'first' },
        compared: true,
        recognition: true,
        description: 'When it began: `2020`, `2022-09` or `2022-09-14`, or `2022-09-14T20:00:00+04:00` where the source gives the time of day.',
      },
      end: { value: { type: 'moment', bound: 'last' }, compared: true, recognition: true, description: 'When it ended, given as `start` is.' },
      dateNote: { value: { type: 'text' }, description: 'How the dates were worked out, e.g. "Monday night" resolved against the report date.' },
      deaths: {
        value: { type: 'toll' },
        compared: true,
        description: 'The death toll the source itself gives; figures reported by parties are relationships (REPORTS).',
      },
      coordinates: POINT,
    },
  },
} as const satisfies Record<EntityKind, EntityKindSpec>;
