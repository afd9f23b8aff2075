/**
 * The checks a schema cannot make: that every id an item refers to exists (in the document or
 * already in the graph), that a relationship joins kinds its type allows, that dates are in order,
 * and that every quote occurs verbatim in the text of the source it cites. All problems are
 * collected before anything is written.
 */
import { createHash } from 'node:crypto';
import type { GraphLookup } from '../graph/import-lookup.js';
import { RELATIONSHIP_TYPES, type EntityKind, type RelationshipType } from '../model/vocabulary.js';
import type { CitationInput, ImportDocument, SourceInput, TimeSpanInput } from '../model/format.js';
import { ImportRejected, formatPath, sortByLine, type ImportProblem, type Locate, type PathSegment } from '../model/parse.js';
import { relationshipKey, type ResolvedSource, type ValidatedDocument } from '../graph/validated.js';
import type { WriteMode } from '../graph/import.js';
import { deletedProblems, readPast } from './past.js';
import type { PastEntity } from '../graph/import-lookup.js';
import { entityProps } from '../graph/stored.js';

export interface ValidateOptions {
  file?: string;
  /** Reads a source's `textFile`; absent where files may not be read (over GraphQL). */
  readTextFile?: (name: string) => Promise<string>;
  /** Where an item of the validated document stands in the document as written (a draft's accepted part). */
  originalPath?: (path: readonly PathSegment[]) => PathSegment[];
  /** An import (`add`, the default) reads ids merged away as their survivors'; an edit (`replace`) does not. */
  mode?: WriteMode;
  /** When the draft being imported was made (ISO): an entity it names that was deleted since is a problem. */
  draftedAt?: string;
  /** Drafted items matched to graph items when drafted (by the graph item's id): one gone since is a problem. */
  matched?: Map<string, { kind: 'ENTITY' | 'RELATIONSHIP'; path: PathSegment[] }>;
  /** Drafted entities a reviewer linked to graph entities (drafted id → graph id): read as that entity, adding their names. */
  linked?: Map<string, string>;
}

