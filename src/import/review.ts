/**
 * What a reviewer does to a draft, as plain changes to the document: set an item's review state,
 * replace an item with an edited one, link a drafted entity to one already in the graph. Each
 * returns a new document and the touched items as they were, for the draft's history. Review
 * follows references: accepting a relationship accepts the drafted entities it needs, and rejecting
 * an entity rejects the relationships that need it, so what is accepted can always be imported.
 * For an item the graph already holds, the reviewer chooses to corroborate, contest or replace it;
 * what the extractor missed, a reviewer adds from the report's own sentences.
 */
import { InvalidInput } from '../errors.js';
import {
  entitySchema,
  relationshipSchema,
  type EntityInput,
  type EvidenceInput,
  type ImportDocument,
  type RelationshipInput,
  type ReviewState,
} from '../model/format.js';
import type { ReviewChoice } from '../model/statements.js';

export interface Reviewer {
  by: string;
  /** ISO date-time of the review. */
  at: string;
}

export interface ReviewResult {
  document: ImportDocument;
  /** Ids of every item changed (cascades included). */
  touched: string[];
  /** Those items before the change, as JSON text. */
  before: string;
}

type Item = EntityInput | RelationshipInput;

/** The entity ids a relationship needs to exist: its ends, whose losses, who asserts, via whom. */
export function referencedEntities(relationship: RelationshipInput): string[] {
  const ids = [relationship.from, relationship.to];
  if (relationship.type === 'REPORTS' && relationship.whose) ids.push(relationship.whose);
  for (const citation of relationship.citations) {
    if (citation.assertedBy) ids.push(citation.assertedBy);
    if (citation.via) ids.push(citation.via);
  }
  return [...new Set(ids)];
}

function unknownItems(document: ImportDocument, ids: readonly string[]): string[] {
  const known = new Set([...document.entities, ...document.relationships].map((item) => item.id));
  return ids.filter((id) => !known.has(id));
}

function snapshot(document: ImportDocument, ids: ReadonlySet<string>): string {
  return JSON.stringify([...document.entities, ...document.relationships].filter((item) => ids.has(item.id)));
}

/** Sets the review state of the given items, following references as the module comment says. */
export function setReviewState(document: ImportDocument, ids: readonly string[], state: ReviewState, reviewer: Reviewer, note?: string | null): ReviewResult {
  const missing = unknownItems(document, ids);
  if (missing.length) throw new InvalidInput(missing.map((id) => ({ field: 'items', message: `no item "${id}" in this draft` })));
  const states = new Map<string, ReviewState>(ids.map((id) => [id, state]));
  const drafted = new Set(document.entities.map((entity) => entity.id));
  if (state === 'ACCEPTED' || state === 'EDITED') {
    for (const relationship of document.relationships.filter((r) => states.has(r.id))) {
      for (const id of referencedEntities(relationship)) {
        const entity = document.entities.find((e) => e.id === id);
        if (drafted.has(id) && entity && !states.has(id) && entity.review?.state !== 'ACCEPTED' && entity.review?.state !== 'EDITED') {
          states.set(id, 'ACCEPTED');
        }
      }
    }
  }
  if (state === 'REJECTED') {
    const rejected = new Set(ids.filter((id) => drafted.has(id)));
    for (const relationship of document.relationships) {
      if (!states.has(relationship.id) && referencedEntities(relationship).some((id) => rejected.has(id))) states.set(relationship.id, 'REJECTED');
    }
  }
  const touched = new Set(states.keys());
  // A new state keeps what the item was matched to in the graph, and the reviewer's choice for it.
  const kept = (item: Item) => ({
    ...(item.review?.match ? { match: item.review.match } : {}),
    ...(item.review?.choice ? { choice: item.review.choice } : {}),
  });
  const review = (item: Item): Item =>
    states.has(item.id)
      ? { ...item, review: { state: states.get(item.id) as ReviewState, by: reviewer.by, at: reviewer.at, ...(note ? { note } : {}), ...kept(item) } }
      : item;
  return {
    document: {
      ...document,
      entities: document.entities.map(review) as EntityInput[],
      relationships: document.relationships.map(review) as RelationshipInput[],
    },
    touched: [...touched],
    before: snapshot(document, touched),
  };
}

/**
 * Replaces an item with the reviewer's version (its JSON, as the import format writes it), keeping
 * its evidence; the result is EDITED. The id stays: the item is the same one, corrected.
 */
export function editItem(document: ImportDocument, id: string, edited: unknown, reviewer: Reviewer): ReviewResult {
  const isEntity = document.entities.some((entity) => entity.id === id);
  const original = [...document.entities, ...document.relationships].find((item) => item.id === id);
  if (!original) throw new InvalidInput([{ field: 'item', message: `no item "${id}" in this draft` }]);
  const parsed = (isEntity ? entitySchema : relationshipSchema).safeParse(edited);
  if (!parsed.success) {
    throw new InvalidInput(
      parsed.error.issues.map((issue) => ({
        field: ['item', ...issue.path.map(String)].join('.'),
        message: issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message,
      })),
    );
  }
  if (parsed.data.id !== id) throw new InvalidInput([{ field: 'item.id', message: `the id stays "${id}": edit the item, do not rename it` }]);
  // Still the same item: what it was matched to in the graph stays (its review is stamped below).
  const item = { ...parsed.data, evidence: original.evidence, ...(original.review ? { review: original.review } : {}) };
  const replace = <T extends Item>(items: T[]) => items.map((existing) => (existing.id === id ? (item as T) : existing));
  const next: ImportDocument = isEntity
    ? { ...document, entities: replace(document.entities) }
    : { ...document, relationships: replace(document.relationships) };
  // Stamped EDITED, which accepts it: the drafted entities an edited relationship needs come with it.
  const stamped = setReviewState(next, [id], 'EDITED', reviewer);
  return { ...stamped, before: snapshot(document, new Set(stamped.touched)) };
}

