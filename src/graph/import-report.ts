/**
 * What an import did with each item (graph/import.ts writes it): the report of outcomes, the items
 * that still need a new version, and the audit record's summary of what changed.
 */
import type { ChangeRecord } from './audit.js';
import type { CitationRow } from './stored.js';
import type { ValidatedDocument } from './validated.js';
import type { VersionTargets } from './versions.js';

/**
 * What a write did with an item: created it; updated it (its answering source restated it, or an
 * edit); left it as it was; or, for an item another source stated first, added this source's
 * statement agreeing with it (corroborated) or differing from it (contested); or replaced its
 * answer with this source's values (a reviewer's explicit choice).
 */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'corroborated' | 'contested' | 'replaced';

export interface ItemOutcome {
  id: string;
  outcome: Outcome;
}

export interface ImportReport {
  sources: ItemOutcome[];
  entities: ItemOutcome[];
  relationships: ItemOutcome[];
  citations: ItemOutcome[];
}

/** The items a write changed, its own or by a citation added to them, that still need a new version. */
export function changedItems(
  document: ValidatedDocument,
  report: ImportReport,
  createdCitations: CitationRow[],
  versioned: { entities: Set<string>; relationships: Set<string> },
): VersionTargets {
  const changed = (items: ItemOutcome[]) => items.filter((item) => item.outcome !== 'unchanged').map((item) => item.id);
  const relationshipIds = new Set(changed(report.relationships));
  const entities = new Set(changed(report.entities));
  for (const citation of createdCitations) (citation.aboutKind === 'ENTITY' ? entities : relationshipIds).add(citation.about);
  // Items created here had their version written with them.
  return {
    entities: [...entities].filter((id) => !versioned.entities.has(id)),
    relationships: document.relationships.filter((r) => relationshipIds.has(r.id) && !versioned.relationships.has(r.id)),
  };
}

/** What a write changed, or null when it changed nothing (then it leaves no trace). */
export function summarizeChange(document: ValidatedDocument, report: ImportReport, createdCitations: CitationRow[]): ChangeRecord | null {
  const changed = (items: ItemOutcome[]) => items.filter((item) => item.outcome !== 'unchanged');
  const entities = changed(report.entities);
  const relationships = changed(report.relationships);
  const sources = changed(report.sources);
  const citations = changed(report.citations);
  if (!entities.length && !relationships.length && !sources.length && !citations.length) return null;

  const byId = new Map(document.relationships.map((r) => [r.id, r]));
  const entityIds = new Set(entities.map((e) => e.id));
  const relationshipIds = new Set(relationships.map((r) => r.id));
  for (const citation of createdCitations) {
    if (citation.aboutKind === 'ENTITY') entityIds.add(citation.about);
    else relationshipIds.add(citation.about);
  }
  for (const id of relationshipIds) {
    const relationship = byId.get(id);
    if (relationship) entityIds.add(relationship.from).add(relationship.to);
  }
  const count = (items: ItemOutcome[], noun: string) => {
    const created = items.filter((i) => i.outcome === 'created').length;
    const updated = items.length - created;
    return [created ? `${created} ${noun} created` : '', updated ? `${updated} ${noun} updated` : ''].filter(Boolean);
  };
  const summary = [
    ...count(sources, 'sources'),
    ...count(entities, 'entities'),
    ...count(relationships, 'relationships'),
    ...count(citations, 'citations'),
  ].join(', ');
  const single = entities.length + relationships.length + sources.length === 1;
  const target: Pick<ChangeRecord, 'targetType' | 'targetId'> = !single
    ? { targetType: 'DOCUMENT', targetId: document.sources[0]?.id ?? '' }
    : entities[0]
      ? { targetType: 'ENTITY', targetId: entities[0].id }
      : relationships[0]
        ? { targetType: 'RELATIONSHIP', targetId: relationships[0].id }
        : { targetType: 'SOURCE', targetId: (sources[0] as ItemOutcome).id };
  return { ...target, summary, entityIds: [...entityIds] };
}
