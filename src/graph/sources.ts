/**
 * Sources and citations: the documents facts come from, and the sentences in them that state each
 * fact about an entity or a relationship.
 */
import type { Db } from './db.js';
import { sourceProperties } from './projection.js';
import type { CitationRecord } from './records.js';

export interface SourceRecord {
  id: string;
  properties: Record<string, unknown>;
}

const SOURCES_BY_ID = `MATCH (s:Source) WHERE s.id IN $ids RETURN ${sourceProperties('s')} AS properties`;

export async function sourcesById(db: Db, ids: readonly string[]): Promise<SourceRecord[]> {
  const rows = await db.read<{ properties: Record<string, unknown> }>(SOURCES_BY_ID, { ids });
  return rows.map(({ properties }) => ({ id: String(properties.id), properties }));
}

const CITATIONS_ABOUT = `
MATCH (c:Citation) WHERE c.about IN $ids
MATCH (c)-[:CITES]->(s:Source)
OPTIONAL MATCH (c)-[:ASSERTED_BY]->(asserter:Entity)
OPTIONAL MATCH (c)-[:VIA]->(relay:Entity)
RETURN c.id AS id, c.about AS about, c.quote AS quote, c.note AS note,
       s.id AS sourceId, asserter.id AS assertedById, relay.id AS viaId
ORDER BY c.about, s.id, c.id`;

/** The citations for each of the given entity or relationship ids, in one query. */
export async function citationsAbout(db: Db, ids: readonly string[]): Promise<CitationRecord[][]> {
  const rows = await db.read<CitationRecord>(CITATIONS_ABOUT, { ids });
  const byAbout = new Map<string, CitationRecord[]>();
  for (const row of rows) byAbout.set(row.about, [...(byAbout.get(row.about) ?? []), row]);
  return ids.map((id) => byAbout.get(id) ?? []);
}

const ALL_SOURCES = `MATCH (s:Source) RETURN ${sourceProperties('s')} AS properties ORDER BY s.id`;

export async function allSources(db: Db): Promise<SourceRecord[]> {
  const rows = await db.read<{ properties: Record<string, unknown> }>(ALL_SOURCES);
  return rows.map(({ properties }) => ({ id: String(properties.id), properties }));
}
