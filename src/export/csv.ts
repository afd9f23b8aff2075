/**
 * CSV for spreadsheets (RFC 4180): one row per entity or per relationship, a header row first,
 * CRLF line ends, a field quoted when it holds a comma, a quote or a line break (its quotes
 * doubled). A UTF-8 byte-order mark first, so Excel reads the names' accents right. Text that a
 * spreadsheet would run as a formula (starting =, +, -, @) is prefixed with an apostrophe.
 */
import type { ExportReader, ExportedEntity, ExportedRelationship } from '../graph/export.js';
import { ENTITY_FIELDS, RELATIONSHIP_FIELDS, type Field } from './fields.js';

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
  return {
    header: row([...idNames, ...fields.map((f) => f.name)]),
    line: (item: T) => row([...id(item), ...fields.map((f) => f.value(item))]),
  };
}

const ENTITY_COLUMNS = columns<ExportedEntity>((i) => [i.entity.id], ['id'], ENTITY_FIELDS.map((f) => (f.name === 'label' ? { ...f, name: 'name' } : f)));
const RELATIONSHIP_COLUMNS = columns<ExportedRelationship>(
  (i) => [i.relationship.id, i.relationship.from, i.relationship.to],
  ['id', 'from', 'to'],
  RELATIONSHIP_FIELDS.filter((f) => f.name !== 'label'),
);

export async function* entitiesCsv(reader: ExportReader): AsyncGenerator<string> {
  yield BOM + ENTITY_COLUMNS.header;
  for await (const page of reader.entities()) yield page.map(ENTITY_COLUMNS.line).join('');
}

export async function* relationshipsCsv(reader: ExportReader): AsyncGenerator<string> {
  yield BOM + RELATIONSHIP_COLUMNS.header;
  for await (const page of reader.relationships()) yield page.map(RELATIONSHIP_COLUMNS.line).join('');
}
