/**
 * What an export request asks for, from its path and query string: the format, and the explorer's
 * filters (`asOf`, `types`, `minConfidence`) with `entity` + `depth` (+ `expand`) for a
 * neighbourhood. Every parameter is checked; a bad one is an ExportParameterError naming it.
 */
import { PARTIAL_DATE } from '../model/format.js';
import { SLUG } from '../model/names.js';
import { CONFIDENCE_ORDER, RELATIONSHIP_TYPE_NAMES, type Confidence, type RelationshipType } from '../model/vocabulary.js';
import type { ExportScope } from '../graph/export.js';
import { BOUNDS } from '../model/bounds.js';
import { slugFromId } from '../model/global-ids.js';

export const EXPORT_FORMATS = {
  'graph.graphml': { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  'graph.json': { type: 'application/json; charset=utf-8', extension: 'json' },
  'entities.csv': { type: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  'relationships.csv': { type: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  'citations.csv': { type: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  'sources.csv': { type: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  'statements.csv': { type: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  'graph.geojson': { type: 'application/geo+json', extension: 'geojson' },
  'graph.stix.json': { type: 'application/stix+json;version=2.1', extension: 'stix.json' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_PREFIX = '/export/';

const PARAMETERS = new Set(['asOf', 'types', 'minConfidence', 'entity', 'depth', 'expand']);

export class ExportParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** The format a path names, or null for a path that is not an export. */
export function exportFormatOf(pathname: string): ExportFormat | null {
  if (!pathname.startsWith(EXPORT_PREFIX)) return null;
  const name = pathname.slice(EXPORT_PREFIX.length);
  return Object.hasOwn(EXPORT_FORMATS, name) ? (name as ExportFormat) : null;
}

/** A list parameter, given once comma-separated or repeated. */
const listOf = (params: URLSearchParams, name: string) =>
  params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  if (values.length > 1) throw new ExportParameterError(name, 'must be given once');
  return values[0]?.trim() || null;
}

function dateOf(value: string): Date {
  const match = PARTIAL_DATE.exec(value);
  const date = new Date(`${value}T00:00:00Z`);
  if (!match || !match[3] || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new ExportParameterError('asOf', 'must be a calendar date as YYYY-MM-DD');
  }
  return date;
}

const entityId = (name: string, value: string) => {
  const slug = slugFromId(value);
  if (!SLUG.test(slug)) throw new ExportParameterError(name, 'must be an entity slug (e.g. "armenia") or global id');
  return slug;
};

/** The scope of an export from its query string. */
export function exportScopeOf(params: URLSearchParams): ExportScope {
  for (const name of params.keys()) {
    if (!PARAMETERS.has(name)) throw new ExportParameterError(name, `is not a parameter of exports (${[...PARAMETERS].join(', ')})`);
  }
  const asOf = single(params, 'asOf');
  const minConfidence = single(params, 'minConfidence');
  if (minConfidence && !CONFIDENCE_ORDER.includes(minConfidence as Confidence)) {
    throw new ExportParameterError('minConfidence', `must be one of ${CONFIDENCE_ORDER.join(', ')}`);
  }
  const types = listOf(params, 'types');
  const unknown = types.find((type) => !RELATIONSHIP_TYPE_NAMES.includes(type as RelationshipType));
  if (unknown) throw new ExportParameterError('types', `"${unknown.slice(0, 40)}" is not a relationship type (e.g. SUPPORTS, ACCUSES)`);
  const entity = single(params, 'entity');
  const depthText = single(params, 'depth');
  const expand = listOf(params, 'expand');
  if (!entity && (depthText || expand.length)) throw new ExportParameterError(depthText ? 'depth' : 'expand', 'applies only with entity');
  const { min, max } = BOUNDS.neighborhoodDepth;
  const depth = depthText === null ? 2 : Number(depthText);
  if (!Number.isInteger(depth) || depth < min || depth > max) throw new ExportParameterError('depth', `must be a whole number from ${min} to ${max}`);
  if (expand.length > BOUNDS.exportExpanded.max) throw new ExportParameterError('expand', `at most ${BOUNDS.exportExpanded.max} entities`);
  return {
    asOf: asOf ? dateOf(asOf) : null,
    minConfidence: (minConfidence as Confidence | null) ?? null,
    types: types.length ? (types as RelationshipType[]) : null,
    ...(entity ? { entity: entityId('entity', entity), depth, expand: expand.map((id) => entityId('expand', id)) } : {}),
  };
}

/** The file name a download is saved under: what and, for a neighbourhood, around whom. */
export function exportFileName(format: ExportFormat, scope: ExportScope): string {
  const [what] = format.split('.') as [string];
  const around = scope.entity ? `-${scope.entity}` : '';
  const asOf = scope.asOf ? `-as-of-${scope.asOf.toISOString().slice(0, 10)}` : '';
  return `conflict-graph${around}${asOf}-${what}.${EXPORT_FORMATS[format].extension}`;
}
