/**
 * Imports a conflict-graph/v1 document: parse (line-numbered errors), validate against the graph,
 * write. A document of up to TRANSACTION_ITEMS items is validated and written in one transaction,
 * so an invalid or failed import writes nothing. A larger one is validated whole first, then
 * written in parts of that size, one transaction each, PARTS_IN_FLIGHT at a time (all entity parts
 * before any relationship part), so neither Neo4j nor this process holds more than those parts'
 * changes at once; a journal in the graph records the parts that landed, and importing the same
 * document again writes only the others.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { TransactionTooLarge, type Db } from '../graph/db.js';
import type { Audit } from '../graph/audit.js';
import type { ImportReport, Outcome } from '../graph/import-report.js';
import { writeDocument, type WriteMode } from '../graph/import.js';
import { finishImportJournal, importJournalPartsWritten, recordImportPart } from '../graph/import-journal.js';
import { transactionLookup } from '../graph/import-lookup.js';
import { acceptedPart, NothingAccepted, type AcceptedPart } from './draft.js';
import type { ImportDocument } from '../model/format.js';
import { parseDocument, type Locate } from '../model/parse.js';
import { validateDocument, type ValidateOptions } from './validate.js';
import { type ValidatedDocument } from '../graph/validated.js';

export { ImportRejected, type ImportProblem } from '../model/parse.js';
export { NothingAccepted } from './draft.js';
export type { ImportReport } from '../graph/import-report.js';

/** Entities and relationships (each with its citations) written per transaction. */
export const TRANSACTION_ITEMS = 5_000;

export interface ImportProgress {
  phase: 'validating' | 'writing';
  /** Items (entities and relationships) written so far, and in all. */
  done: number;
  total: number;
}

export interface ImportOptions extends ValidateOptions {
  /** Who imports, for the audit trail. */
  actor?: string;
  /** Told as the import moves on: after validation and after each part. */
  onProgress?: (progress: ImportProgress) => void;
}

/** What an import wrote, and which drafted items it left out because no reviewer accepted them. */
export interface ImportResult extends ImportReport {
  skipped: AcceptedPart['skipped'];
  /** Into how many transactions it was written, and how many of those an earlier, interrupted run had already written. */
  parts: { total: number; resumed: number };
  /** Ids the document named that were merged into another entity, read as that one's. */
  redirected: ValidatedDocument['redirected'];
}

/** Parts of a large import written at once, each in its own transaction. */
export const PARTS_IN_FLIGHT = 4;
/** How many times one part is tried when Neo4j refuses it for a passing reason. */
export const PART_ATTEMPTS = 3;

/** Thrown when a part of a large import failed: the parts that landed are in the graph, and the journal says which. */
export class ImportInterrupted extends Error {
  constructor(
    readonly written: number,
    readonly parts: number,
    override readonly cause: unknown,
  ) {
    super(
      `a part failed, so ${written ? `${written} of ${parts} parts are in the graph and the rest is not` : 'nothing was written'}; ` +
        'run the same import again to resume',
    );
  }
}

/** The accepted part of a document, refused (NothingAccepted) when it is a draft of which nothing was accepted. */
function toImport(document: ImportDocument, file: string | undefined): AcceptedPart {
  const accepted = acceptedPart(document);
  if (accepted.nothingAccepted) throw new NothingAccepted(accepted.skipped, file);
  return accepted;
}

/** How validation reads the accepted part: where its items stand in the draft, and when the draft was made. */
const validation = (accepted: AcceptedPart, options: ValidateOptions): ValidateOptions => ({
  ...options,
  originalPath: accepted.originalPath,
  matched: accepted.matched,
  linked: accepted.linked,
  ...(accepted.draftedAt ? { draftedAt: accepted.draftedAt } : {}),
});

/**
 * Validates a parsed document against the graph and writes it, inside the caller's transaction. Of
 * a draft, only the items a reviewer accepted are validated and written. An import adds to the
 * items that exist (`mode` add, the default); an edit replaces them.
 */