export async function validateDocument(given: ImportDocument, locate: Locate, lookup: GraphLookup, options: ValidateOptions = {}): Promise<ValidatedDocument> {
  const problems: ImportProblem[] = [];
  const problem = (at: PathSegment[], message: string, extra: Pick<ImportProblem, 'code' | 'deleted'> = {}) => {
    const path = options.originalPath?.(at) ?? at;
    problems.push({ line: locate(path), path: formatPath(path), message, ...extra });
  };
  let document = given;

  const sources = await resolveSources(document.sources, problem, options.readTextFile);
  duplicates(
    document.sources.map((s) => s.id),
    ['sources'],
    problem,
  );
  duplicates(
    document.entities.map((e) => e.id),
    ['entities'],
    problem,
  );
  duplicates(
    document.relationships.map((r) => r.id),
    ['relationships'],
    problem,
  );

  // Every entity id the document mentions, resolved to its kind from the document or the graph.
  const kinds = new Map<string, EntityKind>(document.entities.map((e) => [e.id, e.kind]));
  const referenced = new Set<string>();
  for (const r of document.relationships) {
    referenced.add(r.from).add(r.to);
    if (r.type === 'REPORTS' && r.whose) referenced.add(r.whose);
  }
  for (const item of [...document.entities, ...document.relationships]) {
    for (const c of item.citations) for (const id of [c.assertedBy, c.via]) if (id) referenced.add(id);
  }
  const linked = options.linked ?? new Map<string, string>();
  const named = [...new Set([...referenced, ...kinds.keys(), ...linked.values()])];
  const inGraph = await lookup.entityKinds(named);
  const gone = named.filter((id) => !inGraph.has(id) && !linked.has(id));
  const past: Map<string, PastEntity> =
    gone.length && (options.mode !== 'replace' || options.draftedAt) ? await lookup.pastEntities(gone, options.draftedAt) : new Map();
  // A linked entity is read like one merged into the graph's: it adds its names, and no value.
  for (const entity of document.entities) {
    const to = linked.get(entity.id);
    const kind = to ? inGraph.get(to) : undefined;
    if (to && kind) past.set(entity.id, { merged: { id: to, kind, stored: Object.keys(entityProps(entity)) } });
  }
  const reading = readPast(document, options.mode === 'replace' ? new Map() : past);
  document = reading.document;
  for (const entity of past.values()) if ('merged' in entity) inGraph.set(entity.merged.id, entity.merged.kind);
  for (const { path, message, extra } of deletedProblems(document, past)) problem(path, message, extra);
  document.entities.forEach((entity, index) => {
    const existing = inGraph.get(entity.id);
    const merged = reading.merged.get(index);
    if (existing && existing !== entity.kind) {
      problem(
        ['entities', index, 'kind'],
        merged
          ? `"${merged.from}" was merged into "${entity.id}", a ${existing}; an entity's kind cannot change`
          : `"${entity.id}" already exists as ${existing}; an entity's kind cannot change`,
      );
    }
    if (!merged) kinds.set(entity.id, entity.kind);
  });
  for (const [id, kind] of inGraph) if (!kinds.has(id)) kinds.set(id, kind);
  const knownEntity = (id: string, path: PathSegment[]) => {
    const deleted = past.get(id);
    if (!kinds.has(id) && !(deleted && 'deleted' in deleted)) problem(path, `unknown entity "${id}": not in this document nor in the graph`);
    return kinds.get(id);
  };

  // Source texts for quote checks: the document's own, then the graph's.
  const texts = new Map<string, string | null>(sources.map((s) => [s.id, s.text]));
  const citedIds = new Set<string>();
  for (const item of [...document.entities, ...document.relationships]) for (const c of item.citations) if (c.source) citedIds.add(c.source);
  const missingTexts = [...citedIds].filter((id) => !texts.has(id));
  for (const [id, text] of await lookup.sourceTexts(missingTexts)) texts.set(id, text);
  const defaultSource = document.sources.length === 1 ? document.sources[0]?.id : undefined;
  const finders = new Map<string, (quote: string) => boolean>();
  const quoteFinder = (id: string, text: string) => {
    let finder = finders.get(id);
    if (!finder) finders.set(id, (finder = verbatimFinder(text)));
    return finder;
  };

  const checkCitations = (citations: CitationInput[], path: PathSegment[]) =>
    citations.forEach((citation, index) => {
      const at = [...path, 'citations', index];
      const sourceId = citation.source ?? defaultSource;
      if (!sourceId) {
        problem([...at, 'source'], 'name the source: the document has more than one (or none)');
      } else if (!texts.has(sourceId)) {
        problem([...at, 'source'], `unknown source "${sourceId}": not in this document nor in the graph`);
      } else {
        const text = texts.get(sourceId);
        if (text === null) problem([...at, 'quote'], `source "${sourceId}" has no text to check the quote against`);
        else if (text !== undefined && !quoteFinder(sourceId, text)(citation.quote)) {
          problem([...at, 'quote'], `the quote does not occur verbatim in source "${sourceId}"`);
        }
      }
      if (citation.assertedBy) knownEntity(citation.assertedBy, [...at, 'assertedBy']);
      if (citation.via) knownEntity(citation.via, [...at, 'via']);
    });

  document.entities.forEach((entity, index) => {
    checkCitations(entity.citations, ['entities', index]);
    if (entity.kind === 'EVENT') {
      if (entity.start && entity.end && outOfOrder(entity.start, entity.end)) {
        problem(['entities', index, 'end'], `ends (${entity.end}) before it starts (${entity.start})`);
      }
      if (entity.deaths && !entity.citations.some((c) => c.quote.includes(entity.deaths?.text ?? ''))) {
        problem(['entities', index, 'deaths', 'text'], 'the figure’s words must occur in one of the event’s quotes');
      }
    }
    if (entity.kind === 'LEADER') checkSpan(entity.term, ['entities', index, 'term'], problem);
  });

  // Ids are unique across all types, since citations name what they are about by id alone.
  const { byId: existingRelationships, used: usedRelationshipIds } = await lookup.relationships(document.relationships.map((r) => r.id));
  const known = new Set<string>();
  document.relationships.forEach((relationship, index) => {
    const at: PathSegment[] = ['relationships', index];
    const spec = RELATIONSHIP_TYPES[relationship.type as RelationshipType];
    const fromKind = knownEntity(relationship.from, [...at, 'from']);
    const toKind = knownEntity(relationship.to, [...at, 'to']);
    if (fromKind && !(spec.from as readonly string[]).includes(fromKind)) {
      problem([...at, 'from'], `a ${fromKind} cannot be the source of ${relationship.type} (allowed: ${spec.from.join(', ')})`);
    }
    if (toKind && !(spec.to as readonly string[]).includes(toKind)) {
      problem([...at, 'to'], `a ${toKind} cannot be the target of ${relationship.type} (allowed: ${spec.to.join(', ')})`);
    }
    const existing = existingRelationships.get(relationship.id);
    const same = existing?.type === relationship.type && existing.from === relationship.from && existing.to === relationship.to;
    // One a merge made join an entity to itself is kept (retracted): the document may name it again.
    if (relationship.from === relationship.to && !same) problem([...at, 'to'], 'a relationship cannot join an entity to itself');
    if (relationship.type === 'REPORTS' && relationship.whose) knownEntity(relationship.whose, [...at, 'whose']);
    checkSpan(relationship.time, [...at, 'time'], problem);
    checkCitations(relationship.citations, at);
    if (same) {
      known.add(relationshipKey(relationship.type, relationship.id));
    } else if (existing) {
      problem([...at, 'id'], `"${relationship.id}" already names ${existing.from} ${existing.type} ${existing.to} in the graph; use another id`);
    }
  });

  // A drafted item matched to a graph item states that item again: it must still stand.
  for (const [id, { kind, path }] of options.matched ?? []) {
    const gone =
      kind === 'RELATIONSHIP'
        ? existingRelationships.get(id)?.retracted
          ? 'was retracted'
          : existingRelationships.has(id)
            ? undefined
            : 'was merged or deleted'
        : inGraph.has(id)
          ? undefined
          : 'was merged or deleted';
    if (gone) {
      problems.push({
        line: locate(path),
        path: formatPath(path),
        message: `the graph's "${id}", which this item was matched to when drafted, ${gone} since: reject the item, or draft the report again`,
        code: 'MATCH_GONE',
      });
    }
  }

  if (problems.length) throw new ImportRejected(sortByLine(problems), options.file);
  const entities = document.entities.filter((_, index) => !reading.merged.has(index));
  return {
    ...document,
    entities,
    sources,
    existing: {
      entities: new Set([...entities.filter((e) => inGraph.has(e.id)).map((e) => e.id), ...[...reading.merged.values()].map((m) => m.item.id)]),
      relationships: known,
      relationshipIdsUsed: usedRelationshipIds,
    },
    merged: [...reading.merged.values()],
    redirected: reading.redirected.filter((r) => !linked.has(r.id)),
    asWritten: reading.asWritten,
  };
}

