/**
 * Store files for `neo4j-admin database import full`: validated documents written as CSV, one file
 * per kind of node and per relationship type, so an empty database can be built offline many times
 * faster than by transactions — with the same stored properties (graph/stored.ts), citations,
 * audit records and versions (graph/versions.ts) as the transactional writer, and the migrations
 * recorded as having nothing to rewrite (graph/migrations.ts). Rows are written as they come
 * (memory stays bounded by a document, not the graph); each file's header, typed from the columns
 * below, is written beside it at the end; each cell as graph/csv-cells.ts writes it.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { ENTITY_STORED_KEYS } from '../model/kind-properties.js';
import { RELATIONSHIP_PROPERTIES } from '../model/properties.js';
import { ENTITY_KINDS, KIND_LABELS, RELATIONSHIP_TYPE_NAMES, type PropertyValue, type RelationshipType } from '../model/vocabulary.js';
import type { Audit } from './audit.js';
import type { ImportReport } from './import-report.js';
import { summarizeChange } from './import-report.js';
import { migrationFiles } from './migrations.js';
import { citationRow, entityProps, relationshipProps, sourceProps, type CitationRow, type Props } from './stored.js';
import type { ValidatedDocument } from './validated.js';
import { citationLists } from './versions.js';
import { ARRAY_DELIMITER, breaksLine, cell, NotStorable, type Cells, type Column } from './csv-cells.js';

export { ARRAY_DELIMITER, NotStorable };

const AUDIT: Record<string, Column> = { createdAt: 'datetime', createdBy: 'string', updatedAt: 'datetime', updatedBy: 'string' };
const span = (prefix: string, note: string): Record<string, Column> => ({
  [`${prefix}From`]: 'date',
  [`${prefix}FromPrecision`]: 'string',
  [`${prefix}To`]: 'date',
  [`${prefix}ToPrecision`]: 'string',
  [note]: 'string',
});

/** A relationship property's column, from the vocabulary's declaration of its value (an entity kind's are its stored keys' types). */
function columnOf(value: PropertyValue): Column {
  if (value.type === 'number') return value.integer ? 'long' : 'double';
  return value.type === 'enum' && value.list ? 'string[]' : 'string';
}

/** Every property graph/stored.ts may give each kind of item, with its type in the store. */
const COLUMNS = {
  entity: {
    name: 'string',
    aliases: 'string[]',
    description: 'string',
    note: 'string',
    ...Object.fromEntries(ENTITY_STORED_KEYS.map((stored) => [stored.key, stored.type])),
    ...AUDIT,
  },
  relationship: {
    confidence: 'string',
    note: 'string',
    ...span('valid', 'timeNote'),
    ...Object.fromEntries(RELATIONSHIP_PROPERTIES.map((property) => [property.name, columnOf(property.value)])),
    ...AUDIT,
  },
  source: {
    title: 'string',
    publisher: 'string',
    url: 'string',
    language: 'string',
    originalLanguage: 'string',
    note: 'string',
    text: 'string',
    sha256: 'string',
    ...span('published', 'publishedNote'),
    ...AUDIT,
  },
  citation: { about: 'string', aboutKind: 'string', quote: 'string', note: 'string', createdAt: 'datetime', createdBy: 'string' },
  change: { at: 'datetime', by: 'string', operation: 'string', targetType: 'string', targetId: 'string', summary: 'string' },
  migration: { checksum: 'string', schemaOnly: 'boolean' },
} satisfies Record<string, Record<string, Column>>;

/** A version's own properties beside the item's (graph/versions.ts VERSION_KEYS): its citations as parallel lists. */
const CITATION_LISTS = {
  citationIds: 'string[]',
  citationSources: 'string[]',
  citationQuotes: 'string[]',
  citationAssertedBy: 'string[]',
  citationVia: 'string[]',
  citationNotes: 'string[]',
} satisfies Record<string, Column>;
const VERSIONS = {
  entity: { id: 'string', ...COLUMNS.entity, kindLabel: 'string', knownFrom: 'datetime', ...CITATION_LISTS },
  relationship: { id: 'string', ...COLUMNS.relationship, relType: 'string', startId: 'string', endId: 'string', knownFrom: 'datetime', ...CITATION_LISTS },
} satisfies Record<string, Record<string, Column>>;

