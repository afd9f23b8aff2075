/**
 * Drafts (documents made by src/extract/ and reviewed by an analyst) are import documents whose
 * items carry evidence and a review state. An import writes only what a reviewer accepted: this
 * module takes that part out and strips what only the review needed.
 */
import { IMPORTED_REVIEW_STATES, type ImportDocument, type ReviewInput } from '../model/format.js';
import type { ReviewChoice } from '../model/statements.js';
import type { PathSegment } from '../model/parse.js';

export interface AcceptedPart {
  /** The document to validate and write: accepted items only, without evidence or review. */
  document: ImportDocument;
  /** Drafted items left out because nobody accepted them (proposed) or a reviewer rejected them. */
  skipped: { entities: string[]; relationships: string[] };
  /** A path into the accepted part as the same item's path in the original document. */
  originalPath(path: readonly PathSegment[]): PathSegment[];
  /** When the draft was made (ISO), if the document is a draft. */
  draftedAt?: string;
  /** Whether the document is a draft of which no item was accepted: then nothing is written, not even its source. */
  nothingAccepted: boolean;
  /** What the reviewer chose for accepted items the graph already holds, by id. */
  choices: Map<string, ReviewChoice>;
  /** Accepted items matched to a graph item when drafted: their id, by the graph item's id. */
  matched: Map<string, { kind: 'ENTITY' | 'RELATIONSHIP'; path: PathSegment[] }>;
  /**
   * Drafted entities a reviewer linked to one the graph has (rejected, with `review.match`): kept in
   * the document so an import teaches that entity their names, by drafted id → graph id.
   */
  linked: Map<string, string>;
}

/** A draft of which no item was accepted: an import of it writes nothing. */
export class NothingAccepted extends Error {
  constructor(
    readonly skipped: AcceptedPart['skipped'],
    readonly file = 'the draft',
  ) {
    super(
      `${file}: nothing was written, since no item of the draft was accepted in review ` +
        `(${skipped.entities.length} entities and ${skipped.relationships.length} relationships not accepted); ` +
        'accept the items to import (on /review, or set their review.state to ACCEPTED) and import it again',
    );
  }
}

/** Whether an item goes into the import: hand-written items (no review) always do. */
export const isImported = (review: ReviewInput | undefined) => !review || IMPORTED_REVIEW_STATES.includes(review.state);

function split<T extends { id: string; review?: ReviewInput; evidence?: unknown }>(items: T[]) {
  const kept: Omit<T, 'review' | 'evidence'>[] = [];
  const skipped: string[] = [];
  const positions: number[] = [];
  const reviews: (ReviewInput | undefined)[] = [];
  items.forEach(({ review, evidence: _evidence, ...item }, index) => {
    // A linked entity is not imported as itself, but its names go to the entity it was linked to.
    const linked = review?.state === 'REJECTED' && review.match && 'kind' in item;
    if (!isImported(review) && !linked) return void skipped.push(item.id);
    if (linked) skipped.push(item.id);
    kept.push(item);
    positions.push(index);
    reviews.push(review);
  });
  return { kept, skipped, positions, reviews };
}

export function acceptedPart(document: ImportDocument): AcceptedPart {
  const entities = split(document.entities);
  const relationships = split(document.relationships);
  const { draft, ...rest } = document;
  const positions = { entities: entities.positions, relationships: relationships.positions };
  const isDraft = Boolean(draft) || [...document.entities, ...document.relationships].some((item) => item.review);
  const choices = new Map<string, ReviewChoice>();
  const matched: AcceptedPart['matched'] = new Map();
  const linked: AcceptedPart['linked'] = new Map();
  for (const [list, part] of [
    ['entities', entities],
    ['relationships', relationships],
  ] as const) {
    part.reviews.forEach((review, index) => {
      const id = part.kept[index]?.id as string;
      if (review?.choice) choices.set(id, review.choice);
      if (review?.match)
        matched.set(review.match, { kind: list === 'entities' ? 'ENTITY' : 'RELATIONSHIP', path: [list, part.positions[index] as number, 'review', 'match'] });
      if (review?.state === 'REJECTED' && review.match) linked.set(id, review.match);
    });
  }
  return {
    choices,
    matched,
    linked,
    ...(draft ? { draftedAt: draft.createdAt } : {}),
    nothingAccepted: isDraft && !entities.kept.length && !relationships.kept.length,
    document: {
      ...rest,
      entities: entities.kept as ImportDocument['entities'],
      relationships: relationships.kept as ImportDocument['relationships'],
    },
    skipped: { entities: entities.skipped, relationships: relationships.skipped },
    originalPath: ([list, index, ...rest]) =>
      (list === 'entities' || list === 'relationships') && typeof index === 'number'
        ? [list, positions[list][index] ?? index, ...rest]
        : ([list, index, ...rest].filter((segment) => segment !== undefined) as PathSegment[]),
  };
}
