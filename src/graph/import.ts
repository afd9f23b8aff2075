/**
 * Writes a validated import document in one transaction, batched with UNWIND: the new items of
 * every kind and type by one query each (graph/import-queries.ts), the existing ones compared per
 * kind and type, then the citations. Items merge on their ids. An import only adds: of an item that exists, what the
 * document leaves out stays as stored, aliases are added to those stored, and a value it states
 * replaces the stored one (versions keep the old). An item whose stored properties already hold
 * what the document states is not written at all, so importing the same file twice changes
 * nothing. An edit (`replace`) writes the item whole: what it leaves out is removed.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { citationRow, entityProps, relationshipProps, sourceProps, statedProps, untakenProps, type CitationRow, type Props } from './stored.js';
import { relationshipKey, type ValidatedDocument } from './validated.js';
import {
  ADD_TO_ENTITIES,
  CREATE_CITATIONS,
  CREATE_ENTITIES,
  CREATE_RELATIONSHIPS,
  EXISTING_CITATIONS,
  MERGE_SOURCES,
  UPDATE_ENTITIES,
  UPDATE_RELATIONSHIPS,
} from './import-queries.js';
import type { CitationInput, EntityInput } from '../model/format.js';
import { ENTITY_KINDS, KIND_LABELS, RELATIONSHIP_TYPE_NAMES, isRelationshipType, type EntityKind, type RelationshipType } from '../model/vocabulary.js';
import { recordChange, type Audit } from './audit.js';
import { changedItems, summarizeChange, type ImportReport, type ItemOutcome, type Outcome } from './import-report.js';
import { withoutNulls } from '../model/values.js';
import { closeVersions, createdEntityVersion, createdRelationshipVersion, recordVersions } from './versions.js';
import { answeringSources, removeStatements, statedItems, statementId, writeStatements, type StatedItem, type StatementRow } from './statements.js';
import { COMPARED_ENTITY_KEYS, comparedRelationshipKeys, differences, sameValue } from '../model/statements.js';

/** Rows per UNWIND query: large imports stay in one transaction without one huge parameter list. */
const BATCH = 5_000;

async function inBatches<Row>(tx: ManagedTransaction, query: string, rows: Row[], params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const results: Record<string, unknown>[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const { records } = await tx.run(query, { ...params, rows: rows.slice(start, start + BATCH) });
    results.push(...records.map((record) => record.toObject()));
  }
  return results;
}

const toOutcomes = (rows: Record<string, unknown>[]) => rows.map((row) => ({ id: row.id as string, outcome: row.outcome as Outcome }));

/** How a write treats an item that exists: an import adds to it, an edit replaces it whole. */
export type WriteMode = 'add' | 'replace';

/** The sources an item's citations in the document name. */
const citedSources = (citations: CitationInput[], defaultSource: string | undefined) => [
  ...new Set(citations.map((c) => c.source ?? (defaultSource as string)).filter(Boolean)),
];

type Stamp = { now: unknown; actor: string };

/** What one existing item gets from an import that adds: its answer restated or replaced, or this source's statement. */
interface Addition {
  /** Rows that write the answer (restated by its source, or replaced). */
  answer: boolean;
  replaced: boolean;
  statements: StatementRow[];
  /** Statements of the document's sources that the answer now holds, removed. */
  removed: string[];
  /** The outcome when nothing is written to the answer. */
  outcome: Outcome;
}

/**
 * How an import that adds treats an item that exists, by the rule in src/model/statements.ts:
 * its answering source (or an explicit REPLACE) writes the answer; any other source writes its own
 * statement, which corroborates the answer when the values it states agree (or the reviewer chose
 * CORROBORATE: then the answer's values are its statement) and contests it otherwise.
 */
