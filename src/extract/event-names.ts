/**
 * How an event is named and found in the graph. A name is made from the event's date and what it
 * is about: the place it is fought over, the two parties "between" whom, else the states the
 * sentences about it name as actors (not who reports it, not who helped); so the same event in
 * another report gets the same name and id. The graph's event is found by type and date.
 */
import type { EventType } from '../model/vocabulary.js';
import { attribute } from './attribution.js';
import type { Registry } from './entities.js';
import { type Analysed, mask } from './mentions/mask.js';
import { humanDate, nameKey } from './text.js';
import { slugify } from '../model/names.js';
import { type EventCluster, type EventMention, overlaps } from './event-model.js';

const NOUN: Record<EventType, string> = {
  CONFLICT: 'conflict',
  WAR: 'war',
  CLASH: 'clashes',
  CEASEFIRE: 'ceasefire',
  AGREEMENT: 'agreement',
  STATEMENT: 'statement',
  PROTEST: 'protests',
  MISSION: 'mission',
  COMMEMORATION: 'commemoration',
  INCIDENT: 'incident',
};

/**
 * The word a clash is told by when it is an attack rather than fighting ("the attack", "a missile
 * strike", "attacked the town"): a reviewer names the event by it, so the name keeps it.
 */
const ATTACK_WORDS: Record<string, string> = {
  attack: 'attack',
  attacks: 'attacks',
  attacked: 'attack',
  assault: 'assault',
  stormed: 'assault',
  strike: 'strike',
  strikes: 'strikes',
  struck: 'strike',
  airstrike: 'airstrike',
  airstrikes: 'airstrikes',
  ambush: 'ambush',
  ambushed: 'ambush',
  siege: 'siege',
  besieged: 'siege',
  raid: 'raid',
  raids: 'raids',
  raided: 'raid',
  bombing: 'bombing',
  bombings: 'bombings',
  bombed: 'bombing',
  offensive: 'offensive',
  incursion: 'incursion',
  capture: 'capture',
  recapture: 'recapture',
  fall: 'fall',
  seizure: 'seizure',
  liberation: 'liberation',
  storming: 'storming',
  blockade: 'blockade',
};

/** How a clash is called: by the first mention's word when that is an attack's, else "clashes". */
function clashNoun(cluster: EventCluster): string {
  const word = (cluster.mentions[0]?.text ?? '').toLowerCase().split(/\s+/).at(-1) ?? '';
  return ATTACK_WORDS[word] ?? NOUN.CLASH;
}

function timeLabel(from?: string, to?: string, day = false): string {
  if (!from) return '';
  if (to && to.slice(0, 4) !== from.slice(0, 4)) return `${from.slice(0, 4)}–${to.slice(0, 4)}`;
  if (from.length === 4) return from;
  return day && from.length === 10 ? humanDate(from) : humanDate(from.slice(0, 7));
}

