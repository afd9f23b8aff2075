/**
 * Ids a document names that the graph no longer has as entities. One merged into another is read as
 * its survivor: every reference to it is rewritten, and its entity item adds to the survivor (see
 * ValidatedDocument.merged) instead of bringing the duplicate back. In a draft, one deleted after
 * the draft was made is a problem for the analyst to settle (reject the item or link it to another
 * entity), since importing it would undo the deletion.
 */
import type { PastEntity } from '../graph/import-lookup.js';
import type { ValidatedDocument } from '../graph/validated.js';
import type { CitationInput, ImportDocument, RelationshipInput } from '../model/format.js';
import type { ImportProblem, PathSegment } from '../model/parse.js';

/** The document with merged-away ids read as their survivors', and what was redirected. */
export interface PastReading {
  document: ImportDocument;
  /** Positions (in `document.entities`) of the items that now add to a survivor. */
  merged: Map<number, ValidatedDocument['merged'][number]>;
  redirected: ValidatedDocument['redirected'];
  asWritten: NonNullable<ValidatedDocument['asWritten']>;
}

/** Every place a relationship or an entity's citations name an entity, with its path. */
function references(document: ImportDocument): { id: string; path: PathSegment[] }[] {
  const found: { id: string; path: PathSegment[] }[] = [];
  const cited = (citations: CitationInput[], path: PathSegment[]) =>
    citations.forEach((c, index) => {
      if (c.assertedBy) found.push({ id: c.assertedBy, path: [...path, 'citations', index, 'assertedBy'] });
      if (c.via) found.push({ id: c.via, path: [...path, 'citations', index, 'via'] });
    });
  document.entities.forEach((e, index) => cited(e.citations, ['entities', index]));
  document.relationships.forEach((r, index) => {
    found.push({ id: r.from, path: ['relationships', index, 'from'] }, { id: r.to, path: ['relationships', index, 'to'] });
    if (r.type === 'REPORTS' && r.whose) found.push({ id: r.whose, path: ['relationships', index, 'whose'] });
    cited(r.citations, ['relationships', index]);
  });
  return found;
}

export function readPast(document: ImportDocument, past: ReadonlyMap<string, PastEntity>): PastReading {
  const survivor = new Map<string, string>();
  const stored = new Map<string, string[]>();
  for (const [id, entity] of past) {
    if ('merged' in entity) {
      survivor.set(id, entity.merged.id);
      stored.set(id, entity.merged.stored);
    }
  }
  const redirected = new Map<string, string>();
  const read = <T extends string | undefined>(id: T): T => {
    const to = id === undefined ? undefined : survivor.get(id);
    if (!to) return id;
    redirected.set(id as string, to);
    return to as T;
  };
  const asWritten: PastReading['asWritten'] = new WeakMap();
  const citations = (list: CitationInput[], about: string, moved = false) =>
    list.map((c) => {
      const rewritten = { ...c, ...(c.assertedBy ? { assertedBy: read(c.assertedBy) } : {}), ...(c.via ? { via: read(c.via) } : {}) };
      if (moved || rewritten.assertedBy !== c.assertedBy || rewritten.via !== c.via) asWritten.set(rewritten, { about, citation: c });
      return rewritten;
    });
  const merged: PastReading['merged'] = new Map();
  const entities = document.entities.map((entity, index) => {
    const id = read(entity.id);
    const item = { ...entity, id, citations: citations(entity.citations, entity.id, id !== entity.id) };
    if (item.id !== entity.id) merged.set(index, { item, from: entity.id, stored: stored.get(entity.id) ?? [] });
    return item;
  });
  const relationships = document.relationships.map(
    (r) =>
      ({
        ...r,
        from: read(r.from),
        to: read(r.to),
        ...(r.type === 'REPORTS' && r.whose ? { whose: read(r.whose) } : {}),
        citations: citations(r.citations, r.id),
      }) as RelationshipInput,
  );
  return {
    document: { ...document, entities, relationships },
    merged,
    redirected: [...redirected].map(([id, to]) => ({ id, to })),
    asWritten,
  };
}

/**
 * The problems of a draft that names entities deleted after it was made: one at each entity item,
 * and at each reference to a deleted entity the draft does not itself propose.
 */
export function deletedProblems(
  document: ImportDocument,
  past: ReadonlyMap<string, PastEntity>,
): { path: PathSegment[]; message: string; extra: Pick<ImportProblem, 'code' | 'deleted'> }[] {
  const deleted = (id: string) => {
    const entity = past.get(id);
    return entity && 'deleted' in entity ? entity.deleted : undefined;
  };
  const when = (id: string, by: string | null, at: string) => `"${id}" was deleted${by ? ` by ${by}` : ''} at ${at}, after this draft was made`;
  const problems: ReturnType<typeof deletedProblems> = [];
  const proposed = new Set(document.entities.map((e) => e.id));
  document.entities.forEach((entity, index) => {
    const gone = deleted(entity.id);
    if (!gone) return;
    problems.push({
      path: ['entities', index, 'id'],
      message: `${when(entity.id, gone.by, gone.at)}; importing it would bring it back: reject this item, or link it to another entity`,
      extra: { code: 'ENTITY_DELETED', deleted: { entity: entity.id, ...gone } },
    });
  });
  for (const { id, path } of references(document)) {
    const gone = deleted(id);
    if (!gone || proposed.has(id)) continue;
    problems.push({
      path,
      message: `${when(id, gone.by, gone.at)}: reject this item, or edit it to name another entity`,
      extra: { code: 'ENTITY_DELETED', deleted: { entity: id, ...gone } },
    });
  }
  return problems;
}