/**
 * Says a drafted entity is one the graph already has: every reference to it (ends, whose, asserted
 * by, via) now names the existing entity, and the drafted one is rejected with a note saying so.
 */
export function linkEntity(document: ImportDocument, draftedId: string, existingId: string, reviewer: Reviewer): ReviewResult {
  if (!document.entities.some((entity) => entity.id === draftedId)) {
    throw new InvalidInput([{ field: 'entity', message: `no drafted entity "${draftedId}" in this draft` }]);
  }
  if (document.entities.some((entity) => entity.id === existingId)) {
    throw new InvalidInput([{ field: 'to', message: `"${existingId}" is drafted here too: link to an entity already in the graph` }]);
  }
  const swap = (id: string | undefined) => (id === draftedId ? existingId : id);
  const touched = new Set([draftedId]);
  const relationships = document.relationships.map((relationship) => {
    if (!referencedEntities(relationship).includes(draftedId)) return relationship;
    touched.add(relationship.id);
    return {
      ...relationship,
      from: swap(relationship.from) as string,
      to: swap(relationship.to) as string,
      ...(relationship.type === 'REPORTS' && relationship.whose ? { whose: swap(relationship.whose) } : {}),
      citations: relationship.citations.map((citation) => ({
        ...citation,
        ...(citation.assertedBy ? { assertedBy: swap(citation.assertedBy) } : {}),
        ...(citation.via ? { via: swap(citation.via) } : {}),
      })),
    } as RelationshipInput;
  });
  // The drafted entity stays, rejected and matched to the graph's: an import teaches the graph its names.
  const entities = document.entities.map((entity) =>
    entity.id === draftedId
      ? {
          ...entity,
          review: {
            state: 'REJECTED' as const,
            by: reviewer.by,
            at: reviewer.at,
            note: `the same as "${existingId}", already in the graph`,
            match: existingId,
          },
        }
      : entity,
  );
  return { document: { ...document, entities, relationships }, touched: [...touched], before: snapshot(document, touched) };
}

/**
 * Sets what the reviewer chose for items the graph already holds (drafted with `review.match`):
 * corroborate, contest or replace. A choice accepts the item.
 */
export function chooseFor(document: ImportDocument, ids: readonly string[], choice: ReviewChoice, reviewer: Reviewer): ReviewResult {
  const missing = unknownItems(document, ids);
  if (missing.length) throw new InvalidInput(missing.map((id) => ({ field: 'items', message: `no item "${id}" in this draft` })));
  const unmatched = document.relationships.filter((r) => ids.includes(r.id) && !r.review?.match).map((r) => r.id);
  const entities = document.entities.filter((e) => ids.includes(e.id)).map((e) => e.id);
  if (unmatched.length || entities.length) {
    throw new InvalidInput(
      [...unmatched, ...entities].map((id) => ({ field: 'items', message: `"${id}" is not an item the graph already holds: accept or reject it instead` })),
    );
  }
  const accepted = setReviewState(document, ids, 'ACCEPTED', reviewer);
  const relationships = accepted.document.relationships.map((r) =>
    ids.includes(r.id) ? ({ ...r, review: { ...(r.review as NonNullable<RelationshipInput['review']>), choice } } as RelationshipInput) : r,
  );
  return { ...accepted, document: { ...accepted.document, relationships } };
}

/**
 * Adds an item the extractor missed, as a reviewer made it from the report's own sentences: its
 * quotes must be verbatim in the report, and each becomes its evidence. It is EDITED (accepted);
 * a relationship's drafted ends come with it.
 */
export function addItem(document: ImportDocument, added: unknown, reviewer: Reviewer): ReviewResult {
  const kind = typeof added === 'object' && added !== null && 'kind' in added ? 'entity' : 'relationship';
  const parsed = (kind === 'entity' ? entitySchema : relationshipSchema).safeParse(added);
  if (!parsed.success) {
    throw new InvalidInput(
      parsed.error.issues.map((issue) => ({
        field: ['item', ...issue.path.map(String)].join('.'),
        message: issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message,
      })),
    );
  }
  const item = parsed.data;
  if ([...document.entities, ...document.relationships].some((existing) => existing.id === item.id)) {
    throw new InvalidInput([{ field: 'item.id', message: `"${item.id}" is already an item of this draft: choose another id` }]);
  }
  const text = document.sources[0]?.text ?? '';
  const evidence: EvidenceInput[] = item.citations.map((citation, index) => {
    const start = text.indexOf(citation.quote);
    if (start < 0) throw new InvalidInput([{ field: `item.citations.${index}.quote`, message: 'the quote does not occur verbatim in the report' }]);
    return { sentence: { start, end: start + citation.quote.length }, mentions: [], rule: 'reviewer', score: 1 };
  });
  const next: ImportDocument =
    kind === 'entity'
      ? { ...document, entities: [...document.entities, { ...(item as EntityInput), evidence }] }
      : { ...document, relationships: [...document.relationships, { ...(item as RelationshipInput), evidence }] };
  const stamped = setReviewState(next, [item.id], 'EDITED', reviewer);
  return { ...stamped, before: '[]' };
}