export async function applyDocument(
  tx: ManagedTransaction,
  document: ImportDocument,
  locate: Locate,
  audit: Audit,
  options: ValidateOptions = {},
): Promise<ImportResult> {
  const accepted = toImport(document, options.file);
  const validated = { ...(await validateDocument(accepted.document, locate, transactionLookup(tx), validation(accepted, options))), choices: accepted.choices };
  const mode: WriteMode = options.mode ?? 'add';
  const report = await writeDocument(tx, validated, audit, mode);
  return { ...report, skipped: accepted.skipped, parts: { total: 1, resumed: 0 }, redirected: validated.redirected };
}

export async function importDocumentText(db: Db, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { document, locate } = parseDocument(text, options.file);
  const audit = { actor: options.actor ?? `import:${options.file ? basename(options.file) : 'document'}`, operation: 'IMPORT' };
  const accepted = toImport(document, options.file);
  const total = accepted.document.entities.length + accepted.document.relationships.length;
  const progress = (phase: ImportProgress['phase'], done: number) => options.onProgress?.({ phase, done, total });
  progress('validating', 0);
  if (total <= TRANSACTION_ITEMS) {
    const result = await db.writeTransaction((tx) => applyDocument(tx, document, locate, audit, options));
    progress('writing', total);
    return result;
  }

  const validated = {
    ...(await db.readTransaction((tx) => validateDocument(accepted.document, locate, transactionLookup(tx), validation(accepted, options)))),
    choices: accepted.choices,
  };
  const parts = splitDocument(validated);
  // The journal names the document and how it is cut, so a journal of other parts is never resumed.
  const journal = createHash('sha256')
    .update(JSON.stringify([FIRST_PART_ITEMS, TRANSACTION_ITEMS, accepted.document]))
    .digest('hex');
  const written = await db.readTransaction((tx) => importJournalPartsWritten(tx, journal));
  const resumed = written.size;
  const report: ImportReport = { sources: [], entities: [], relationships: [], citations: [] };
  const size = (part: ValidatedDocument) => part.entities.length + part.relationships.length;
  let done = parts.filter((_, index) => written.has(index + 1)).reduce((sum, part) => sum + size(part), 0);
  progress('writing', done);
  const writePart = async (index: number) => {
    const part = parts[index] as ValidatedDocument;
    const partReport = await db.writeTransaction(async (tx) => {
      const result = await writeDocument(tx, part, { ...audit, part: { number: index + 1, of: parts.length } });
      await recordImportPart(tx, journal, index + 1, parts.length, audit.actor);
      return result;
    });
    written.add(index + 1);
    for (const key of Object.keys(report) as (keyof ImportReport)[]) report[key].push(...partReport[key]);
    done += size(part);
    progress('writing', done);
  };
  // The first part lands alone: it creates the document's sources, which every part cites, and
  // parts in flight beside it would wait on its lock until it committed. Then every entity part
  // lands before any relationship part starts, so each relationship's ends exist.
  const [first, ...rest] = parts;
  const waves = [first ? [first] : [], rest.filter((part) => !part.relationships.length), rest.filter((part) => part.relationships.length)];
  for (const wave of waves) {
    const pending = wave.map((part) => parts.indexOf(part)).filter((index) => !written.has(index + 1));
    try {
      await inParallel(pending, PARTS_IN_FLIGHT, writePart);
    } catch (error) {
      throw new ImportInterrupted(written.size, parts.length, error);
    }
  }
  await db.writeTransaction((tx) => finishImportJournal(tx, journal));
  // Every part writes the sources again (finding them unchanged): report each source once.
  report.sources = report.sources.filter((source, i, all) => all.findIndex((s) => s.id === source.id) === i);
  return { ...report, skipped: accepted.skipped, parts: { total: parts.length, resumed }, redirected: validated.redirected };
}

