/**
 * npm run import -- <file.json> [...]: imports conflict-graph/v1 documents (and reviewed drafts)
 * into the graph the server uses: NEO4J_URI, else the embedded default — the one `npm start` is
 * running, when it is, else started for the import and stopped after. Large files show progress;
 * any failure ends in one line that says what happened and what to do (`--debug` for the details).
 */
import { loadConfig } from '../config.js';
import { Db, TransactionTooLarge } from '../graph/db.js';
import { migrate } from '../graph/migrations.js';
import { ImportInterrupted, ImportRejected, importFile, summarize, type ImportResult } from '../import/index.js';
import { createDriver } from '../neo4j/connection.js';
import { Neo4jUnavailable, provisionNeo4j } from '../neo4j/provision.js';
import { progress } from './progress.js';

const args = process.argv.slice(2);
const debug = args.includes('--debug');
const files = args.filter((arg) => arg !== '--debug');
if (!files.length) {
  console.error('usage: npm run import -- <file.json> [more.json ...] [--debug]');
  process.exit(2);
}

/** One line a person can act on, for any way an import can fail. */
function explain(error: unknown): string {
  if (error instanceof ImportRejected) return error.message;
  if (error instanceof ImportInterrupted) {
    const cause = error.cause instanceof TransactionTooLarge
      ? 'it needed more memory than Neo4j allows one transaction (raise NEO4J_LOCAL_HEAP, or db.memory.transaction.max on your own server)'
      : explain(error.cause);
    return `${error.message}. Cause: ${cause}`;
  }
  if (error instanceof TransactionTooLarge) {
    return 'the import needed more memory than Neo4j allows one transaction; nothing was written. Raise NEO4J_LOCAL_HEAP (or db.memory.transaction.max on your own server) and run it again';
  }
  const code = (error as { code?: string }).code ?? '';
  if (code === 'ENOENT') return `cannot read ${(error as { path?: string }).path ?? 'the file'}: no such file`;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return 'Neo4j stopped answering during the import; nothing of the failed transaction was written. Check that Neo4j is up (curl localhost:4000/ready) and run the same import again';
  }
  return `the import failed: ${(error as Error).message?.split('\n')[0] ?? String(error)}`;
}

function report(file: string, result: ImportResult, seconds: number) {
  const summary = summarize(result);
  const resumed = result.parts.resumed ? `, ${result.parts.resumed} of them written by an earlier run` : '';
  const parts = result.parts.total > 1 ? ` in ${result.parts.total} transactions${resumed}` : '';
  console.log(`${file}: imported in ${seconds.toFixed(2)} s${parts}`);
  for (const [what, counts] of Object.entries(summary)) {
    console.log(`  ${what}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`);
  }
  const skipped = result.skipped.entities.length + result.skipped.relationships.length;
  if (skipped) {
    console.log(
      `  skipped (not accepted in review): ${result.skipped.entities.length} entities, ${result.skipped.relationships.length} relationships`,
    );
  }
}

let failed = false;
let neo4j: Awaited<ReturnType<typeof provisionNeo4j>> | undefined;
try {
  neo4j = await provisionNeo4j(loadConfig().neo4j, { instance: 'dev', whenBusy: 'share', log: (message) => console.error(`neo4j: ${message}`) });
  const driver = createDriver(neo4j.connection);
  try {
    await migrate(driver, { database: neo4j.connection.database });
    const db = new Db(driver, neo4j.connection.database);
    for (const file of files) {
      const bar = progress(file, 'items');
      try {
        const started = performance.now();
        const result = await importFile(db, file, undefined, ({ done, total }) => bar.update(done, total));
        bar.stop();
        report(file, result, (performance.now() - started) / 1000);
      } catch (error) {
        bar.stop();
        failed = true;
        console.error(error instanceof ImportRejected ? error.message : `${file}: ${explain(error)}`);
        if (debug) console.error(error);
      }
    }
  } finally {
    await driver.close();
  }
} catch (error) {
  failed = true;
  // Neo4jUnavailable says, over a few lines, what to install; anything else fits on one.
  console.error(error instanceof Neo4jUnavailable ? error.message : `import: ${(error as Error).message?.split('\n')[0] ?? String(error)}`);
  if (debug) console.error(error);
} finally {
  await neo4j?.stop();
}
process.exit(failed ? 1 : 0);
