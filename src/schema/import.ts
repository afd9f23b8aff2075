/**
 * importDocument: the CLI importer's conflict-graph/v1 format over GraphQL, all or nothing per call,
 * with a report per item: created, updated (added to what was there) or unchanged, and the ids read
 * as the entity they were merged into; or, when the document is rejected, every problem with its
 * line, path and the item it belongs to; or, for a draft of which nothing was accepted, a typed
 * error saying so (nothing is written).
 */
import { TransactionTooLarge } from '../graph/db.js';
import { idempotent } from '../graph/writes.js';
import { ImportRejected, NothingAccepted, applyDocument, type ImportProblem, type ImportReport, type ImportResult } from '../import/index.js';
import { parseDocument } from '../model/parse.js';
import { actorOf, builder, type Types } from './builder.js';
import { WriteOutcomeEnum } from './enums.js';
import { MutationError } from './errors.js';
import { idempotencyKeyArg } from './write.js';

export type Item = {
  kind: 'SOURCE' | 'ENTITY' | 'RELATIONSHIP' | 'CITATION';
  id: string;
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'CORROBORATED' | 'CONTESTED' | 'REPLACED';
};

const ImportItemKindEnum = builder.enumType('ImportItemKind', {
  description: 'What an import item is.',
  values: {
    SOURCE: { description: 'A source document.' },
    ENTITY: { description: 'An entity.' },
    RELATIONSHIP: { description: 'A relationship.' },
    CITATION: { description: 'A citation (its id is a hash of what it says).' },
  },
});

export const ImportItem = builder.objectRef<Item>('ImportItem').implement({
  description: 'One item of an imported document and what the import did with it.',
  fields: (t) => ({
    kind: t.field({ type: ImportItemKindEnum, description: 'What the item is.', resolve: (i) => i.kind }),
    id: t.exposeString('id', { description: 'Its id.' }),
    outcome: t.field({ type: WriteOutcomeEnum, description: 'Created, updated (merged into what was there) or unchanged.', resolve: (i) => i.outcome }),
  }),
});

export type Redirect = ImportResult['redirected'][number];

export const ImportRedirect = builder.objectRef<Redirect>('ImportRedirect').implement({
  description:
    'An id the document named that had been merged into another entity: read as that one (references to it, and its ' +
    'entity item, which added its names as aliases and the fields the survivor lacked).',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The id the document named (merged away).' }),
    to: t.exposeString('to', { description: 'The entity it was merged into, which the import wrote to instead.' }),
  }),
});

builder.objectType(NothingAccepted, {
  name: 'NothingAcceptedError',
  description: 'The draft has no accepted or edited item, so nothing was imported and nothing written (not even its source).',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof NothingAccepted,
  fields: (t) => ({
    skippedEntities: t.stringList({ description: 'Its entities, none accepted.', resolve: (e) => e.skipped.entities }),
    skippedRelationships: t.stringList({ description: 'Its relationships, none accepted.', resolve: (e) => e.skipped.relationships }),
  }),
});

const OUTCOME_COUNTS: [Lowercase<Item['outcome']>, Item['outcome'], string][] = [
  ['created', 'CREATED', 'How many items were created.'],
  ['updated', 'UPDATED', 'How many were updated (restated by the source they answer with, or added to).'],
  ['unchanged', 'UNCHANGED', 'How many were already so.'],
  ['corroborated', 'CORROBORATED', 'How many items another source stated first, with the same values (this source’s statement added).'],
  ['contested', 'CONTESTED', 'How many items another source stated first, with other values (kept beside them; see `contested`).'],
  ['replaced', 'REPLACED', 'How many items a reviewer chose this source’s values for.'],
];

/** How many items of a write had each outcome: new, corroborated, contested, … (for an import's summary). */
export function outcomeCounts<P extends { items: Item[] }>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, P>) {
  return Object.fromEntries(
    OUTCOME_COUNTS.map(([field, outcome, description]) => [field, t.int({ description, resolve: (p) => p.items.filter((i) => i.outcome === outcome).length })]),
  ) as Record<Lowercase<Item['outcome']>, ReturnType<typeof t.int>>;
}

const ImportPayload = builder.objectRef<{ items: Item[]; redirected?: Redirect[] }>('ImportPayload').implement({
  description: 'What an import wrote, item by item.',
  fields: (t) => ({
    items: t.field({ type: [ImportItem], description: 'Every item, with its outcome.', resolve: (p) => p.items }),
    redirected: t.field({ type: [ImportRedirect], description: 'Ids read as the entity they were merged into.', resolve: (p) => p.redirected ?? [] }),
    ...outcomeCounts(t),
  }),
});

const ImportProblemCodeEnum = builder.enumType('ImportProblemCode', {
  description: 'What sort of problem stopped an import.',
  values: {
    INVALID: { description: 'The document is invalid there (shape, value, reference, quote, dates).' },
    ENTITY_DELETED: {
      description:
        'The draft names an entity deleted after the draft was made: reject the item, or link it to another entity (`deletedBy`, `deletedAt` say who and when).',
    },
    MATCH_GONE: {
      description:
        'A drafted item was matched to an item of the graph that was retracted, merged or deleted after the draft was made: reject the item, or draft the report again.',
    },
  },
});

