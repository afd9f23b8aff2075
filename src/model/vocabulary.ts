/**
 * The domain vocabulary, in one place: relationship types with the kinds they may connect and the
 * properties each has, and (re-exported here) the entity kinds with theirs (src/model/kinds.ts) and
 * the entity subtypes, confidence levels, date precisions and value sets (src/model/terms.ts). The importer
 * validates against it, the GraphQL enums are built from it, and it is the whitelist for every
 * label and relationship type that reaches a Cypher string.
 */
import { ENTITY_KINDS, ENTITY_KIND_SPECS, type EntityKind } from './kinds.js';
import type { ValueSetName } from './terms.js';

export * from './terms.js';
export * from './kinds.js';

/** Each kind's Neo4j label, as its spec (src/model/kinds.ts) declares it. */
export const KIND_LABELS = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, ENTITY_KIND_SPECS[kind].label])) as Record<EntityKind, string>;

/** What each kind of entity is: the GraphQL enum value and the kind's object type both say this. */
export const ENTITY_KIND_DESCRIPTIONS = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, ENTITY_KIND_SPECS[kind].description])) as Record<
  EntityKind,
  string
>;

/** What a property of a relationship type holds. */
export type PropertyValue =
  | { type: 'text' }
  /** The id of an entity. */
  | { type: 'entity' }
  | { type: 'number'; integer?: true; min: 'positive' | 'nonnegative'; /** Present but null when the source gives only words. */ nullable?: true }
  | { type: 'enum'; of: ValueSetName; list?: true };

/**
 * A property of a relationship type: declared here once, and from it the import format, the GraphQL
 * fields and inputs, the export columns and the bulk path's store files follow.
 */
export interface PropertySpec {
  value: PropertyValue;
  /** Every relationship of the type has it (a figure that is null has it too). */
  required?: true;
  /** Properties of one group say one thing together (a figure, its words, its unit): a source stating one states them all. */
  group?: string;
  /** Free text that says what the relationship is about, compared by its gist (statements.ts): an accusation's allegation. */
  gist?: true;
  description: string;
}

const TEXT = { type: 'text' } as const;
const ROLE = { value: TEXT, description: 'The role taken, where the source gives one.' } as const;
const OFFICE = { value: TEXT, required: true, description: 'The office held, e.g. Prime Minister.' } as const;

const ACTORS: readonly EntityKind[] = ['STATE', 'LEADER', 'ORGANIZATION'];
const POLITIES: readonly EntityKind[] = ['STATE', 'ORGANIZATION'];
const PLACES: readonly EntityKind[] = ['REGION', 'STATE'];

export interface RelationshipTypeSpec {
  /** Reads as "<from> <phrase> <to>". */
  phrase: string;
  /** The reverse reading, "<to> <inverse> <from>", used for fields on the target side. */
  inverse: string;
  /** Its GraphQL names: the object type, and its list fields on the entity at the source and target side. */
  graphql: { object: string; out: string; in: string };
  description: string;
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  /**
   * The properties that, with the type and both ends, make it the same relationship whichever
   * source states it (src/model/statements.ts): a report's category and whose losses it counts, an
   * accusation's allegation. Absent: the type and ends alone.
   */
  identity?: readonly string[];
  /**
   * The values sources can disagree on beside confidence and dates: a figure, a role, an office.
   * Wording (a figure's words, a unit) is not compared.
   */
  compared?: readonly string[];
  /** Its own properties, beside those every relationship has (confidence, time, note, citations). */
  properties?: Readonly<Record<string, PropertySpec>>;
}

