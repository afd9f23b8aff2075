/**
 * Dates in a sentence, resolved against the report's publication date. Weekdays, month-days,
 * months, years and year ranges are read here (fast, and with the reading a report needs);
 * anything else that looks like a date ("two years ago", "last week") goes to compromise-dates,
 * which sees only the words around it. A bare weekday or month-day is read as the coming one by
 * compromise-dates; a report speaks of the past, so one after the publication date is moved back
 * unless the verb looks ahead ("is due to arrive on Thursday"). Every date carries its reasoning.
 */
import type { DatePrecision } from '../model/vocabulary.js';
import { nlp } from './nlp.js';
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

/** A date as read, before it is set against the publication date: ISO days, like compromise-dates gives. */
interface Raw {
  text: string;
  begin: number;
  start: string;
  end: string;
  unit: 'day' | 'month' | 'year';
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

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const PATTERNS: readonly { pattern: RegExp; read: (g: Record<string, string | undefined>, published: string) => Omit<Raw, 'text' | 'begin'> | undefined }[] = [
  {
    // "two years ago", "a month ago", "10 days ago": counted back from the publication date, as precise as the unit.
    pattern: new RegExp(`\\b(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}) (?<unit>day|week|month|year)s? ago\\b`, 'gi'),
    read: (g, published) => back(published, countOf(g.count as string), (g.unit as string).toLowerCase()),
  },
  {
    // "last week", "last month", "last year" (not "over the last year", which is the past twelve months).
    pattern: /(?<!\bthe )\blast (?<unit>week|month|year)\b/gi,
    read: (g, published) => {
      const unit = (g.unit as string).toLowerCase();
      if (unit !== 'week') return back(published, 1, unit);
      const day = new Date(`${published}T00:00:00Z`);
      const monday = Date.parse(`${published}T00:00:00Z`) - (((day.getUTCDay() + 6) % 7) + 7) * DAY_MS;
      return { start: iso(monday), end: iso(monday + 6 * DAY_MS), unit: 'day' };
    },
  },
  {
    pattern: new RegExp(
      `\\b(?:(?:late|early) )?(?:on )?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?<part>morning|afternoon|evening|night))?\\b`,
      'g',
    ),
    read: (g, published) => {
      // The coming one, as compromise-dates reads it; resolve() moves it into the past.
      const today = new Date(`${published}T00:00:00Z`);
      const ahead = (WEEKDAYS.indexOf((g.weekday as string).toLowerCase()) - today.getUTCDay() + 7) % 7;
      const day = iso(today.getTime() + ahead * DAY_MS);
      return { start: day, end: day, unit: 'day' };
    },
  },
  {
    pattern: new RegExp(
      `\\b${MONTH} (?<day>\\d{1,2})(?:st|nd|rd|th)?(?:, (?<year>\\d{4}))?\\b|\\b(?<day2>\\d{1,2}) ${MONTH.replace('month', 'month2')}(?: (?<year2>\\d{4}))?\\b`,
      'g',
    ),
    read: (g, published) => {
      const month = MONTHS.indexOf((g.month ?? g.month2 ?? '').slice(0, 3).toLowerCase()) + 1;
      const day = Number(g.day ?? g.day2);
      const year = g.year ?? g.year2 ?? published.slice(0, 4);
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      // Only a real calendar day ("Sept 31" is none).
      return month && day >= 1 && new Date(`${date}T00:00:00Z`).getUTCDate() === day ? { start: date, end: date, unit: 'day' } : undefined;
    },
  },
  {
    pattern: new RegExp(`\\b${MONTH} (?<year>(?:1[89]|20)\\d\\d)\\b`, 'g'),
    read: (g) => {
      const month = `${g.year}-${String(MONTHS.indexOf((g.month as string).slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}`;
      return { start: `${month}-01`, end: `${month}-28`, unit: 'month' };
    },
  },
  {
    // A month with no year or day, after a word that makes it one ("in July", "late March", "since
    // November", "mid-October"; a bare "May" may be the verb): this year's, or last year's when it
    // is after the report and the verb does not look ahead (resolve).
    pattern: new RegExp(
      `(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Bb]y|[Dd]uring|[Tt]hrough(?:out)?|[Bb]efore|[Aa]fter|[Ee]arly|[Ll]ate|[Ee]nd of|[Ss]tart of|[Bb]eginning of) |\\b[Mm]id-)${MONTH}\\b(?! ?\\d)`,
      'g',
    ),
    read: (g, published) => {
      const month = `${published.slice(0, 4)}-${String(MONTHS.indexOf((g.month as string).slice(0, 3).toLowerCase()) + 1).padStart(2, '0')}`;
      return { start: `${month}-01`, end: `${month}-28`, unit: 'month' };
    },
  },
  {
    pattern: /(?<![\d,.])\b(?<year>(?:1[89]|20)\d\d)\b(?![,.]\d)/g,
    read: (g) => ({ start: `${g.year}-01-01`, end: `${g.year}-12-31`, unit: 'year' }),
  },
  {
    pattern: /\b(?<word>yesterday|today|tonight)\b/gi,
    read: (g, published) => {
      const day = iso(Date.parse(published) - (/yesterday/i.test(g.word as string) ? DAY_MS : 0));
      return { start: day, end: day, unit: 'day' };
    },
  },
];
/** What only compromise-dates reads; it sees the words around it. */
const OTHER_HINTS = /\b(?:ago|last (?:week|month|year|night)|this (?:week|month)|earlier this (?:week|month|year))\b/gi;
const FUTURE =
  /\b(?:will|shall)\b|['’]ll\b|\b(?:is|are|was|were)\s+(?:due|expected|scheduled|set|going|planned|slated)\s+to\b|\b(?:plans?|intends?|aims?)\s+to\b|\b(?:next|tomorrow|upcoming|coming)\b/i;
const YEAR_RANGE = /\b((?:1[89]|20)\d\d)\s*(?:-|–|—|to|until)\s*((?:1[89]|20)\d\d)\b/g;
/** "BAKU, Sept 15 (Reuters) - ": the day a wire story was filed, not a day anything happened. */
const DATELINE = /^[A-Z][A-Z'’. -]{2,}(?:, [A-Z][A-Za-z'’. -]+)?, [A-Z][a-z]{2,4}\.? \d{1,2}(?:, \d{4})?(?: \([^)]*\))? ?[-–—] /;

