/**
 * The terms of the vocabulary (src/model/vocabulary.ts re-exports them: import them from there):
 * the subtypes of organizations, regions and events, event statuses, confidence levels, date
 * precisions, and the value sets properties take their values from. Each with the
 * description the GraphQL enum and the import format give it.
 */
export const ORGANIZATION_TYPES = {
  GOVERNMENT: 'A government or "the authorities" of a state.',
  MINISTRY: 'A government ministry.',
  COUNCIL: 'A state council, e.g. a security council.',
  PARLIAMENT: 'A legislature.',
  ARMED_FORCE: 'The armed forces of a state.',
  PEACEKEEPING_FORCE: 'Troops deployed as peacekeepers.',
  ARMED_GROUP: 'A non-state armed group: rebels, a militia, an unidentified armed group.',
  ALLIANCE: 'A military or political alliance of states.',
  OPPOSITION: 'Political opposition within a state.',
  PROTEST_MOVEMENT: 'Demonstrators acting together.',
  NEWS_AGENCY: 'A news or photo agency.',
  COLLECTIVE: 'A loosely defined group of actors, e.g. "the international community".',
  CONFLICT_MONITOR: 'A project that records conflict events and their figures, e.g. ACLED or UCDP.',
} as const;
export type OrganizationType = keyof typeof ORGANIZATION_TYPES;

export const REGION_TYPES = {
  CITY: 'A city or town.',
  DISPUTED_TERRITORY: 'A territory whose status or control is disputed.',
  BORDER_ZONE: 'The area along a border.',
  AREA: 'Any other area: districts, captured territory, a geopolitical space.',
} as const;
export type RegionType = keyof typeof REGION_TYPES;

export const EVENT_TYPES = {
  CONFLICT: 'A long-running dispute with episodes of fighting.',
  WAR: 'A war or a sustained military campaign.',
  CLASH: 'A round of armed clashes.',
  CEASEFIRE: 'A ceasefire or truce taking effect.',
  AGREEMENT: 'A signed or proposed agreement or treaty.',
  STATEMENT: 'A public statement.',
  PROTEST: 'A demonstration or protest.',
  MISSION: 'A mission sent somewhere, e.g. observers.',
  COMMEMORATION: 'A funeral, mourning or commemoration.',
  INCIDENT: 'Another incident a dataset records: arrests, looting, a base set up.',
} as const;
export type EventType = keyof typeof EVENT_TYPES;

export const EVENT_STATUSES = {
  OCCURRED: 'It happened.',
  ONGOING: 'It had begun and had not ended when the source was written.',
  PLANNED: 'It was scheduled but had not happened when the source was written.',
  PROPOSED: 'It was proposed; the source does not say it will happen.',
} as const;
export type EventStatus = keyof typeof EVENT_STATUSES;

/** How far a source stands behind a statement, weakest last. */
export const CONFIDENCES = {
  REPORTED_FACT: 'The source reports it as fact (possibly citing an official).',
  CLAIM: 'A claim by a party to the conflict, not independently established.',
  ASSESSMENT: 'An assessment, expectation or speculation, e.g. an analyst or agency view.',
} as const;
export type Confidence = keyof typeof CONFIDENCES;
export const CONFIDENCE_ORDER: readonly Confidence[] = ['ASSESSMENT', 'CLAIM', 'REPORTED_FACT'];

/** Confidences at or above the given minimum. */
export function confidencesAtLeast(minimum: Confidence): Confidence[] {
  return CONFIDENCE_ORDER.slice(CONFIDENCE_ORDER.indexOf(minimum));
}

export const DATE_PRECISIONS = {
  YEAR: 'Only the year is known.',
  MONTH: 'The year and month are known.',
  DAY: 'The day is known.',
} as const;
export type DatePrecision = keyof typeof DATE_PRECISIONS;

export const REPORT_CATEGORIES = {
  DEATHS: 'People killed.',
  INJURIES: 'People injured.',
  DISPLACEMENT: 'People forced to leave their homes.',
  PARTICIPANTS: 'People taking part, e.g. demonstrators.',
} as const;
export type ReportCategory = keyof typeof REPORT_CATEGORIES;

/** Whom a figure counts, so "49 troops" and "105 soldiers" are compared and "2 civilians" is not. */
export const VICTIM_GROUPS = {
  MILITARY: 'Soldiers, troops, servicemen and other fighters.',
  CIVILIAN: 'Civilians.',
} as const;
export type VictimGroup = keyof typeof VICTIM_GROUPS;

export const FIGURE_QUALIFIERS = {
  EXACT: 'The figure as given.',
  APPROXIMATE: 'About this many ("around 2,000").',
  MORE_THAN: 'More than this many ("over 6.6 thousand").',
  VAGUE: 'No number, only words such as "hundreds" or "thousands".',
} as const;
export type FigureQualifier = keyof typeof FIGURE_QUALIFIERS;

export const SUPPORT_FORMS = {
  MILITARY: 'Arms, troops or other military help.',
  POLITICAL: 'Diplomatic or political backing.',
} as const;
export type SupportForm = keyof typeof SUPPORT_FORMS;

/** The value sets a property can take its values from (each also a GraphQL enum). */
export const VALUE_SETS = {
  ORGANIZATION_TYPES,
  REGION_TYPES,
  EVENT_TYPES,
  EVENT_STATUSES,
  SUPPORT_FORMS,
  FIGURE_QUALIFIERS,
  REPORT_CATEGORIES,
  VICTIM_GROUPS,
} as const;
export type ValueSetName = keyof typeof VALUE_SETS;
