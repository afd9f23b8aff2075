/**
 * A draft joins the graph: each drafted relationship that is one the graph already holds (the same
 * type, ends and identifying values: src/model/statements.ts) takes the graph's id and says so in
 * `review.match`, so a reviewer sees what the graph says beside it and an import adds the report's
 * statement instead of a second relationship; one that is new keeps an id the graph does not use.
 */
import type { Db } from '../graph/db.js';
import { relationshipIdsTaken, relationshipsAmong, type KnownRelationship } from '../graph/known-entities.js';
import type { ImportDocument, RelationshipInput } from '../model/format.js';
import { sameRelationship, victimsOf } from '../model/statements.js';
import { isRelationshipType } from '../model/vocabulary.js';

/** A drafted relationship's values as the graph would store them, for the identity comparison. */
function valuesOf(r: RelationshipInput): Record<string, unknown> {
  const { id: _id, type: _type, from: _from, to: _to, citations: _c, evidence: _e, review: _r, ...values } = r;
  return r.type === 'REPORTS' ? { ...values, victims: r.victims ?? victimsOf(r.unit) } : values;
}

/** The graph relationship a drafted one states again, if one is the same. */
export function graphMatch(drafted: RelationshipInput, known: readonly KnownRelationship[]): KnownRelationship | undefined {
  const stated = { type: drafted.type, from: drafted.from, to: drafted.to, values: valuesOf(drafted) };
  return known.find((k) => isRelationshipType(k.type) && sameRelationship(stated, { type: k.type, from: k.from, to: k.to, values: k.values }));
}

export async function matchDraftToGraph(db: Db, document: ImportDocument): Promise<ImportDocument> {
  const drafted = new Set(document.entities.map((e) => e.id));
  const inGraph = [...new Set(document.relationships.flatMap((r) => [r.from, r.to]))].filter((id) => !drafted.has(id));
  const known = await relationshipsAmong(db, inGraph);
  const claimed = new Set<string>();
  const matched = document.relationships.map((r) => {
    const match = graphMatch(
      r,
      known.filter((k) => !claimed.has(k.id)),
    );
    if (!match) return r;
    claimed.add(match.id);
    return { ...r, id: match.id, review: { ...(r.review ?? { state: 'PROPOSED' as const }), match: match.id } };
  });
  // A new relationship must not take an id the graph gives another: it would read as a restatement of that one.
  const fresh = matched.filter((r) => !r.review?.match);
  const taken = await relationshipIdsTaken(
    db,
    fresh.map((r) => r.id),
  );
  const used = new Set(matched.map((r) => r.id));
  const relationships = matched.map((r) => {
    if (r.review?.match || !taken.has(r.id)) return r;
    let n = 2;
    while (taken.has(`${r.id}-${n}`) || used.has(`${r.id}-${n}`)) n++;
    used.add(`${r.id}-${n}`);
    return { ...r, id: `${r.id}-${n}` };
  });
  return { ...document, relationships };
}
