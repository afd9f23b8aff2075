/**
 * Where the sources disagree, each side with its source: parties that accuse each other; figures
 * for the same thing that differ; and items two sources state with different values (confidence,
 * dates, a role, an office), read from the statements of src/graph/statements.ts. All follow the
 * same HOLDS rule as every other read.
 */
import type { Db } from './db.js';
import { isRelationshipType, type RelationshipType } from '../model/vocabulary.js';
import { COMPARED_ENTITY_KEYS, comparedRelationshipKeys } from '../model/statements.js';
import { existsAt, holds, holdsParams, type HoldsFilter } from './holds.js';
import { entityProperties, relationshipProperties } from './projection.js';
import { type EntityRecord, type RelationshipRecord, toRelationship } from './records.js';
import { entityOf, RELATIONSHIP_ROW, type EntityRow, type RelationshipRow } from './explore.js';
import { answeringSources, type AboutKind } from './statements.js';

export interface MutualAccusation {
  a: EntityRecord;
  b: EntityRecord;
  aAccusesB: RelationshipRecord[];
  bAccusesA: RelationshipRecord[];
}

/** Pairs that accuse each other, each side's accusations with them. */
export async function mutualAccusations(db: Db, anchor: string | null, filter: HoldsFilter): Promise<MutualAccusation[]> {
  const rows = await db.read<{ a: EntityRow; b: EntityRow; ab: RelationshipRow[]; ba: RelationshipRow[] }>(
    `MATCH (a:Entity)-[r1:ACCUSES]->(b:Entity)-[r2:ACCUSES]->(a)
     WHERE a.id < b.id AND ${holds('r1', '$', ['a', 'b'])} AND ${holds('r2', '$', ['b', 'a'])}
       AND ($anchor IS NULL OR $anchor IN [a.id, b.id])
     WITH a, b, collect(DISTINCT r1) AS ab, collect(DISTINCT r2) AS ba
     RETURN {properties: ${entityProperties('a')}, labels: labels(a)} AS a, {properties: ${entityProperties('b')}, labels: labels(b)} AS b,
            [r IN ab | ${RELATIONSHIP_ROW('r')}] AS ab, [r IN ba | ${RELATIONSHIP_ROW('r')}] AS ba
     ORDER BY a.name, b.name`,
    { ...holdsParams(filter), anchor },
  );
  return rows.flatMap((row) => {
    const a = entityOf(row.a);
    const b = entityOf(row.b);
    return a && b ? [{ a, b, aAccusesB: row.ab.map(toRelationship), bAccusesA: row.ba.map(toRelationship) }] : [];
  });
}

/** One source's figure in a conflict: the report it belongs to, what it says, and which sources say it. */
export interface StatedFigure {
  report: RelationshipRecord;
  reporter: string;
  figure: number;
  figureText: string | null;
  qualifier: string | null;
  unit: string | null;
  sources: string[];
  /** The earliest day those sources were published (ISO), for telling a revision from a conflict. */
  published: string | null;
  /** Whether the item answers with it (else it is another source's statement of the same report). */
  answers: boolean;
  /** An earlier source gave the same reporter another figure: this one revises it. */
  revision: boolean;
}

export interface FigureConflict {
  event: EntityRecord;
  category: string;
  whose: string | null;
  victims: string | null;
  /** What the first figure counts, lower-cased (units are worded differently: "troops", "soldiers"). */
  unit: string;
  reports: RelationshipRecord[];
  figures: StatedFigure[];
}

type FigureRow = {
  event: EntityRow;
  category: string;
  whose: string | null;
  figures: {
    report: RelationshipRow;
    reporter: string;
    victims: string | null;
    stated: Record<string, unknown>;
    sources: string[];
    published: string | null;
    answers: boolean;
  }[];
};

/**
 * The figures of one event, category and party, split by whom they count: soldiers and civilians
 * apart; a figure whose unit says neither ("49 killed") is compared with the others when they all
 * count the same people, else stands apart.
 */
function byVictims<F extends { victims: string | null }>(figures: F[]): { victims: string | null; figures: F[] }[] {
  const known = [...new Set(figures.map((f) => f.victims).filter((v): v is string => v !== null))];
  if (known.length <= 1) return [{ victims: known[0] ?? null, figures }];
  return [
    ...known.map((victims) => ({ victims, figures: figures.filter((f) => f.victims === victims) })),
    { victims: null, figures: figures.filter((f) => f.victims === null) },
  ];
}

