/**
 * Imports an event-dataset CSV file (ACLED, UCDP GED) through the normal importer, streamed with
 * bounded memory: a first pass reads every row with csv-parse and checks it (the columns the format
 * needs, dates, numbers, coordinates), so a file with any problem is rejected whole — each problem
 * with its line — before anything is written; a second pass reads it again and imports it in parts
 * of PART_ROWS rows, one transaction each (every check of the importer, statements per source),
 * PARTS_IN_FLIGHT at once, a part waiting for those that write the entities it names.
 * Every id is made from the dataset's own (the row's id), so importing the file again changes
 * nothing, and a run stopped part-way is finished by running it again.
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import type { Db } from '../graph/db.js';
import { eventParticipants, knownEntities, regionAreas } from '../graph/known-entities.js';
import { isCalendarDay, type RelationshipInput } from '../model/format.js';
import { applyDocument, summarize, type ImportSummary } from './index.js';
import { matchDraftToGraph } from './match.js';
import { ImportRejected, type ImportProblem, type Locate } from '../model/parse.js';
import { DATASET_EVENT, DatasetDocuments, type DatasetMonitor, type DatasetRow } from './dataset.js';
import { DatasetResolver, type Resolution } from './resolve.js';

/** Rows imported per transaction: a row gives about ten items, so a part stays under the importer's 5,000. */
export const PART_ROWS = 400;
/**
 * Parts written at once, each in its own transaction: Neo4j writes one while the next is read,
 * built and checked, and two transactions keep both of a small machine's cores busy.
 */
export const PARTS_IN_FLIGHT = 2;
/** Problems listed before the rest are only counted. */
const PROBLEMS_SHOWN = 50;

export interface RowContext {
  line: number;
  file: string;
  problem(column: string, message: string): void;
}

/** A dataset's format: the columns it needs and how a row is read. */
export interface DatasetFormat {
  name: string;
  required: readonly string[];
  monitor: DatasetMonitor;
  /** The row read, or undefined when it has problems (told through `at.problem`). */
  read(record: Record<string, string>, at: RowContext): DatasetRow | undefined;
}

export interface DatasetImportResult {
  rows: number;
  parts: number;
  summary: ImportSummary;
  resolutions: Resolution[];
  /** Relationships this import stated that another source states differently (ids). */
  contested: string[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A day in the forms datasets use: ISO (with a time, ignored), "12 September 2022" ("12 Sep 2022"), dd-mm-yyyy; else undefined. */
export function readDay(value: string): string | undefined {
  const v = value.trim();
  const pad = (n: string | number) => String(n).padStart(2, '0');
  let day: string | undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z)?)?$/.exec(v);
  if (m) day = `${m[1]}-${m[2]}-${m[3]}`;
  else if ((m = /^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})$/.exec(v))) {
    const name = (m[2] as string).toLowerCase();
    const month = MONTHS.findIndex((full) => full === name || (name.length === 3 && full.startsWith(name)));
    if (month >= 0) day = `${m[3]}-${pad(month + 1)}-${pad(m[1] as string)}`;
  } else if ((m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(v))) day = `${m[3]}-${pad(m[2] as string)}-${pad(m[1] as string)}`;
  return day && isCalendarDay(day) ? day : undefined;
}

/** Readers of a row's values that tell each problem with the column: undefined when it is wrong. */
export function readers(record: Record<string, string>, at: RowContext) {
  const text = (column: string) => (record[column] ?? '').trim();
  return {
    text,
    day(column: string): string | undefined {
      const day = readDay(text(column));
      if (!day) at.problem(column, `“${text(column)}” is not a date in a known form (2022-09-12, 12 September 2022 or 12-09-2022)`);
      return day;
    },
    count(column: string): number | undefined {
      const value = text(column);
      if (/^\d+$/.test(value)) return Number(value);
      at.problem(column, `“${value}” is not a whole number of 0 or more`);
      return undefined;
    },
    coordinate(column: string, limit: 90 | 180): number | undefined {
      const value = text(column);
      const number = /^-?\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
      if (Number.isFinite(number) && Math.abs(number) <= limit) return number;
      at.problem(column, `“${value}” is not a ${limit === 90 ? 'latitude from -90 to 90' : 'longitude from -180 to 180'}`);
      return undefined;
    },
    required(column: string): string | undefined {
      const value = text(column);
      if (!value) at.problem(column, 'is empty');
      return value || undefined;
    },
  };
}

/** The rows of a CSV file with their line, streamed. A file without the format's columns is rejected naming them. */
async function* rows(file: string, format: DatasetFormat): AsyncGenerator<{ record: Record<string, string>; line: number }> {
  let missing: string[] = [];
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      info: true,
      skip_empty_lines: true,
      columns: (header: string[]) => {
        const columns = header.map((name) => name.trim().toLowerCase());
        missing = format.required.filter((column) => !columns.includes(column));
        return columns;
      },
    }),
  );
  let checked = false;
  const check = () => {
    checked = true;
    if (missing.length) {
      parser.destroy();
      throw new ImportRejected(
        [{ line: 1, path: '', message: `not ${articled(format.name)} file: it lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}` }],
        file,
      );
    }
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (!checked) check();
      yield { record, line: info.lines };
    }
  } catch (error) {
    if (error instanceof ImportRejected) throw error;
    // A file of another shape fails on its first row: that it is not this format says more.
    if (!checked && missing.length) check();
    const csv = error as { code?: string; lines?: number; message?: string };
    if (!csv.code?.startsWith('CSV_')) throw error;
    throw new ImportRejected([{ ...(csv.lines ? { line: csv.lines } : {}), path: '', message: `unreadable CSV: ${csv.message ?? csv.code}` }], file);
  }
  if (!checked) check();
}

