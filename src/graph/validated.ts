/**
 * A document that passed validation, as the writers take it: sources with their texts resolved, and
 * what validation found already in the graph, so a writer creates the rest without looking.
 */
import type { CitationInput, EntityInput, ImportDocument, SourceInput } from '../model/format.js';
import type { ReviewChoice } from '../model/statements.js';

export interface ResolvedSource extends Omit<SourceInput, 'textFile'> {
  text: string;
  sha256: string;
}

export interface ValidatedDocument extends Omit<ImportDocument, 'sources'> {
  sources: ResolvedSource[];
  /** What validation found already in the graph, so the writer creates the rest without looking. */
  existing: {
    entities: Set<string>;
    relationships: Set<string>;
    /**
     * The document's relationship ids that some relationship of the graph ever had (a version names
     * them): only those can have a version to close or citations already written about them.
     */
    relationshipIdsUsed: Set<string>;
  };
  /**
   * Entity items whose id names an entity merged into another: each now has its survivor's id, and
   * adds to the survivor what it does not have yet (its name and aliases as aliases, the fields the
   * survivor lacks), written after the document's own entities. `stored` lists the properties the
   * survivor already has.
   */
  merged: { item: EntityInput; from: string; stored: string[] }[];
  /** Each id the document named that was merged away, read as its survivor's. */
  redirected: { id: string; to: string }[];
  /**
   * Citations that named a merged-away id, as the document wrote them: a citation's id is a hash of
   * what it says, and the merge kept the ids of the citations it moved, so the same one is found.
   */
  asWritten?: WeakMap<CitationInput, { about: string; citation: CitationInput }>;
  /** What a reviewer chose for drafted items the graph already holds, by item id. */
  choices?: Map<string, ReviewChoice>;
}

/** How the writer keys a relationship in `existing`. */
export const relationshipKey = (type: string, id: string) => `${type}:${id}`;