function checkSpan(span: TimeSpanInput | undefined, path: PathSegment[], problem: (path: PathSegment[], message: string) => void) {
  if (span?.from && span.to && outOfOrder(span.from, span.to)) {
    problem([...path, 'to'], `ends (${span.to}) before it begins (${span.from})`);
  }
}

/** Compares the date parts at the coarser precision, so "2020" to "2020-11" is in order. */
function outOfOrder(from: string, to: string): boolean {
  const length = Math.min(from.slice(0, 10).length, to.slice(0, 10).length);
  return from.slice(0, length) > to.slice(0, length);
}

function duplicates(ids: string[], path: PathSegment[], problem: (path: PathSegment[], message: string) => void) {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) problem([...path, index, 'id'], `duplicate id "${id}" in this document`);
    seen.add(id);
  });
}

async function resolveSources(
  sources: SourceInput[],
  problem: (path: PathSegment[], message: string) => void,
  readTextFile: ValidateOptions['readTextFile'],
): Promise<ResolvedSource[]> {
  const resolved: ResolvedSource[] = [];
  for (const [index, { textFile, ...source }] of sources.entries()) {
    let text = source.text;
    if (textFile !== undefined) {
      if (text !== undefined) problem(['sources', index, 'textFile'], 'give either text or textFile, not both');
      else if (!readTextFile) problem(['sources', index, 'textFile'], 'textFile can only be read by the command-line importer; send text');
      else {
        try {
          text = await readTextFile(textFile);
        } catch {
          problem(['sources', index, 'textFile'], `cannot read "${textFile}"`);
        }
      }
    }
    if (text === undefined) {
      if (textFile === undefined) problem(['sources', index], 'a source needs its text (text or textFile) so quotes can be checked');
      continue;
    }
    resolved.push({ ...source, text, sha256: createHash('sha256').update(text).digest('hex') });
  }
  return resolved;
}

const GRAM = 12;
const SPACE = /\s/;

/**
 * Whether a quote occurs verbatim in a text. A bulk import checks thousands of quotes against one
 * long text: scanning it for each would be quadratic, so the 12-character windows that start a
 * word are indexed once (on first use), and a quote is compared only where its rarest such window
 * occurs (quotes that open alike, "Entity … is named", would otherwise be compared at every place
 * the opening occurs). A quote not found that way (one without a whole window, or a wrong one) is
 * looked for the slow way.
 */
export function verbatimFinder(text: string): (quote: string) => boolean {
  let index: Map<string, number[]> | undefined;
  let uses = 0;
  return (quote) => {
    // A few quotes, or short ones, are cheaper to look for directly.
    if (quote.length < GRAM || ++uses < 32) return text.includes(quote);
    index ??= wordWindows(text);
    let rarest: number[] | undefined;
    let offset = 0;
    for (let at = 0; at + GRAM <= quote.length; at++) {
      if (at > 0 && !SPACE.test(quote[at - 1] as string)) continue;
      const positions = index.get(quote.slice(at, at + GRAM));
      // A window after a space that the text lacks: the quote is not there (the slow way says so).
      if (!positions && at > 0) break;
      if (positions && (!rarest || positions.length < rarest.length)) {
        rarest = positions;
        offset = at;
        if (positions.length === 1) break;
      }
    }
    return rarest?.some((position) => text.startsWith(quote, position - offset)) || text.includes(quote);
  };
}

/** Where each 12-character window that starts a word begins in `text`. */
function wordWindows(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (let i = 0; i + GRAM <= text.length; i++) {
    if (i > 0 && !SPACE.test(text[i - 1] as string)) continue;
    const gram = text.slice(i, i + GRAM);
    const positions = index.get(gram);
    if (positions) positions.push(i);
    else index.set(gram, [i]);
  }
  return index;
}
