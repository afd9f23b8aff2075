/**
 * When an event mention happened, from the dates of its sentence: a year or a date in its own name
 * ("the 2015 Algiers peace agreement", "the 1 April strike"), the time after "since …, when", the day
 * a truce was announced or an agreement signed, the dates the sentence's subject event takes with
 * their roles (broke out on …, ended on …), a date right after the noun, or "since 2021" for a fight
 * still going on. events.ts joins the mentions by these times.
 */
import type { EventMention } from './event-model.js';
import { STARTS_AT_A_MOMENT } from './event-names.js';
import type { TimeExpression } from './time.js';

type MentionTime = EventMention['time'];

const START_VERB =
  /\b(?:broke out|began|begun|erupted|started|flared(?: up)?|resumed|(?:came|come|comes|went|goes) into (?:force|effect)|(?:took|takes|take) effect)\s+(?:at (?:midnight|noon|dawn)\s+)?(?:on|in|at)?\s*$/i;
const END_VERB = /\b(?:ended|stopped|ceased|subsided|finished)\s+(?:on|in|at)?\s*$/i;
/** "A truce announced by Moscow on Tuesday": the day a truce or deal was announced or agreed is its own. */
const SETTLED_ON = /^,? (?:announced|declared|agreed|brokered|reached|signed)\b[^,;.]{0,40}$/i;
/** What opens a noun phrase a date can stand in: "the 1 April " (strike), "Hamas's Oct. 7 " (attack). */
const DATE_IN_NAME = /(?:\b(?:the|their|its|his|her|last)|['’]s) $/;
/** A year opening the name before an event's noun: "the 2015 Algiers " (peace agreement), "their 2020 " (war). */
const YEAR_IN_NAME = /(?:\b(?:the|their|its|his|her)|['’]s) ((?:19|20)\d\d)(?: \p{Lu}[\p{L}'’-]*){0,3} $/u;
const SIGNED_BEFORE = /\b(?:signed|reached|concluded|agreed(?: on)?|struck|sealed)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}$/i;

export interface MentionContext {
  /** Every date of the sentence, and those free for this mention (not inside another event's words, nor after "since"). */
  times: TimeExpression[];
  free: TimeExpression[];
  /** Where the mention starts and ends in the sentence's text. */
  at: number;
  end: number;
  text: string;
  /** Whether it is the sentence's first event (its subject). */
  subject: boolean;
  published: string;
}

/** The mention's own time, or none when the sentence does not give one. */
export function mentionTime(mention: EventMention, { times, free, at, end, text, subject, published }: MentionContext): MentionTime {
  // "the 2020 ceasefire", "the 2015 Algiers peace agreement": the year in its name is its date.
  const year = /\b(?:19|20)\d\d\b/.exec(mention.text)?.[0] ?? YEAR_IN_NAME.exec(text.slice(0, at))?.[1];
  if (year) return { from: year, to: year, note: `“${mention.text}”: ${year}.`, role: 'at', future: false };
  // "the 1 April strike", "the Oct. 7 attack": a date said in the noun's own phrase is its date.
  const named =
    times.find((time) => time.end <= at && /^ (?:[\p{Ll}-]+ ){0,2}$/u.test(text.slice(time.end, at)) && DATE_IN_NAME.test(text.slice(0, time.start))) ??
    // "… since February, when seven officers were killed in an ambush": the clause after "when" is of that time.
    times.find(
      (time) => time.end <= at && /\bsince (?:early |late |mid-)?$/i.test(text.slice(0, time.start)) && /^,? when\b[^.;]*$/.test(text.slice(time.end, at)),
    );
  if (named && named.precision !== 'YEAR') return { from: named.from, to: named.to, note: named.note, role: 'at', future: false, named: true };
  const settled = STARTS_AT_A_MOMENT.includes(mention.type)
    ? times.find((time) => time.start >= end && !time.future && SETTLED_ON.test(text.slice(end, time.start)))
    : undefined;
  if (settled) return { from: settled.from, to: settled.to, note: settled.note, role: 'at', future: false };
  return (
    signedOn(free, mention, at, text) ??
    pickTime(free, at, text, subject) ??
    (mention.type === 'CLASH' || mention.type === 'WAR' ? ongoingSince(times, text, published) : undefined)
  );
}

/**
 * "In July their leaders … signed a treaty": an agreement signed, reached or concluded takes the
 * date its clause gives before the verb (not one inside another event's words, nor a year or a
 * "since").
 */
function signedOn(times: TimeExpression[], mention: EventMention, at: number, text: string): MentionTime {
  if (!STARTS_AT_A_MOMENT.includes(mention.type) || !SIGNED_BEFORE.test(text.slice(0, at))) return undefined;
  const before = times.filter((time) => time.end <= at && time.precision !== 'YEAR' && !time.future && !/[;]/.test(text.slice(time.end, at))).at(-1);
  return before && { from: before.from, to: before.to, note: before.note, role: 'at', future: false };
}

/** The sentence's subject event takes its dates with their roles (broke out on …, ended on …); others the nearest date before them. */
function pickTime(times: TimeExpression[], at: number, text: string, subject: boolean): MentionTime {
  const as = (time: TimeExpression, role: 'start' | 'end' | 'at') => ({ from: time.from, to: time.to, note: time.note, role, future: time.future });
  if (subject) {
    const roles = times.map((time) => {
      const before = text.slice(Math.max(0, time.start - 30), time.start);
      return { time, role: START_VERB.test(before) ? 'start' : END_VERB.test(before) ? 'end' : 'at' } as const;
    });
    const start = roles.find((r) => r.role === 'start');
    const finish = roles.find((r) => r.role === 'end');
    if (start && finish) return { ...as(start.time, 'start'), to: finish.time.to, note: `${start.time.note} The end: ${finish.time.note}` };
    const first = roles[0];
    return first && as(first.time, first.role);
  }
  // "a ceasefire on Wednesday evening": a date right after the noun is its own; one before it
  // belongs to another verb ("signed an agreement on Wednesday to end hostilities").
  const after = times.find((time) => time.start >= at && time.start - at < 40 && !/[,;]/.test(text.slice(at, time.start)));
  return after && as(after, 'at');
}

/** "has been gripped by fighting since 2021": an event still going on, from the date after "since". */
function ongoingSince(times: TimeExpression[], text: string, published: string): MentionTime {
  const since = times.find((time) => /\bsince\s+$/i.test(text.slice(0, time.start)));
  if (!since || !/\b(?:has|have)\s+(?:been\s+)?\w+/i.test(text)) return undefined;
  return {
    from: since.from,
    to: published,
    note: `“Since ${since.text}”, and still going on in a report of ${published}.`,
    role: 'start',
    future: false,
    ongoing: true,
  };
}
