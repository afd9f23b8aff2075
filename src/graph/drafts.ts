/**
 * Drafts kept in the graph: a report's text drafted into a conflict-graph/v1 document (src/extract/)
 * and reviewed item by item, so a review survives a closed browser and can be picked up by a
 * colleague. A (:Draft) holds the document as JSON text and a revision number that every change
 * raises; each change also leaves a (:DraftEvent) with who, when, what and the item as it was
 * before, so nothing an analyst did is lost. This layer stores and reads; what a change means is
 * decided above it.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { Conflict, NotFound } from '../errors.js';
import type { Db } from './db.js';

export const DRAFT_STATUSES = {
  OPEN: 'Being reviewed; nothing of it is in the graph yet (or more may be imported).',
  IMPORTED: 'Its accepted items were imported into the graph.',
  DISCARDED: 'Set aside by a reviewer; kept, but no longer offered for review.',
} as const;
export type DraftStatus = keyof typeof DRAFT_STATUSES;

export interface DraftRecord {
  id: string;
  title: string;
  status: DraftStatus;
  revision: number;
  /** The draft document, as JSON text. */
  document: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  importedAt: string | null;
  importedBy: string | null;
}

/** One change to a draft, as the history shows it. */
export interface DraftEventRecord {
  revision: number;
  at: string;
  by: string;
  /** What was done: DRAFTED, ACCEPTED, REJECTED, PROPOSED, EDITED, LINKED, IMPORTED, DISCARDED. */
  action: string;
  /** The items it touched, by id. */
  items: string[];
  note: string | null;
  /** The touched items as they were before, as JSON text (absent for the first draft). */
  before: string | null;
}

const DRAFT_FIELDS = `d.id AS id, d.title AS title, d.status AS status, d.revision AS revision, d.document AS document,
  toString(d.createdAt) AS createdAt, d.createdBy AS createdBy, toString(d.updatedAt) AS updatedAt, d.updatedBy AS updatedBy,
  toString(d.importedAt) AS importedAt, d.importedBy AS importedBy`;

export async function createDraft(tx: ManagedTransaction, draft: { id: string; title: string; document: string; by: string }): Promise<DraftRecord> {
  const { records } = await tx.run(
    `CREATE (d:Draft {id: $id, title: $title, status: 'OPEN', revision: 1, document: $document,
                      createdAt: datetime(), createdBy: $by, updatedAt: datetime(), updatedBy: $by})
     CREATE (:DraftEvent {revision: 1, at: datetime(), by: $by, action: 'DRAFTED', items: [], note: null, before: null})-[:OF]->(d)
     RETURN ${DRAFT_FIELDS}`,
    draft,
  );
  return records[0]?.toObject() as DraftRecord;
}

export async function draftById(db: Db, id: string): Promise<DraftRecord | undefined> {
  const [row] = await db.read<DraftRecord>(`MATCH (d:Draft {id: $id}) RETURN ${DRAFT_FIELDS}`, { id });
  return row;
}

/** Reads a draft inside a write transaction, locking it so two changes to one draft take turns. */
export async function draftForUpdate(tx: ManagedTransaction, id: string): Promise<DraftRecord> {
  const { records } = await tx.run(`MATCH (d:Draft {id: $id}) SET d._lock = true REMOVE d._lock RETURN ${DRAFT_FIELDS}`, { id });
  const row = records[0]?.toObject() as DraftRecord | undefined;
  if (!row) throw new NotFound('draft', id);
  return row;
}

/** Drafts, newest first, optionally of one status: without their documents (they can be large). */
export async function listDrafts(db: Db, { status, limit }: { status?: DraftStatus | null; limit: number }): Promise<Omit<DraftRecord, 'document'>[]> {
  return db.read(
    `MATCH (d:Draft) WHERE $status IS NULL OR d.status = $status
     WITH d ORDER BY d.createdAt DESC, d.id LIMIT $limit
     RETURN d.id AS id, d.title AS title, d.status AS status, d.revision AS revision,
       toString(d.createdAt) AS createdAt, d.createdBy AS createdBy, toString(d.updatedAt) AS updatedAt, d.updatedBy AS updatedBy,
       toString(d.importedAt) AS importedAt, d.importedBy AS importedBy`,
    { status: status ?? null, limit: neo4j.int(limit) },
  );
}

export interface DraftChange {
  /** The revision the writer last saw; the change is refused if the draft has moved on. Absent: any. */
  expectedRevision?: number | null;
  document?: string;
  status?: DraftStatus;
  by: string;
  action: string;
  items: string[];
  note?: string | null;
  before?: string | null;
}

/** Applies a change to a draft read with draftForUpdate in the same transaction; returns it as it now is. */
export async function changeDraft(tx: ManagedTransaction, current: DraftRecord, change: DraftChange): Promise<DraftRecord> {
  if (change.expectedRevision != null && change.expectedRevision !== current.revision) {
    throw new Conflict(
      `The draft changed since revision ${change.expectedRevision} (it is at ${current.revision}, last changed by ${current.updatedBy}); reload it and try again.`,
    );
  }
  const { records } = await tx.run(
    `MATCH (d:Draft {id: $id})
     SET d.revision = d.revision + 1, d.updatedAt = datetime(), d.updatedBy = $by,
         d.document = coalesce($document, d.document), d.status = coalesce($status, d.status)
     FOREACH (_ IN CASE WHEN $status = 'IMPORTED' THEN [1] ELSE [] END | SET d.importedAt = datetime(), d.importedBy = $by)
     CREATE (:DraftEvent {revision: d.revision, at: datetime(), by: $by, action: $action, items: $items, note: $note, before: $before})-[:OF]->(d)
     RETURN ${DRAFT_FIELDS}`,
    {
      id: current.id,
      by: change.by,
      document: change.document ?? null,
      status: change.status ?? null,
      action: change.action,
      items: change.items,
      note: change.note ?? null,
      before: change.before ?? null,
    },
  );
  return records[0]?.toObject() as DraftRecord;
}

/** A draft's history, oldest first. */
export async function draftEvents(db: Db, id: string): Promise<DraftEventRecord[]> {
  return db.read<DraftEventRecord>(
    `MATCH (e:DraftEvent)-[:OF]->(:Draft {id: $id})
     RETURN e.revision AS revision, toString(e.at) AS at, e.by AS by, e.action AS action, e.items AS items, e.note AS note, e.before AS before
     ORDER BY e.revision`,
    { id },
  );
}
