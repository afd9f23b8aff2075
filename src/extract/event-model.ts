/**
 * What the event finder and the event namer share: an event mention, a cluster of mentions that
 * are one event, and whether a time and an event's span can be the same.
 */
import type { EventStatus, EventType } from '../model/vocabulary.js';
import type { DraftEntity } from './entities.js';

export interface EventMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  type: EventType;
  det: string;
  episode: boolean;
  /** `ongoing`: "has been fighting since 2021", still going on when the report was written. */
  /** `named`: the date is said in the event's own name ("the 1 April strike"), so it tells this event apart. */
  time?: { from: string; to: string; note: string; role: 'start' | 'end' | 'at'; future: boolean; ongoing?: boolean; named?: boolean };
  place?: string;
  /** Where a clash happened ("near the village of X"), when nothing is fought over. */
  site?: string;
  parties: string[];
  proposed: boolean;
  speaker?: string;
  headline?: boolean;
  /** A fight's sentence up to its noun, where how long it ran is told ("six weeks of fighting"). */
  before?: string;
}

export interface EventCluster {
  type: EventType;
  mentions: EventMention[];
  from?: string;
  to?: string;
  notes: string[];
  status: EventStatus;
  /** Who made a statement. */
  speaker?: string;
  /** Its start was said outright ("came into force on Sunday"), so other dates do not move it. */
  started?: boolean;
  /** Named so far only in the headline. */
  headline?: boolean;
  /**
   * For an event the text does not date: when the report was speaking of when it was first named.
   * A dated mention joins it only if its date fits this span, so "fighting in April 2021" is not
   * the undated "three days of fighting" of a report filed in September 2022.
   */
  implicit?: { from: string; to: string };
  /** Its two sides (entity ids), when the text tells them: those "between" whom it is, else the states acting in it. */
  sides?: string[];
  entity?: DraftEntity;
}

/** The first and last millisecond a partial date ("2020", "2022-09", "2022-09-14") can mean. */
function range(date: string): [number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  const first = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
  const last = day ? first : month ? Date.UTC(year, month, 1) - 1 : Date.UTC(year + 1, 0, 1) - 1;
  return [first, last];
}

const MONTH_MS = 31 * 86_400_000;

/**
 * Whether a time and an event's span can be the same: within a month of each other at day precision
 * (or within `days` days, to tell one event in the graph from another of the same kind).
 */
export function overlaps(time: { from: string; to: string }, from?: string, to?: string, days?: number): boolean {
  if (!from) return true;
  const slack = time.from.length === 10 && from.length === 10 ? (days === undefined ? MONTH_MS : days * 86_400_000) : 0;
  return range(time.from)[0] <= range(to ?? from)[1] + slack && range(from)[0] <= range(time.to)[1] + slack;
}
