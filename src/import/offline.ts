/**
 * The bulk path into an EMPTY database: documents are parsed and validated in order (each against
 * the ones before it, as the transactional importer would see them in the graph; in a large import
 * on a worker, import/bulk-validation.ts, while the documents before are written), written as store
 * files (graph/store-files.ts) with the same stored properties, citations and audit records, and
 * then built into the database by neo4j-admin while Neo4j is stopped. Documents that redefine an
 * item of an earlier one, or values the store files cannot hold, are refused here: the caller then
 * imports by transactions.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportReport } from '../graph/import-report.js';
import { ARRAY_DELIMITER, NotStorable, StoreFileWriter, type StoreFiles } from '../graph/store-files.js';
import { admin, type AdminOptions } from '../neo4j/admin.js';
import type { AcceptedPart } from './draft.js';
import { InOrder, NotBulkImportable, refusedError, type SoFar, type ToValidate, type Validated } from './bulk-validation.js';

export { NotBulkImportable };

// The validating worker is this module's sibling, run as this module is (TypeScript through tsx, or built JavaScript).
const VALIDATION = new URL(`./bulk-validation${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
/** Documents sent to be validated before the one being written is done: memory holds at most this many and one more. */
const AHEAD = 2;

// tsx's ESM entry for registering it (what `require` resolves is its CommonJS twin, beside it).
const TSX_API = () =>
  pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;

/**
 * How much document text is validated in this thread before a worker takes over: below it, starting
 * a worker (and loading the validator into it) costs more than it saves.
 */
const VALIDATE_AHEAD_FROM = 2 * 1024 * 1024;

/** A worker that validates documents in the order they are sent, going on from `soFar`; its answers come back in that order. */
function validator(soFar: SoFar) {
  // Run from TypeScript, the worker first registers tsx in itself: a worker does not inherit a loader.
  const worker = VALIDATION.pathname.endsWith('.ts')
    ? new Worker(`import(${JSON.stringify(TSX_API())})` + `.then((tsx) => { tsx.register(); return import(${JSON.stringify(VALIDATION.href)}); })`, {
        eval: true,
        workerData: soFar,
      })
    : new Worker(VALIDATION, { workerData: soFar });
  const waiting: { resolve: (answer: Validated) => void; reject: (error: Error) => void }[] = [];
  const fail = (error: Error) => {
    for (const { reject } of waiting.splice(0)) reject(error);
  };
  worker.on('message', (answer: Validated) => waiting.shift()?.resolve(answer));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the validating worker stopped (exit code ${code})`)));
  return {
    send(document: ToValidate): Promise<Validated> {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(document);
      });
    },
    stop: () => worker.terminate(),
  };
}

export interface BulkDocument {
  /** The document's JSON text. */
  text: string;
  /** Where it came from (messages, the audit trail, `textFile`s beside it); absent for text made in memory. */
  file?: string;
}

export interface BulkOptions {
  /** Who imports, for the audit trail; `import:<file>` by default, as the transactional importer. */
  actor?: string;
  /** Told after each document: items written so far. */
  onProgress?: (done: number) => void;
  /** From how many characters of documents on a worker validates ahead of the writing (2 MiB by default; 0 from the first). */
  validateAheadFrom?: number;
}

/**
 * Validates the documents in order and writes them as store files into `folder`. Once they pass
 * `validateAheadFrom` characters, a worker validates the next documents while this thread writes the
 * one before, so the two halves share the machine.
 */
export async function writeStoreFiles(documents: Iterable<BulkDocument> | AsyncIterable<BulkDocument>, folder: string, options: BulkOptions = {}) {
  const writer = new StoreFileWriter(folder);
  const inline = new InOrder();
  let validation: ReturnType<typeof validator> | undefined;
  let seen = 0;
  const reports: (ImportReport & Pick<AcceptedPart, 'skipped'>)[] = [];
  const inFlight: { file?: string; answer: Promise<Validated> }[] = [];
  let done = 0;
  const write = async ({ file, answer }: { file?: string; answer: Promise<Validated> }) => {
    const validated = await answer;
    if ('refused' in validated) throw refusedError(validated.refused);
    const actor = options.actor ?? `import:${file ? basename(file) : 'document'}`;
    try {
      reports.push({ ...(await writer.add(validated.validated, { actor, operation: 'IMPORT' })), skipped: validated.skipped });
    } catch (error) {
      if (error instanceof NotStorable) throw new NotBulkImportable(`${file ?? 'a document'}: ${error.message}`);
      throw error;
    }
    done += validated.validated.entities.length + validated.validated.relationships.length;
    options.onProgress?.(done);
  };
  try {
    for await (const { text, file } of documents) {
      // Validated here, one at a time, until the import turns out large enough for a worker to take over.
      if (!validation && seen >= (options.validateAheadFrom ?? VALIDATE_AHEAD_FROM)) validation = validator(inline.soFar());
      seen += text.length;
      const document = { text, ...(file ? { file } : {}) };
      inFlight.push({ ...(file ? { file } : {}), answer: validation ? validation.send(document) : Promise.resolve(await inline.validate(document)) });
      if (inFlight.length > AHEAD) await write(inFlight.shift() as (typeof inFlight)[number]);
    }
    while (inFlight.length) await write(inFlight.shift() as (typeof inFlight)[number]);
  } catch (error) {
    // Nothing half-written stays open: the caller removes the folder; answers still coming are not wanted.
    for (const { answer } of inFlight) answer.catch(() => undefined);
    await writer.abandon();
    throw error;
  } finally {
    await validation?.stop();
  }
  const files: StoreFiles = await writer.finish();
  return { files, reports };
}

/** neo4j-admin's arguments to build the database `neo4j` from the store files in `folder`. */
export function importArguments(folder: string, files: StoreFiles): string[] {
  return [
    'database',
    'import',
    'full',
    'neo4j',
    '--overwrite-destination=true',
    '--ignore-empty-strings=true',
    '--trim-strings=true',
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    // Multi-line parsing is much slower and cannot be split between threads: only files that need it get it.
    ...(files.multiline.length ? ['--multiline-fields-format=v2', `--multiline-fields=${files.multiline.join(',')}`] : ['--multiline-fields=false']),
    '--high-parallel-io=on',
    // Its report goes with the files it reads (removed after), not into whatever folder it ran from.
    `--report-file=${join(folder, 'import.report')}`,
    ...files.arguments,
  ];
}

/**
 * Builds the database of a STOPPED local Neo4j instance (its folder `homeDir`) from the documents:
 * store files written beside it, then `neo4j-admin database import full`, which replaces whatever
 * database the instance held — the caller makes sure it held nothing worth keeping. Constraints
 * and indexes come from the migrations when the instance next starts.
 */
export async function bulkImport(
  documents: Iterable<BulkDocument> | AsyncIterable<BulkDocument>,
  homeDir: string,
  options: BulkOptions & AdminOptions = {},
): Promise<Awaited<ReturnType<typeof writeStoreFiles>>> {
  await mkdir(join(homeDir, 'conf'), { recursive: true });
  const folder = await mkdtemp(join(homeDir, '.bulk-'));
  try {
    const written = await writeStoreFiles(documents, folder, options);
    await admin(homeDir, importArguments(folder, written.files), options, 'import', 'the documents');
    return written;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
