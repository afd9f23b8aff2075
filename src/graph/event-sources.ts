/**
 * Sources side by side for one event: each report that speaks of it (names it, or states something
 * about it: figures, participants, places, dates, and the accusations its participants trade while
 * it lasts), and what they say compared topic by topic — the same figure, the same accusation, the
 * same statement — marked where they conflict (different numbers, different dates), agree (two or
 * more sources, the same) or rest on one source.
 */
import { gistOf } from '../model/properties.js';
import type { Db } from './db.js';
import { entitiesById } from './entities.js';
import { relationshipsTouching } from './explore.js';
import { holds, holdsParams, type HoldsFilter } from './holds.js';
import { relationshipProperties } from './projection.js';
import { partialDateString } from './dates.js';
import { toRelationship, type CitationRecord, type EntityRecord, type RelationshipRecord } from './records.js';
import { citationsAbout, sourcesById, type SourceRecord } from './sources.js';

export type Agreement = 'CONFLICT' | 'AGREE' | 'SINGLE_SOURCE';
export type ComparisonKind = 'FIGURE' | 'ACCUSATION' | 'STATEMENT';

/** What one source says on one topic, through one relationship. */
export interface SourceClaim {
  sourceId: string;
  relationship: RelationshipRecord;
  /** In words: "71 soldiers killed (exact), per Ministry of Defence of Azerbaijan". */
  says: string;
  figure: number | null;
  /** When it holds, as the source dates it ("2022-09-12 to 2022-09-14"). */
  when: string | null;
  /** Who says it: the reporter of a figure, the accuser, or the entity a citation quotes. */
  statedBy: string | null;
  quotes: string[];
}

export interface SourceComparison {
  kind: ComparisonKind;
  topic: string;
  agreement: Agreement;
  claims: SourceClaim[];
}

export interface SourceReport {
  source: SourceRecord;
  /** The sentences of this source that name the event. */
  mentions: CitationRecord[];
  /** The relationships it states about the event. */
  statements: RelationshipRecord[];
}

export interface EventSources {
  event: EntityRecord;
  reports: SourceReport[];
  comparisons: SourceComparison[];
}

/** Accusations between the event's participants whose time overlaps the event's (or is unbounded). */
const ACCUSATIONS_DURING = `
MATCH (e:Event {id: $id})<-[p1:PARTICIPATES_IN]-(a:Entity)-[r:ACCUSES]->(b:Entity)-[p2:PARTICIPATES_IN]->(e)
WHERE ${holds('r', '$', ['a', 'b'])} AND ${holds('p1', '$', ['a', 'e'])} AND ${holds('p2', '$', ['b', 'e'])}
  AND (r.validFrom IS NULL OR e.endDate IS NULL OR r.validFrom <= e.endDate)
  AND (r.validTo IS NULL OR e.startDate IS NULL OR r.validTo >= e.startDate)
RETURN DISTINCT ${relationshipProperties('r')} AS r, 'ACCUSES' AS type, a.id AS from, b.id AS to`;

const span = (r: RelationshipRecord) => {
  const from = partialDateString(r.properties.validFrom, r.properties.validFromPrecision);
  const to = partialDateString(r.properties.validTo, r.properties.validToPrecision);
  return from || to ? (from === to ? from : `${from ?? '…'} to ${to ?? 'open'}`) : null;
};
const text = (r: RelationshipRecord, key: string) => (typeof r.properties[key] === 'string' ? (r.properties[key] as string) : null);

/** The topic a relationship speaks to: the same topic from two sources is compared. */
function topicOf(r: RelationshipRecord, name: (id: string) => string, eventId: string): { kind: ComparisonKind; key: string; topic: string } {
  if (r.type === 'REPORTS' && r.to === eventId) {
    const category = (text(r, 'category') ?? 'figure').toLowerCase();
    const unit = (text(r, 'unit') ?? '').toLowerCase();
    const whose = text(r, 'whose');
    return {
      kind: 'FIGURE',
      key: `figure:${category}:${unit}:${whose ?? ''}`,
      topic: `${category[0]?.toUpperCase()}${category.slice(1)}: ${unit}${whose ? ` (${name(whose)})` : ''}`,
    };
  }
  if (r.type === 'ACCUSES') return { kind: 'ACCUSATION', key: `accuses:${r.from}:${r.to}`, topic: `${name(r.from)} accuses ${name(r.to)}` };
  const verb = r.type.replaceAll('_', ' ').toLowerCase();
  return { kind: 'STATEMENT', key: `${r.type}:${r.from}:${r.to}`, topic: `${name(r.from)} ${verb} ${name(r.to)}` };
}

