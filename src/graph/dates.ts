/**
 * Dates as the sources give them: to the year, month or day. A partial date is stored as the first
 * and last day it can mean ("2020" → 2020-01-01 … 2020-12-31) plus its precision, so `asOf` queries
 * compare real Neo4j dates and clients can still show "2020" rather than a made-up day.
 */
import neo4j from 'neo4j-driver';
import type { DatePrecision } from '../model/vocabulary.js';

type Neo4jDate = InstanceType<typeof neo4j.types.Date>;
type Neo4jDateTime = InstanceType<typeof neo4j.types.DateTime>;

export function precisionOf(partial: string): DatePrecision {
  const parts = partial.slice(0, 10).split('-').length;
  return parts === 1 ? 'YEAR' : parts === 2 ? 'MONTH' : 'DAY';
}

/** The first day a partial date can mean. */
export function firstDay(partial: string): Neo4jDate {
  const [year, month = 1, day = 1] = partial.slice(0, 10).split('-').map(Number) as [number, number?, number?];
  return new neo4j.types.Date(year, month, day);
}

/** The last day a partial date can mean. */
export function lastDay(partial: string): Neo4jDate {
  const [year, month, day] = partial.slice(0, 10).split('-').map(Number) as [number, number?, number?];
  if (day !== undefined && month !== undefined) return new neo4j.types.Date(year, month, day);
  if (month !== undefined) return new neo4j.types.Date(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return new neo4j.types.Date(year, 12, 31);
}

/** A date-time with its UTC offset, e.g. "2022-09-14T20:00:00+04:00"; undefined for a plain date. */
export function dateTimeOf(value: string): Neo4jDateTime | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = '0', zone, sign, oh = '0', om = '0'] = match;
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60);
  return new neo4j.types.DateTime(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s), 0, offset);
}

/** A Neo4j temporal value (or anything else) as the ISO string a client reads; null stays null. */
export function isoString(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}

/** A stored partial date back in the form the source gave: "2020", "2020-11" or "2022-09-14". */
export function partialDateString(value: unknown, precision: unknown): string | null {
  const iso = isoString(value);
  if (iso === null) return null;
  return precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso.slice(0, 10);
}

/** A GraphQL Date input (a JS Date at UTC midnight) as a Neo4j date. */
export function neo4jDateOf(date: Date): Neo4jDate {
  return new neo4j.types.Date(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
