/**
 * Dates in a sentence, resolved against the report's publication date. compromise-dates reads a bare
 * weekday as the coming one; a report speaks of the past, so a weekday after the publication date
 * is moved back a week unless the verb looks ahead ("is due to arrive on Thursday"). Year ranges
 * ("1988-1994") are read here. Every resolution carries its reasoning as a note.
 */
import type { DatePrecision } from '../graph/model.js';
import type { Doc } from './nlp.js';
import { humanDate } from './text.js';

export interface TimeExpression {
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  text: string;
  from: string;
  to: string;
  precision: DatePrecision;
  /** The verb looks ahead: a planned arrival, a scheduled vote. */
  future: boolean;
  note: string;
}

interface DateJson {
  text: string;
  offset?: { start: number; length: number };
  dates?: { start?: string | null; end?: string | null; unit?: string };
}

/** The part of compromise-dates' view this module reads (the plugin's types do not reach the doc). */
interface DatesDoc {
  dates(options: { today: string; timezone: string }): { json(options: { offset: true }): DateJson[] };
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const FUTURE = /\b(?:will|shall|is|are|was|were)\s+(?:due|expected|scheduled|set|going|planned|slated|to)\b|\b(?:plans?|intends?|aims?)\s+to\b|\b(?:next|tomorrow|upcoming|coming)\b/i;
const YEAR_RANGE = /\b((?:1[89]|20)\d\d)\s*(?:-|–|—|to|until)\s*((?:1[89]|20)\d\d)\b/g;
/** Worth asking compromise-dates about: it is the slowest part of reading a sentence. */
const DATE_HINT = /\b(?:\d{4}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yesterday|today|tonight|ago|last|week|month|year)/i;

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** "BAKU, Sept 15 (Reuters) - ": the day a wire story was filed, not a day anything happened. */
const DATELINE = /^[A-Z][A-Z'’. -]{2,}(?:, [A-Z][A-Za-z'’. -]+)?, [A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?(?: \([^)]*\))? ?[-–—] /;

export function findTimes(doc: Doc, sentence: string, published: string, timezone: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  const dateline = DATELINE.exec(sentence)?.[0].length ?? 0;
  for (const match of sentence.matchAll(YEAR_RANGE)) {
    const [text, from, to] = match as unknown as [string, string, string];
    if (from > to) continue;
    found.push({ start: match.index, end: match.index + text.length, text, from, to, precision: 'YEAR', future: false, note: `“${text}”: the years ${from} to ${to}.` });
  }
  if (!DATE_HINT.test(sentence)) return found;
  const dates = (doc as unknown as DatesDoc).dates({ today: published, timezone }).json({ offset: true });
  for (const date of dates) {
    const start = date.dates?.start;
    if (!start || !date.offset) continue;
    const text = date.text.replace(/[\s.,;:)]+$/, '').replace(/^\(/, '');
    const begin = date.offset.start + (date.text.startsWith('(') ? 1 : 0);
    if (/^\d{1,2}:\d\d/.test(text)) continue; // a clock time alone says nothing of the day
    if (begin < dateline || found.some((f) => begin < f.end && begin + text.length > f.start)) continue;
    found.push(resolve(text, begin, start, date.dates?.end ?? start, date.dates?.unit, sentence, published));
  }
  return found.sort((a, b) => a.start - b.start);
}

function resolve(text: string, begin: number, startIso: string, endIso: string, unit: string | undefined, sentence: string, published: string): TimeExpression {
  const future = FUTURE.test(sentence.slice(Math.max(0, begin - 60), begin));
  let from = startIso.slice(0, 10);
  let to = endIso.slice(0, 10);
  const said = `“${text}” in a report of ${humanDate(published)}`;
  let note: string;
  const weekday = WEEKDAY.exec(text)?.[1];
  const yearGiven = /\b(?:1[89]|20)\d\d\b/.test(text);
  if (!weekday && !yearGiven && from > published && !future && /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text)) {
    // "Sept. 27" without a year, in a report of November: this year's, not next year's.
    const shift = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;
    from = shift(from);
    to = shift(to);
    note = `${said}, which speaks of the past: ${humanDate(from)}.`;
  } else if (weekday && from > published && !future) {
    const back = Math.ceil((Date.parse(from) - Date.parse(published)) / (7 * DAY_MS)) * 7 * DAY_MS;
    from = iso(Date.parse(from) - back);
    to = iso(Date.parse(to) - back);
    note = `${said}, which speaks of the past: ${weekday} ${humanDate(from)}.`;
  } else if (weekday) {
    note = future ? `${said}, of something still to come: ${weekday} ${humanDate(from)}.` : `${said}: ${weekday} ${humanDate(from)}.`;
  } else {
    note = `${said}: ${from === to ? humanDate(from) : `${humanDate(from)} to ${humanDate(to)}`}.`;
  }
  if (/\bnight\b/i.test(text) && weekday) {
    const next = iso(Date.parse(from) + DAY_MS);
    to = next;
    note += ` The night runs into ${humanDate(next)}; it is given from the earlier day.`;
  }
  const precision: DatePrecision = unit === 'year' || /\byears?\s+ago\b/i.test(text) ? 'YEAR' : unit === 'month' ? 'MONTH' : 'DAY';
  if (precision === 'YEAR') [from, to] = [from.slice(0, 4), to.slice(0, 4)];
  if (precision === 'MONTH') [from, to] = [from.slice(0, 7), to.slice(0, 7)];
  return { start: begin, end: begin + text.length, text, from, to, precision, future, note };
}
