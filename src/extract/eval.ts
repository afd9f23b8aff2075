/**
 * Scores a draft against a hand-made gold document. The matching rules are the whole definition of
 * the numbers, so they are kept plain:
 *
 * - Entities: a draft entity matches a gold entity of the same kind when (1) one of its normalised
 *   names or aliases equals one of the gold's, or (2) a name of each has the same number of words and
 *   every pair of words is the same or a transliteration variant (Grigorjan / Grigoryan), or (3) for
 *   events only, both have a start date, the dates agree at the coarser precision ("2022-09" and
 *   "2022-09-12" agree), and their names share a word that is not a date, a number or a stop word.
 *   Normalising folds to lowercase ASCII, drops punctuation and a leading "the", spells
 *   "defense" as "defence", and for states drops designators ("Republic of", "quasi-state").
 *   Matching is one-to-one, stronger rules first, in the gold's order.
 * - Relationships: a draft relationship matches a gold one of the same type whose ends are the gold
 *   entities its ends matched (or the same ids, for entities already in the graph); one-to-one.
 * - Quotes: the share of citation quotes (entities and relationships) found verbatim in the source.
 */
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../model/vocabulary.js';
import type { EntityInput, ImportDocument } from '../model/format.js';
import { sameWordVariant } from './text.js';
import { fold } from '../model/names.js';

export interface Score {
  entities: { gold: number; drafted: number; matched: number; recall: number };
  relationships: { gold: number; drafted: number; matched: number; recall: number; precision: number };
  perType: Partial<Record<RelationshipType, { gold: number; drafted: number; matched: number; recall: number }>>;
  quotes: { total: number; verbatim: number; share: number };
  /** Draft entity id → gold entity id. */
  matches: Map<string, string>;
  missedEntities: string[];
  missedRelationships: string[];
  extraRelationships: string[];
}

const STOP = new Set(['the', 'of', 'and', 'in', 'to', 'a', 'an', 'on', 'for', 'over', 'between', 'with', 's']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const DESIGNATORS = /\b(?:republic|federation|kingdom|state|quasi state|quasi|people s|of|de facto|breakaway|self proclaimed)\b/g;

export function normalise(name: string, kind?: string): string {
  let key = fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bdefense\b/g, 'defence')
    .trim()
    .replace(/^the /, '');
  if (kind === 'STATE') key = key.replace(DESIGNATORS, ' ').replace(/\s+/g, ' ').trim();
  return key;
}

const names = (e: EntityInput) => [e.name, ...e.aliases].map((n) => normalise(n, e.kind)).filter(Boolean);

function variantNames(a: EntityInput, b: EntityInput): boolean {
  return names(a).some((x) =>
    names(b).some((y) => {
      const p = x.split(' ');
      const q = y.split(' ');
      return p.length === q.length && p.every((w, i) => w === q[i] || sameWordVariant(w, q[i] as string));
    }),
  );
}

function sameEvent(a: EntityInput, b: EntityInput): boolean {
  if (a.kind !== 'EVENT' || b.kind !== 'EVENT' || !a.start || !b.start) return false;
  const length = Math.min(a.start.slice(0, 10).length, b.start.slice(0, 10).length);
  if (a.start.slice(0, length) !== b.start.slice(0, length)) return false;
  const words = (e: EntityInput) =>
    new Set(
      names(e)
        .flatMap((n) => n.split(' '))
        .filter((w) => !STOP.has(w) && !MONTHS.has(w) && !/^\d+$/.test(w)),
    );
  const other = words(b);
  return [...words(a)].some((w) => other.has(w));
}

export function score(draft: ImportDocument, gold: ImportDocument, text: string): Score {
  const matches = new Map<string, string>();
  const taken = new Set<string>();
  const tiers: ((d: EntityInput, g: EntityInput) => boolean)[] = [(d, g) => names(d).some((n) => names(g).includes(n)), variantNames, sameEvent];
  for (const tier of tiers) {
    for (const g of gold.entities) {
      if (taken.has(g.id)) continue;
      const d = draft.entities.find((e) => !matches.has(e.id) && e.kind === g.kind && tier(e, g));
      if (d) {
        matches.set(d.id, g.id);
        taken.add(g.id);
      }
    }
  }
  const mapped = (id: string) => matches.get(id) ?? id;
  const used = new Set<number>();
  const matchedDraft = new Set<string>();
  gold.relationships.forEach((g, index) => {
    const d = draft.relationships.find((r) => !matchedDraft.has(r.id) && r.type === g.type && mapped(r.from) === g.from && mapped(r.to) === g.to);
    if (d) {
      used.add(index);
      matchedDraft.add(d.id);
    }
  });
  const perType: Score['perType'] = {};
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const goldOf = gold.relationships.filter((r) => r.type === type);
    const drafted = draft.relationships.filter((r) => r.type === type).length;
    if (!goldOf.length && !drafted) continue;
    const matched = gold.relationships.filter((r, i) => r.type === type && used.has(i)).length;
    perType[type] = { gold: goldOf.length, drafted, matched, recall: goldOf.length ? matched / goldOf.length : 1 };
  }
  const quotes = [...draft.entities, ...draft.relationships].flatMap((item) => item.citations.map((c) => c.quote));
  const verbatim = quotes.filter((q) => text.includes(q)).length;
  return {
    entities: { gold: gold.entities.length, drafted: draft.entities.length, matched: taken.size, recall: taken.size / Math.max(1, gold.entities.length) },
    relationships: {
      gold: gold.relationships.length,
      drafted: draft.relationships.length,
      matched: used.size,
      recall: used.size / Math.max(1, gold.relationships.length),
      precision: matchedDraft.size / Math.max(1, draft.relationships.length),
    },
    perType,
    quotes: { total: quotes.length, verbatim, share: quotes.length ? verbatim / quotes.length : 1 },
    matches,
    missedEntities: gold.entities.filter((g) => !taken.has(g.id)).map((g) => g.id),
    missedRelationships: gold.relationships.filter((_, i) => !used.has(i)).map((r) => `${r.type} ${r.from} → ${r.to}`),
    extraRelationships: draft.relationships.filter((r) => !matchedDraft.has(r.id)).map((r) => `${r.type} ${mapped(r.from)} → ${mapped(r.to)}`),
  };
}
