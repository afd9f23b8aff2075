/**
 * Events: event nouns ("clashes", "the truce", "a future peace treaty", "this statement") and a few
 * verb frames ("demonstrators gathered", "have been fighting for decades over X") become event
 * mentions; mentions of the same event are joined by type and time ("the fighting" is the clashes
 * already named unless its date says otherwise); each event is named from its date and its place or
 * parties, so the same event in another report gets the same id, or the graph's id when it is known.
 */
import type { EventType } from '../model/vocabulary.js';
import type { DraftEntity, Registry } from './entities.js';
import { type Analysed, mask, type Masked, type Mention, resolveOverlaps } from './mentions/mask.js';
import { nameEvent } from './event-names.js';
import { mentionTime } from './event-times.js';
import { overlaps, type EventCluster, type EventMention } from './event-model.js';
import { groupsOf } from './pattern.js';
import { spanBefore, type TimeExpression } from './time.js';
import { FRAMES, TRIGGERS } from './event-words.js';

const COMPATIBLE: Partial<Record<EventType, EventType[]>> = { CLASH: ['CLASH', 'WAR'], WAR: ['WAR', 'CLASH'] };
/** Events with two sides that "both sides" can mean. */
const SIDED: readonly EventType[] = ['CLASH', 'WAR', 'CONFLICT', 'CEASEFIRE', 'AGREEMENT'];
const FIGHTS: readonly EventType[] = ['CLASH', 'WAR'];

export interface Events {
  clusters: EventCluster[];
  /** The event of one of these types last mentioned at or before a sentence. */
  current(sentence: number, types: readonly EventType[]): DraftEntity | undefined;
  /** The two sides of the fight or truce the report speaks of at a sentence, when it tells them. */
  sidesAt(sentence: number): string[] | undefined;
}

export function findEvents(analysed: Analysed[], times: TimeExpression[][], registry: Registry, published: string): Events {
  const clusters: EventCluster[] = [];
  const timeline: { sentence: number; cluster: EventCluster }[] = [];
  let frame: { from: string; to: string } = { from: published, to: published };
  // "Two truces were announced. The first, …": events counted in the plural, then told apart by ordinals.
  let counted: { type: EventType; until: number } | undefined;
  for (const [index, item] of analysed.entries()) {
    const sentenceTimes = times[index] ?? [];
    const masked = mask(item.sentence.text, item.sentence.start, item.mentions);
    const found = triggers(item, masked, sentenceTimes, registry, published);
    if (counted && index <= counted.until) found.push(...ordinals(item, sentenceTimes, counted.type));
    const plural = COUNTED.exec(item.sentence.text);
    if (plural) counted = { type: COUNTED_TYPE[(plural[1] as string).toLowerCase()] ?? 'CLASH', until: index + 2 };
    for (const mention of found) {
      // A heading "Statement of the Ministry … on …" names the text itself (the source), not an event it tells.
      if (mention.type === 'STATEMENT' && mention.headline) continue;
      // "This statement" points back at what someone said; "said in a statement" is only how they said it.
      const pointing = /^(?:the|this|that|such)/.test(mention.det);
      const speech =
        mention.type === 'STATEMENT' && pointing && !clusters.some((c) => c.type === 'STATEMENT') ? speechBefore(analysed, times, index, registry) : undefined;
      const cluster = assign(speech ?? mention, clusters, frame, published);
      if (!cluster) continue;
      if (speech) {
        cluster.mentions.push(speech);
        cluster.speaker = speech.speaker;
        timeline.push({ sentence: speech.sentence, cluster });
      }
      cluster.mentions.push(mention);
      if (!mention.headline) cluster.headline = false;
      timeline.push({ sentence: index, cluster });
    }
    // The time the report is speaking of now: not one still to come, nor the start of a span ("since 2020").
    const last = sentenceTimes.filter((time) => !time.future && !SINCE.test(item.sentence.text.slice(0, time.start))).at(-1);
    if (last) frame = { from: last.from, to: last.to };
  }
  for (const cluster of clusters) nameEvent(cluster, clusters, analysed, registry, published);
  for (const item of timeline) {
    const { cluster } = item;
    const entity = cluster.entity;
    if (!entity) continue;
    const mention = cluster.mentions.find((m) => m.sentence === item.sentence) as EventMention;
    const target = analysed[item.sentence] as Analysed;
    const event: Mention = {
      start: mention.start,
      end: mention.end,
      text: mention.text,
      entity: entity.id,
      kind: 'EVENT',
      role: mention.det && /^(?:the|this|that|such)/i.test(mention.det) ? 'anaphor' : 'name',
      how: `event/${cluster.type.toLowerCase()}`,
      score: 0.7,
    };
    target.mentions = resolveOverlaps([...target.mentions.filter((m) => !(m.start < event.end && event.start < m.end) || m.kind === 'EVENT'), event]);
    registry.cite(entity.id, { sentence: target.sentence.index, start: event.start, end: event.end, text: event.text, rule: event.how, score: event.score });
  }
  return {
    clusters,
    current: (sentence, types) => [...timeline].reverse().find((item) => item.sentence <= sentence && types.includes(item.cluster.type))?.cluster.entity,
    // The event spoken of at the sentence, else, when it does not tell its two sides ("the 2020
    // ceasefire between the two countries"), the story's main fight: the first one that does.
    sidesAt: (sentence) => {
      const spoken = [...timeline].reverse().find((item) => item.sentence <= sentence && SIDED.includes(item.cluster.type))?.cluster.sides;
      return spoken?.length === 2 ? spoken : timeline.find((item) => FIGHTS.includes(item.cluster.type) && item.cluster.sides?.length === 2)?.cluster.sides;
    },
  };
}

