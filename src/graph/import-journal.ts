/**
 * The journal of a large import written in parts: one (:ImportJournal) per document (named by a
 * hash of its content), updated in the same transaction as each part, so it says exactly which
 * parts landed, whatever order parallel parts commit in; removed once every part has.
 */
import neo4j, { type Integer, type ManagedTransaction } from 'neo4j-driver';

/** The numbers (from 1) of the parts an earlier run wrote: none when there was none, or when it finished. */
export async function importJournalPartsWritten(tx: ManagedTransaction, journal: string): Promise<Set<number>> {
  const { records } = await tx.run('MATCH (j:ImportJournal {id: $journal}) RETURN coalesce(j.partsWritten, []) AS parts', { journal });
  return new Set(((records[0]?.get('parts') as Integer[] | undefined) ?? []).map((part) => neo4j.integer.toNumber(part)));
}

/** Notes one part as written; the journal is created with the first. */
export async function recordImportPart(tx: ManagedTransaction, journal: string, part: number, parts: number, actor: string): Promise<void> {
  await tx.run(
    `MERGE (j:ImportJournal {id: $journal})
     ON CREATE SET j.startedAt = datetime(), j.actor = $actor, j.parts = $parts, j.partsWritten = []
     SET j.partsWritten = j.partsWritten + $part, j.updatedAt = datetime()`,
    { journal, part: neo4j.int(part), parts: neo4j.int(parts), actor },
  );
}

export async function finishImportJournal(tx: ManagedTransaction, journal: string): Promise<void> {
  await tx.run('MATCH (j:ImportJournal {id: $journal}) DELETE j', { journal });
}
