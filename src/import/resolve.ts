/**
 * Names from event datasets (ACLED, UCDP GED) resolved onto the graph's entities with the
 * extractor's resolver (src/extract/entities.ts: by id, ISO code, name or alias of the same kind).
 * A dataset spells its actors its own way — "Military Forces of Azerbaijan (2003-)", "Protesters
 * (Armenia)" — so the name is read first: the years of a government's term and the country in
 * brackets are dropped, "Military Forces of X" is also tried as "Armed Forces of X", "Protesters
 * (X)" as "Protesters in X". A name that matches keeps the dataset's spelling as an alias (the
 * match is reported); one that matches nothing becomes a new entity (reported too), one per name,
 * never one per row.
 */
import { Registry, type KnownEntity } from '../extract/entities.js';
import { stateByName } from '../extract/gazetteer.js';
import { nameKey } from '../extract/text.js';
import { SLUG, slugify } from '../model/names.js';
import type { EntityKind, OrganizationType, RegionType } from '../model/vocabulary.js';

/** An entity as a dataset names it: kind, subtype and the values a new one is created with. */
export interface DatasetEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  orgType?: OrganizationType;
  regionType?: RegionType;
  eventType?: string;
  isoCode?: string;
  description?: string;
  coordinates?: { latitude: number; longitude: number; note: string };
  /** Whether the graph holds it already (then only a new alias is written, with the graph's values). */
  known: boolean;
}

/** What the resolver did with a dataset's name, for the import's report. */
export interface Resolution {
  raw: string;
  id: string;
  name: string;
  outcome: 'matched' | 'new';
  how: string;
}

/** The years in brackets ACLED puts after a government or its forces: "(2003-)", "(2018-2021)". */
const YEARS = /\s*\(\s*\d{4}?\s*-\s*(?:\d{4})?\s*\)/g;
/** A country in brackets at the end: "Protesters (Armenia)". */
const BRACKETED = /\s*\(([^()]+)\)\s*$/;

/** A dataset's actor name read: the name without its brackets, the country they gave, and the forms to try. */
export function readActorName(raw: string): { base: string; country?: string; variants: string[] } {
  let base = raw.replace(YEARS, '').replace(/\s+/g, ' ').trim();
  const bracket = BRACKETED.exec(base);
  const country = bracket ? bracket[1]?.trim() : undefined;
  if (bracket) base = base.slice(0, bracket.index).trim();
  const variants = [base];
  const forces = /^(?:Military|Armed) Forces of (.+)$/i.exec(base);
  if (forces) variants.push(`Armed Forces of ${forces[1]}`, `Military Forces of ${forces[1]}`);
  if (country) variants.push(`${base} in ${country}`, `${base} of ${country}`, `${country} ${base}`);
  return { base, ...(country ? { country } : {}), variants: [...new Set(variants)] };
}

/** An event the graph holds, with its days and who takes part: a row may be one of its episodes. */
export interface KnownEpisode {
  id: string;
  eventType: string;
  start: string;
  end: string;
  actors: ReadonlySet<string>;
}

export class DatasetResolver {
  private readonly registry: Registry;
  /** The graph's dated events a row can be an episode of. */
  episodes: KnownEpisode[] = [];
  /** The areas each of the graph's regions is PART_OF, by its id: which of the places of one name a row means. */
  areas: ReadonlyMap<string, readonly string[]> = new Map();
  /** The graph's regions by each of their names (nameKey): towns of one name in different areas are several. */
  private readonly regionsByName = new Map<string, KnownEntity[]>();
  /** Entities this import resolved or created, by key (`kind:name`), and the ids it gave new ones. */
  private readonly byKey = new Map<string, DatasetEntity>();
  private readonly taken = new Map<string, string>();
  readonly resolutions: Resolution[] = [];

  constructor(known: readonly KnownEntity[]) {
    this.registry = new Registry(known);
    for (const entity of known.filter((e) => e.kind === 'REGION')) {
      for (const key of new Set([entity.name, ...entity.aliases].map(nameKey))) this.regionsByName.set(key, [...(this.regionsByName.get(key) ?? []), entity]);
    }
  }