/**
 * Different numbers for the same thing: the same event, category, party whose losses they are and
 * whom they count (src/model/statements.ts: "troops" and "soldiers" are both MILITARY; a unit
 * that says neither is compared with the others when they all count the same people), whoever
 * reports them and however they word the unit. Every source's figure counts, the answer's and
 * other sources' statements alike; a later figure of the same reporter is a revision of its
 * earlier one, another reporter's a conflict. Figures given only in words do not conflict.
 */
export async function conflictingFigures(db: Db, anchor: string | null, filter: HoldsFilter): Promise<FigureConflict[]> {
  const rows = await db.read<FigureRow>(
    `MATCH (reporter:Entity)-[r:REPORTS]->(event:Event)
     WHERE ${holds('r', '$', ['reporter', 'event'])} AND ($anchor IS NULL OR $anchor IN [event.id, reporter.id, r.whose])
     WITH event, reporter, r,
          COLLECT { MATCH (:Citation {about: r.id})-[:CITES]->(s:Source) RETURN DISTINCT s.id } AS citedBy,
          COLLECT { MATCH (st:Statement {about: r.id, aboutKind: 'RELATIONSHIP'}) RETURN properties(st) } AS statements
     WITH event, reporter, r,
          [{stated: properties(r), sources: [s IN citedBy WHERE NOT s IN [st IN statements | st.source]], answers: true}] +
          [st IN statements | {stated: st, sources: [st.source], answers: false}] AS stated
     UNWIND stated AS s
     WITH event, reporter, r, s WHERE s.stated.figure IS NOT NULL AND size(s.sources) > 0
     WITH event, reporter, r, s,
          COLLECT { MATCH (source:Source) WHERE source.id IN s.sources RETURN toString(source.publishedFrom) AS day ORDER BY day LIMIT 1 } AS days
     WITH event, r.category AS category, r.whose AS whose,
          collect({report: ${RELATIONSHIP_ROW('r')}, reporter: reporter.id, victims: r.victims,
                   stated: {figure: s.stated.figure, figureText: s.stated.figureText, qualifier: s.stated.qualifier, unit: s.stated.unit},
                   sources: s.sources, published: head(days), answers: s.answers}) AS figures
     WHERE size(figures) > 1
     RETURN {properties: ${entityProperties('event')}, labels: labels(event)} AS event, category, whose, figures
     ORDER BY event.name, category, whose`,
    { ...holdsParams(filter), anchor },
  );
  return rows.flatMap((row) => {
    const event = entityOf(row.event);
    if (!event) return [];
    return byVictims(row.figures).flatMap(({ victims, figures: group }) => {
      const figures: StatedFigure[] = group.map((f) => ({
        report: toRelationship(f.report),
        reporter: f.reporter,
        figure: Number(f.stated.figure),
        figureText: (f.stated.figureText as string | null) ?? null,
        qualifier: (f.stated.qualifier as string | null) ?? null,
        unit: (f.stated.unit as string | null) ?? null,
        sources: f.sources,
        published: f.published,
        answers: f.answers,
        revision: false,
      }));
      if (new Set(figures.map((f) => f.figure)).size < 2) return [];
      for (const figure of figures) {
        figure.revision = figures.some(
          (earlier) =>
            earlier.reporter === figure.reporter &&
            earlier.figure !== figure.figure &&
            earlier.published !== null &&
            figure.published !== null &&
            earlier.published < figure.published,
        );
      }
      figures.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.reporter.localeCompare(b.reporter));
      const reports = [...new Map(figures.map((f) => [f.report.id, f.report])).values()];
      return [{ event, category: row.category, whose: row.whose, victims, unit: (figures[0]?.unit ?? '').toLowerCase(), reports, figures }];
    });
  });
}

/** An item whose sources state different values for one field, each value with the sources that give it. */
export interface Disagreement {
  aboutKind: AboutKind;
  relationship: RelationshipRecord | null;
  entity: EntityRecord | null;
  field: string;
  values: { values: Record<string, unknown>; sources: string[]; answers: boolean }[];
}

type StatedRow = { citedBy: string[]; statements: Record<string, unknown>[] };

