/**
 * Every bounded argument of the API, by what it bounds, declared once: the GraphQL arguments take
 * their validation and description from here (src/schema/bounds.ts), and the export endpoints'
 * query parameters the same limits.
 */
export interface Bounds {
  min: number;
  max: number;
  /** The value when the argument is left out, for counts that have one. */
  default?: number;
}

/** Every bounded argument of the API, by what it bounds. */
export const BOUNDS = {
  /** Relay page sizes (`first`, `last`) on connections. */
  pageSize: { min: 0, max: 100 },
  /** A relationship list field of an entity. */
  listSize: { min: 1, max: 500, default: 100 },
  searchResults: { min: 1, max: 50, default: 10 },
  searchText: { min: 1, max: 200 },
  nameContains: { min: 0, max: 200 },
  history: { min: 1, max: 500, default: 50 },
  drafts: { min: 1, max: 100, default: 20 },
  neighborhoodDepth: { min: 1, max: 3, default: 1 },
  neighborhoodEntities: { min: 1, max: 500, default: 100 },
  pathLength: { min: 1, max: 6, default: 4 },
  paths: { min: 1, max: 100, default: 20 },
  timelineEvents: { min: 1, max: 500, default: 100 },
  rankedEntities: { min: 1, max: 100, default: 10 },
  /** Entities an export expands one step beside its centre (`expand`). */
  exportExpanded: { min: 0, max: 50 },
} as const satisfies Record<string, Bounds>;

/** `what, 1 to 50.` — the bound as a description says it. */
export const within = ({ min, max }: Bounds) => `${min} to ${max.toLocaleString('en')}`;
