/**
 * A value as neo4j-admin reads it in a cell of a CSV store file (graph/store-files.ts): typed,
 * quoted where its ends or its characters need it, lists joined by a delimiter no text holds.
 */
import neo4j from 'neo4j-driver';
import type { StoredType } from '../model/kind-properties.js';

export type Column = StoredType;

/**
 * Between the elements of a list in a cell: a control character no text of the format holds (an
 * element holding it sends the import to transactions). neo4j-admin is told it as `U+001F`.
 */
export const ARRAY_DELIMITER = '\u001f';

/** Raised when a value does not fit the store files; the caller imports by transactions instead. */
export class NotStorable extends Error {}

// What Java's String.trim() removes: every character up to the space.
// eslint-disable-next-line no-control-regex
const JAVA_TRIMMED = /^[\u0000-\u0020]|[\u0000-\u0020]$/;
// eslint-disable-next-line no-control-regex
const NEEDS_QUOTES = /[",\n\r]|^[\s\u0000-\u0020]|[\s\u0000-\u0020]$/;

/** A value as neo4j-admin reads it in a CSV cell; empty when absent. */
export function cell(value: unknown, type: Column): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (type === 'string[]') {
    const items = (value as unknown[]).map(String);
    // neo4j-admin trims each element as Java does (--trim-strings), which is what makes [''] writable, as " ";
    // the cell is quoted, so the delimiter (a control character, trimmed too) is not trimmed away first.
    if (items.some((item) => item.includes(ARRAY_DELIMITER) || JAVA_TRIMMED.test(item)))
      throw new NotStorable('a list element holds the list delimiter or starts or ends with a space');
    return `"${(items.join(ARRAY_DELIMITER) || ' ').replaceAll('"', '""')}"`;
  } else if (type === 'long') text = neo4j.isInt(value) ? value.toString() : String(Math.trunc(Number(value)));
  else if (type === 'double') text = neo4j.isInt(value) ? value.toString() : String(Number(value));
  else text = String(value);
  // Quoted, a value keeps the spaces (and control characters) at its ends that neo4j-admin trims from bare ones
  // (`\s` is what String.trim() removes; one test, as cells are written millions of times).
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Whether a cell holds a line break; only a quoted one can. */
export const breaksLine = (text: string) => text.startsWith('"') && /[\n\r]/.test(text);

/** A row's cells as text, and whether one of them holds a line break. */
export interface Cells {
  text: string;
  multiline: boolean;
}