/**
 * Items two sources state with different values: for each compared field (src/model/statements.ts)
 * on which a statement differs from the answer, every value with its sources, the answer's first.
 */
export async function disagreements(db: Db, anchor: string | null, filter: HoldsFilter): Promise<Disagreement[]> {
  const stated = `
       COLLECT { MATCH (:Citation {about: x.id})-[:CITES]->(s:Source) RETURN DISTINCT s.id ORDER BY s.id } AS citedBy,
       COLLECT { MATCH (st:Statement {about: x.id}) WHERE st.aboutKind = $kind RETURN properties(st) AS st ORDER BY st.recordedAt } AS statements`;
  // The items with statements are few: found first, then each read by its type's id index.
  const about = await db.read<{ about: string; type: string | null; kind: AboutKind }>(
    'MATCH (st:Statement) RETURN DISTINCT st.about AS about, st.relType AS type, st.aboutKind AS kind',
  );
  const byType = new Map<RelationshipType, string[]>();
  for (const row of about) {
    if (row.kind === 'RELATIONSHIP' && row.type && isRelationshipType(row.type)) byType.set(row.type, [...(byType.get(row.type) ?? []), row.about]);
  }
  const relationshipRows = byType.size
    ? await db.read<RelationshipRow & StatedRow>(
        [...byType.keys()]
          .map(
            (type) => `MATCH (a:Entity)-[x:${type}]->(b:Entity)
       WHERE x.id IN $ids.${type} AND ${holds('x', '$', ['a', 'b'])} AND ($anchor IS NULL OR $anchor IN [a.id, b.id])
       RETURN ${relationshipProperties('x')} AS r, '${type}' AS type, a.id AS from, b.id AS to, ${stated}`,
          )
          .join('\nUNION ALL\n'),
        { ...holdsParams(filter), anchor, kind: 'RELATIONSHIP', ids: Object.fromEntries(byType) },
      )
    : [];
  const entities = about.filter((row) => row.kind === 'ENTITY').map((row) => row.about);
  const entityRows = await db.read<{ entity: EntityRow } & StatedRow>(
    `MATCH (x:Entity) WHERE x.id IN $ids AND ($anchor IS NULL OR x.id = $anchor) AND ${existsAt('x')}
     RETURN {properties: ${entityProperties('x')}, labels: labels(x)} AS entity, ${stated}`,
    { ...holdsParams(filter), anchor, kind: 'ENTITY', ids: entities },
  );
  const found: Disagreement[] = [];
  const add = (row: StatedRow, stored: Record<string, unknown>, keys: readonly string[], item: Pick<Disagreement, 'aboutKind' | 'relationship' | 'entity'>) => {
    const answering = answeringSources({ citedBy: row.citedBy, statements: new Map(row.statements.map((st) => [String(st.source), st])) });
    for (const field of keys.filter((key) => !key.endsWith('Precision'))) {
      const precision = field.replace(/Date$/, '') + 'Precision';
      const keyOf = (values: Record<string, unknown>) => `${String(values[field] ?? '')}|${String(values[precision] ?? values[`${field}Precision`] ?? '')}`;
      // A value one source gives and another leaves out is no disagreement: only stated values count.
      const groups = new Map<string, Disagreement['values'][number]>();
      if (stored[field] !== null && stored[field] !== undefined) groups.set(keyOf(stored), { values: stored, sources: [...answering], answers: true });
      for (const st of row.statements) {
        if (st[field] === null || st[field] === undefined) continue;
        const key = keyOf(st);
        const group = groups.get(key);
        if (group) group.sources.push(String(st.source));
        else groups.set(key, { values: st, sources: [String(st.source)], answers: false });
      }
      if (groups.size > 1) found.push({ ...item, field, values: [...groups.values()] });
    }
  };
  for (const row of relationshipRows) {
    const relationship = toRelationship(row);
    add(row, row.r, comparedRelationshipKeys(relationship.type as RelationshipType), { aboutKind: 'RELATIONSHIP', relationship, entity: null });
  }
  for (const row of entityRows) {
    const entity = entityOf(row.entity);
    if (entity) add(row, entity.properties, COMPARED_ENTITY_KEYS[entity.kind], { aboutKind: 'ENTITY', relationship: null, entity });
  }
  return found;
}