/**
 * Runs `work` on every item with at most `limit` running at once. After a failure it starts no
 * more, lets the running ones finish (they may land), then throws the first failure. Parts in
 * flight share Neo4j's memory and touch the same nodes (sources, the journal, hubs), and a part
 * runs longer than the driver keeps retrying: a part refused for memory while others ran, or
 * failing with a transient error (a deadlock, data outdated by another part), is tried again —
 * from then on one part at a time, at most PART_ATTEMPTS times. Refused for memory when alone, or
 * after its last attempt, it is a real failure.
 */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  let allowed = limit;
  let running = 0;
  const attempts = new Map<T, number>();
  let failure: { error: unknown } | undefined;
  const worker = async (slot: number) => {
    while (!failure && slot < allowed && queue.length) {
      const item = queue.shift() as T;
      let accompanied = running > 0;
      running++;
      try {
        await work(item);
      } catch (error) {
        accompanied ||= running > 1;
        const attempt = (attempts.get(item) ?? 1) + 1;
        const again = error instanceof TransactionTooLarge ? accompanied : neo4j.isRetryableError(error as Error);
        if (again && attempt <= PART_ATTEMPTS) {
          attempts.set(item, attempt);
          allowed = 1;
          queue.unshift(item);
        } else failure ??= { error };
      } finally {
        running--;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, (_, slot) => worker(slot)));
  // A part put back after the one worker still allowed had finished.
  if (!failure && queue.length) await worker(0);
  if (failure) throw failure.error;
}

/**
 * The first part of a large import holds at most this many items: it lands alone (it creates the
 * sources every part cites, and parts beside it would wait on their locks), so the smaller it is,
 * the sooner the other parts run side by side.
 */
export const FIRST_PART_ITEMS = 500;

/** The sizes of the parts `count` items are written in, when a part before them was `first` or not. */
function partSizes(count: number, first: boolean): number[] {
  const sizes: number[] = [];
  for (let left = count; left > 0;) {
    const size = Math.min(left, first && !sizes.length ? FIRST_PART_ITEMS : TRANSACTION_ITEMS);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/** How many parts a large import of these many entities and relationships is written in. */
export function partCount(entities: number, relationships: number): number {
  return partSizes(entities, true).length + partSizes(relationships, entities === 0).length;
}

/**
 * A validated document in parts (partSizes): entities first, so every relationship's ends exist by
 * the time its part is written. Each part carries the sources, written (or found unchanged) with
 * every part.
 */
function splitDocument(document: ValidatedDocument): ValidatedDocument[] {
  const parts: ValidatedDocument[] = [];
  let start = 0;
  for (const size of partSizes(document.entities.length, true)) {
    parts.push({ ...document, entities: document.entities.slice(start, start + size), relationships: [], merged: [] });
    start += size;
  }
  start = 0;
  for (const size of partSizes(document.relationships.length, parts.length === 0)) {
    parts.push({ ...document, entities: [], relationships: document.relationships.slice(start, start + size), merged: [] });
    start += size;
  }
  // What merged-away items add to their survivors goes with the first part (entities first).
  if (parts[0]) parts[0].merged = document.merged;
  return parts;
}

/** Imports a file; a source's `textFile` is read relative to the file. */
export async function importFile(db: Db, path: string, actor?: string, onProgress?: ImportOptions['onProgress']): Promise<ImportResult> {
  const text = await readFile(path, 'utf8');
  return importDocumentText(db, text, {
    file: path,
    actor,
    onProgress,
    readTextFile: (name) => readFile(resolve(dirname(path), name), 'utf8'),
  });
}

export type ImportSummary = Record<keyof ImportReport, Record<Outcome, number>>;

const OUTCOMES: readonly Outcome[] = ['created', 'updated', 'unchanged', 'corroborated', 'contested', 'replaced'];

export function summarize(report: ImportReport): ImportSummary {
  const count = (items: { outcome: Outcome }[]) =>
    Object.fromEntries(OUTCOMES.map((outcome) => [outcome, items.filter((i) => i.outcome === outcome).length])) as Record<Outcome, number>;
  return {
    sources: count(report.sources),
    entities: count(report.entities),
    relationships: count(report.relationships),
    citations: count(report.citations),
  };
}
