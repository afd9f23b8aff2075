/**
 * Assembles the draft: one source with the full text, the new entities (known ones are only
 * referenced), the relationships merged by id, each item with verbatim citations, evidence (where,
 * which rule, how sure) and a PROPOSED review. Items the schema requires more of than the text gave
 * (a leader's office) say so in a note.
 */
import { RELATIONSHIP_TYPES } from '../model/vocabulary.js';
import type { CitationInput, EntityInput, EvidenceInput, ImportDocument, RelationshipInput } from '../model/format.js';
import type { DraftEntity, Registry } from './entities.js';
import type { Candidate } from './rules/engine.js';
import type { Sentence } from './sentences.js';
import { slugify } from '../model/names.js';
import { locate, type Place } from './places.js';

const MAX_CITATIONS = 3;
const REVIEW = { state: 'PROPOSED' } as const;

export interface SourceInfo {
  id: string;
  title: string;
  text: string;
  published: string;
  publisher?: string;
  url?: string;
}

const round = (score: number) => Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;

/**
 * A relationship's id, from its ends, type and what tells it apart: an accusation's allegation, a
 * report's category and figure. The figure is part of it so that another report's different toll
 * becomes a second relationship (and a contested figure), never an overwrite of the first.
 */
function relationshipId(c: Candidate): string {
  const verb = slugify(RELATIONSHIP_TYPES[c.type].phrase.replace(/^is /, ''));
  const figure =
    c.extra.figure ??
    slugify(String(c.extra.figureText ?? ''))
      .split('-')
      .slice(0, 3)
      .join('-');
  const detail =
    c.type === 'ACCUSES'
      ? `of-${slugify(String(c.extra.allegation ?? ''))
          .split('-')
          .slice(0, 4)
          .join('-')}`
      : c.type === 'REPORTS'
        ? `${String(c.extra.category ?? '').toLowerCase()}-${String(figure)}`
        : '';
  return [c.from, verb, c.to, detail].filter(Boolean).join('-').replace(/-+/g, '-').slice(0, 120).replace(/-$/, '');
}

/** Candidates for the same relationship, read in several sentences or by several rules, as one. */
function merge(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  const byId = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const id = relationshipId(candidate);
    byId.set(id, [...(byId.get(id) ?? []), candidate]);
  }
  return byId;
}

function required(c: Candidate): boolean {
  if (c.type === 'ACCUSES') return Boolean(c.extra.allegation);
  if (c.type === 'LEADS' || c.type === 'HOLDS_OFFICE_IN') return Boolean(c.extra.office);
  if (c.type === 'REPORTS') return Boolean(c.extra.category && c.extra.figureText && c.extra.unit);
  return true;
}

export function assemble(
  source: SourceInfo,
  sentences: readonly Sentence[],
  registry: Registry,
  candidates: readonly Candidate[],
  draft: ImportDocument['draft'],
): ImportDocument {
  const relationships: RelationshipInput[] = [];
  const ends = new Set<string>();
  for (const [id, group] of merge(candidates.filter(required))) {
    const best = [...group].sort((a, b) => b.score - a.score)[0] as Candidate;
    const bySentence = new Map<number, Candidate>();
    for (const c of group)
      if (!bySentence.has(c.sentence.index) || c.score > (bySentence.get(c.sentence.index) as Candidate).score) bySentence.set(c.sentence.index, c);
    const read = [...bySentence.values()].sort((a, b) => a.sentence.index - b.sentence.index).slice(0, MAX_CITATIONS);
    const citations: CitationInput[] = read.map((c) => ({
      quote: c.sentence.text.trim(),
      ...(c.assertedBy ? { assertedBy: c.assertedBy } : {}),
      ...(c.via ? { via: c.via } : {}),
    }));
    const evidence: EvidenceInput[] = read.map((c) => ({
      sentence: { start: c.sentence.start, end: c.sentence.end },
      mentions: c.mentions.map(({ start, end, text, entity }) => ({ start, end, text, ...(entity ? { entity } : {}) })),
      rule: c.rule,
      score: round(c.score),
    }));
    const notes = [...new Set(group.flatMap((c) => c.notes))];
    const time = group.map((c) => c.time).find(Boolean);
    relationships.push({
      id,
      type: best.type,
      from: best.from,
      to: best.to,
      confidence: best.confidence,
      ...Object.assign({}, ...[...group].reverse().map((c) => c.extra)),
      ...(time ? { time } : {}),
      ...(notes.length ? { note: notes.join(' ') } : {}),
      citations,
      evidence,
      review: REVIEW,
    } as RelationshipInput);
    for (const c of read) for (const end of [best.from, best.to, c.assertedBy, c.via, c.extra.whose as string | undefined]) if (end) ends.add(end);
    // Everything a relationship names must be in the draft with a citation of its own.
    for (const c of read) {
      for (const end of [c.from, c.to, c.assertedBy, c.via, c.extra.whose as string | undefined]) {
        if (end && !registry.get(end)?.citations.length)
          registry.cite(end, { sentence: c.sentence.index, start: c.sentence.start, end: c.sentence.end, text: c.sentence.text, rule: c.rule, score: 0.5 });
      }
    }
  }
  // The state a place is in, when the text says so (its PART_OF) or the entity knows it (a capital).
  const stateOf = new Map(relationships.filter((r) => r.type === 'PART_OF' && registry.get(r.to)?.kind === 'STATE').map((r) => [r.from, r.to]));
  const countryOf = (e: DraftEntity) => registry.get(stateOf.get(e.id) ?? e.state ?? '')?.isoCode;
  const entities = [...registry.entities.values()]
    .filter((e) => !e.known && e.citations.length && (ends.has(e.id) || named(e, sentences)))
    .map((e) => entity(e, sentences, countryOf(e)));
  return {
    format: 'conflict-graph/v1',
    draft,
    sources: [
      {
        id: source.id,
        title: source.title,
        publisher: source.publisher ?? null,
        url: source.url ?? null,
        language: 'en',
        published: { from: source.published },
        text: source.text,
      },
    ],
    entities,
    relationships,
  };
}