const COUNTS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A count as written: a digit, a number word, "a"/"an" for one. */
const countOf = (word: string) => (/^an?$/i.test(word) ? 1 : COUNTS.includes(word.toLowerCase()) ? COUNTS.indexOf(word.toLowerCase()) : Number(word));

/** The day, month or year `count` units before the publication date. */
function back(published: string, count: number, unit: string): Omit<Raw, 'text' | 'begin'> | undefined {
  if (!Number.isFinite(count) || count < 1) return undefined;
  const [year, month] = published.split('-').map(Number) as [number, number];
  if (unit === 'year') return { start: `${year - count}-01-01`, end: `${year - count}-12-31`, unit: 'year' };
  if (unit === 'month') {
    const first = new Date(Date.UTC(year, month - 1 - count, 1));
    return { start: iso(first.getTime()), end: iso(first.getTime()), unit: 'month' };
  }
  const day = iso(Date.parse(`${published}T00:00:00Z`) - count * (unit === 'week' ? 7 : 1) * DAY_MS);
  return { start: day, end: day, unit: 'day' };
}

const NAME_BEFORE = /\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|On|In|By|Since|Until|From|To|Before|After)\b)\p{Lu}\p{Ll}+ $/u;
const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function findTimes(sentence: string, published: string, timezone: string): TimeExpression[] {
  const found: TimeExpression[] = [];
  const dateline = DATELINE.exec(sentence)?.[0].length ?? 0;
  const taken = (begin: number, end: number) => begin < dateline || found.some((f) => begin < f.end && end > f.start);
  for (const match of sentence.matchAll(YEAR_RANGE)) {
    const [text, from, to] = match as unknown as [string, string, string];
    if (from > to || taken(match.index, match.index + text.length)) continue;
    found.push({
      start: match.index,
      end: match.index + text.length,
      text,
      from,
      to,
      precision: 'YEAR',
      future: false,
      note: `“${text}”: the years ${from} to ${to}.`,
    });
  }
  for (const raw of [...ownReadings(sentence, published), ...compromiseReadings(sentence, published, timezone)]) {
    if (taken(raw.begin, raw.begin + raw.text.length)) continue;
    found.push(resolve(raw, sentence, published));
  }
  return found.sort((a, b) => a.start - b.start);
}

function ownReadings(sentence: string, published: string): Raw[] {
  const raws: Raw[] = [];
  for (const { pattern, read } of PATTERNS) {
    for (const match of sentence.matchAll(pattern)) {
      const text = match[0];
      if (raws.some((r) => match.index < r.begin + r.text.length && match.index + text.length > r.begin)) continue;
      // "the supply boat Unaizah May 1": a month-day right after a name is part of the name.
      if (/\d/.test(text) && NAME_BEFORE.test(sentence.slice(Math.max(0, match.index - 20), match.index))) continue;
      const value = read(match.groups ?? {}, published);
      if (value) raws.push({ ...value, text, begin: match.index });
    }
  }
  return raws;
}

