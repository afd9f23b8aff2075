/**
 * How read queries return stored properties: as a map with every temporal value already an ISO
 * string, and only the properties a response needs when the caller says which. Readers only ever
 * print dates, and the driver's decoding of Date and DateTime values costs many times that of a
 * string; and a page of relationships with every property of every far end costs several times one
 * with the few a client asked for. The read planner reads the same chosen keys by position rather
 * than in a map (read/cypher.ts).
 */

/** The stored properties to read: a list, or all of them. */
export type Keys = readonly string[] | 'all';

const TEMPORAL = new Set([
  'createdAt',
  'updatedAt',
  'retractedAt',
  'validFrom',
  'validTo',
  'termFrom',
  'termTo',
  'startDate',
  'endDate',
  'startTime',
  'endTime',
  'publishedFrom',
  'publishedTo',
]);
const TEMPORAL_BY_SHAPE = {
  entity: ['createdAt', 'updatedAt', 'termFrom', 'termTo', 'startDate', 'endDate', 'startTime', 'endTime'],
  relationship: ['validFrom', 'validTo', 'createdAt', 'updatedAt', 'retractedAt'],
  source: ['publishedFrom', 'publishedTo', 'createdAt', 'updatedAt'],
} as const;
// Keys reach the query text, so only names a property can have.
export const PROPERTY_KEY = /^[A-Za-z][A-Za-z0-9]*$/;
/** Whether a stored property holds a date or time (read as an ISO string). */
export const isTemporal = (key: string) => TEMPORAL.has(key);

/** The stored properties to read of a chosen few: those always read, then the others named, each once and only names a property can have. */
export const chosenKeys = (keys: Iterable<string>, always: readonly string[]): string[] =>
  [...new Set([...always, ...keys])].filter((key) => PROPERTY_KEY.test(key));

function projection(shape: keyof typeof TEMPORAL_BY_SHAPE, variable: string, keys: Keys, always: readonly string[]): string {
  if (keys === 'all') {
    return `${variable} {.*, ${TEMPORAL_BY_SHAPE[shape].map((key) => `${key}: toString(${variable}.${key})`).join(', ')}}`;
  }
  const chosen = chosenKeys(keys, always);
  return `${variable} {${chosen.map((key) => (TEMPORAL.has(key) ? `${key}: toString(${variable}.${key})` : `.${key}`)).join(', ')}}`;
}

/** An entity node's properties, for `toEntity`: all of them, or its id and name and the given keys. */
export const entityProperties = (variable: string, keys: Keys = 'all') => projection('entity', variable, keys, ['id', 'name']);
/** A relationship's properties, for `toRelationship`: all of them, or its id and the given keys. */
export const relationshipProperties = (variable: string, keys: Keys = 'all') => projection('relationship', variable, keys, ['id']);
/** A source node's properties: all of them, or its id and the given keys. */
export const sourceProperties = (variable: string, keys: Keys = 'all') => projection('source', variable, keys, ['id']);