const ImportProblemRef = builder.objectRef<ImportProblem & { item: string | null }>('ImportProblem').implement({
  description: 'Why an import was rejected: one problem, where it is.',
  fields: (t) => ({
    code: t.field({ type: ImportProblemCodeEnum, description: 'What sort of problem.', resolve: (p) => p.code ?? 'INVALID' }),
    deletedEntity: t.string({ nullable: true, description: 'ENTITY_DELETED: the id of the deleted entity.', resolve: (p) => p.deleted?.entity ?? null }),
    deletedBy: t.string({ nullable: true, description: 'ENTITY_DELETED: who deleted it, when the audit trail says.', resolve: (p) => p.deleted?.by ?? null }),
    deletedAt: t.field({ type: 'DateTime', nullable: true, description: 'ENTITY_DELETED: when.', resolve: (p) => p.deleted?.at ?? null }),
    line: t.exposeInt('line', { nullable: true, description: 'The line of the document, when it can be placed.' }),
    path: t.exposeString('path', { description: 'Where in the document, e.g. `relationships[3].to`.' }),
    item: t.exposeString('item', { nullable: true, description: 'The id of the item the problem is in, if any.' }),
    message: t.exposeString('message', { description: 'What is wrong.' }),
  }),
});

builder.objectType(ImportRejected, {
  name: 'ImportRejectedError',
  description: 'The document was rejected and nothing was written: every problem is listed.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof ImportRejected,
  fields: (t) => ({
    problems: t.field({
      type: [ImportProblemRef],
      description: 'Each problem, with its line, path and item.',
      resolve: (error) => error.problems.map((problem) => ({ ...problem, item: itemOf(error, problem) })),
    }),
  }),
});

/** The id of the item a problem's path is in, read from the document the error came from. */
function itemOf(error: ImportRejected, problem: ImportProblem): string | null {
  const match = /^(sources|entities|relationships)\[(\d+)\]/.exec(problem.path);
  const document = (error as ImportRejected & { document?: Record<string, { id?: unknown }[]> }).document;
  const id = match && document?.[match[1] as string]?.[Number(match[2])]?.id;
  return typeof id === 'string' ? id : null;
}

export function items(report: ImportReport): Item[] {
  const upper = (outcome: string) => outcome.toUpperCase() as Item['outcome'];
  return [
    ...report.sources.map((i) => ({ kind: 'SOURCE' as const, id: i.id, outcome: upper(i.outcome) })),
    ...report.entities.map((i) => ({ kind: 'ENTITY' as const, id: i.id, outcome: upper(i.outcome) })),
    ...report.relationships.map((i) => ({ kind: 'RELATIONSHIP' as const, id: i.id, outcome: upper(i.outcome) })),
    ...report.citations.map((i) => ({ kind: 'CITATION' as const, id: i.id, outcome: upper(i.outcome) })),
  ];
}

builder.mutationField('importDocument', (t) =>
  t.field({
    type: ImportPayload,
    description:
      'Imports a report in the conflict-graph/v1 JSON format (as `npm run import` does; sources must carry their ' +
      '`text`). All or nothing: the whole document is validated before anything is written, in one ' +
      'transaction; items merge on their ids and an import only adds: what it leaves out stays, aliases are added, and a ' +
      'source other than the one an item answers with adds its own statement beside it (corroborated or contested), never ' +
      'replacing what another source said; importing the same document again changes nothing. An id merged into ' +
      'another entity is read as that one. Needs an editor token.',
    authScopes: { editor: true },
    errors: { types: [ImportRejected, NothingAccepted] },
    args: {
      document: t.arg.string({ required: true, description: 'The document, as JSON text (line numbers in problems refer to it).' }),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: async (_root, { document: text, idempotencyKey }, context) => {
      let parsedValue: unknown;
      try {
        parsedValue = JSON.parse(text);
      } catch {
        parsedValue = undefined;
      }
      try {
        const { document, locate } = parseDocument(text, 'document');
        const result = await context.db.writeTransaction(async (tx) => {
          const audit = { actor: actorOf(context), operation: 'IMPORT' };
          return idempotent(tx, idempotencyKey, 'IMPORT', audit, async () => {
            const result = await applyDocument(tx, document, locate, audit);
            return { items: items(result), redirected: result.redirected };
          });
        });
        publishImported(context, document.relationships, result.items);
        return result;
      } catch (error) {
        if (error instanceof TransactionTooLarge) {
          throw new ImportRejected([
            {
              path: '',
              message:
                'the document needs more memory than Neo4j allows one transaction, so nothing was written; split it into smaller documents, or use `npm run import`, which writes large documents in parts',
            },
          ]);
        }
        if (error instanceof ImportRejected) Object.assign(error, { document: parsedValue });
        throw error;
      }
    },
  }),
);

export function publishImported(
  context: Parameters<typeof actorOf>[0],
  relationships: { id: string; type: string; from: string; to: string }[],
  written: Item[],
) {
  const outcomes = new Map(written.filter((i) => i.kind === 'RELATIONSHIP').map((i) => [i.id, i.outcome]));
  for (const r of relationships) {
    const outcome = outcomes.get(r.id);
    if (outcome === 'CREATED' || outcome === 'UPDATED') {
      context.events.publish({ relationshipId: r.id, type: r.type, change: outcome, from: r.from, to: r.to, by: actorOf(context) });
    }
  }
}