/** compromise-dates for what the patterns above do not read, on the few words around it only: it is slow. */
function compromiseReadings(sentence: string, published: string, timezone: string): Raw[] {
  const raws: Raw[] = [];
  for (const hint of sentence.matchAll(OTHER_HINTS)) {
    const before = sentence.slice(0, hint.index).match(/(?:\S+\s+){0,4}$/)?.[0] ?? '';
    const after = sentence.slice(hint.index).match(/^(?:\S+\s*){0,4}/)?.[0] ?? '';
    const base = hint.index - before.length;
    const doc = nlp(before + after) as unknown as DatesDoc;
    for (const date of doc.dates({ today: published, timezone }).json({ offset: true })) {
      const start = date.dates?.start;
      if (!start || !date.offset) continue;
      const text = date.text.replace(/[\s.,;:)]+$/, '').replace(/^\(/, '');
      if (/^\d{1,2}:\d\d/.test(text)) continue; // a clock time alone says nothing of the day
      const unit = date.dates?.unit === 'year' || /\byears?\s+ago\b/i.test(text) ? 'year' : date.dates?.unit === 'month' ? 'month' : 'day';
      raws.push({
        text,
        begin: base + date.offset.start + (date.text.startsWith('(') ? 1 : 0),
        start: start.slice(0, 10),
        end: (date.dates?.end ?? start).slice(0, 10),
        unit,
      });
    }
  }
  return raws;
}

function resolve(raw: Raw, sentence: string, published: string): TimeExpression {
  const { text, begin, unit } = raw;
  const future = FUTURE.test(sentence.slice(Math.max(0, begin - 60), begin));
  let [from, to] = [raw.start, raw.end];
  const said = `“${text}” in a report of ${humanDate(published)}`;
  let note: string;
  const weekday = WEEKDAY.exec(text)?.[1];
  const yearGiven = /\b(?:1[89]|20)\d\d\b/.test(text);
  if (!weekday && !yearGiven && (unit === 'day' || unit === 'month') && from > published && !future && /[a-z]{3}/i.test(text)) {
    // "Sept. 27" or "in November" without a year, in a report of August: last year's, not this year's.
    const shift = (d: string) => `${Number(d.slice(0, 4)) - 1}${d.slice(4)}`;
    [from, to] = [shift(from), shift(to)];
    note = `${said}, which speaks of the past: ${humanDate(unit === 'month' ? from.slice(0, 7) : from)}.`;
  } else if (weekday && from > published && !future) {
    const back = Math.ceil((Date.parse(from) - Date.parse(published)) / (7 * DAY_MS)) * 7 * DAY_MS;
    [from, to] = [iso(Date.parse(from) - back), iso(Date.parse(to) - back)];
    note = `${said}, which speaks of the past: ${weekday} ${humanDate(from)}.`;
  } else if (weekday) {
    if (future && from <= published) [from, to] = [iso(Date.parse(from) + 7 * DAY_MS), iso(Date.parse(to) + 7 * DAY_MS)];
    note = future ? `${said}, of something still to come: ${weekday} ${humanDate(from)}.` : `${said}: ${weekday} ${humanDate(from)}.`;
  } else {
    const cut = (d: string) => (unit === 'year' ? d.slice(0, 4) : unit === 'month' ? d.slice(0, 7) : d);
    note = `${said}: ${cut(from) === cut(to) ? humanDate(cut(from)) : `${humanDate(cut(from))} to ${humanDate(cut(to))}`}.`;
  }
  if (/\bnight\b/i.test(text) && weekday) {
    to = iso(Date.parse(from) + DAY_MS);
    note += ` The night runs into ${humanDate(to)}; it is given from the earlier day.`;
  }
  const precision: DatePrecision = unit === 'year' ? 'YEAR' : unit === 'month' ? 'MONTH' : 'DAY';
  if (precision === 'YEAR') [from, to] = [from.slice(0, 4), to.slice(0, 4)];
  if (precision === 'MONTH') [from, to] = [from.slice(0, 7), to.slice(0, 7)];
  return { start: begin, end: begin + text.length, text, from, to, precision, future, note };
}

const SPAN_COUNT: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const SPAN =
  /\b(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ -](?<unit>day|week|month|year|decade)(?:s? of|s?-long|s? long|)\s+(?:\w+\s+)?$/i;

/**
 * A span told before a fight's noun ("six weeks of fighting", "the two-year war", "a 44-day war"):
 * it ran that long up to `end` (the day it is spoken of), so it began that long before, as precise
 * as the unit allows (days a day, weeks and months a month, years a year). Nothing when `end` is no day.
 */
export function spanBefore(before: string, end: string): { from: string; note: string } | undefined {
  const match = SPAN.exec(before);
  if (!match?.groups) return undefined;
  const n = SPAN_COUNT[(match.groups.n as string).toLowerCase()] ?? Number(match.groups.n);
  const unit = (match.groups.unit as string).toLowerCase();
  // Counted back from a day only: six weeks before "2020" could be either year.
  if (!/^\d{4}-\d{2}-\d{2}/.test(end)) return undefined;
  const date = new Date(`${end.slice(0, 10)}T00:00:00Z`);
  if (!Number.isFinite(n) || n <= 0 || Number.isNaN(date.getTime())) return undefined;
  const days = { day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 }[unit] ?? 1;
  const start = new Date(date.getTime() - Math.round(n * days) * 86_400_000).toISOString();
  const from = unit === 'day' ? start.slice(0, 10) : unit === 'week' || unit === 'month' ? start.slice(0, 7) : start.slice(0, 4);
  return { from, note: `“${match[0].trim()}” up to ${end}: from ${from}.` };
}
