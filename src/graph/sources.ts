/**
 * Sources and citations: the documents facts come from, and the sentences in them that state each
 * fact about an entity or a relationship.
 */
import type { Db } from './db.js';
import { sourceProperties, type Keys } from './projection.js';
import type { CitationRecord } from './records.js';

export interface SourceRecord {
  id: string;
  properties: Record<string, unknown>;
}

/** What a source is without its text: the listing a table of sources needs, however long the texts. */
const LISTED = [
  'title',
  'publisher',
  'url',
  'language',
  'originalLanguage',
  'note',
  'publishedFrom',
  'publishedFromPrecision',
  'publishedTo',
  'publishedToPrecision',
  'publishedNote',
];
const sourcesByIdQuery = (keys: Keys) => `MATCH (s:Source) WHERE s.id IN $ids RETURN ${sourceProperties('s', keys)} AS properties`;
const SOURCES_BY_ID = sourcesByIdQuery('all');
const LISTED_BY_ID = sourcesByIdQuery(LISTED);

/** Sources by id, with their texts unless `text` is false. */
export async function sourcesById(db: Db, ids: readonly string[], { text = true } = {}): Promise<SourceRecord[]> {
  const rows = await db.read<{ properties: Record<string, unknown> }>(text ? SOURCES_BY_ID : LISTED_BY_ID, { ids });
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