const ENTITY_COLUMNS = Object.keys(COLUMNS.entity).length;
const RELATIONSHIP_COLUMNS = Object.keys(COLUMNS.relationship).length;

/** One CSV file being written: its rows now, its header (from its columns) at the end. */
class CsvFile {
  private readonly stream: WriteStream;
  rows = 0;
  /** Whether a cell holds a line break: only such files need neo4j-admin's slower multi-line parsing. */
  multiline = false;
  private readonly keys: string[];
  private readonly types: Column[];
  private readonly position: Map<string, number>;

  constructor(
    readonly path: string,
    private readonly id: string | null,
    private readonly columns: Record<string, Column>,
    private readonly fixed: string[],
  ) {
    this.stream = createWriteStream(path, 'utf8');
    this.keys = Object.keys(columns);
    this.types = Object.values(columns);
    this.position = new Map(this.keys.map((key, i) => [key, i]));
  }

  /**
   * A row: the fixed cells (ids, label, type) then every column, from `parts` (objects read in
   * turn, a later one's value winning). Returns its columns' cells, for a row of another file that
   * repeats them (`writeAfter`).
   */
  write(fixed: string[], ...parts: Props[]): Cells {
    let head = '';
    for (const value of fixed) {
      const text = cell(value, 'string');
      if (breaksLine(text)) this.multiline = true;
      head += `${text},`;
    }
    const cells = this.cells(0, parts);
    this.line(this.keys.length ? head + cells.text : head.slice(0, -1));
    return cells;
  }

  /** A row that opens with the cells of its first `skip` columns as another file's row holds them (`shared`), then the rest from `parts`. */
  writeAfter(shared: Cells, skip: number, ...parts: Props[]): void {
    if (shared.multiline) this.multiline = true;
    this.line(`${shared.text},${this.cells(skip, parts).text}`);
  }

  private cells(from: number, parts: Props[]): Cells {
    const values: unknown[] = new Array(this.keys.length);
    for (const part of parts) {
      for (const key in part) {
        const at = this.position.get(key);
        if (at === undefined) throw new NotStorable(`no column for the property "${key}"`);
        if (part[key] !== undefined) values[at] = part[key];
      }
    }
    let text = '';
    let multiline = false;
    for (let i = from; i < this.keys.length; i++) {
      const value = cell(values[i], this.types[i] as Column);
      if (breaksLine(value)) multiline = true;
      text += i > from ? `,${value}` : value;
    }
    if (multiline) this.multiline = true;
    return { text, multiline };
  }

  private line(line: string): void {
    this.stream.write(`${line}\n`);
    this.rows++;
  }

  /** Resolves once what was written has left memory for the disk. */
  drained(): Promise<void> {
    return this.stream.writableNeedDrain ? new Promise((resolve) => this.stream.once('drain', () => resolve())) : Promise.resolve();
  }

  /** Stops writing and lets go of the file, for a write given up part-way. */
  async abandon(): Promise<void> {
    if (this.stream.closed) return;
    await new Promise<void>((resolve) => {
      this.stream.once('close', () => resolve());
      // A write still in flight fails once the stream is gone; nothing of this file is wanted any more.
      this.stream.on('error', () => undefined);
      this.stream.destroy();
    });
  }

  async close(): Promise<string> {
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
    const header = [...this.fixed, ...Object.entries(this.columns).map(([key, type]) => `${key}:${type}`)];
    const headerPath = `${this.path}.header`;
    await writeFile(headerPath, `${(this.id ? [this.id, ...header] : header).join(',')}\n`);
    return `${headerPath},${this.path}`;
  }
}

export interface StoreFiles {
  /** The arguments that name the files to neo4j-admin (`--nodes=…`, `--relationships=…`). */
  arguments: string[];
  /** The data files whose cells hold line breaks. */
  multiline: string[];
  counts: { entities: number; relationships: number; citations: number; sources: number };
}

