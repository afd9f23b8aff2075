/**
 * Imports a conflict-graph/v1 document: parse (line-numbered errors), validate against the graph,
 * write — all in one transaction, so an invalid document writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Db } from '../graph/db.js';
import { transactionLookup, writeDocument, type Audit, type ImportReport, type Outcome } from '../graph/import.js';
import { acceptedPart, type AcceptedPart } from './draft.js';
import type { ImportDocument } from './format.js';
import { parseDocument, type Locate } from './parse.js';
import { validateDocument, type ValidateOptions } from './validate.js';

export { ImportRejected, type ImportProblem } from './parse.js';
export type { ImportReport } from '../graph/import.js';

export interface ImportOptions extends ValidateOptions {
  /** Who imports, for the audit trail. */
  actor?: string;
}

/** What an import wrote, and which drafted items it left out because no reviewer accepted them. */
export interface ImportResult extends ImportReport {
  skipped: AcceptedPart['skipped'];
}

/**
 * Validates a parsed document against the graph and writes it, inside the caller's transaction. Of
 * a draft, only the items a reviewer accepted are validated and written.
 */
export async function applyDocument(
  tx: ManagedTransaction,
  document: ImportDocument,
  locate: Locate,
  audit: Audit,
  options: ValidateOptions = {},
): Promise<ImportResult> {
  const accepted = acceptedPart(document);
  const validated = await validateDocument(accepted.document, locate, transactionLookup(tx), {
    ...options,
    originalPath: accepted.originalPath,
  });
  return { ...(await writeDocument(tx, validated, audit)), skipped: accepted.skipped };
}

export async function importDocumentText(db: Db, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { document, locate } = parseDocument(text, options.file);
  const audit = { actor: options.actor ?? `import:${options.file ? basename(options.file) : 'document'}`, operation: 'IMPORT' };
  return db.writeTransaction((tx) => applyDocument(tx, document, locate, audit, options));
}

/** Imports a file; a source's `textFile` is read relative to the file. */
export async function importFile(db: Db, path: string, actor?: string): Promise<ImportResult> {
  const text = await readFile(path, 'utf8');
  return importDocumentText(db, text, {
    file: path,
    actor,
    readTextFile: (name) => readFile(resolve(dirname(path), name), 'utf8'),
  });
}

export type ImportSummary = Record<keyof ImportReport, Record<Outcome, number>>;

export function summarize(report: ImportReport): ImportSummary {
  const count = (items: { outcome: Outcome }[]) => ({
    created: items.filter((i) => i.outcome === 'created').length,
    updated: items.filter((i) => i.outcome === 'updated').length,
    unchanged: items.filter((i) => i.outcome === 'unchanged').length,
  });
  return {
    sources: count(report.sources),
    entities: count(report.entities),
    relationships: count(report.relationships),
    citations: count(report.citations),
  };
}
