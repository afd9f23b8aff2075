/**
 * Event-dataset rows (ACLED, UCDP GED: src/import/acled.ts, ucdp.ts read their columns into a
 * DatasetRow) made into conflict-graph/v1 documents for the normal importer. Each row is a source
 * of its own — its text the row's narrative (ACLED's notes, UCDP's headline), so every item it
 * gives is cited by that text verbatim — and gives one Event (with the row's coordinates), LOCATED_IN
 * its place, the place PART_OF its admin area and country, its actors PARTICIPATES_IN it, and its
 * figures as REPORTS of the dataset (an organization of its own); an event the graph holds that the
 * row is an episode of (same type and days, a shared actor) gets it as a PART_OF, an assessment.
 * Actors and places are resolved onto the graph's entities (src/import/resolve.ts). An entity or place relationship shared by many
 * rows is written with the first part of the file that names it (cited by each row of that part)
 * and only referred to after, so a large file does not restate it thousands of times.
 */
import type { CitationInput, EntityInput, ImportDocument, RelationshipInput, SourceInput } from '../model/format.js';
import { FORMAT } from '../model/format.js';
import { slugify } from '../model/names.js';
import { nameKey } from '../extract/text.js';
import type { EventType, FigureQualifier, OrganizationType, RegionType, VictimGroup } from '../model/vocabulary.js';
import type { DatasetEntity, DatasetResolver } from './resolve.js';

export interface DatasetActor {
  name: string;
  role: string;
  orgType: OrganizationType;
  description: string;
}

export interface DatasetFigure {
  figure: number;
  qualifier: FigureQualifier;
  figureText: string;
  unit: string;
  /** The actor (by its dataset name) whose losses these are. */
  whose?: string;
  victims?: VictimGroup;
  note: string;
}

/** One row of a dataset, read and checked: what the documents are made of. */
export interface DatasetRow {
  line: number;
  source: { id: string; title: string; publisher?: string; url?: string; published?: string; note: string; text: string };
  event: { id: string; name: string; eventType: EventType; start: string; end: string; description: string; dateNote?: string };
  actors: DatasetActor[];
  place: { name: string; admin1?: string; country: string; regionType: RegionType; latitude: number; longitude: number; note: string };
  figures: DatasetFigure[];
}

/** The dataset as an organization: it reports the figures. */
export interface DatasetMonitor {
  name: string;
  alias: string;
  description: string;
}

/** A document built from rows, with the CSV line each of its items comes from (for problems). */
export interface DatasetDocument {
  document: ImportDocument;
  lines: { sources: number[]; entities: number[]; relationships: number[] };
  /** The earlier parts that write entities this one names without restating them: they must land first. */
  after: number[];
}

type Entity = EntityInput & { citations: CitationInput[] };

/** Groups named by what their members do, which are the graph's group only in its own events. */
const GROUPS: ReadonlySet<string> = new Set(['PROTEST_MOVEMENT', 'COLLECTIVE']);

/** The ids of the events rows give (src/import/acled.ts, ucdp.ts make them so). */
export const DATASET_EVENT = /^(?:acled|ucdp-ged)-event-/;

export class DatasetDocuments {
  /** Entities and relationships written by an earlier part of this import (and which part): referred to, not restated. */
  private readonly written = new Map<string, number>();

  constructor(
    private readonly resolver: DatasetResolver,
    private readonly monitor: DatasetMonitor,
  ) {}