const articled = (name: string) => `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;

/** Reads every row and checks it; rejects the file with every problem (the first PROBLEMS_SHOWN listed). */
async function checkFile(file: string, format: DatasetFormat, onRow: (count: number) => void): Promise<number> {
  const problems: ImportProblem[] = [];
  let count = 0;
  let more = 0;
  for await (const { record, line } of rows(file, format)) {
    format.read(record, {
      line,
      file,
      problem: (column, message) => (problems.length < PROBLEMS_SHOWN ? problems.push({ line, path: column, message }) : more++),
    });
    onRow(++count);
  }
  if (more) problems.push({ path: '', message: `and ${more} more problems` });
  if (problems.length) throw new ImportRejected(problems, file);
  if (!count) throw new ImportRejected([{ line: 2, path: '', message: 'the file has no rows' }], file);
  return count;
}

/**
 * Imports a dataset file: checked whole first (nothing is written when any row is wrong), then
 * written PART_ROWS rows per transaction. `onProgress` is told rows checked, then rows written.
 */
export async function importDataset(
  db: Db,
  file: string,
  format: DatasetFormat,
  options: { actor?: string; onProgress?: (phase: 'checking' | 'writing', done: number, total: number) => void } = {},
): Promise<DatasetImportResult> {
  const total = await checkFile(file, format, (count) => count % 5_000 || options.onProgress?.('checking', count, count));
  const known = await knownEntities(db);
  const resolver = new DatasetResolver(known);
  resolver.areas = await regionAreas(db);
  // Events of dataset rows (their ids say so) are no episodes' wholes: a row joins what reports describe.
  const dated = known.filter((e) => e.kind === 'EVENT' && e.eventType && e.start && /^\d{4}-\d{2}-\d{2}/.test(e.start) && !DATASET_EVENT.test(e.id));
  const participants = await eventParticipants(
    db,
    dated.map((e) => e.id),
  );
  resolver.episodes = dated.map((e) => ({
    id: e.id,
    eventType: e.eventType as string,
    start: (e.start as string).slice(0, 10),
    end: (e.end ?? e.start ?? '').slice(0, 10),
    actors: new Set(participants.get(e.id) ?? []),
  }));
  const documents = new DatasetDocuments(resolver, format.monitor);
  const audit = { actor: options.actor ?? `import:${basename(file)}`, operation: 'IMPORT' };
  const summary = summarize({ sources: [], entities: [], relationships: [], citations: [] });
  options.onProgress?.('writing', 0, total);
  const contested: string[] = [];
  // Only a PART_OF between two entities the graph held before this import can be one it holds
  // under another id: one with an end this import makes is new (and one an earlier part wrote is
  // not restated). Every other relationship ends at the row's own event and keeps its id, made
  // from the row's, so importing the file again restates it (and the graph's hubs are not
  // searched for each part).
  const before = new Set(known.map((e) => e.id));
  let done = 0;
  let parts = 0;
  // Parts being written, by number; a part whose write failed stops the import once those in flight have ended.
  const writing = new Map<number, Promise<void>>();
  let failure: { error: unknown } | undefined;
  const writePart = async (rows: DatasetRow[]) => {
    const number = ++parts;
    const built = documents.build(rows, number);
    const shared = built.document.relationships.filter((r) => r.type === 'PART_OF' && before.has(r.from) && before.has(r.to));
    const matched = shared.length ? await matchDraftToGraph(db, { ...built.document, relationships: shared }) : { relationships: [] };
    const ids = new Map<RelationshipInput, string | undefined>(shared.map((r, index) => [r, matched.relationships[index]?.review?.match]));
    const relationships = built.document.relationships.map((r) => ({ ...r, id: ids.get(r) ?? r.id }));
    const document = { ...built.document, relationships };
    const locate: Locate = ([list, index]) => (typeof index === 'number' ? built.lines[list as keyof typeof built.lines]?.[index] : undefined);
    while (writing.size >= PARTS_IN_FLIGHT) await Promise.race(writing.values());
    // The parts that write entities this one names land first: its checks find them in the graph.
    const first = built.after.map((n) => writing.get(n));
    const write = (async () => {
      await Promise.all(first);
      if (failure) return;
      try {
        const result = await db.writeTransaction((tx) => applyDocument(tx, document, locate, audit, { file }));
        const counts = summarize(result);
        for (const what of Object.keys(summary) as (keyof ImportSummary)[]) {
          for (const outcome of Object.keys(summary[what]) as (keyof ImportSummary[typeof what])[]) summary[what][outcome] += counts[what][outcome];
        }
        contested.push(...result.relationships.filter((r) => r.outcome === 'contested').map((r) => r.id));
        done += rows.length;
        options.onProgress?.('writing', done, total);
      } catch (error) {
        failure ??= { error };
      } finally {
        writing.delete(number);
      }
    })();
    writing.set(number, write);
  };
  let part: DatasetRow[] = [];
  for await (const { record, line } of rows(file, format)) {
    if (failure) break;
    const row = format.read(record, { line, file, problem: () => undefined });
    if (row) part.push(row);
    if (part.length >= PART_ROWS) {
      await writePart(part);
      part = [];
    }
  }
  if (part.length && !failure) await writePart(part);
  await Promise.all(writing.values());
  if (failure) throw failure.error;
  return { rows: total, parts, summary, resolutions: resolver.resolutions, contested };
}