/** A time that starts a span, or dates what a span runs from: "since 2020", "the worst since a six-week war in 2020". */
const SINCE = /\bsince\s+(?:(?:a|an|the|their|its|his|her|our|last)\s+)?(?:[\w-]+\s+){0,3}?(?:in\s+)?$/i;
const SPEECH_TIME = /\b(?:said|says|announced|reported|told|informed|added|stated|declared|writes|wrote)\b[^,;]{0,25}$/i;

const COUNTED_TYPE: Record<string, EventType> = {
  truces: 'CEASEFIRE',
  ceasefires: 'CEASEFIRE',
  'cease-fires': 'CEASEFIRE',
  agreements: 'AGREEMENT',
  deals: 'AGREEMENT',
  accords: 'AGREEMENT',
  wars: 'WAR',
};
const COUNTED = /\b(?:[Tt]wo|[Tt]hree|[Bb]oth) ((?:truces|ceasefires|cease-fires|agreements|deals|accords|attacks|offensives|wars))\b/;
const ORDINAL = /\b[Tt]he (?<noun>first|second|third|former|latter)(?= ?,| (?:one|was|were|had|has|collapsed|lasted|held|began|came|took|failed|announced)\b)/g;

/** "The first, which Moscow brokered for 13 September, collapsed": each ordinal is one of the events counted before, and another than the rest. */
function ordinals(item: Analysed, times: TimeExpression[], type: EventType): EventMention[] {
  const { sentence } = item;
  return [...sentence.text.matchAll(ORDINAL)].map((match) => {
    const at = match.index + match[0].length;
    // Its dates are those of its own clause, up to where the sentence goes on about something else.
    const clauseEnd = sentence.text.slice(at).search(/[.;]|, (?:has|have|had|is|was|were|collapsed|held|failed)\b/);
    const own = times.filter((t) => t.start >= at && (clauseEnd < 0 || t.start < at + clauseEnd + 40) && !t.future);
    const time = own[0];
    return {
      sentence: sentence.index,
      start: sentence.start + match.index,
      end: sentence.start + at,
      text: match[0],
      type,
      det: 'the',
      episode: true,
      time: time && { from: time.from, to: time.to, note: time.note, role: 'at' as const, future: false },
      parties: [],
      proposed: false,
    };
  });
}