function addition(
  item: StatedItem,
  kind: 'ENTITY' | 'RELATIONSHIP',
  sources: string[],
  stated: Props,
  compared: readonly string[],
  choice: string | undefined,
): Addition {
  const answering = answeringSources(item);
  const statementOf = (source: string) => statementId(kind, item.id, source);
  if (choice === 'REPLACE') {
    // The values replaced stay as the statements of the sources that gave them.
    const kept = answering.filter((source) => !sources.includes(source));
    const changes = differences(compared, item.stored, stated).length > 0;
    return {
      answer: true,
      replaced: true,
      statements: changes ? kept.map((source) => ({ id: statementOf(source), about: item.id, source, props: {}, copyAnswer: true })) : [],
      removed: sources.filter((source) => item.statements.has(source)).map(statementOf),
      outcome: 'replaced',
    };
  }
  if (!answering.length && !item.statements.size) {
    // An item nobody cites (written before citations were required): the document answers for it.
    return { answer: true, replaced: false, statements: [], removed: [], outcome: 'updated' };
  }
  if (sources.some((source) => answering.includes(source))) return { answer: true, replaced: false, statements: [], removed: [], outcome: 'updated' };
  const corroborate = choice === 'CORROBORATE';
  const statements: StatementRow[] = [];
  for (const source of sources) {
    const before = item.statements.get(source);
    const same =
      before &&
      (corroborate
        ? compared.every((key) => sameValue(before[key], item.stored[key]))
        : Object.keys(stated).every((key) => sameValue(before[key], stated[key])));
    if (!same) statements.push({ id: statementOf(source), about: item.id, source, props: stated, copyAnswer: corroborate });
  }
  const agrees = corroborate || differences(compared, item.stored, stated).length === 0;
  return { answer: false, replaced: false, statements, removed: [], outcome: statements.length ? (agrees ? 'corroborated' : 'contested') : 'unchanged' };
}

/** The rows an import adds to existing entities of a kind, items merged away folded into their survivors. */
function additions(document: ValidatedDocument, kind: EntityKind): { id: string; props: Props; aliases: string[] }[] {
  const rows = new Map<string, { id: string; props: Props; aliases: string[] }>();
  const stated = (e: EntityInput) => {
    const { aliases, ...props } = statedProps(entityProps(e, { defaults: false }));
    return { props, aliases: (aliases as string[] | undefined) ?? [] };
  };
  for (const e of document.entities) {
    if (e.kind === kind && document.existing.entities.has(e.id)) rows.set(e.id, { id: e.id, ...stated(e) });
  }
  // A merged-away entity's item gives its names as aliases and fills only what the survivor lacks.
  for (const { item, stored } of document.merged.filter((m) => m.item.kind === kind)) {
    const row = rows.get(item.id) ?? { id: item.id, props: {}, aliases: [] };
    const { props, aliases } = stated(item);
    const { name: _name, ...rest } = props;
    row.props = { ...row.props, ...untakenProps(rest, new Set([...stored, ...Object.keys(row.props)])) };
    row.aliases = [...row.aliases, item.name, ...aliases];
    rows.set(item.id, row);
  }
  return [...rows.values()];
}