export const RELATIONSHIP_TYPES = {
  SUPPORTS: {
    phrase: 'supports',
    inverse: 'is supported by',
    graphql: { object: 'Support', out: 'supports', in: 'supportedBy' },
    description: 'Backs another actor, militarily or politically.',
    from: ACTORS,
    to: ACTORS,
    compared: ['forms'],
    properties: {
      forms: {
        value: { type: 'enum', of: 'SUPPORT_FORMS', list: true },
        description: 'How the support is given, where the source says (military, political).',
      },
    },
  },
  GUARANTEES: {
    phrase: 'guarantees',
    inverse: 'is guaranteed by',
    graphql: { object: 'Guarantee', out: 'guarantees', in: 'guaranteedBy' },
    description: 'Stands as guarantor of an agreement.',
    from: POLITIES,
    to: ['EVENT'],
  },
  ACCUSES: {
    phrase: 'accuses',
    inverse: 'is accused by',
    graphql: { object: 'Accusation', out: 'accuses', in: 'accusedBy' },
    description: 'Blames another actor for something (the allegation).',
    from: ACTORS,
    to: ACTORS,
    identity: ['allegation'],
    properties: { allegation: { value: TEXT, required: true, gist: true, description: 'What the accuser alleges.' } },
  },
  OCCUPIES: {
    phrase: 'occupies',
    inverse: 'is occupied by',
    graphql: { object: 'Occupation', out: 'occupies', in: 'occupiedBy' },
    description: "Holds another state's or region's territory by force.",
    from: POLITIES,
    to: PLACES,
    compared: ['area'],
    properties: {
      area: { group: 'area', value: { type: 'number', min: 'positive' }, description: 'The area said to be occupied, in `areaUnit`.' },
      areaUnit: { group: 'area', value: TEXT, description: 'The unit of `area`, e.g. km².' },
    },
  },
  MEMBER_OF: {
    phrase: 'is a member of',
    inverse: 'has member',
    graphql: { object: 'Membership', out: 'memberOf', in: 'members' },
    description: 'Belongs to an alliance or organization.',
    from: ACTORS,
    to: ['ORGANIZATION'],
    compared: ['role'],
    properties: { role: ROLE },
  },
  LEADS: {
    phrase: 'leads',
    inverse: 'is led by',
    graphql: { object: 'Leadership', out: 'leads', in: 'leaders' },
    description: 'Heads a state or organization, in the office named.',
    from: ['LEADER'],
    to: POLITIES,
    compared: ['office'],
    properties: { office: OFFICE },
  },
  HOLDS_OFFICE_IN: {
    phrase: 'holds office in',
    inverse: 'has office holder',
    graphql: { object: 'OfficeHolding', out: 'officesHeld', in: 'officeHolders' },
    description: 'Holds the office named in a state or organization, without heading it.',
    from: ['LEADER'],
    to: POLITIES,
    compared: ['office'],
    properties: { office: OFFICE },
  },
  PART_OF: {
    phrase: 'is part of',
    inverse: 'includes',
    graphql: { object: 'PartOf', out: 'partOf', in: 'parts' },
    description: 'Belongs to a larger whole de jure: a region to a state, a ministry to a state, a clash to a war.',
    from: ['REGION', 'ORGANIZATION', 'EVENT'],
    to: ['STATE', 'REGION', 'ORGANIZATION', 'EVENT'],
  },
  CONTROLS: {
    phrase: 'controls',
    inverse: 'is controlled by',
    graphql: { object: 'Control', out: 'controls', in: 'controlledBy' },
    description: 'Holds a territory de facto, whatever its legal status.',
    from: POLITIES,
    to: ['REGION'],
  },
  PARTICIPATES_IN: {
    phrase: 'participates in',
    inverse: 'has participant',
    graphql: { object: 'Participation', out: 'events', in: 'participants' },
    description: 'Takes part in an event, in the role named.',
    from: ACTORS,
    to: ['EVENT'],
    compared: ['role'],
    properties: { role: ROLE },
  },
  SIGNED: {
    phrase: 'signed',
    inverse: 'was signed by',
    graphql: { object: 'Signature', out: 'signed', in: 'signatories' },
    description: 'Is a signatory of an agreement.',
    from: ACTORS,
    to: ['EVENT'],
    compared: ['role'],
    properties: { role: ROLE },
  },
  DEPLOYS_TO: {
    phrase: 'deploys forces to',
    inverse: 'hosts forces of',
    graphql: { object: 'Deployment', out: 'deploysTo', in: 'deployments' },
    description: 'Sends troops or personnel to a place.',
    from: POLITIES,
    to: PLACES,
    compared: ['personnel'],
    properties: {
      personnel: {
        group: 'personnel',
        value: { type: 'number', integer: true, min: 'positive' },
        description: 'How many people are deployed, where the source says.',
      },
      personnelQualifier: { group: 'personnel', value: { type: 'enum', of: 'FIGURE_QUALIFIERS' }, description: 'Whether `personnel` is exact or approximate.' },
      purpose: { value: TEXT, description: 'What for, e.g. peacekeeping.' },
    },
  },
  REPORTS: {
    phrase: 'reports a figure on',
    inverse: 'has a figure reported by',
    graphql: { object: 'FigureReport', out: 'reports', in: 'reportedFigures' },
    description: 'Gives a figure about an event: deaths, injuries, displacement, turnout.',
    from: ACTORS,
    to: ['EVENT'],
    identity: ['category', 'whose', 'victims'],
    compared: ['figure', 'qualifier'],
    properties: {
      category: { value: { type: 'enum', of: 'REPORT_CATEGORIES' }, required: true, description: 'What the figure counts.' },
      figure: {
        group: 'figure',
        value: { type: 'number', min: 'nonnegative', nullable: true },
        required: true,
        description: 'The number; null when the source gives only words ("hundreds").',
      },
      figureText: { group: 'figure', value: TEXT, required: true, description: 'The figure in the words of the source, e.g. "hundreds".' },
      qualifier: {
        group: 'figure',
        value: { type: 'enum', of: 'FIGURE_QUALIFIERS' },
        required: true,
        description: 'Exact, approximate, a lower bound, or only words.',
      },
      unit: { group: 'figure', value: TEXT, required: true, description: 'What is counted, e.g. "soldiers killed".' },
      whose: { value: { type: 'entity' }, description: 'The party whose losses these are; absent when the source does not say.' },
      victims: {
        group: 'figure',
        value: { type: 'enum', of: 'VICTIM_GROUPS' },
        description:
          'Whom the figure counts (soldiers or civilians); read from `unit` when left out ("troops killed" is MILITARY), absent when it says neither.',
      },
    },
  },
  REQUESTS_HELP_FROM: {
    phrase: 'requests help from',
    inverse: 'is asked for help by',
    graphql: { object: 'HelpRequest', out: 'requestsHelpFrom', in: 'helpRequests' },
    description: 'Asks another state or organization for help.',
    from: ACTORS,
    to: POLITIES,
  },
  PROTESTS_AGAINST: {
    phrase: 'protests against',
    inverse: 'is protested against by',
    graphql: { object: 'ProtestAgainst', out: 'protestsAgainst', in: 'protestedBy' },
    description: 'Demonstrates or campaigns against someone or something.',
    from: ACTORS,
    to: [...ACTORS, 'EVENT'],
  },
  DEMANDS_RESIGNATION_OF: {
    phrase: 'demands the resignation of',
    inverse: 'has resignation demanded by',
    graphql: { object: 'ResignationDemand', out: 'demandsResignationOf', in: 'resignationDemandedBy' },
    description: 'Calls for a leader to resign.',
    from: ACTORS,
    to: ['LEADER'],
  },
  LOCATED_IN: {
    phrase: 'is located in',
    inverse: 'is the location of',
    graphql: { object: 'Location', out: 'locatedIn', in: 'locationOf' },
    description: 'Takes place or is seated in a place.',
    from: ['ORGANIZATION', 'EVENT', 'REGION'],
    to: PLACES,
  },
  MEDIATES: {
    phrase: 'mediates',
    inverse: 'is mediated by',
    graphql: { object: 'Mediation', out: 'mediates', in: 'mediatedBy' },
    description: 'Brokers or helps bring about an agreement or ceasefire.',
    from: ACTORS,
    to: ['EVENT'],
  },
  ENDS: {
    phrase: 'ends',
    inverse: 'is ended by',
    graphql: { object: 'Ending', out: 'ends', in: 'endedBy' },
    description: 'An event (a ceasefire, an agreement) that brings another to an end.',
    from: ['EVENT'],
    to: ['EVENT'],
  },
  PROPOSES: {
    phrase: 'proposes',
    inverse: 'is proposed by',
    graphql: { object: 'Proposal', out: 'proposes', in: 'proposedBy' },
    description: 'Puts forward an agreement, on the terms named.',
    from: ACTORS,
    to: ['EVENT'],
    properties: { terms: { value: TEXT, description: 'The terms proposed.' } },
  },
  BORDERS: {
    phrase: 'borders',
    inverse: 'is bordered by',
    graphql: { object: 'Border', out: 'borders', in: 'borderedBy' },
    description: 'Lies next to another place.',
    from: PLACES,
    to: PLACES,
  },
  CONCERNS: {
    phrase: 'concerns',
    inverse: 'is the subject of',
    graphql: { object: 'Concern', out: 'concerns', in: 'subjectOf' },
    description: 'An event fought or agreed over a place.',
    from: ['EVENT'],
    to: PLACES,
  },
  MAY_BECOME_INVOLVED_IN: {
    phrase: 'may become involved in',
    inverse: 'may draw in',
    graphql: { object: 'PossibleInvolvement', out: 'mayBecomeInvolvedIn', in: 'mayDrawIn' },
    description: 'Could be drawn into a conflict, in someone’s assessment.',
    from: POLITIES,
    to: ['EVENT'],
  },
} as const satisfies Record<string, RelationshipTypeSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_TYPES, value);
}