/** Whether the text names the entity, rather than only using its demonym ("Polish time"). */
/** Words before a name that make it a place: "in Moscow", "visited Kigali", "talks in the capital, X". */
const PLACE_BEFORE = /\b(?:in|at|to|from|near|into|outside|towards?|around|across|via|visited|visiting|reached|reach|left|leave)\s+(?:the\s+)?$/i;

/**
 * A capital only ever acting ("Moscow has given no toll", "accusing Kyiv of …", "sanctions on Moscow")
 * stands for its government, which the relationships name: it is no place the text names. A capital
 * after "in" or "visited", or in a dateline ("BAKU, Sept 15", "Bishkek, 16 September 2022"), is one.
 */
function onlyActing(entity: DraftEntity, sentences: readonly Sentence[]): boolean {
  if (entity.kind !== 'REGION' || !entity.citations.every((c) => c.rule === 'state/capital')) return false;
  return entity.citations.every((c) => {
    const sentence = sentences[c.sentence];
    const before = sentence ? sentence.text.slice(0, Math.max(0, c.start - sentence.start)) : '';
    const dateline = !before.trim() && /^,\s*\d/.test(sentence?.text.slice(before.length + c.text.length) ?? '');
    return c.text !== c.text.toUpperCase() && !dateline && !PLACE_BEFORE.test(before);
  });
}

function named(entity: DraftEntity, sentences: readonly Sentence[]): boolean {
  if (entity.kind === 'LEADER') return Boolean(entity.office);
  if (onlyActing(entity, sentences)) return false;
  return entity.citations.some((c) => !c.rule.startsWith('state/demonym') && !c.rule.startsWith('state/people') && !c.rule.startsWith('anaphor'));
}

/** A place named as a town (or only by its name after "in"), which GeoNames may know. */
const TOWN_RULES = /^(?:region\/(?:in-proper-name|city|city-list|apposition|part-of-state)|state\/capital|name\/found-before)$/;

/** Coordinates for a town the gazetteer places without doubt, in the state the text gives if any. */
function located(e: DraftEntity, country: string | undefined): { regionType?: 'CITY'; coordinates?: Place } {
  const town =
    e.regionType === 'CITY' ||
    (e.regionType === 'AREA' &&
      e.citations.some((c) => TOWN_RULES.test(c.rule)) &&
      !/\b(?:region|province|district|area|valley|sector|state)\b/i.test([e.name, ...e.aliases].join(' ')));
  const place = town ? locate([e.name, ...e.aliases], country) : undefined;
  return place ? { regionType: 'CITY', coordinates: place } : {};
}

function entity(e: DraftEntity, sentences: readonly Sentence[], country?: string): EntityInput {
  // An event's death toll must be in one of its quotes: that sentence is cited first.
  const holdsToll = (c: DraftEntity['citations'][number]) => Boolean(e.deaths && sentences[c.sentence]?.text.includes(e.deaths.text));
  const citations = [...e.citations].sort((a, b) => Number(holdsToll(b)) - Number(holdsToll(a)) || a.sentence - b.sentence).slice(0, MAX_CITATIONS);
  const at = (index: number) => sentences[index] as Sentence;
  const base = {
    id: e.id,
    name: e.name,
    aliases: e.aliases.filter((a) => a !== e.name),
    ...(e.description ? { description: e.description } : {}),
    citations: citations.map((c) => ({ quote: at(c.sentence).text })),
    evidence: citations.map((c) => ({
      sentence: { start: at(c.sentence).start, end: at(c.sentence).end },
      mentions: [{ start: c.start, end: c.end, text: c.text, entity: e.id }],
      rule: c.rule,
      score: round(c.score),
    })),
    review: REVIEW,
  };
  const notes = [e.note, e.kind === 'LEADER' && !e.office ? 'The source names no office.' : undefined].filter(Boolean).join(' ');
  const note = notes ? { note: notes } : {};
  switch (e.kind) {
    case 'STATE':
      return { ...base, ...note, kind: 'STATE', ...(e.isoCode ? { isoCode: e.isoCode } : {}), recognized: e.recognized ?? true };
    case 'LEADER':
      return { ...base, ...note, kind: 'LEADER', office: e.office ?? 'Not stated in the source' };
    case 'ORGANIZATION':
      return { ...base, ...note, kind: 'ORGANIZATION', orgType: e.orgType ?? 'COLLECTIVE' };
    case 'REGION': {
      const { regionType, coordinates } = located(e, country);
      return {
        ...base,
        ...note,
        kind: 'REGION',
        regionType: regionType ?? e.regionType ?? 'AREA',
        ...(coordinates ? { coordinates: { latitude: coordinates.latitude, longitude: coordinates.longitude, note: coordinates.note } } : {}),
      };
    }
    case 'EVENT':
      return {
        ...base,
        ...note,
        kind: 'EVENT',
        eventType: e.eventType ?? 'CLASH',
        status: e.status ?? 'OCCURRED',
        ...(e.start ? { start: e.start } : {}),
        ...(e.end ? { end: e.end } : {}),
        ...(e.dateNote ? { dateNote: e.dateNote } : {}),
        ...(e.deaths ? { deaths: e.deaths } : {}),
      };
  }
}