function triggers(item: Analysed, masked: Masked, times: TimeExpression[], registry: Registry, published: string): EventMention[] {
  const { sentence } = item;
  const candidates: { match: RegExpMatchArray; type: EventType; episode: boolean; anaphoricOnly: boolean; order: number }[] = [];
  FRAMES.forEach((frame, order) => {
    for (const match of masked.text.matchAll(frame.pattern)) {
      const actor = match.groups?.actor;
      if (frame.actor && actor !== undefined && registry.get(masked.slots[Number(actor)]?.entity ?? '')?.orgType !== frame.actor) continue;
      candidates.push({ match, type: frame.type, episode: false, anaphoricOnly: false, order });
    }
  });
  TRIGGERS.forEach((trigger, order) => {
    for (const match of masked.text.matchAll(trigger.pattern))
      candidates.push({
        match,
        type: trigger.type,
        episode: Boolean(trigger.episode),
        anaphoricOnly: Boolean(trigger.anaphoricOnly),
        order: order + FRAMES.length,
      });
  });
  candidates.sort((a, b) => a.order - b.order);
  // The event's own dates: not the day a statement about it was made ("…, X announced on Wednesday").
  const own = times.filter(
    (time) => !/\bsince\s+$/i.test(sentence.text.slice(0, time.start)) && !SPEECH_TIME.test(sentence.text.slice(Math.max(0, time.start - 40), time.start)),
  );
  const place = (near: RegExp) => {
    const match = near.exec(masked.text);
    const entity = match && registry.get(masked.slots[Number(match[1])]?.entity ?? '');
    return entity?.name;
  };
  // Where a clash happened: the first place the clause puts it at, after its noun.
  const siteAfter = (after: string) => {
    // "the recapture of X": what a capture, a fall or a siege is of is where it happened.
    const of = /^(?:(?:re)?capture|fall|seizure|liberation|storming|siege|blockade) of /i.test(after) ? '|of' : '';
    const match = new RegExp(
      `^[^.;,]*?\\b(?:in|near|at|outside${of}) (?:the )?(?:[a-z]+ )?(?:⟦\\d+:Sd⟧ )?(?:(?:village|town|city|port) of )?⟦(\\d+):R⟧`,
      'u',
    ).exec(after);
    return match ? registry.get(masked.slots[Number(match[1])]?.entity ?? '')?.name : undefined;
  };
  const found: EventMention[] = [];
  for (const { match, type, episode, anaphoricOnly } of candidates) {
    const groups = groupsOf(match);
    const det = (groups.det ?? '').trim().toLowerCase();
    if (/^(?:another|new)$/.test(det) && !episode) continue; // a feared new conflict is no event yet
    if (anaphoricOnly && !/^(?:the|this|that|such)/.test(det)) continue;
    const noun = groups.noun as string;
    const nounAt = (match.index ?? 0) + match[0].lastIndexOf(noun);
    const modsAt = groups.mods ? (match.index ?? 0) + match[0].indexOf(groups.mods) : nounAt;
    const start = masked.origin[modsAt] as number;
    const end = (masked.origin[nounAt + noun.length - 1] as number) + 1;
    if (found.some((f) => start < f.end && f.start < end) || describesNamed(masked, nounAt, nounAt + noun.length)) continue;
    const between = /between (?:the )?⟦(\d+):S[pd]?⟧ and (?:the )?⟦(\d+):S[pd]?⟧/.exec(masked.text);
    const parties = between
      ? [between[1], between[2]].map((n) => registry.get(masked.slots[Number(n)]?.entity ?? '')?.name).filter((n): n is string => Boolean(n))
      : [];
    found.push({
      sentence: sentence.index,
      start,
      end,
      text: sentence.text.slice(start - sentence.start, end - sentence.start),
      type,
      det,
      episode,
      place: type === 'PROTEST' || type === 'COMMEMORATION' || type === 'MISSION' ? place(/\b(?:in|of) ⟦(\d+):(?:Rc?|S)⟧/) : place(/\bover ⟦(\d+):R⟧/),
      site: type === 'CLASH' ? siteAfter(masked.text.slice(nounAt, nounAt + 100)) : undefined,
      parties: parties.length === 2 ? parties : [],
      proposed: /\b(?:future|proposed|possible|planned)\b/i.test(groups.mods ?? '') || /\bready to\b/i.test(sentence.text.slice(0, start - sentence.start)),
      headline: sentence.paragraph <= 2 && !/[.!?"”’]$/.test(sentence.text),
    });
  }
  found.sort((a, b) => a.start - b.start);
  found.forEach((mention, index) => {
    if (mention.proposed || mention.type === 'CONFLICT') return;
    const at = mention.start - sentence.start;
    // A year named in passing dates only what it names: "since their 2020 war" is not the date of the sentence's fighting.
    const others = found.filter((f) => f !== mention).map((f) => [f.start - sentence.start, f.end - sentence.start] as const);
    const free = own.filter((time) => !others.some(([a, b]) => time.start >= a && time.end <= b) && !SINCE.test(sentence.text.slice(0, time.start)));
    mention.time = mentionTime(mention, { times, free, at, end: mention.end - sentence.start, text: sentence.text, subject: index === 0, published });
    // "six weeks of fighting": the words before a fight's noun, for how long it ran (read in `assign`, against the time spoken of).
    if (FIGHTS.includes(mention.type)) mention.before = sentence.text.slice(0, mention.end - sentence.start).replace(/\S+$/, '');
  });
  return found;
}

/** "the peacekeeping mission in X, AMISOM,", "the KFOR mission": the noun describes a named force, it is no event. */
function describesNamed(masked: Masked, at: number, end: number): boolean {
  const named = (n: string | undefined) => masked.slots[Number(n)]?.how === 'org/acronym-apposition';
  const after = /^(?: (?:in|on|for) ⟦\d+:\w+⟧)?(?:, | \()⟦(\d+):O⟧/.exec(masked.text.slice(end));
  const before = /⟦(\d+):O⟧ (?:[a-z]+ )?$/.exec(masked.text.slice(0, at));
  return named(after?.[1]) || named(before?.[1]);
}

const SPEECH = /⟦(\d+):L⟧[^.;]{0,40}?\b(?<verb>said|told|stated|declared|announced|added)\b|\b(?<verb2>said|told|stated|declared|announced)\s+⟦(\d+):L⟧/;

/** "This statement" refers to what a person said a sentence or two before: that speech is the event. */
function speechBefore(analysed: Analysed[], times: TimeExpression[][], index: number, registry: Registry): EventMention | undefined {
  for (let back = index - 1; back >= Math.max(0, index - 3); back--) {
    const item = analysed[back] as Analysed;
    const masked = mask(item.sentence.text, item.sentence.start, item.mentions);
    const match = SPEECH.exec(masked.text);
    if (!match || match.groups?.verb === 'added') continue;
    const verb = (match.groups?.verb ?? match.groups?.verb2) as string;
    const at = match.index + match[0].lastIndexOf(verb);
    const start = masked.origin[at] as number;
    const speaker = registry.get(masked.slots[Number(match[1] ?? match[3])]?.entity ?? '');
    const time = (times[back] ?? []).find((t) => !t.future);
    const place = masked.slots
      .map((m) => registry.get(m.entity))
      .map((e) => (e?.regionType === 'CITY' ? e : e?.seat ? registry.get(e.seat) : undefined))
      .find(Boolean);
    return {
      sentence: back,
      start,
      end: start + verb.length,
      text: verb,
      type: 'STATEMENT',
      det: '',
      episode: false,
      time: time && { from: time.from, to: time.to, note: time.note, role: 'at', future: false },
      place: place?.name,
      parties: [],
      proposed: false,
      speaker: speaker?.name,
    };
  }
  return undefined;
}

/**
 * "… attacked Israel on Saturday … retaliation for the 1 April strike": a mention whose name gives
 * its day, days before an event already dated to its day, is another event, not its start told late
 * ("the truce was agreed on Tuesday" may well be the truce in force since Sunday).
 */
function daysBefore(mention: EventMention, cluster: EventCluster): boolean {
  const time = mention.time;
  if (!time?.named || time.to.length !== 10 || cluster.from?.length !== 10) return false;
  return Date.parse(cluster.from) - Date.parse(time.to) > 2 * 86_400_000;
}

function assign(mention: EventMention, clusters: EventCluster[], frame: { from: string; to: string }, published: string): EventCluster | undefined {
  const types = COMPATIBLE[mention.type] ?? [mention.type];
  const definite = /^(?:the|this|that|these|those|such|recent|renewed)/.test(mention.det) || (!mention.det && mention.type !== 'AGREEMENT');
  // "six weeks of fighting", "the two-year war": a fight told by how long it ran began that long before
  // the day it is spoken of (its own date, else the time the report is speaking of).
  const lasted = mention.before !== undefined && mention.time?.role !== 'start' ? spanBefore(mention.before, (mention.time ?? frame).to) : undefined;
  if (lasted) mention.time = { from: lasted.from, to: (mention.time ?? frame).to, note: lasted.note, role: 'at', future: false };
  const when = mention.time ?? frame;
  const span = (c: EventCluster) => (c.from ? { from: c.from, to: c.to } : c.implicit);
  const candidates = [...clusters]
    .reverse()
    .filter((c) => types.includes(c.type) && (c.type === 'CONFLICT' || (overlaps(when, span(c)?.from, span(c)?.to) && !daysBefore(mention, c))));
  // A headline names the story's events before the text does: "sign deal" is the agreement the first paragraph signs.
  const headline = candidates.find((c) => c.headline && !c.from);
  // "… were ambushed on Tuesday. Five died in a firefight": an undated clash told in the next sentence is the same one.
  const continuing =
    mention.type === 'CLASH' && !mention.time
      ? candidates.find((c) => c.type === 'CLASH' && c.mentions.some((m) => m.sentence >= mention.sentence - 1))
      : undefined;
  // "Not bound by the agreement", with no agreement told before: the truce it speaks of.
  const truce = mention.type === 'AGREEMENT' && definite && !candidates.length ? [...clusters].reverse().find((c) => c.type === 'CEASEFIRE') : undefined;
  let cluster = mention.episode
    ? undefined
    : definite || mention.type === 'CONFLICT'
      ? (candidates[0] ?? truce)
      : ((mention.time ? candidates.find((c) => c.from) : continuing) ?? headline);
  if (!cluster && mention.type === 'STATEMENT' && !definite) return undefined;
  if (!cluster) {
    const historical = !mention.time && frame.from.slice(0, 4) !== published.slice(0, 4);
    cluster = {
      type: mention.type,
      mentions: [],
      notes: [],
      status: mention.proposed ? 'PROPOSED' : 'OCCURRED',
      from: historical ? frame.from : undefined,
      to: historical ? frame.to : undefined,
      headline: mention.headline,
      implicit: mention.time ? undefined : frame,
    };
    clusters.push(cluster);
  }
  if (mention.time && cluster.type !== 'CONFLICT') {
    const { from, to, note, role, future } = mention.time;
    const dated = Boolean(cluster.from);
    if (role === 'start' && !cluster.started) [cluster.from, cluster.started] = [from, true];
    else if (role !== 'end' && !cluster.started && (!cluster.from || from < cluster.from)) cluster.from = from;
    if ((role !== 'start' || mention.time.ongoing) && (!cluster.to || to > cluster.to) && to >= (cluster.from ?? to)) cluster.to = to;
    if (mention.time.ongoing) cluster.status = 'ONGOING';
    if (!dated || role !== 'at') cluster.notes.push(role === 'end' ? `The end: ${note}` : note);
    if (future) cluster.status = 'PLANNED';
  }
  return cluster;
}