export async function writeDocument(tx: ManagedTransaction, document: ValidatedDocument, audit: Audit, mode: WriteMode = 'add'): Promise<ImportReport> {
  const report: ImportReport = { sources: [], entities: [], relationships: [], citations: [] };
  const defaultSource = document.sources.length === 1 ? document.sources[0]?.id : undefined;
  const stamp = { now: neo4j.types.DateTime.fromStandardDate(new Date()), actor: audit.actor };
  // An import states what it gives; an edit, everything (null removes).
  const given = (props: Props) => (mode === 'add' ? statedProps(props) : props);

  report.sources = toOutcomes(
    await inBatches(
      tx,
      MERGE_SOURCES,
      document.sources.map((source) => ({ id: source.id, props: given(sourceProps(source)) })),
      stamp,
    ),
  );

  // Citations are written after the existing items were compared (a source's new citation would make
  // it look answering) and before the new relationships; the new items' versions list their own.
  // A citation that named a merged-away id keeps the id it had as the document wrote it (the merge kept it).
  const cite = (kind: CitationRow['aboutKind'], about: string, c: CitationInput) => {
    const row = citationRow(kind, about, c, defaultSource);
    const written = document.asWritten?.get(c);
    return written ? { ...row, id: citationRow(kind, written.about, written.citation, defaultSource).id } : row;
  };
  // The same sentence can cite the same fact twice in a document: one citation.
  const citations = [
    ...new Map(
      [
        ...[...document.entities, ...document.merged.map((m) => m.item)].flatMap((e) => e.citations.map((c) => cite('ENTITY', e.id, c))),
        ...document.relationships.flatMap((r) => r.citations.map((c) => cite('RELATIONSHIP', r.id, c))),
      ].map((row) => [row.id, row]),
    ).values(),
  ];
  // The citations about each item, grouped once: the new items' versions list their own.
  const citationsAbout = new Map<string, CitationRow[]>();
  for (const c of citations) {
    const about = citationsAbout.get(c.about);
    if (about) about.push(c);
    else citationsAbout.set(c.about, [c]);
  }
  const freshEntities = document.entities.filter((e) => !document.existing.entities.has(e.id));
  if (freshEntities.length) {
    // A new item needs only the values it has: setting null on a fresh one does nothing.
    const bare = freshEntities.map((e) => {
      const created = { id: e.id, kind: e.kind, props: { ...withoutNulls(entityProps(e)), id: e.id } };
      return { id: e.id, label: KIND_LABELS[e.kind], props: created.props, version: createdEntityVersion(created, citationsAbout.get(e.id) ?? []) };
    });
    await closeVersions(tx, { entities: bare.map((e) => e.id) });
    report.entities.push(...toOutcomes(await inBatches(tx, CREATE_ENTITIES, bare, stamp)));
  }
  for (const kind of ENTITY_KINDS) {
    if (mode === 'add') {
      const known = additions(document, kind);
      if (known.length) report.entities.push(...(await addToEntities(tx, document, kind, known, defaultSource, stamp)));
    } else {
      const known = document.entities.filter((e) => e.kind === kind && document.existing.entities.has(e.id)).map((e) => ({ id: e.id, props: entityProps(e) }));
      if (known.length) {
        await keepAnswersEdited(tx, known, { kind: 'ENTITY' }, COMPARED_ENTITY_KEYS[kind], stamp);
        report.entities.push(...toOutcomes(await inBatches(tx, UPDATE_ENTITIES, known, stamp)));
      }
    }
  }

  const isKnown = (r: { type: RelationshipType; id: string }) => document.existing.relationships.has(relationshipKey(r.type, r.id));
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    const known = document.relationships
      .filter((r) => r.type === type && isKnown(r))
      .map((r) => ({ id: r.id, from: r.from, to: r.to, props: relationshipProps(r) }));
    if (known.length && mode === 'replace') {
      await keepAnswersEdited(tx, known, { kind: 'RELATIONSHIP', type }, comparedRelationshipKeys(type), stamp);
      report.relationships.push(...toOutcomes(await inBatches(tx, UPDATE_RELATIONSHIPS, known, { ...stamp, type })));
    } else if (known.length) {
      const citations = new Map(document.relationships.map((r) => [r.id, r.citations]));
      const items = await statedItems(tx, known, { kind: 'RELATIONSHIP', type });
      const answers: typeof known = [];
      const statements: StatementRow[] = [];
      const removed: string[] = [];
      const outcomes = new Map<string, Outcome>();
      const replaced = new Set<string>();
      for (const row of known) {
        const item = items.get(row.id) as StatedItem;
        const stated = given(row.props);
        const sources = citedSources(citations.get(row.id) ?? [], defaultSource);
        const add = addition(item, 'RELATIONSHIP', sources, stated, comparedRelationshipKeys(type), document.choices?.get(row.id));
        if (add.answer) answers.push({ ...row, props: stated });
        else outcomes.set(row.id, add.outcome);
        if (add.replaced) replaced.add(row.id);
        statements.push(...add.statements.map((st) => ({ ...st, from: row.from, to: row.to })));
        removed.push(...add.removed);
      }
      // The replaced values become their sources' statements before the answer changes.
      await writeStatements(
        tx,
        statements.filter((st) => st.copyAnswer && replaced.has(st.about)),
        type,
        stamp,
      );
      await removeStatements(tx, removed);
      const written = toOutcomes(await inBatches(tx, UPDATE_RELATIONSHIPS, answers, { ...stamp, type }));
      await writeStatements(
        tx,
        statements.filter((st) => !replaced.has(st.about)),
        type,
        stamp,
      );
      report.relationships.push(
        ...written.map((item) => (replaced.has(item.id) && item.outcome !== 'unchanged' ? { ...item, outcome: 'replaced' as const } : item)),
        ...[...outcomes].map(([id, outcome]) => ({ id, outcome })),
      );
    }
  }

  // A relationship id no relationship ever had has no citations yet: only the others are looked for.
  const neverUsed = new Set(document.relationships.filter((r) => !isKnown(r) && !document.existing.relationshipIdsUsed.has(r.id)).map((r) => r.id));
  const existing = new Set(
    (
      await inBatches(
        tx,
        EXISTING_CITATIONS,
        citations.filter((c) => !(c.aboutKind === 'RELATIONSHIP' && neverUsed.has(c.about))).map((c) => c.id),
      )
    ).map((row) => row.id as string),
  );
  await inBatches(
    tx,
    CREATE_CITATIONS,
    citations.filter((c) => !existing.has(c.id)),
    stamp,
  );
  report.citations = citations.map((c) => ({ id: c.id, outcome: existing.has(c.id) ? 'unchanged' : 'created' }));

  const freshRelationships = document.relationships.filter((r) => !isKnown(r));
  if (freshRelationships.length) {
    const bare = freshRelationships.map((r) => {
      if (!isRelationshipType(r.type)) throw new Error(`unexpected relationship type ${r.type}`);
      const props = { ...withoutNulls(relationshipProps(r)), id: r.id };
      const created = { id: r.id, type: r.type, from: r.from, to: r.to, props };
      return { ...created, version: createdRelationshipVersion(created, citationsAbout.get(r.id) ?? []) };
    });
    await closeVersions(tx, { relationships: bare.filter((r) => !neverUsed.has(r.id)) });
    // Reported first, as they were when they were written before the existing ones.
    report.relationships.unshift(...toOutcomes(await inBatches(tx, CREATE_RELATIONSHIPS, bare, stamp)));
  }
  const createdCitations = citations.filter((c) => !existing.has(c.id));
  const versioned = { entities: new Set(freshEntities.map((e) => e.id)), relationships: new Set(freshRelationships.map((r) => r.id)) };
  await recordVersions(tx, changedItems(document, report, createdCitations, versioned));
  const change = summarizeChange(document, report, createdCitations);
  if (change && audit.part) change.summary = `part ${audit.part.number} of ${audit.part.of}: ${change.summary}`;
  await recordChange(tx, audit, change);
  return report;
}