export function nameEvent(cluster: EventCluster, clusters: EventCluster[], analysed: Analysed[], registry: Registry, published: string): void {
  const first = cluster.mentions[0] as EventMention;
  // A stage of a conflict is named after what the conflict is over.
  const conflict = first.episode ? clusters.find((c) => c.type === 'CONFLICT') : undefined;
  const place = cluster.mentions.map((m) => m.place).find(Boolean) ?? conflict?.mentions.map((m) => m.place).find(Boolean);
  const parties = cluster.mentions.map((m) => m.parties).find((p) => p.length === 2);
  const site = cluster.mentions.map((m) => m.site).find(Boolean);
  // Fought over a place, between two parties, at a place, else by whom: what tells it apart.
  const subject = place ?? (parties ? parties.sort().join('–') : (site ?? actorStates(cluster, analysed, registry).join('–')));
  const undated = !cluster.from;
  if (!cluster.from && cluster.status === 'OCCURRED' && cluster.type !== 'CONFLICT') {
    // Not dated: it happened by the time of the report, in its month as far as the text tells.
    cluster.from = published.slice(0, 7);
    cluster.notes.push(`Not dated in the source; reported in ${humanDate(cluster.from)}, when it had taken place.`);
  }
  const bare = cluster.mentions.map((m) => m.text.replace(/^(?:the|this|that|such an?|an?)\s+/i, ''));
  // An agreement keeps the noun the text gives it ("treaty", "accord", "deal"), as a reviewer calls it.
  const surface =
    bare.find((s) => s.includes(' ')) ??
    (cluster.type === 'AGREEMENT' ? bare.find((s) => /^(?:treaty|accord|deal|pact)$/i.test(s))?.toLowerCase() : undefined) ??
    NOUN[cluster.type];
  const when = timeLabel(cluster.from, cluster.to, !['CLASH', 'WAR', 'AGREEMENT'].includes(cluster.type));
  let label: string;
  switch (cluster.type) {
    case 'CONFLICT':
      label = `${subject} conflict`;
      break;
    case 'PROTEST':
      label = `Protests${place ? ` in ${place}` : ''}${when ? `, ${when}` : ''}`;
      break;
    case 'STATEMENT':
      label = `${cluster.speaker ? `${cluster.speaker}’s statement` : 'Statement'}${when ? `, ${when}` : ''}`;
      break;
    case 'COMMEMORATION':
      label = `Commemoration${place ? ` in ${place}` : ''}${when ? `, ${when}` : ''}`;
      break;
    case 'MISSION':
      // A named operation keeps its own name ("Operation Prosperity Guardian"), as a reviewer calls it.
      label = /^Operation [A-Z]/.test(surface) ? surface : `${surface.replace(/^./, (c) => c.toUpperCase())}${when ? `, ${when}` : ''}`;
      break;
    default:
      label = `${when} ${subject} ${cluster.type === 'AGREEMENT' ? surface.replace(/^(?:future|proposed|possible|trilateral|bilateral)\s+/i, '') : cluster.type === 'CLASH' ? clashNoun(cluster) : NOUN[cluster.type]}`;
  }
  label = label.replace(/\s+/g, ' ').trim();
  label = label.charAt(0).toUpperCase() + label.slice(1);
  // Surfaces that name this event rather than describe a moment of it ("trilateral ceasefire agreement", not "heavy fighting").
  const naming = ['AGREEMENT', 'MISSION', 'CEASEFIRE'].includes(cluster.type);
  const aliases = [...new Set(cluster.mentions.map((m) => m.text.replace(/^(?:the|this|that|such an?|an?)\s+/i, '')))].filter(
    (s) => s.includes(' ') && (naming || /\p{Lu}/u.test(s)) && nameKey(s) !== nameKey(label),
  );
  cluster.sides = (parties ?? actorStates(cluster, analysed, registry))
    .map((name) => [...registry.entities.values()].find((e) => e.kind === 'STATE' && e.name === name)?.id)
    .filter((id): id is string => Boolean(id));
  const known = knownEvent(cluster, undated, [subject, ...actorStates(cluster, analysed, registry), ...placesNamed(cluster, analysed, registry)], registry);
  // The graph's event has its sides already: "both sides" of it are those, when this report names fewer.
  if (known?.parties?.length === 2 && cluster.sides.length !== 2) {
    const parties = known.parties.flatMap((id) => {
      const party = registry.knownEntity(id);
      return party ? [registry.propose({ id: party.id, kind: party.kind, name: party.name, ...(party.isoCode ? { isoCode: party.isoCode } : {}) }).id] : [];
    });
    if (parties.length === 2) cluster.sides = parties;
  }
  cluster.entity = registry.propose({ id: known?.id ?? slugify(label), kind: 'EVENT', eventType: cluster.type, name: label, aliases });
  if (!cluster.entity.known) {
    Object.assign(cluster.entity, {
      status: cluster.status === 'OCCURRED' && cluster.type === 'CONFLICT' ? 'ONGOING' : cluster.status,
      start: cluster.from,
      end: cluster.type === 'CONFLICT' || cluster.status !== 'OCCURRED' ? undefined : cluster.to,
      dateNote: cluster.notes.length
        ? cluster.notes.join(' ')
        : cluster.from
          ? `Not dated in the source; placed by the dates around it (${timeLabel(cluster.from, cluster.to)}).`
          : undefined,
    });
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{4})\\b`);

/**
 * The graph's event this one is: the same type, and dates of its own that fall in the known event's
 * span (a day either side), never a bare "clashes" by type alone; and when the known event's name
 * places it (states, regions) and this one has a place or parties, they share one: a clash in one
 * country is not a clash of two others in the same month. When several agree, the one whose names
 * share a word with this one's place or parties.
 */
function knownEvent(cluster: EventCluster, undated: boolean, subjects: string[], registry: Registry) {
  const words = new Set(subjects.flatMap((s) => nameKey(s).split(' ')).filter((w) => w.length > 3));
  // The proper names of the graph's states and places ("Armenia", "Tavush"), not their common nouns ("border zone").
  const places = new Set(
    registry.known
      .filter((k) => k.kind === 'STATE' || k.kind === 'REGION')
      .flatMap((k) => [k.name, ...k.aliases])
      .flatMap((n) => n.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [])
      .flatMap((n) => nameKey(n).split(' '))
      .filter((w) => w.length > 3),
  );
  const nameWords = (known: { name: string; aliases: string[] }) => nameKey([known.name, ...known.aliases].join(' ')).split(' ');
  // An undated fight is of the day the report speaks of; it joins only a known event its parties or place name.
  const when = undated
    ? cluster.implicit?.from.length === 10
      ? cluster.implicit
      : undefined
    : cluster.from
      ? { from: cluster.from, to: cluster.to ?? cluster.from }
      : undefined;
  const candidates = registry.known.filter((known) => {
    if (known.kind !== 'EVENT' || !(COMPATIBLE[cluster.type] ?? [cluster.type]).includes(known.eventType as EventType)) return false;
    const placed = nameWords(known).filter((w) => places.has(w));
    if (words.size && placed.length && !placed.some((w) => words.has(w))) return false;
    if (cluster.type === 'CONFLICT') return true;
    // An undated mission ("sent a fact-finding mission") is the graph's mission of the report's month to the same place.
    if (undated && cluster.type === 'MISSION' && placed.some((w) => words.has(w)) && known.start?.slice(0, 7) === cluster.from) return true;
    if (undated && !(placed.length && placed.some((w) => words.has(w)) && ['CLASH', 'WAR'].includes(cluster.type)))
      return cluster.status === 'PROPOSED' && !when;
    if (!when) return false;
    const names = [known.name, ...known.aliases].join(' ');
    const month = MONTH_YEAR.exec(names);
    const from =
      known.start?.slice(0, 10) ??
      (month ? `${month[2]}-${String(MONTHS.indexOf(month[1] as string) + 1).padStart(2, '0')}` : /\b(?:1[89]|20)\d\d\b/.exec(names)?.[0]);
    if (!from) return false;
    // A truce or a deal begins at a moment: another day's is another truce (one that failed within hours is not the next day's).
    if (STARTS_AT_A_MOMENT.includes(cluster.type) && from.length === 10 && when.from.length === 10) return from === when.from;
    return overlaps(when, from, (known.end ?? from).slice(0, 10), 1);
  });
  const sharing = candidates.filter((known) => nameWords(known).some((w) => words.has(w)));
  return sharing.length === 1 ? sharing[0] : candidates.length === 1 && cluster.type !== 'CONFLICT' ? candidates[0] : sharing[0];
}

const COMPATIBLE: Partial<Record<EventType, EventType[]>> = { CLASH: ['CLASH', 'WAR'], WAR: ['WAR', 'CLASH'] };
/** A truce or a deal begins at a moment (the day it was agreed), not over a span. */
export const STARTS_AT_A_MOMENT: readonly EventType[] = ['CEASEFIRE', 'AGREEMENT'];

/** Words that introduce helpers, not parties: "with the help of X". */
const HELPERS = /(?:help|mediation|involvement|efforts|support|assistance) of (?:the )?(?:⟦\d+:\w+⟧(?:, |,? and (?:the )?))*$/;

/**
 * The states (one or two) the sentences about an event name as actors, most named first, sorted by
 * name: not the speaker of a sentence ("…, U.S. officials said") nor those who helped.
 */
function actorStates(cluster: EventCluster, analysed: Analysed[], registry: Registry): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const index of new Set(cluster.mentions.map((m) => m.sentence))) {
    const item = analysed[index];
    if (!item) continue;
    const masked = mask(item.sentence.text, item.sentence.start, item.mentions);
    const { content } = attribute(masked, registry);
    masked.slots.forEach((slot, n) => {
      const at = masked.text.indexOf(`⟦${n}:`);
      if (at < content[0] || at > content[1] || HELPERS.test(masked.text.slice(0, at))) return;
      const entity = registry.get(slot.entity);
      const state = entity?.kind === 'STATE' ? entity.id : entity?.kind === 'ORGANIZATION' ? entity.state : undefined;
      if (!state) return;
      const seen = counts.get(state) ?? { count: 0, first: index * 1000 + at };
      counts.set(state, { ...seen, count: seen.count + 1 });
    });
  }
  return [...counts]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, 2)
    .map(([id]) => registry.get(id)?.name ?? id)
    .sort();
}

/** The places the sentences about an event name ("retook Nagorno-Karabakh in six weeks of fighting"): what a known event's name may place it by. */
function placesNamed(cluster: EventCluster, analysed: Analysed[], registry: Registry): string[] {
  return [...new Set(cluster.mentions.map((m) => m.sentence))].flatMap((index) =>
    (analysed[index]?.mentions ?? [])
      .map((m) => registry.get(m.entity))
      .filter((e) => e?.kind === 'REGION' && e.regionType !== 'CITY')
      .map((e) => e?.name as string),
  );
}
