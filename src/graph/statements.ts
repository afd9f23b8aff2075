/**
 * Each source's statement of an item, stored (the rule is in src/model/statements.ts). The item's
 * own properties are the answer: the statement of the sources that stated it first (its answering
 * sources: every source citing it that has no statement node of its own). Every other source's
 * values are a `(:Statement {id, about, aboutKind, relType, source, …values, recordedAt,
 * recordedBy})`, one per item and source, holding that source's values as the item stores them.
 * A statement is written by an import from a source that is not answering, kept when the answer
 * is replaced (the replaced values become their sources' statements), moved with its item when
 * entities merge and deleted with it.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Db } from './db.js';
import type { RelationshipType } from '../model/vocabulary.js';

export type AboutKind = 'ENTITY' | 'RELATIONSHIP';

/** A statement's id: one per item and source. Entity and relationship ids may coincide, so the kind is part of it. */
export const statementId = (aboutKind: AboutKind, about: string, source: string) => `${aboutKind === 'ENTITY' ? 'e' : 'r'}:${about}@${source}`;

/** Properties a statement holds beside the values: what it is about and who recorded it. */
export const STATEMENT_KEYS = ['id', 'about', 'aboutKind', 'relType', 'source', 'recordedAt', 'recordedBy', 'updatedAt', 'updatedBy'] as const;

/** An item's bookkeeping, which a statement copied from the item does not keep. */
const ITEM_BOOKKEEPING = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'retractedAt', 'retractedBy', 'retractionReason', 'mergedFrom'];

/** What the writer needs to know of an item that exists, per source the document cites for it. */
export interface StatedItem {
  id: string;
  /** The item's stored properties (the answer). */
  stored: Record<string, unknown>;
  /** Sources citing it now. */
  citedBy: string[];
  /** Its statements, by source. */
  statements: Map<string, Record<string, unknown>>;
}

/** The sources an item answers with: those citing it that have no statement of their own. */
export const answeringSources = (item: Pick<StatedItem, 'citedBy' | 'statements'>) => item.citedBy.filter((source) => !item.statements.has(source));

const STATED = `
RETURN row.id AS id, properties(x) AS stored,
       COLLECT { MATCH (:Citation {about: row.id})-[:CITES]->(s:Source) RETURN DISTINCT s.id } AS citedBy,
       COLLECT { MATCH (st:Statement {about: row.id, aboutKind: $aboutKind}) RETURN properties(st) } AS statements`;

/**
 * How the writer finds existing relationships of a type: between their ends (each by the entity id
 * index), the type a parameter, so every type shares one plan.
 */
const STATED_RELATIONSHIPS = `
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[x]->(:Entity {id: row.to})
WHERE x.id = row.id AND type(x) = $type
${STATED}`;
const STATED_ENTITIES = `
UNWIND $rows AS row
MATCH (x:Entity {id: row.id})
${STATED}`;

/** The stored state of existing items, for the writer to tell restating, corroborating and contesting apart. */
export async function statedItems(
  tx: ManagedTransaction,
  rows: { id: string; from?: string; to?: string }[],
  about: { kind: 'ENTITY' } | { kind: 'RELATIONSHIP'; type: RelationshipType },
): Promise<Map<string, StatedItem>> {
  if (!rows.length) return new Map();
  const query = about.kind === 'ENTITY' ? STATED_ENTITIES : STATED_RELATIONSHIPS;
  const { records } = await tx.run(query, { rows, aboutKind: about.kind, type: about.kind === 'RELATIONSHIP' ? about.type : null });
  return new Map(
    records.map((record) => {
      const statements = record.get('statements') as Record<string, unknown>[];
      return [
        record.get('id') as string,
        {
          id: record.get('id') as string,
          stored: record.get('stored') as Record<string, unknown>,
          citedBy: record.get('citedBy') as string[],
          statements: new Map(statements.map((st) => [String(st.source), st])),
        },
      ];
    }),
  );
}

export interface StatementRow {
  id: string;
  about: string;
  source: string;
  /** The values the source states; with `copyAnswer`, the item's own values are taken instead. */
  props: Record<string, unknown>;
  copyAnswer?: boolean;
  /** A relationship's ends, where its statement is found. */
  from?: string;
  to?: string;
}

const WRITE_STATEMENTS = (match: string, aboutKind: AboutKind) => `
UNWIND $rows AS row
${match}
MERGE (st:Statement {id: row.id})
ON CREATE SET st.recordedAt = $now, st.recordedBy = $actor
ON MATCH SET st.updatedAt = $now, st.updatedBy = $actor
WITH st, x, row
CALL (st, x, row) {
  WITH st, x, row WHERE row.copyAnswer
  SET st += properties(x)
  REMOVE ${ITEM_BOOKKEEPING.map((key) => `st.${key}`).join(', ')}
}
CALL (st, row) {
  WITH st, row WHERE NOT row.copyAnswer
  SET st += row.props
}
SET st.id = row.id, st.about = row.about, st.aboutKind = '${aboutKind}', st.relType = $type, st.source = row.source`;

