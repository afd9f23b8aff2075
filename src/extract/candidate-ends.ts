/**
 * What a rule's match becomes as a candidate, whichever reader found it (the surface rules in
 * relate.ts, the parse frames in parser/frames.ts): who a mention stands for when it acts, the ends
 * a type allows, and the time of a type dated by its sentence.
 */
import { RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '../model/vocabulary.js';
import type { Registry } from './entities.js';
import type { Mention } from './mentions/mask.js';
import type { Candidate } from './rules/engine.js';
import type { TimeExpression } from './time.js';

/** Types whose time is the time of the sentence that states them. */
export const TIMED = new Set<RelationshipType>([
  'ACCUSES',
  'OCCUPIES',
  'REPORTS',
  'PROTESTS_AGAINST',
  'DEMANDS_RESIGNATION_OF',
  'PROPOSES',
  'REQUESTS_HELP_FROM',
  'MEDIATES',
  'ENDS',
  'DEPLOYS_TO',
  'CONTROLS',
  'MAY_BECOME_INVOLVED_IN',
]);
/** Who a mention stands for when it acts: a capital its state, a demonym its state, "both sides" each. */
export function actorsOf(mention: Mention | undefined, registry: Registry): string[] {
  if (!mention) return [];
  if (mention.members) return mention.members;
  const entity = registry.get(mention.entity);
  if ((mention.role === 'capital' || mention.role === 'demonym' || mention.role === 'people') && entity?.kind !== 'STATE' && entity?.state)
    return [entity.state];
  return [mention.entity];
}

/** The ends as the type allows them, or nothing: a city cannot sign, its state can. */
export function fit(type: RelationshipType, from: string, to: string, registry: Registry): [string, string] | undefined {
  const spec = RELATIONSHIP_TYPES[type];
  const allowed = (id: string, kinds: readonly EntityKind[]): string | undefined => {
    const entity = registry.get(id);
    if (!entity) return undefined;
    if (kinds.includes(entity.kind)) return id;
    if (entity.regionType === 'CITY' && entity.state && kinds.includes('STATE')) return entity.state;
    return undefined;
  };
  const a = from && allowed(from, spec.from);
  const b = to && allowed(to, spec.to);
  return a && b && a !== b ? [a, b] : undefined;
}

export function timeOf(times: TimeExpression[]): Candidate['time'] {
  const time = times.find((t) => !t.future) ?? times[0];
  return time && { from: time.from, to: time.to === time.from && time.precision !== 'DAY' ? undefined : time.to, note: time.note };
}