/**
 * An import adding to existing entities: aliases always (names are added, never replaced); the
 * stated values to the answer when the document restates its answering source, else as the
 * source's own statement.
 */
async function addToEntities(
  tx: ManagedTransaction,
  document: ValidatedDocument,
  kind: EntityKind,
  known: { id: string; props: Props; aliases: string[] }[],
  defaultSource: string | undefined,
  stamp: Stamp,
): Promise<ItemOutcome[]> {
  const citations = new Map([...document.entities, ...document.merged.map((m) => m.item)].map((e) => [e.id, e.citations]));
  const merged = new Set(document.merged.map((m) => m.item.id));
  const items = await statedItems(tx, known, { kind: 'ENTITY' });
  const statements: StatementRow[] = [];
  const outcomes = new Map<string, Outcome>();
  const rows = known.map((row) => {
    // What a merged-away item adds fills only gaps of the survivor: it never contests it.
    if (merged.has(row.id)) return row;
    const sources = citedSources(citations.get(row.id) ?? [], defaultSource);
    const add = addition(items.get(row.id) as StatedItem, 'ENTITY', sources, row.props, COMPARED_ENTITY_KEYS[kind], undefined);
    statements.push(...add.statements);
    if (add.answer) return row;
    outcomes.set(row.id, add.outcome);
    return { ...row, props: {} };
  });
  const written = toOutcomes(await inBatches(tx, ADD_TO_ENTITIES, rows, stamp));
  await writeStatements(tx, statements, undefined, stamp);
  // A new alias is an update even where the values went to a statement; else the statement's outcome stands.
  return written.map((item) => (item.outcome === 'unchanged' && outcomes.has(item.id) ? { id: item.id, outcome: outcomes.get(item.id) as Outcome } : item));
}

/**
 * Before an edit replaces an item's answer, the values it replaces stay as the statements of the
 * sources that gave them (so every source keeps its statement, and the answer is the editor's).
 */
async function keepAnswersEdited(
  tx: ManagedTransaction,
  rows: { id: string; from?: string; to?: string; props: Props }[],
  about: { kind: 'ENTITY' } | { kind: 'RELATIONSHIP'; type: RelationshipType },
  compared: readonly string[],
  stamp: Stamp,
): Promise<void> {
  const items = await statedItems(tx, rows, about);
  const kept: StatementRow[] = [];
  for (const row of rows) {
    const item = items.get(row.id);
    if (!item || !differences(compared, item.stored, row.props).length) continue;
    for (const source of answeringSources(item)) {
      kept.push({ id: statementId(about.kind, row.id, source), about: row.id, source, props: {}, copyAnswer: true, from: row.from, to: row.to });
    }
  }
  await writeStatements(tx, kept, about.kind === 'RELATIONSHIP' ? about.type : undefined, stamp);
}
