/**
 * The entities of one draft: those already in the graph (`known`, referenced by id and never written
 * again) and those the report names for the first time. Every proposal is resolved against the known
 * ones first (by id, by name or alias of the same kind, by ISO code), so a second report about the
 * same things reuses their ids.
 */
import type { EntityKind, EventStatus, EventType, FigureQualifier, OrganizationType, RegionType } from '../model/vocabulary.js';
import type { KnownEntity } from '../graph/known-entities.js';
import { SLUG, slugify } from '../model/names.js';
import { nameKey } from './text.js';

export type { KnownEntity };

export interface EntitySpec {
  id: string;
  kind: EntityKind;
  name: string;
  aliases?: string[];
  orgType?: OrganizationType;
  regionType?: RegionType;
  eventType?: EventType;
  isoCode?: string;
  recognized?: boolean;
  office?: string;
  description?: string;
  note?: string;
  /** The state an institution, force or city belongs to. */
  state?: string;
  /** The city an institution sits in, when the text says so. */
  seat?: string;
  /** The place an area lies next to ("the regions adjacent to X"). */
  adjacentTo?: string;
  /** The organization a person's office is in, when the title names one ("the AU's envoy"). */
  body?: string;
}

export interface Citation {
  sentence: number;
  start: number;
  end: number;
  text: string;
  rule: string;
  score: number;
}

export interface DraftEntity extends EntitySpec {
  aliases: string[];
  known: boolean;
  status?: EventStatus;
  start?: string;
  end?: string;
  dateNote?: string;
  deaths?: { figure: number; qualifier: FigureQualifier; text: string };
  /** The state was not read from the title itself but from the sentence around it. */
  stateGuessed?: 'sentence';
  citations: Citation[];
}

/** A known entity's subtype, as the draft's types (the graph gives them as plain strings). */
function typesOf(known: KnownEntity): Pick<EntitySpec, 'orgType' | 'regionType' | 'eventType' | 'isoCode'> {
  return {
    ...(known.orgType ? { orgType: known.orgType as OrganizationType } : {}),
    ...(known.regionType ? { regionType: known.regionType as RegionType } : {}),
    ...(known.eventType ? { eventType: known.eventType as EventType } : {}),
    ...(known.isoCode ? { isoCode: known.isoCode } : {}),
  };
}

export class Registry {
  readonly entities = new Map<string, DraftEntity>();
  private readonly knownByKey = new Map<string, KnownEntity>();
  private readonly knownById = new Map<string, KnownEntity>();
  readonly known: readonly KnownEntity[];

  constructor(known: readonly KnownEntity[] = []) {
    this.known = known;
    for (const entity of known) {
      this.knownById.set(entity.id, entity);
      for (const name of [entity.name, ...entity.aliases]) {
        const key = `${entity.kind}:${nameKey(name)}`;
        if (!this.knownByKey.has(key) || name === entity.name) this.knownByKey.set(key, entity);
      }
      if (entity.isoCode) this.knownByKey.set(`iso:${entity.isoCode}`, entity);
    }
  }

  /** The known entity a proposal is, if any. */
  findKnown(spec: Pick<EntitySpec, 'id' | 'kind' | 'name' | 'aliases' | 'isoCode'>): KnownEntity | undefined {
    const byId = this.knownById.get(spec.id);
    if (byId?.kind === spec.kind) return byId;
    if (spec.isoCode) {
      const byIso = this.knownByKey.get(`iso:${spec.isoCode}`);
      if (byIso) return byIso;
    }
    for (const name of [spec.name, ...(spec.aliases ?? [])]) {
      const found = this.knownByKey.get(`${spec.kind}:${nameKey(name)}`);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * A new entity's id: its slug, unless that is no slug (a name in another script) or already names
   * an entity of another kind (a city called like a state), which would not import.
   */
  private freeId(spec: EntitySpec): string {
    let id = SLUG.test(spec.id)
      ? spec.id
      : slugify(spec.name) || `entity-${[...spec.name].reduce((h, c) => (h * 31 + (c.codePointAt(0) ?? 0)) >>> 0, 7).toString(36)}`;
    const taken = (candidate: string) => {
      const other = this.knownById.get(candidate)?.kind ?? this.entities.get(candidate)?.kind;
      return other !== undefined && other !== spec.kind;
    };
    if (taken(id)) id = `${id}-${spec.kind.toLowerCase()}`;
    return id;
  }

  knownEntity(id: string): KnownEntity | undefined {
    return this.knownById.get(id);
  }

  /** Adds or merges an entity and returns it; a known one keeps its id, kind and name. */
  propose(proposed: EntitySpec): DraftEntity {
    // "The European Union": the article a sentence puts before an organization is not its name.
    const article = proposed.kind === 'ORGANIZATION' && /^the\s+(?=\p{Lu})/iu.exec(proposed.name);
    const spec = article ? { ...proposed, name: proposed.name.slice(article[0].length), id: proposed.id.replace(/^the-/, '') } : proposed;
    const known = this.findKnown(spec);
    const id = known?.id ?? this.freeId(spec);
    let entity = this.entities.get(id);
    if (!entity) {
      entity = known
        ? { ...spec, ...typesOf(known), id, kind: known.kind, name: known.name, aliases: [], known: true, citations: [] }
        : { ...spec, aliases: [], known: false, citations: [] };
      this.entities.set(id, entity);
    } else {
      for (const key of ['state', 'seat', 'office', 'note', 'description', 'isoCode', 'adjacentTo', 'body'] as const) entity[key] ??= spec[key];
      entity.orgType ??= spec.orgType;
      entity.regionType ??= spec.regionType;
      entity.eventType ??= spec.eventType;
    }
    for (const alias of spec.aliases ?? []) this.addAlias(entity, alias);
    return entity;
  }

  addAlias(entity: DraftEntity, alias: string): void {
    const clean = alias.trim().replace(/^the\s+/i, '');
    if (!clean || /[()]/.test(clean) || nameKey(clean) === nameKey(entity.name)) return;
    if (!entity.aliases.some((a) => nameKey(a) === nameKey(clean))) entity.aliases.push(clean);
  }

  get(id: string): DraftEntity | undefined {
    return this.entities.get(id);
  }

  cite(id: string, citation: Citation): void {
    const entity = this.entities.get(id);
    if (!entity) return;
    const same = entity.citations.find((c) => c.sentence === citation.sentence);
    if (!same) entity.citations.push(citation);
    else if (citation.score > same.score) Object.assign(same, citation);
  }
}
