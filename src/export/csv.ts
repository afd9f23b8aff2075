/**
 * CSV for spreadsheets (RFC 4180): a row per entity, per relationship, per citation or per source,
 * a header row first, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break (its quotes doubled). A UTF-8 byte-order mark first, so Excel reads the names' accents
 * right. Text that a spreadsheet would run as a formula (starting =, +, -, @) is prefixed with an
 * apostrophe. Every date has its precision in the column beside it. An entity's or relationship's
 * row names its sources and counts its citations; what each citation says (the quote, who asserts
 * it, through whom) is a row of citations.csv, so no cell pairs one source's quote with another's
 * speaker; what each source states, where sources can disagree, is a row of statements.csv.
 */
import { EXPORT_PAGE, type ExportReader, type ExportedEntity, type ExportedRelationship } from '../graph/export.js';
import { partialDateString } from '../graph/dates.js';
import { COMPARED_ENTITY_KEYS, comparedRelationshipKeys } from '../model/statements.js';
import type { SourceRecord } from '../graph/sources.js';
import { CITATION_FIELDS, ENTITY_FIELDS, RELATIONSHIP_FIELDS, SOURCE_FIELDS, type ExportedCitation, type Field } from './fields.js';

const BOM = '\uFEFF';
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const row = (cells: (string | number | boolean | null)[]) => `${cells.map(csvField).join(',')}\r\n`;

function columns<T>(id: (item: T) => (string | null)[], idNames: string[], fields: Field<T>[]) {
  const kept = fields.filter((f) => !f.joinsCitations);
  return {
    header: row([...idNames, ...kept.map((f) => f.name)]),
    line: (item: T) => row([...id(item), ...kept.map((f) => f.value(item))]),
  };
}

const ENTITY_COLUMNS = columns<ExportedEntity>(
  (i) => [i.entity.id],
  ['id'],
  ENTITY_FIELDS.map((f) => (f.name === 'label' ? { ...f, name: 'name' } : f)),
);
const RELATIONSHIP_COLUMNS = columns<ExportedRelationship>(
  (i) => [i.relationship.id, i.relationship.from, i.relationship.to],
  ['id', 'from', 'to'],
  RELATIONSHIP_FIELDS.filter((f) => f.name !== 'label'),
);
const CITATION_COLUMNS = columns<ExportedCitation>((i) => [i.citation.id], ['id'], CITATION_FIELDS);
const SOURCE_COLUMNS = columns<SourceRecord>((s) => [s.id], ['id'], SOURCE_FIELDS);

export async function* entitiesCsv(reader: ExportReader): AsyncGenerator<string> {
  yield BOM + ENTITY_COLUMNS.header;
  for await (const page of reader.entities()) yield page.map(ENTITY_COLUMNS.line).join('');
}

export async function* relationshipsCsv(reader: ExportReader): AsyncGenerator<string> {
  yield BOM + RELATIONSHIP_COLUMNS.header;
  for await (const page of reader.relationships()) yield page.map(RELATIONSHIP_COLUMNS.line).join('');
}

/** The citations of what the export holds, a page at a time: the relationships', then the entities'. */
async function* citationPages(reader: ExportReader): AsyncGenerator<ExportedCitation[]> {
  for await (const page of reader.relationships()) {
    yield page.flatMap(({ relationship }) => relationship.citations.map((citation) => ({ citation, itemType: 'RELATIONSHIP' as const })));
  }
  for await (const page of reader.entities()) {
    yield page.flatMap(({ citations }) => citations.map((citation) => ({ citation, itemType: 'ENTITY' as const })));
  }
}

export async function* citationsCsv(reader: ExportReader): AsyncGenerator<string> {
  yield BOM + CITATION_COLUMNS.header;
  for await (const page of citationPages(reader)) yield page.map(CITATION_COLUMNS.line).join('');
}

/** The sources the export's citations quote, by id, without their texts. */
export async function* sourcesCsv(reader: ExportReader): AsyncGenerator<string> {
  yield BOM + SOURCE_COLUMNS.header;
  const ids = new Set<string>();
  for await (const page of citationPages(reader)) for (const { citation } of page) ids.add(citation.sourceId);
  const sorted = [...ids].sort();
  for (let start = 0; start < sorted.length; start += EXPORT_PAGE) {
    const sources = await reader.sources(sorted.slice(start, start + EXPORT_PAGE), { text: false });
    // In the order of the ids asked for (code units, as `sorted`), so pages follow one another.
    yield sources
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(SOURCE_COLUMNS.line)
      .join('');
  }
}

const STATEMENT_HEADER = row(['itemId', 'itemType', 'type', 'property', 'value', 'sourceId', 'answers', 'recordedAt']);

/** A stored value as a cell: a date with its precision ("2022-09"), anything else as written. */
function statedValue(values: Record<string, unknown>, key: string, compared: readonly string[]): string | number | boolean | null {
  const value = values[key];
  if (value === null || value === undefined) return null;
  const precision = compared.find((k) => k === `${key}Precision` || k === `${key.replace(/Date$/, '')}Precision`);
  if (precision) return partialDateString(value, values[precision]) ?? String(value);
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/**
 * Who says what, a row per value a source states where sources can disagree (confidence, dates, a
 * figure, a role, an office …): the item's answer, with `answers` true for the sources it is
 * theirs, and every other source's own statement beside it, so a spreadsheet can pivot an item's
 * disagreements by source.
 */
export async function* statementsCsv(reader: ExportReader): AsyncGenerator<string> {
  yield BOM + STATEMENT_HEADER;
  const rows = async (
    items: { id: string; itemType: 'ENTITY' | 'RELATIONSHIP'; type: string; stored: Record<string, unknown>; compared: readonly string[] }[],
  ) => {
    const statements = await reader.statements(items.map(({ id, itemType, stored }) => ({ id, kind: itemType, stored })));
    return items
      .flatMap((item, index) =>
        (statements[index] ?? []).flatMap((statement) =>
          item.compared
            .filter((key) => !key.endsWith('Precision'))
            .map((key) => [key, statedValue(statement.values, key, item.compared)] as const)
            .filter(([, value]) => value !== null)
            .map(([key, value]) =>
              row([
                item.id,
                item.itemType,
                item.type,
                key,
                value,
                statement.source,
                statement.answers,
                statement.recordedAt ? String(statement.recordedAt) : null,
              ]),
            ),
        ),
      )
      .join('');
  };
  for await (const page of reader.relationships()) {
    yield await rows(
      page.map(({ relationship: r }) => ({
        id: r.id,
        itemType: 'RELATIONSHIP',
        type: r.type,
        stored: r.properties,
        compared: comparedRelationshipKeys(r.type),
      })),
    );
  }
  for await (const page of reader.entities()) {
    yield await rows(
      page.map(({ entity: e }) => ({ id: e.id, itemType: 'ENTITY', type: e.kind, stored: e.properties, compared: COMPARED_ENTITY_KEYS[e.kind] })),
    );
  }
}
