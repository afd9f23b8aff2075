/**
 * Imports a conflict-graph/v1 document: parse (line-numbered errors), validate against the graph,
 * write — all in one transaction, so an invalid document writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Db } from '../graph/db.js';
import { transactionLookup, writeDocument, type ImportReport, type Outcome } from '../graph/import.js';
import { parseDocument } from './parse.js';
import { validateDocument, type ValidateOptions } from './validate.js';

export { ImportRejected, type ImportProblem } from './parse.js';
export type { ImportReport } from '../graph/import.js';

export async function importDocumentText(db: Db, text: string, options: ValidateOptions = {}): Promise<ImportReport> {
  const { document, locate } = parseDocument(text, options.file);
  return db.writeTransaction(async (tx) => {
    const validated = await validateDocument(document, locate, transactionLookup(tx), options);
    return writeDocument(tx, validated);
  });
}

/** Imports a file; a source's `textFile` is read relative to the file. */
export async function importFile(db: Db, path: string): Promise<ImportReport> {
  const text = await readFile(path, 'utf8');
  return importDocumentText(db, text, {
    file: path,
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