  /** The document of some rows, the import's part `part`: each row's source, event and what it relates. */
  build(rows: readonly DatasetRow[], part: number): DatasetDocument {
    const after = new Set<number>();
    const sources: SourceInput[] = [];
    const entities = new Map<string, { item: Entity; line: number }>();
    const relationships = new Map<string, { item: RelationshipInput; line: number }>();
    const lines: DatasetDocument['lines'] = { sources: [], entities: [], relationships: [] };

    for (const row of rows) {
      const source = row.source;
      sources.push({
        id: source.id,
        title: source.title,
        language: 'en',
        note: source.note,
        text: source.text,
        ...(source.publisher ? { publisher: source.publisher } : {}),
        ...(source.url ? { url: source.url } : {}),
        ...(source.published ? { published: { from: source.published, to: source.published } } : {}),
      });
      lines.sources.push(row.line);
      const cite = (note: string): CitationInput => ({ source: source.id, quote: source.text, note });

      const entity = (e: DatasetEntity, note: string) => {
        if (e.known && !e.aliases.length) return e.id;
        const already = entities.get(e.id);
        if (already) {
          if (!already.item.citations.some((c) => c.source === source.id)) already.item.citations.push(cite(note));
          return e.id;
        }
        const earlier = this.written.get(`entity:${e.id}`);
        if (earlier !== undefined) {
          if (!e.known) after.add(earlier);
          return e.id;
        }
        this.written.set(`entity:${e.id}`, part);
        entities.set(e.id, { item: toEntity(e, cite(note)), line: row.line });
        return e.id;
      };
      const relate = (
        r: { type: 'PART_OF' | 'LOCATED_IN' | 'PARTICIPATES_IN'; from: string; to: string; role?: string; confidence?: 'ASSESSMENT' },
        note: string,
        shared: boolean,
      ) => {
        const key = `${r.type}:${r.from}:${r.to}${shared ? '' : `:${source.id}`}`;
        const already = relationships.get(key);
        if (already) {
          if (!already.item.citations.some((c) => c.source === source.id)) already.item.citations.push(cite(note));
          return;
        }
        if (shared && this.written.has(key)) return;
        if (shared) this.written.set(key, part);
        const id = slugify(`${r.from} ${r.type.toLowerCase().replace(/_/g, ' ')} ${r.to}`);
        relationships.set(key, { item: { confidence: 'REPORTED_FACT', ...r, id, citations: [cite(note)] } as RelationshipInput, line: row.line });
      };

      const monitor = entity(this.resolver.monitor(this.monitor.name, this.monitor.alias, this.monitor.description), 'The dataset that codes this row.');
      const place = row.place;
      const state = entity(this.resolver.state(place.country), `The row's country: “${place.country}”.`);
      let within = state;
      if (place.admin1) {
        const admin = entity(
          this.resolver.region(place.admin1, { key: place.country, id: state }, 'AREA'),
          `The row's first-level admin area: “${place.admin1}”.`,
        );
        relate({ type: 'PART_OF', from: admin, to: state }, `“${place.admin1}” is coded in “${place.country}”.`, true);
        within = admin;
      }
      const coordinates = { latitude: place.latitude, longitude: place.longitude, note: place.note };
      // A location named as its admin area, and not a town, is that area (the event keeps the point).
      const isArea = place.regionType !== 'CITY' && place.admin1 !== undefined && nameKey(place.name) === nameKey(place.admin1);
      const spot = isArea
        ? undefined
        : this.resolver.region(place.name, { key: `${place.country}/${place.admin1 ?? ''}`, id: within }, place.regionType, coordinates);
      const where = !spot || spot.id === within ? within : entity(spot, `The row's location: “${place.name}”.`);
      if (where !== within) relate({ type: 'PART_OF', from: where, to: within }, `“${place.name}” is coded in “${place.admin1 ?? place.country}”.`, true);

      const event = row.event;
      const eventEntity: Entity = {
        id: event.id,
        kind: 'EVENT',
        name: event.name,
        aliases: [],
        eventType: event.eventType,
        start: event.start,
        end: event.end,
        description: event.description,
        coordinates,
        ...(event.dateNote ? { dateNote: event.dateNote } : {}),
        citations: [cite('The event this row codes.')],
      };
      entities.set(event.id, { item: eventEntity, line: row.line });
      relate({ type: 'LOCATED_IN', from: event.id, to: where }, `The row's location: “${place.name}”.`, false);

      const resolved = row.actors.map((actor) => ({ actor, found: this.resolver.actor(actor.name, actor.orgType, actor.description) }));
      const episode = this.resolver.episodeOf(
        event.eventType,
        event.start,
        event.end,
        resolved.map((r) => r.found.id),
      );
      const actorIds = new Map<string, string>();
      for (const { actor, found } of resolved) {
        // The graph's protesters are those of its protests: on another day they are other people.
        const other = found.known && found.orgType && GROUPS.has(found.orgType) && !episode?.actors.has(found.id);
        const id = entity(other ? this.resolver.groupElsewhere(actor.name, actor.orgType, actor.description) : found, `The row's actor “${actor.name}”.`);
        actorIds.set(actor.name, id);
        relate({ type: 'PARTICIPATES_IN', from: id, to: event.id, role: actor.role }, `“${actor.name}”, ${actor.role}.`, false);
      }
      if (episode) {
        const note = `Joined by the importer: the graph's “${episode.id}” is of the same type, spans ${event.start === event.end ? event.start : `${event.start} to ${event.end}`} and has a participant of this row.`;
        relate({ type: 'PART_OF', from: event.id, to: episode.id, confidence: 'ASSESSMENT' }, note, false);
      }
      for (const figure of row.figures) {
        const whose = figure.whose ? actorIds.get(figure.whose) : undefined;
        const what = `${figure.unit}${figure.whose ? ` of ${figure.whose}` : ''}`;
        relationships.set(`REPORTS:${event.id}:${what}`, {
          item: {
            id: slugify(`${monitor} reports ${what} ${event.id}`),
            type: 'REPORTS',
            from: monitor,
            to: event.id,
            confidence: 'ASSESSMENT',
            category: 'DEATHS',
            figure: figure.figure,
            figureText: figure.figureText,
            qualifier: figure.qualifier,
            unit: figure.unit,
            ...(whose ? { whose } : {}),
            ...(figure.victims ? { victims: figure.victims } : {}),
            time: { from: event.start, to: event.end },
            note: figure.note,
            citations: [cite(figure.note)],
          },
          line: row.line,
        });
      }
    }
    for (const { line } of entities.values()) lines.entities.push(line);
    for (const { line } of relationships.values()) lines.relationships.push(line);
    return {
      document: {
        format: FORMAT,
        sources,
        entities: [...entities.values()].map((e) => e.item),
        relationships: [...relationships.values()].map((r) => r.item),
      },
      lines,
      after: [...after],
    };
  }
}

/** A resolved entity as the document gives it: a known one with the graph's own values and its new alias. */
function toEntity(e: DatasetEntity, citation: CitationInput): Entity {
  const base = { id: e.id, name: e.name, aliases: e.aliases, citations: [citation], ...(e.description && !e.known ? { description: e.description } : {}) };
  switch (e.kind) {
    case 'STATE':
      return { ...base, kind: 'STATE', ...(e.isoCode && !e.known ? { isoCode: e.isoCode } : {}) };
    case 'REGION':
      return { ...base, kind: 'REGION', regionType: e.regionType ?? 'AREA', ...(e.coordinates && !e.known ? { coordinates: e.coordinates } : {}) };
    case 'EVENT':
      return { ...base, kind: 'EVENT', eventType: (e.eventType ?? 'CLASH') as EventType };
    case 'LEADER':
      // A leader's office is not known here: restated with its name only would not validate.
      throw new Error(`a dataset actor resolved to the leader "${e.id}", which cannot be restated`);
    default:
      return { ...base, kind: 'ORGANIZATION', orgType: e.orgType ?? 'COLLECTIVE' };
  }
}
