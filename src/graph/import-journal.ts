/**
 * The journal of a large import written in parts: one (:ImportJournal) per document (named by a
 * hash of its content), updated in the same transaction as each part, so it says exactly which
 * parts landed; removed with the last part.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';

/** How many parts of the document an earlier run wrote (0 when none, or when it finished). */
export async function importJournalPartsDone(tx: ManagedTransaction, journal: string): Promise<number> {
  const { records } = await tx.run('MATCH (j:ImportJournal {id: $journal}) RETURN j.partsDone AS done', { journal });
  return (records[0]?.get('done') as number | undefined) ?? 0;
}

export async function recordImportPart(tx: ManagedTransaction, journal: string, done: number, parts: number, actor: string): Promise<void> {
  await tx.run(
    `MERGE (j:ImportJournal {id: $journal})
     ON CREATE SET j.startedAt = datetime(), j.actor = $actor, j.parts = $parts
     SET j.partsDone = $done, j.updatedAt = datetime()`,
    { journal, done: neo4j.int(done), parts: neo4j.int(parts), actor },
  );
}

export async function finishImportJournal(tx: ManagedTransaction, journal: string): Promise<void> {
  await tx.run('MATCH (j:ImportJournal {id: $journal}) DELETE j', { journal });
}
