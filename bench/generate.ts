/**
 * A synthetic conflict graph at any scale, as conflict-graph/v1 import documents: every entity kind
 * and relationship type (joining only kinds the type allows), a citation for everything, time spans
 * at every precision, and a few hubs. Deterministic for a given scale, so runs compare.
 */
import {
  ENTITY_KINDS,
  EVENT_TYPES,
  ORGANIZATION_TYPES,
  REGION_TYPES,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  type EntityKind,
  type RelationshipType,
} from '../src/model/vocabulary.js';

/** A small, seeded PRNG (mulberry32): the same scale always makes the same graph. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SHARE: Record<EntityKind, number> = { STATE: 0.03, LEADER: 0.12, ORGANIZATION: 0.3, REGION: 0.2, EVENT: 0.35 };
const SYLLABLES = ['ar', 'ka', 'zen', 'dor', 'mi', 'ta', 'vel', 'sun', 'ro', 'bel', 'gra', 'nis', 'to', 'lu', 'xe', 'van', 'or', 'pel'];

export interface SyntheticGraph {
  entities: { id: string; kind: EntityKind }[];
  byKind: Record<EntityKind, string[]>;
  /** Hubs: a few entities of each kind that many relationships touch. */
  hubs: Record<EntityKind, string[]>;
}

function nameOf(n: number, rand: () => number): string {
  const parts = 2 + Math.floor(rand() * 2);
  let name = '';
  for (let i = 0; i < parts; i++) name += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${n}`;
}

export function entityCount(relationships: number): number {
  return Math.max(250, Math.round(relationships / 8));
}

/**
 * The documents that make the graph: entities first, then relationships, in chunks. With `more`,
 * only `more` further relationships among the same entities (new ids), for an import into a
 * database that already holds the graph.
 */
export function* documents(
  relationships: number,
  chunk = 10_000,
  { more = 0 }: { more?: number } = {},
): Generator<{ text: string; relationships: number; entities: number }> {
  const rand = random(relationships);
  const total = entityCount(relationships);
  const graph: SyntheticGraph = {
    entities: [],
    byKind: { STATE: [], LEADER: [], ORGANIZATION: [], REGION: [], EVENT: [] },
    hubs: { STATE: [], LEADER: [], ORGANIZATION: [], REGION: [], EVENT: [] },
  };
  for (const kind of ENTITY_KINDS) {
    const count = Math.max(10, Math.round(total * SHARE[kind]));
    for (let i = 0; i < count; i++) {
      const id = `${kind.toLowerCase()}-${i}`;
      graph.entities.push({ id, kind });
      graph.byKind[kind].push(id);
    }
    graph.hubs[kind] = graph.byKind[kind].slice(0, 3);
  }

  for (let start = 0; !more && start < graph.entities.length; start += chunk) {
    const slice = graph.entities.slice(start, start + chunk);
    const sourceId = `synthetic-entities-${start}`;
    const sentences = slice.map(({ id }) => `Entity ${id} is named in this report.`);
    const entities = slice.map(({ id, kind }, i) => {
      const n = start + i;
      const year = 1990 + Math.floor(rand() * 34);
      const base = {
        id,
        kind,
        name: nameOf(n, rand),
        aliases: [`${SYLLABLES[n % SYLLABLES.length]}-${n}`],
        description: `A synthetic ${kind.toLowerCase()} for benchmarks, number ${n}.`,
        citations: [{ quote: sentences[i] }],
      };
      switch (kind) {
        case 'STATE':
          return { ...base, isoCode: String.fromCharCode(65 + (n % 26), 65 + ((n / 26) % 26)) };
        case 'LEADER':
          return { ...base, office: 'Minister' };
        case 'ORGANIZATION':
          return { ...base, orgType: Object.keys(ORGANIZATION_TYPES)[n % 11] };
        case 'REGION':
          return { ...base, regionType: Object.keys(REGION_TYPES)[n % 4] };
        case 'EVENT':
          return { ...base, eventType: Object.keys(EVENT_TYPES)[n % 9], start: `${year}-${String(1 + (n % 12)).padStart(2, '0')}`, end: `${year + (n % 3)}` };
      }
    });
    const document = {
      format: 'conflict-graph/v1',
      sources: [{ id: sourceId, title: `Synthetic entity report ${start}`, language: 'en', text: sentences.join(' ') }],
      entities,
    };
    yield { text: JSON.stringify(document), relationships: 0, entities: slice.length };
  }

  const pick = (kinds: readonly EntityKind[]) => {
    const kind = kinds[Math.floor(rand() * kinds.length)] as EntityKind;
    // One relationship in twenty touches a hub.
    const pool = rand() < 0.05 ? graph.hubs[kind] : graph.byKind[kind];
    return pool[Math.floor(rand() * pool.length)] as string;
  };
  const last = relationships + more;
  for (let start = more ? relationships : 0; start < (more ? last : relationships); start += chunk) {
    const count = Math.min(chunk, (more ? last : relationships) - start);
    const sourceId = `synthetic-relationships-${start}`;
    const sentences: string[] = [];
    const items = [];
    for (let i = 0; i < count; i++) {
      const n = start + i;
      const type = RELATIONSHIP_TYPE_NAMES[n % RELATIONSHIP_TYPE_NAMES.length] as RelationshipType;
      const spec = RELATIONSHIP_TYPES[type];
      const from = pick(spec.from);
      let to = pick(spec.to);
      if (to === from) to = pick(spec.to);
      if (to === from) continue;
      const sentence = `Line ${n}: ${from} and ${to} (${type.toLowerCase()}).`;
      sentences.push(sentence);
      const year = 1990 + Math.floor(rand() * 34);
      const precision = n % 3;
      const from_ =
        precision === 0
          ? `${year}`
          : precision === 1
            ? `${year}-${String(1 + (n % 12)).padStart(2, '0')}`
            : `${year}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`;
      const time = n % 4 === 0 ? undefined : { from: from_, ...(n % 2 ? { to: `${year + 1 + (n % 5)}` } : {}) };
      const confidence = (['REPORTED_FACT', 'CLAIM', 'ASSESSMENT'] as const)[n % 3];
      const specific: Record<string, unknown> =
        type === 'ACCUSES'
          ? { allegation: `allegation ${n % 50}` }
          : type === 'LEADS' || type === 'HOLDS_OFFICE_IN'
            ? { office: 'Minister' }
            : type === 'REPORTS'
              ? { category: 'DEATHS', figure: n % 500, figureText: `${n % 500} people`, qualifier: 'EXACT', unit: 'people killed' }
              : {};
      items.push({
        id: `rel-${n}`,
        type,
        from,
        to,
        confidence,
        ...(time ? { time } : {}),
        ...specific,
        citations: [{ quote: sentence, ...(n % 2 ? { assertedBy: from } : {}) }],
      });
    }
    const document = {
      format: 'conflict-graph/v1',
      sources: [{ id: sourceId, title: `Synthetic relationship report ${start}`, language: 'en', text: sentences.join(' ') }],
      relationships: items,
    };
    yield { text: JSON.stringify(document), relationships: items.length, entities: 0 };
  }
}

/** Ids to query: ordinary entities of each kind (not hubs), chosen the same way every run. */
export function samples(relationships: number, kind: EntityKind, count: number): string[] {
  const total = Math.max(10, Math.round(entityCount(relationships) * SHARE[kind]));
  const rand = random(relationships * 7 + kind.length);
  return Array.from({ length: count }, () => `${kind.toLowerCase()}-${3 + Math.floor(rand() * (total - 3))}`);
}