// A relationship is found between its ends, its type a parameter: one plan for every type.
const WRITE_RELATIONSHIP_STATEMENTS = WRITE_STATEMENTS(
  'MATCH (:Entity {id: row.from})-[x]->(:Entity {id: row.to}) WHERE x.id = row.about AND type(x) = $type',
  'RELATIONSHIP',
);
const WRITE_ENTITY_STATEMENTS = WRITE_STATEMENTS('MATCH (x:Entity {id: row.about})', 'ENTITY');

/**
 * Writes statements (one per item and source; a source's statement written again is replaced by
 * what it now states). `type` names a relationship type (from the whitelist), absent for entities;
 * a relationship's rows carry its ends.
 */
export async function writeStatements(
  tx: ManagedTransaction,
  rows: StatementRow[],
  type: RelationshipType | undefined,
  stamp: { now: unknown; actor: string },
): Promise<void> {
  if (!rows.length) return;
  await tx.run(type ? WRITE_RELATIONSHIP_STATEMENTS : WRITE_ENTITY_STATEMENTS, {
    rows: rows.map((row) => ({ ...row, copyAnswer: Boolean(row.copyAnswer) })),
    type: type ?? null,
    ...stamp,
  });
}

/** Removes statements by id: a source whose values became the answer answers now. */
export async function removeStatements(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length) await tx.run('UNWIND $ids AS id MATCH (st:Statement {id: id}) DELETE st', { ids });
}

/** Moves an entity's statements to the entity it was merged into (a source's statement the survivor already has wins). */
export async function moveEntityStatements(tx: ManagedTransaction, from: string, to: string): Promise<void> {
  await tx.run(
    `MATCH (st:Statement {about: $from, aboutKind: 'ENTITY'})
     OPTIONAL MATCH (kept:Statement {about: $to, aboutKind: 'ENTITY', source: st.source})
     WITH st, kept
     CALL (st, kept) { WITH st, kept WHERE kept IS NOT NULL DELETE st }
     CALL (st, kept) { WITH st, kept WHERE kept IS NULL SET st.about = $to, st.id = 'e:' + $to + '@' + st.source }`,
    { from, to },
  );
}

/** Deletes the statements about the given items (deleted with them). */
export async function deleteStatementsAbout(tx: ManagedTransaction, ids: string[], aboutKind: AboutKind): Promise<void> {
  if (ids.length) await tx.run('UNWIND $ids AS id MATCH (st:Statement {about: id, aboutKind: $aboutKind}) DELETE st', { ids, aboutKind });
}

/** One source's statement of an item, as read for the API. */
export interface StatementRecord {
  about: string;
  aboutKind: AboutKind;
  source: string;
  /** Whether the item answers with this statement's values (a source that stated it first, or that replaced them). */
  answers: boolean;
  /** The values stated, as stored (for an answering source: the item's own). */
  values: Record<string, unknown>;
  recordedAt: unknown;
  recordedBy: string | null;
}

/**
 * Every source's statement of each item, answering sources first (in source order), then the
 * others in the order they were recorded. `asKnownAt` leaves out statements recorded after it.
 */
export async function statementsAbout(
  db: Db,
  items: { id: string; kind: AboutKind; stored: Record<string, unknown> }[],
  asKnownAt?: Date | null,
): Promise<StatementRecord[][]> {
  if (!items.length) return [];
  const rows = await db.read<{ id: string; citedBy: string[]; statements: Record<string, unknown>[] }>(
    `UNWIND $items AS item
     RETURN item.id AS id,
            COLLECT { MATCH (:Citation {about: item.id})-[:CITES]->(s:Source) RETURN DISTINCT s.id ORDER BY s.id } AS citedBy,
            COLLECT { MATCH (st:Statement {about: item.id, aboutKind: item.kind})
                      WHERE $asKnownAt IS NULL OR st.recordedAt <= datetime($asKnownAt)
                      RETURN properties(st) AS st ORDER BY st.recordedAt, st.source } AS statements`,
    { items: items.map(({ id, kind }) => ({ id, kind })), asKnownAt: asKnownAt ? asKnownAt.toISOString() : null },
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return items.map(({ id, kind, stored }) => {
    const row = byId.get(id);
    if (!row) return [];
    const stated = new Map(row.statements.map((st) => [String(st.source), st]));
    const answering = answeringSources({ citedBy: row.citedBy, statements: stated });
    const answer = answering.map((source) => ({
      about: id,
      aboutKind: kind,
      source,
      answers: true,
      values: stored,
      recordedAt: stored.createdAt ?? null,
      recordedBy: (stored.createdBy as string) ?? null,
    }));
    const others = row.statements.map((st) => ({
      about: id,
      aboutKind: kind,
      source: String(st.source),
      answers: false,
      values: st,
      recordedAt: st.recordedAt ?? null,
      recordedBy: (st.recordedBy as string) ?? null,
    }));
    return [...answer, ...others];
  });
}
