/**
 * npm run import -- <file.json> [...]: imports conflict-graph/v1 documents (and reviewed drafts)
 * into the graph the server uses: NEO4J_URI, else the embedded default — the one `npm start` is
 * running, when it is, else started for the import and stopped after. Large files show progress;
 * any failure ends in one line that says what happened and what to do (`--debug` for the details).
 * With `--bulk`, documents go into an embedded default that has no database yet by the bulk path
 * (the same validation, citations and audit records, built by neo4j-admin while Neo4j is stopped).
 * With `--format acled` or `--format ucdp-ged`, the files are event-dataset CSV files
 * (src/import/dataset-file.ts), and the report says which of their actors and places were matched
 * to the graph's entities and which are new. With `--format stix`, the files are STIX 2.1 bundles
 * (src/import/stix.ts).
 */
import { readFile } from 'node:fs/promises';
import { loadConfig, type Neo4jSettings } from '../config.js';
import { Db, TransactionTooLarge } from '../graph/db.js';
import { migrate } from '../graph/migrations.js';
import { ImportInterrupted, ImportRejected, NothingAccepted, importDocumentText, importFile, summarize, type ImportResult } from '../import/index.js';
import { stixToDocument } from '../import/stix.js';
import { bulkImport, NotBulkImportable } from '../import/offline.js';
import { createDriver, type Neo4jConnection } from '../neo4j/connection.js';
import { EMBEDDED_INSTANCE, hasDatabase, OfflineRefused, offlineInstance, relativePath } from '../neo4j/embedded.js';
import { Neo4jUnavailable, provisionNeo4j } from '../neo4j/provision.js';
import { progress } from './progress.js';
import { ACLED } from '../import/acled.js';
import { UCDP_GED } from '../import/ucdp.js';
import { importDataset, type DatasetFormat, type DatasetImportResult } from '../import/dataset-file.js';

const args = process.argv.slice(2);
const debug = args.includes('--debug');
const bulk = args.includes('--bulk');
const formatAt = args.indexOf('--format');
const format = formatAt >= 0 ? args[formatAt + 1] : undefined;
const DATASETS: Record<string, DatasetFormat> = { acled: ACLED, 'ucdp-ged': UCDP_GED };
const files = args.filter((arg, index) => arg !== '--debug' && arg !== '--bulk' && index !== formatAt && (formatAt < 0 || index !== formatAt + 1));
if (!files.length || (formatAt >= 0 && !(format && (Object.hasOwn(DATASETS, format) || format === 'stix'))) || (format && bulk)) {
  console.error('usage: npm run import -- <file.json> [more.json ...] [--bulk] [--debug]');
  console.error('       npm run import -- --format acled|ucdp-ged <file.csv> [more.csv ...] [--debug]');
  console.error('       npm run import -- --format stix <bundle.json> [more.json ...] [--debug]');
  process.exit(2);
}
const log = (message: string) => console.error(`neo4j: ${message}`);