function claimOf(r: RelationshipRecord, sourceId: string, citations: CitationRecord[], name: (id: string) => string): SourceClaim {
  const figure = typeof r.properties.figure === 'number' ? r.properties.figure : null;
  const qualifier = text(r, 'qualifier');
  const details =
    r.type === 'REPORTS'
      ? `${text(r, 'figureText') ?? figure ?? '?'} (${[text(r, 'unit'), qualifier?.toLowerCase().replaceAll('_', ' ')].filter(Boolean).join(', ')}), per ${name(r.from)}`
      : gistOf(r.type)
        ? `of ${text(r, gistOf(r.type) as string) ?? 'something it does not name'}`
        : `${String(r.properties.confidence ?? '')
            .toLowerCase()
            .replaceAll('_', ' ')}`;
  const asserted = citations.find((c) => c.assertedById)?.assertedById ?? null;
  return {
    sourceId,
    relationship: r,
    says: details.trim(),
    figure,
    when: span(r),
    statedBy: r.type === 'REPORTS' || r.type === 'ACCUSES' ? r.from : asserted,
    quotes: citations.map((c) => c.quote),
  };
}

/** Whether the claims of two or more sources conflict, agree, or rest on one source. */
function agreementOf(kind: ComparisonKind, claims: SourceClaim[]): Agreement {
  if (new Set(claims.map((c) => c.sourceId)).size < 2) {
    // Two figures for the same thing in one source (a revised toll) still conflict.
    return kind === 'FIGURE' && new Set(claims.flatMap((c) => (c.figure === null ? [] : [c.figure]))).size > 1 ? 'CONFLICT' : 'SINGLE_SOURCE';
  }
  if (kind === 'FIGURE') return new Set(claims.flatMap((c) => (c.figure === null ? [] : [c.figure]))).size > 1 ? 'CONFLICT' : 'AGREE';
  if (kind === 'STATEMENT') return new Set(claims.map((c) => c.when ?? '')).size > 1 ? 'CONFLICT' : 'AGREE';
  return 'AGREE';
}

const ORDER: Record<Agreement, number> = { CONFLICT: 0, AGREE: 1, SINGLE_SOURCE: 2 };

/** Sources side by side for an event (as its entity record). */
export async function eventSources(db: Db, event: EntityRecord, filter: HoldsFilter): Promise<EventSources> {
  const touching = await relationshipsTouching(db, event.id, { ...filter, limit: 1_000 });
  const accusations = (
    await db.read<{ r: Record<string, unknown>; type: string; from: string; to: string }>(ACCUSATIONS_DURING, { ...holdsParams(filter), id: event.id })
  ).map(toRelationship);
  const relationships = [...new Map([...touching, ...accusations].map((r) => [`${r.type}:${r.id}`, r])).values()];
  const citations = await citationsAbout(db, [event.id, ...relationships.map((r) => r.id)]);
  const [mentions = [], ...cited] = citations;
  const ids = new Set(relationships.flatMap((r) => [r.from, r.to, text(r, 'whose') ?? r.from]));
  const names = new Map((await entitiesById(db, [...ids])).map((e) => [e.id, e.name]));
  const name = (id: string) => names.get(id) ?? id;

  const bySource = new Map<string, { mentions: CitationRecord[]; statements: RelationshipRecord[] }>();
  const reportOf = (id: string) => bySource.get(id) ?? bySource.set(id, { mentions: [], statements: [] }).get(id)!;
  for (const c of mentions) reportOf(c.sourceId).mentions.push(c);
  const topics = new Map<string, SourceComparison>();
  relationships.forEach((r, index) => {
    const own = cited[index] ?? [];
    const topic = topicOf(r, name, event.id);
    for (const sourceId of new Set(own.map((c) => c.sourceId))) {
      reportOf(sourceId).statements.push(r);
      const comparison =
        topics.get(topic.key) ?? topics.set(topic.key, { kind: topic.kind, topic: topic.topic, agreement: 'SINGLE_SOURCE', claims: [] }).get(topic.key)!;
      comparison.claims.push(
        claimOf(
          r,
          sourceId,
          own.filter((c) => c.sourceId === sourceId),
          name,
        ),
      );
    }
  });
  const sources = new Map((await sourcesById(db, [...bySource.keys()])).map((s) => [s.id, s]));
  const published = (s: SourceRecord | undefined) => String(s?.properties.publishedFrom ?? '9999');
  const reports = [...bySource]
    .flatMap(([id, report]) => (sources.has(id) ? [{ source: sources.get(id)!, ...report }] : []))
    .sort((a, b) => published(a.source).localeCompare(published(b.source)) || a.source.id.localeCompare(b.source.id));
  const rank = new Map(reports.map((report, index) => [report.source.id, index]));
  const comparisons = [...topics.values()]
    .map((c) => ({
      ...c,
      agreement: agreementOf(c.kind, c.claims),
      claims: c.claims.sort((a, b) => (rank.get(a.sourceId) ?? 0) - (rank.get(b.sourceId) ?? 0)),
    }))
    .sort((a, b) => ORDER[a.agreement] - ORDER[b.agreement] || a.kind.localeCompare(b.kind) || a.topic.localeCompare(b.topic));
  return { event, reports, comparisons };
}
