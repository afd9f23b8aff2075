/**
 * The GraphQL names of the relationship types: each type's object type, and its list fields on the
 * entity at either end. Kept apart so that the read planner (src/read/) can read them without the types.
 */
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../model/vocabulary.js';
import type { Direction } from '../graph/relationships.js';

/** GraphQL names for each type: its object type, and its fields on the source and target side. */
export const NAMES: Record<RelationshipType, { object: string; out: string; in: string }> = {
  SUPPORTS: { object: 'Support', out: 'supports', in: 'supportedBy' },
  GUARANTEES: { object: 'Guarantee', out: 'guarantees', in: 'guaranteedBy' },
  ACCUSES: { object: 'Accusation', out: 'accuses', in: 'accusedBy' },
  OCCUPIES: { object: 'Occupation', out: 'occupies', in: 'occupiedBy' },
  MEMBER_OF: { object: 'Membership', out: 'memberOf', in: 'members' },
  LEADS: { object: 'Leadership', out: 'leads', in: 'leaders' },
  HOLDS_OFFICE_IN: { object: 'OfficeHolding', out: 'officesHeld', in: 'officeHolders' },
  PART_OF: { object: 'PartOf', out: 'partOf', in: 'parts' },
  CONTROLS: { object: 'Control', out: 'controls', in: 'controlledBy' },
  PARTICIPATES_IN: { object: 'Participation', out: 'events', in: 'participants' },
  SIGNED: { object: 'Signature', out: 'signed', in: 'signatories' },
  DEPLOYS_TO: { object: 'Deployment', out: 'deploysTo', in: 'deployments' },
  REPORTS: { object: 'FigureReport', out: 'reports', in: 'reportedFigures' },
  REQUESTS_HELP_FROM: { object: 'HelpRequest', out: 'requestsHelpFrom', in: 'helpRequests' },
  PROTESTS_AGAINST: { object: 'ProtestAgainst', out: 'protestsAgainst', in: 'protestedBy' },
  DEMANDS_RESIGNATION_OF: { object: 'ResignationDemand', out: 'demandsResignationOf', in: 'resignationDemandedBy' },
  LOCATED_IN: { object: 'Location', out: 'locatedIn', in: 'locationOf' },
  MEDIATES: { object: 'Mediation', out: 'mediates', in: 'mediatedBy' },
  ENDS: { object: 'Ending', out: 'ends', in: 'endedBy' },
  PROPOSES: { object: 'Proposal', out: 'proposes', in: 'proposedBy' },
  BORDERS: { object: 'Border', out: 'borders', in: 'borderedBy' },
  CONCERNS: { object: 'Concern', out: 'concerns', in: 'subjectOf' },
  MAY_BECOME_INVOLVED_IN: { object: 'PossibleInvolvement', out: 'mayBecomeInvolvedIn', in: 'mayDrawIn' },
};

/** Each relationship list field of an entity: which type it lists, from which side. */
export const LIST_FIELDS: ReadonlyMap<string, { type: RelationshipType; direction: Direction }> = new Map(
  RELATIONSHIP_TYPE_NAMES.flatMap((type): [string, { type: RelationshipType; direction: Direction }][] => [
    [NAMES[type].out, { type, direction: 'OUT' }],
    [NAMES[type].in, { type, direction: 'IN' }],
  ]),
);

/** The names of all relationship list fields: entity fields that read no stored property. */
export const RELATIONSHIP_FIELD_NAMES: ReadonlySet<string> = new Set(LIST_FIELDS.keys());