/** Writes validated documents, in order, into store files under `folder`. */
export class StoreFileWriter {
  // As its cells hold it: written millions of times, a driver DateTime is costly to turn into text each time.
  private readonly now = neo4j.types.DateTime.fromStandardDate(new Date()).toString();
  private readonly seenSources = new Set<string>();
  private readonly files: { kind: 'nodes' | 'relationships'; label: string; file: CsvFile }[] = [];
  private readonly entities = new Map<string, CsvFile>();
  private readonly relationships = new Map<RelationshipType, CsvFile>();
  private readonly sources: CsvFile;
  private readonly citations: CsvFile;
  private readonly changes: CsvFile;
  private readonly versions: Record<'entity' | 'relationship', CsvFile>;
  private readonly migrations: CsvFile;
  /** Every item id so far: a version lists the citations about its id, so two items may not share one. */
  private readonly itemIds = new Set<string>();
  private readonly links: Record<'CITES' | 'ASSERTED_BY' | 'VIA' | 'AFFECTS', CsvFile>;

  constructor(private readonly folder: string) {
    const nodes = (label: string, name: string, id: string | null, columns: Record<string, Column>, fixed: string[] = []) => {
      const file = new CsvFile(join(folder, `${name}.csv`), id, columns, fixed);
      this.files.push({ kind: 'nodes', label, file });
      return file;
    };
    const relationships = (name: string, start: string, end: string, columns: Record<string, Column> = {}) => {
      const file = new CsvFile(join(folder, `${name}.csv`), null, columns, [`:START_ID(${start})`, `:END_ID(${end})`, ':TYPE']);
      this.files.push({ kind: 'relationships', label: '', file });
      return file;
    };
    for (const kind of ENTITY_KINDS)
      this.entities.set(kind, nodes(`Entity:${KIND_LABELS[kind]}`, `entities-${kind.toLowerCase()}`, 'id:ID(Entity)', COLUMNS.entity));
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      this.relationships.set(type, relationships(`relationships-${type.toLowerCase()}`, 'Entity', 'Entity', { id: 'string', ...COLUMNS.relationship }));
    }
    this.sources = nodes('Source', 'sources', 'id:ID(Source)', COLUMNS.source);
    this.citations = nodes('Citation', 'citations', 'id:ID(Citation)', COLUMNS.citation);
    this.changes = nodes('Change', 'changes', 'id:ID(Change)', COLUMNS.change);
    this.versions = {
      entity: nodes('EntityVersion', 'entity-versions', null, VERSIONS.entity),
      relationship: nodes('RelationshipVersion', 'relationship-versions', null, VERSIONS.relationship),
    };
    this.migrations = nodes('SchemaMigration', 'migrations', 'id:ID(SchemaMigration)', COLUMNS.migration);
    this.links = {
      CITES: relationships('cites', 'Citation', 'Source'),
      ASSERTED_BY: relationships('asserted-by', 'Citation', 'Entity'),
      VIA: relationships('via', 'Citation', 'Entity'),
      AFFECTS: relationships('affects', 'Change', 'Entity'),
    };
  }

  /**
   * Writes one document; every item is new (the database is empty, and validation saw the earlier
   * documents). Resolves once its rows are on their way to disk, so memory holds one document.
   */
  async add(document: ValidatedDocument, audit: Audit): Promise<ImportReport> {
    const stamp = { createdAt: this.now, createdBy: audit.actor, updatedAt: this.now, updatedBy: audit.actor };
    const report: ImportReport = { sources: [], entities: [], relationships: [], citations: [] };
    for (const source of document.sources) {
      if (this.seenSources.has(source.id)) {
        report.sources.push({ id: source.id, outcome: 'unchanged' });
        continue;
      }
      this.seenSources.add(source.id);
      this.sources.write([source.id], sourceProps(source), stamp);
      report.sources.push({ id: source.id, outcome: 'created' });
    }
    for (const { id } of [...document.entities, ...document.relationships]) {
      if (this.itemIds.has(id)) throw new NotStorable(`"${id}" names two items, whose versions would share their citations`);
      this.itemIds.add(id);
    }
    const defaultSource = document.sources.length === 1 ? document.sources[0]?.id : undefined;
    const created: CitationRow[] = [];
    // A citation's id hashes the item it is about, and no two items share an id: the same citation can only recur within a document.
    const seenCitations = new Set<string>();
    const cited = new Map<string, CitationRow[]>();
    for (const [aboutKind, items] of [
      ['ENTITY', document.entities],
      ['RELATIONSHIP', document.relationships],
    ] as const) {
      for (const item of items) {
        for (const citation of item.citations) {
          const row = citationRow(aboutKind, item.id, citation, defaultSource);
          if (seenCitations.has(row.id)) continue;
          seenCitations.add(row.id);
          const rows = cited.get(item.id);
          if (rows) rows.push(row);
          else cited.set(item.id, [row]);
          this.citations.write([row.id], {
            about: row.about,
            aboutKind: row.aboutKind,
            quote: row.quote,
            note: row.note,
            createdAt: this.now,
            createdBy: audit.actor,
          });
          this.links.CITES.write([row.id, row.source, 'CITES']);
          if (row.assertedBy) this.links.ASSERTED_BY.write([row.id, row.assertedBy, 'ASSERTED_BY']);
          if (row.via) this.links.VIA.write([row.id, row.via, 'VIA']);
          created.push(row);
          report.citations.push({ id: row.id, outcome: 'created' });
        }
      }
    }
    // Each item as the transactional writer records it once its citations are written: one version,
    // current, whose first columns are the item's own (VERSIONS), so its row repeats the item's cells.
    for (const entity of document.entities) {
      const cells = (this.entities.get(entity.kind) as CsvFile).write([entity.id], entityProps(entity), stamp);
      const version = { kindLabel: KIND_LABELS[entity.kind], knownFrom: this.now, ...citationLists(cited.get(entity.id) ?? []) };
      const id = cell(entity.id, 'string');
      this.versions.entity.writeAfter({ text: `${id},${cells.text}`, multiline: cells.multiline || breaksLine(id) }, ENTITY_COLUMNS + 1, version);
      report.entities.push({ id: entity.id, outcome: 'created' });
    }
    for (const relationship of document.relationships) {
      const file = this.relationships.get(relationship.type as RelationshipType) as CsvFile;
      const cells = file.write([relationship.from, relationship.to, relationship.type], { id: relationship.id }, relationshipProps(relationship), stamp);
      const version = {
        relType: relationship.type,
        startId: relationship.from,
        endId: relationship.to,
        knownFrom: this.now,
        ...citationLists(cited.get(relationship.id) ?? []),
      };
      this.versions.relationship.writeAfter(cells, RELATIONSHIP_COLUMNS + 1, version);
      report.relationships.push({ id: relationship.id, outcome: 'created' });
    }
    const change = summarizeChange(document, report, created);
    if (change) {
      const id = randomUUID();
      this.changes.write([id], {
        at: this.now,
        by: audit.actor,
        operation: audit.operation,
        targetType: change.targetType,
        targetId: change.targetId,
        summary: change.summary,
      });
      for (const entityId of change.entityIds) this.links.AFFECTS.write([id, entityId, 'AFFECTS'], {});
    }
    await Promise.all(this.files.map(({ file }) => file.drained()));
    return report;
  }

  /** Lets go of every file without finishing them, once a document turned out not to fit. */
  async abandon(): Promise<void> {
    await Promise.all(this.files.map(({ file }) => file.abandon()));
  }

  /**
   * Closes every file and says how to name them to neo4j-admin. Every migration there is is recorded
   * as having only its schema left to make: what the files hold is already in the form the
   * migrations' data statements bring older graphs to (the transactional writer writes the same).
   */
  async finish(): Promise<StoreFiles> {
    for (const { id, checksum } of await migrationFiles()) this.migrations.write([id], { checksum, schemaOnly: true });
    const args: string[] = [];
    const multiline: string[] = [];
    for (const { kind, label, file } of this.files) {
      const named = await file.close();
      if (file.rows) args.push(kind === 'nodes' ? `--nodes=${label}=${named}` : `--relationships=${named}`);
      if (file.multiline) multiline.push(file.path);
    }
    const sum = (files: Iterable<CsvFile>) => [...files].reduce((total, file) => total + file.rows, 0);
    return {
      arguments: args,
      multiline,
      counts: {
        entities: sum(this.entities.values()),
        relationships: sum(this.relationships.values()),
        citations: this.citations.rows,
        sources: this.sources.rows,
      },
    };
  }
}