  private remember(key: string, entity: DatasetEntity, raw: string, how: string): DatasetEntity {
    this.byKey.set(key, entity);
    this.resolutions.push({ raw, id: entity.id, name: entity.name, outcome: entity.known ? 'matched' : 'new', how });
    return entity;
  }

  private fromKnown(known: KnownEntity, raw: string): DatasetEntity {
    // A leader is restated with its name only, which would not validate (its office is required): no alias.
    const alias = known.kind !== 'LEADER' && nameKey(raw) !== nameKey(known.name) && !known.aliases.some((a) => a === raw) ? [raw] : [];
    return {
      id: known.id,
      kind: known.kind,
      name: known.name,
      aliases: alias,
      known: true,
      ...(known.orgType ? { orgType: known.orgType as OrganizationType } : {}),
      ...(known.regionType ? { regionType: known.regionType as RegionType } : {}),
      ...(known.eventType ? { eventType: known.eventType } : {}),
    };
  }

  /** An id for a new entity: the name's slug, made unique against the graph and this import. */
  private freeId(name: string, key: string, qualifier?: string): string {
    const base = slugify(name) || 'entity';
    const candidates = [base, ...(qualifier ? [`${base}-${slugify(qualifier)}`] : []), ...Array.from({ length: 50 }, (_, i) => `${base}-${i + 2}`)];
    const id = candidates.find((c) => SLUG.test(c) && (this.taken.get(c) ?? key) === key && !this.registry.knownEntity(c)) ?? `${base}-${this.taken.size}`;
    this.taken.set(id, key);
    return id;
  }

  /** A state by its name (a country column): the graph's, else a new one with its ISO code. */
  state(country: string): DatasetEntity {
    const key = `STATE:${nameKey(country)}`;
    const seen = this.byKey.get(key);
    if (seen) return seen;
    const info = stateByName(country);
    const known = this.registry.findKnown({
      id: slugify(country),
      kind: 'STATE',
      name: country,
      aliases: info ? [info.name] : [],
      ...(info ? { isoCode: info.isoCode } : {}),
    });
    if (known) return this.remember(key, this.fromKnown(known, country), country, 'by name or ISO code');
    const entity: DatasetEntity = {
      id: this.freeId(info?.name ?? country, key),
      kind: 'STATE',
      name: info?.name ?? country,
      aliases: info && info.name !== country ? [country] : [],
      known: false,
      ...(info ? { isoCode: info.isoCode } : {}),
    };
    return this.remember(key, entity, country, 'not in the graph');
  }

  /**
   * A place within a larger one (an admin area in a state, a town in an admin area; `within` the
   * larger one's key for this import and its id): the graph's region of that name PART_OF that
   * one, else one of that name the graph places in no other area, else a new one. Two places of one
   * name in different areas are two, in this import and when the file is imported again.
   */
  region(name: string, within: { key: string; id: string }, regionType: RegionType, coordinates?: DatasetEntity['coordinates']): DatasetEntity {
    const key = `REGION:${nameKey(within.key)}:${nameKey(name)}`;
    const seen = this.byKey.get(key);
    if (seen) return seen;
    const named = this.regionsByName.get(nameKey(name)) ?? [];
    const inArea = named.find((r) => this.areas.get(r.id)?.includes(within.id));
    const unplaced = named.find((r) => !(this.areas.get(r.id) ?? []).some((area) => this.registry.knownEntity(area)?.kind === 'REGION'));
    const known = inArea ?? unplaced;
    if (known)
      return this.remember(key, { ...this.fromKnown(known, name), ...(coordinates ? { coordinates } : {}) }, name, inArea ? 'by name, in its area' : 'by name');
    const qualifier = regionType === 'CITY' ? 'town' : (within.key.split('/').pop() ?? within.key);
    const entity: DatasetEntity = {
      id: this.freeId(name, key, qualifier),
      kind: 'REGION',
      name,
      aliases: [],
      regionType,
      known: false,
      ...(coordinates ? { coordinates } : {}),
    };
    return this.remember(key, entity, name, 'not in the graph');
  }