/** One line a person can act on, for any way an import can fail. */
function explain(error: unknown): string {
  if (error instanceof ImportRejected || error instanceof OfflineRefused) return error.message;
  if (error instanceof NotBulkImportable) return `${error.message} (drop --bulk)`;
  if (error instanceof ImportInterrupted) {
    const cause =
      error.cause instanceof TransactionTooLarge
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

/** What one file's import did; `seconds` when it was timed on its own. */
function report(file: string, result: ImportResult, seconds?: number) {
  const summary = summarize(result);
  const resumed = result.parts.resumed ? `, ${result.parts.resumed} of them written by an earlier run` : '';
  const parts = result.parts.total > 1 ? ` in ${result.parts.total} transactions${resumed}` : '';
  console.log(`${file}: imported${seconds === undefined ? '' : ` in ${seconds.toFixed(2)} s`}${parts}`);
  for (const [what, counts] of Object.entries(summary)) {
    const joined =
      what === 'entities' || what === 'relationships'
        ? `, ${counts.corroborated} corroborated, ${counts.contested} contested, ${counts.replaced} replaced`
        : '';
    console.log(`  ${what}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged${joined}`);
  }
  for (const { id, to } of result.redirected) console.log(`  note: "${id}" was merged into "${to}", so it was read as "${to}"`);
  const skipped = result.skipped.entities.length + result.skipped.relationships.length;
  if (skipped) {
    console.log(`  skipped (not accepted in review): ${result.skipped.entities.length} entities, ${result.skipped.relationships.length} relationships`);
  }
}

/** Names listed in a dataset import's report, of each outcome, before the rest are counted. */
const SHOWN = 100;

/** What a dataset file's import did, and how its names were resolved onto the graph. */
function reportDataset(file: string, result: DatasetImportResult, seconds: number) {
  console.log(
    `${file}: imported ${result.rows} rows in ${seconds.toFixed(2)} s (${(result.rows / Math.max(seconds, 0.001)).toFixed(1)} rows/s) in ${result.parts} transactions`,
  );
  for (const [what, counts] of Object.entries(result.summary)) {
    const joined =
      what === 'entities' || what === 'relationships'
        ? `, ${counts.corroborated} corroborated, ${counts.contested} contested, ${counts.replaced} replaced`
        : '';
    console.log(`  ${what}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged${joined}`);
  }
  const list = (lines: string[], what: string) => {
    for (const line of lines.slice(0, SHOWN)) console.log(line);
    if (lines.length > SHOWN) console.log(`  … and ${lines.length - SHOWN} more ${what}`);
  };
  list(
    result.resolutions
      .filter((r) => r.outcome === 'matched' && r.raw !== r.name)
      .map((r) => `  matched: “${r.raw}” is the graph's ${r.id} (${r.name}), ${r.how}`),
    'matched names',
  );
  list(
    result.resolutions
      .filter((r) => r.outcome === 'new')
      .map((r) => `  new: “${r.raw}” ${r.how === 'not in the graph' ? 'matched nothing in the graph' : r.how}: created as ${r.id}`),
    'new entities',
  );
  if (result.contested.length) console.log(`  contested (another source states them differently): ${result.contested.join(', ')}`);
}

/** Each dataset file checked whole, then imported in parts, into the running or started Neo4j. */
async function importDatasets(connection: Neo4jConnection, dataset: DatasetFormat): Promise<void> {
  const driver = createDriver(connection);
  try {
    await migrate(driver, { database: connection.database });
    const db = new Db(driver, connection.database);
    for (const file of files) {
      let bar = progress(`${file} (checking)`, 'rows');
      let phase = 'checking';
      try {
        const started = performance.now();
        const result = await importDataset(db, file, dataset, {
          onProgress: (now, done, total) => {
            if (now !== phase) {
              bar.stop();
              bar = progress(file, 'rows');
              phase = now;
            }
            bar.update(done, total);
          },
        });
        bar.stop();
        reportDataset(file, result, (performance.now() - started) / 1000);
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
}

/** Each file in its own import (large ones in parts), into the running or started Neo4j. */
async function importByTransactions(connection: Neo4jConnection): Promise<void> {
  const driver = createDriver(connection);
  try {
    await migrate(driver, { database: connection.database });
    const db = new Db(driver, connection.database);
    for (const file of files) {
      const bar = progress(file, 'items');
      try {
        const started = performance.now();
        const onProgress = ({ done, total }: { done: number; total: number }) => bar.update(done, total);
        let result: ImportResult;
        if (format === 'stix') {
          const { document, skipped } = stixToDocument(await readFile(file, 'utf8'), file);
          result = await importDocumentText(db, JSON.stringify(document), { file, onProgress });
          for (const [type, count] of Object.entries(skipped))
            console.log(`${file}: skipped ${count} ${type} object(s): nothing in the graph's model to hold them`);
        } else result = await importFile(db, file, undefined, onProgress);
        bar.stop();
        report(file, result, (performance.now() - started) / 1000);
      } catch (error) {
        bar.stop();
        // Not a failure: there was nothing to import, and nothing was written (the exit code stays 0).
        if (error instanceof NothingAccepted) {
          console.log(error.message);
          continue;
        }
        failed = true;
        console.error(error instanceof ImportRejected ? error.message : `${file}: ${explain(error)}`);
        if (debug) console.error(error);
      }
    }
  } finally {
    await driver.close();
  }
}

/**
 * The bulk path: refused unless the embedded default is stopped and has no database, so it never
 * replaces a graph. Neo4j then starts on the new store to build its constraints and indexes.
 */
async function importInBulk(settings: Neo4jSettings): Promise<void> {
  const homeDir = await offlineInstance({ settings, log }, 'npm run import -- --bulk', 'build a database', { needsDatabase: false });
  if (hasDatabase(homeDir)) {
    throw new OfflineRefused(
      `the embedded database in ${relativePath(homeDir)} already holds a graph, and --bulk only builds one where there is none: ` +
        `import without --bulk (by transactions), or move ${relativePath(homeDir)} aside to start afresh.`,
    );
  }
  const started = performance.now();
  const bar = progress('bulk import', 'files');
  const documents = async function* () {
    for (const [index, file] of files.entries()) {
      bar.update(index, files.length);
      yield { text: await readFile(file, 'utf8'), file };
    }
    bar.update(files.length, files.length);
  };
  let reports;
  try {
    ({ reports } = await bulkImport(documents(), homeDir, { log }));
  } finally {
    bar.stop();
  }
  neo4j = await provisionNeo4j(settings, { instance: EMBEDDED_INSTANCE, whenBusy: 'private', log });
  const driver = createDriver(neo4j.connection);
  try {
    await migrate(driver, { database: neo4j.connection.database });
    await driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database: neo4j.connection.database });
  } finally {
    await driver.close();
  }
  const seconds = (performance.now() - started) / 1000;
  reports.forEach((result, index) => report(files[index] as string, { ...result, parts: { total: 1, resumed: 0 }, redirected: [] }));
  console.log(`bulk import: ${files.length} files built into ${relativePath(homeDir)} in ${seconds.toFixed(1)} s; npm start serves it`);
}

let failed = false;
let neo4j: Awaited<ReturnType<typeof provisionNeo4j>> | undefined;
try {
  const settings = loadConfig().neo4j;
  if (bulk) await importInBulk(settings);
  else {
    neo4j = await provisionNeo4j(settings, { instance: EMBEDDED_INSTANCE, whenBusy: 'share', log });
    if (format && format !== 'stix') await importDatasets(neo4j.connection, DATASETS[format] as DatasetFormat);
    else await importByTransactions(neo4j.connection);
  }
} catch (error) {
  failed = true;
  // Neo4jUnavailable says, over a few lines, what to install; anything else fits on one.
  console.error(error instanceof Neo4jUnavailable ? error.message : `import: ${explain(error)}`);
  if (debug) console.error(error);
} finally {
  await neo4j?.stop();
}
process.exit(failed ? 1 : 0);
