/**
 * A document that passed validation, as the writers take it: sources with their texts resolved, and
 * what validation found already in the graph, so a writer creates the rest without looking.
 */
import type { ImportDocument, SourceInput } from '../model/format.js';

export interface ResolvedSource extends Omit<SourceInput, 'textFile'> {
  text: string;
  sha256: string;
}

export interface ValidatedDocument extends Omit<ImportDocument, 'sources'> {
  sources: ResolvedSource[];
  /** What validation found already in the graph, so the writer creates the rest without looking. */
  existing: { entities: Set<string>; relationships: Set<string> };
}

/** How the writer keys a relationship in `existing`. */
export const relationshipKey = (type: string, id: string) => `${type}:${id}`;