  /**
   * An actor: the graph's organization, state or leader of that name (in any of the forms read
   * from it), else a new organization of the type the dataset gives.
   */
  actor(raw: string, orgType: OrganizationType, description: string): DatasetEntity {
    const key = `ACTOR:${nameKey(raw)}`;
    const seen = this.byKey.get(key);
    if (seen) return seen;
    const { base, variants } = readActorName(raw);
    for (const kind of ['ORGANIZATION', 'STATE', 'LEADER'] as const) {
      const known = this.registry.findKnown({ id: slugify(base), kind, name: base, aliases: variants });
      if (known)
        return this.remember(
          key,
          this.fromKnown(known, raw),
          raw,
          `as “${variants.find((v) => [known.name, ...known.aliases].some((n) => nameKey(n) === nameKey(v))) ?? base}”`,
        );
    }
    const made = this.newActor(raw, orgType, description, key);
    return this.remember(key, made, raw, made.known ? 'as made by an earlier import' : 'not in the graph');
  }

  /** A new actor of a dataset's name: its years dropped, its country kept ("Civilians (Armenia)"). */
  private newActor(raw: string, orgType: OrganizationType, description: string, key: string): DatasetEntity {
    const { base, country } = readActorName(raw);
    const name = country ? `${base} (${country})` : base;
    // Made by an earlier import of a dataset: that one.
    const earlier = this.registry.findKnown({ id: slugify(name), kind: 'ORGANIZATION', name, aliases: [] });
    if (earlier) return this.fromKnown(earlier, raw);
    return { id: this.freeId(name, key), kind: 'ORGANIZATION', name, aliases: name !== raw ? [raw] : [], orgType, description, known: false };
  }

  /**
   * A group named by what its members do ("Protesters (Armenia)") that matched the graph's group by
   * name, in a row that is no episode of an event that group took part in: not that group, but the
   * dataset's own (created once, reported).
   */
  groupElsewhere(raw: string, orgType: OrganizationType, description: string): DatasetEntity {
    const key = `GROUP:${nameKey(raw)}`;
    const seen = this.byKey.get(key);
    if (seen) return seen;
    const made = this.newActor(raw, orgType, description, key);
    return this.remember(
      key,
      made,
      raw,
      made.known ? 'as made by an earlier import' : 'not the graph’s group of that name: the row is no episode of an event it took part in',
    );
  }

  /**
   * The graph's event a row's event is an episode of: of the same type, its days holding the row's
   * and one of the row's actors taking part in it; the shortest such, if several.
   */
  episodeOf(eventType: string, start: string, end: string, actors: readonly string[]): KnownEpisode | undefined {
    const fits = this.episodes.filter((e) => e.eventType === eventType && e.start <= start && end <= e.end && actors.some((a) => e.actors.has(a)));
    const days = (e: KnownEpisode) => Date.parse(e.end) - Date.parse(e.start);
    return fits.sort((a, b) => days(a) - days(b))[0];
  }

  /** The dataset itself, as the organization that reports its figures. */
  monitor(name: string, alias: string, description: string): DatasetEntity {
    const key = `MONITOR:${nameKey(alias)}`;
    const seen = this.byKey.get(key);
    if (seen) return seen;
    const known = this.registry.findKnown({ id: slugify(alias), kind: 'ORGANIZATION', name, aliases: [alias] });
    if (known) return this.remember(key, { ...this.fromKnown(known, name), aliases: [] }, alias, 'by name');
    return this.remember(
      key,
      { id: this.freeId(alias, key), kind: 'ORGANIZATION', name, aliases: [alias], orgType: 'CONFLICT_MONITOR', description, known: false },
      alias,
      'not in the graph',
    );
  }
}
