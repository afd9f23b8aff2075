/**
 * The bulk path into an EMPTY database: documents are parsed and validated in order (each against
 * the ones before it, as the transactional importer would see them in the graph), written as store
 * files (graph/store-files.ts) with the same stored properties, citations and audit records, and
 * then built into the database by neo4j-admin while Neo4j is stopped. Documents that redefine an
 * item of an earlier one, or values the store files cannot hold, are refused here: the caller then
 * imports by transactions.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { GraphLookup } from '../graph/import-lookup.js';
import type { ImportReport } from '../graph/import-report.js';
import { ARRAY_DELIMITER, NotStorable, StoreFileWriter, type StoreFiles } from '../graph/store-files.js';
import { admin, type AdminOptions } from '../neo4j/admin.js';
import type { EntityKind } from '../model/vocabulary.js';
import { acceptedPart, type AcceptedPart } from './draft.js';
import { parseDocument } from '../model/parse.js';
import { validateDocument } from './validate.js';

/** Why a set of documents cannot take the bulk path; the transactional importer can still take them. */
export class NotBulkImportable extends Error {}

/** What the documents validated so far hold: the graph as the next document would find it. */
class DocumentsSoFar implements GraphLookup {
  readonly kinds = new Map<string, EntityKind>();
  readonly texts = new Map<string, string>();
  readonly ids = new Map<string, { type: string; from: string; to: string }>();

  async entityKinds(ids: string[]) {
    return new Map(ids.flatMap((id) => (this.kinds.has(id) ? [[id, this.kinds.get(id) as EntityKind] as const] : [])));
  }

  // An empty database has no past: nothing was merged or deleted.
  async pastEntities() {
    return new Map();
  }

  async sourceTexts(ids: string[]) {
    return new Map(ids.flatMap((id) => (this.texts.has(id) ? [[id, this.texts.get(id) as string] as const] : [])));
  }

  async relationships(ids: string[]) {
    const byId = new Map(
      ids.flatMap((id) => (this.ids.has(id) ? [[id, { ...(this.ids.get(id) as { type: string; from: string; to: string }), retracted: false }] as const] : [])),
    );
    return { byId, used: new Set(byId.keys()) };
  }
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
}

/** Validates the documents in order and writes them as store files into `folder`. */
export async function writeStoreFiles(documents: Iterable<BulkDocument> | AsyncIterable<BulkDocument>, folder: string, options: BulkOptions = {}) {
  const known = new DocumentsSoFar();
  const writer = new StoreFileWriter(folder);
  const reports: (ImportReport & Pick<AcceptedPart, 'skipped'>)[] = [];
  let done = 0;
  try {
    for await (const { text, file } of documents) {
      const { document, locate } = parseDocument(text, file);
      const accepted = acceptedPart(document);
      const validated = await validateDocument(accepted.document, locate, known, {
        file,
        originalPath: accepted.originalPath,
        ...(file ? { readTextFile: (name: string) => readFile(resolve(dirname(file), name), 'utf8') } : {}),
      });
      if (validated.existing.entities.size || validated.existing.relationships.size) {
        throw new NotBulkImportable(`${file ?? 'a document'} changes items an earlier document wrote; import these documents by transactions`);
      }
      const actor = options.actor ?? `import:${file ? basename(file) : 'document'}`;
      try {
        reports.push({ ...(await writer.add(validated, { actor, operation: 'IMPORT' })), skipped: accepted.skipped });
      } catch (error) {
        if (error instanceof NotStorable) throw new NotBulkImportable(`${file ?? 'a document'}: ${error.message}`);
        throw error;
      }
      for (const entity of validated.entities) known.kinds.set(entity.id, entity.kind);
      for (const source of validated.sources) known.texts.set(source.id, source.text);
      for (const relationship of validated.relationships)
        known.ids.set(relationship.id, { type: relationship.type, from: relationship.from, to: relationship.to });
      done += validated.entities.length + validated.relationships.length;
      options.onProgress?.(done);
    }
  } catch (error) {
    // Nothing half-written stays open: the caller removes the folder.
    await writer.abandon();
    throw error;
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
