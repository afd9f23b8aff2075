/**
 * Drafting a report and reviewing it: draft from text, accept / reject / reset items, edit one,
 * link a drafted entity to one in the graph, import what was accepted, set a draft aside. Every
 * change is one transaction that locks the draft, raises its revision and records what the items
 * were before; a client that passes the revision it saw is refused over a colleague's newer change.
 * Editors only.
 */
import { randomUUID } from 'node:crypto';
import { Conflict, InvalidInput, NotFound } from '../../errors.js';
import { TransactionTooLarge } from '../../graph/db.js';
import { changeDraft, createDraft, draftForUpdate, type DraftRecord } from '../../graph/drafts.js';
import { entitiesById } from '../../graph/entities.js';
import { knownEntities } from '../../graph/known-entities.js';
import { idempotent } from '../../graph/writes.js';
import { draftFromText, ExtractError, MAX_TEXT_CHARS } from '../../extract/index.js';
import type { ImportDocument } from '../../model/format.js';
import { ImportRejected, NothingAccepted, applyDocument } from '../../import/index.js';
import { matchDraftToGraph } from '../../import/match.js';
import { parseDocument } from '../../model/parse.js';
import { addItem, chooseFor, editItem, linkEntity, setReviewState, type ReviewResult, type Reviewer } from '../../import/review.js';
import { ReviewChoiceEnum } from '../enums.js';
import { actorOf, builder, type Context } from '../builder.js';
import { slugFromId } from '../../model/global-ids.js';
import { MutationError, WRITE_ERRORS } from '../errors.js';
import { ImportItem, ImportRedirect, items, outcomeCounts, publishImported, type Item, type Redirect } from '../import.js';
import { Draft, ReviewStateEnum, draftView, type DraftView } from './types.js';
import { idempotencyKeyArg } from '../write.js';

/* Extraction failures a client can act on. */

const ExtractionErrorCodeEnum = builder.enumType('ExtractionErrorCode', {
  description: 'Why a text could not be drafted.',
  values: {
    EMPTY_TEXT: { description: 'The text is empty.' },
    TEXT_TOO_LONG: { description: `The text is longer than ${MAX_TEXT_CHARS.toLocaleString('en')} characters.` },
    UNSUPPORTED_LANGUAGE: { description: 'The text is not in English, the one language the extractor reads (import a hand-written document instead).' },
    NOT_PLAIN_TEXT: { description: 'The text looks like HTML or markup: paste the report’s text.' },
    NOTHING_FOUND: { description: 'Nothing was found in the text to draft (no entity, no relationship): the extractor reads English news reports.' },
  },
});

builder.objectType(ExtractError, {
  name: 'ExtractionError',
  description: 'The text could not be drafted. Nothing was stored.',
  interfaces: [MutationError],
  isTypeOf: (value) => value instanceof ExtractError,
  fields: (t) => ({ code: t.field({ type: ExtractionErrorCodeEnum, description: 'Why.', resolve: (e) => e.code }) }),
});

const DRAFT_ERRORS = [...WRITE_ERRORS];

const DraftReportInput = builder.inputType('DraftReportInput', {
  description: 'A report to draft: its text and what is known about it.',
  fields: (t) => ({
    text: t.string({ required: true, description: `The report’s full text, in English (at most ${MAX_TEXT_CHARS.toLocaleString('en')} characters).` }),
    published: t.field({ type: 'Date', required: true, description: 'When it was published: relative dates ("on Wednesday") are read against it.' }),
    title: t.string({ description: 'Its title; by default its first line.' }),
    publisher: t.string({ description: 'Who published it.' }),
    url: t.string({ description: 'Where it was published.' }),
    useGraph: t.boolean({ defaultValue: true, description: 'Match names against the entities already in the graph (false drafts from the text alone).' }),
  }),
});

const revisionArg = (t: PothosSchemaTypes.MutationFieldBuilder<import('../builder.js').Types, object>) =>
  t.arg.int({ description: 'The revision you last saw: the change is refused (ConflictError) if the draft has changed since.' });

async function createFromText(context: Context, input: typeof DraftReportInput.$inferInput): Promise<DraftView> {
  const known = input.useGraph === false ? [] : await knownEntities(context.db);
  const document = draftFromText({
    text: input.text,
    published: input.published.toISOString().slice(0, 10),
    ...(input.title ? { title: input.title } : {}),
    ...(input.publisher ? { publisher: input.publisher } : {}),
    ...(input.url ? { url: input.url } : {}),
    known,
    createdBy: actorOf(context),
  });
  const joined = known.length ? await matchDraftToGraph(context.db, document) : document;
  const record = await context.db.writeTransaction((tx) =>
    createDraft(tx, { id: randomUUID(), title: joined.sources[0]?.title ?? 'Untitled report', document: stored(joined), by: actorOf(context) }),
  );
  return draftView(record);
}

/** Drafts are stored pretty-printed, so the lines an import problem names are worth reading. */
const stored = (document: ImportDocument) => JSON.stringify(document, null, 2);

/** One review change: lock the draft, check the revision, apply, record. */
async function review(
  context: Context,
  id: string,
  revision: number | null | undefined,
  action: string,
  change: (view: DraftView, reviewer: Reviewer) => ReviewResult,
  note?: string | null,
): Promise<DraftView> {
  const record = await context.db.writeTransaction(async (tx) => {
    const current = await draftForUpdate(tx, id);
    if (current.status === 'DISCARDED') throw new Conflict('The draft was set aside; nothing more can change in it.');
    const result = change(draftView(current), { by: actorOf(context), at: new Date().toISOString() });
    return changeDraft(tx, current, {
      expectedRevision: revision,
      document: stored(result.document),
      by: actorOf(context),
      action,
      items: result.touched,
      note,
      before: result.before,
    });
  });
  return draftView(record);
}

builder.mutationFields((t) => ({
  draftReport: t.field({
    type: Draft,
    description:
      'Drafts a report: finds the entities it names (matched to those in the graph unless `useGraph` is false), the ' +
      'relationships it states with their quotes, dates and confidence, and keeps the draft for review. Needs an editor token.',
    authScopes: { editor: true },
    errors: { types: [ExtractError] },
    args: { input: t.arg({ type: DraftReportInput, required: true, description: 'The report.' }) },
    resolve: (_root, { input }, context) => createFromText(context, input),
  }),
  openDraft: t.field({
    type: Draft,
    description:
      'Keeps a draft file (as `npm run extract --out` writes it) in the graph for review, as `draftReport` keeps a new one; ' +
      'its review so far comes with it. The file is checked like an import document, line by line.',
    authScopes: { editor: true },
    errors: { types: [ImportRejected] },
    args: { document: t.arg.string({ required: true, description: 'The draft file’s JSON text.' }) },
    resolve: async (_root, args, context) => {
      const { document } = parseDocument(args.document, 'draft');
      if (!document.draft && ![...document.entities, ...document.relationships].some((item) => item.review)) {
        throw new ImportRejected(
          [{ path: 'draft', message: 'not a draft (no `draft` section, no reviewed item): import a document with importDocument instead' }],
          'draft',
        );
      }
      const record = await context.db.writeTransaction((tx) =>
        createDraft(tx, { id: randomUUID(), title: document.sources[0]?.title ?? 'Untitled report', document: stored(document), by: actorOf(context) }),
      );
      return draftView(record);
    },
  }),
  reviewDraftItems: t.field({
    type: Draft,
    description:
      'Accepts, rejects or resets (PROPOSED) drafted items. Accepting a relationship accepts the drafted entities it ' +
      'needs; rejecting an entity rejects the relationships that need it. EDITED is set by `editDraftItem`.',
    authScopes: { editor: true },
    errors: { types: DRAFT_ERRORS },
    args: {
      draft: t.arg.string({ required: true, description: 'The draft’s id.' }),
      items: t.arg.stringList({ required: true, description: 'The ids of the items.' }),
      state: t.arg({ type: ReviewStateEnum, required: true, description: 'ACCEPTED, REJECTED or PROPOSED.' }),
      note: t.arg.string({ description: 'Why, for the colleague who reads the draft next.' }),
      revision: revisionArg(t),
    },
    resolve: (_root, args, context) => {
      if (args.state === 'EDITED') throw new InvalidInput([{ field: 'state', message: 'use editDraftItem to change an item' }]);
      if (!args.items.length) throw new InvalidInput([{ field: 'items', message: 'name at least one item' }]);
      return review(
        context,
        args.draft,
        args.revision,
        args.state,
        (view, reviewer) => setReviewState(view.document, args.items, args.state, reviewer, args.note),
        args.note,
      );
    },
  }),
  editDraftItem: t.field({
    type: Draft,
    description:
      'Replaces a drafted item with your corrected version (type, ends, confidence, dates, figures, quotes…), given as ' +
      'the item’s JSON in the import format (read `json` of the item). It is then EDITED, which counts as accepted.',
    authScopes: { editor: true },
    errors: { types: DRAFT_ERRORS },
    args: {
      draft: t.arg.string({ required: true, description: 'The draft’s id.' }),
      item: t.arg.string({ required: true, description: 'The item’s id (it stays the same).' }),
      json: t.arg.string({ required: true, description: 'The corrected item as JSON.' }),
      revision: revisionArg(t),
    },
    resolve: (_root, args, context) => {
      let edited: unknown;
      try {
        edited = JSON.parse(args.json);
      } catch {
        throw new InvalidInput([{ field: 'json', message: 'not valid JSON' }]);
      }
      return review(context, args.draft, args.revision, 'EDITED', (view, reviewer) => editItem(view.document, args.item, edited, reviewer));
    },
  }),
  linkDraftEntity: t.field({
    type: Draft,
    description:
      'Says a drafted entity is one already in the graph: everything that referred to it now refers to that entity, ' +
      'and the drafted one is rejected with a note; importing the draft teaches that entity the drafted names as aliases, ' +
      'so the next report that uses them finds it. Find the entity with `search`.',
    authScopes: { editor: true },
    errors: { types: DRAFT_ERRORS },
    args: {
      draft: t.arg.string({ required: true, description: 'The draft’s id.' }),
      entity: t.arg.string({ required: true, description: 'The drafted entity’s id.' }),
      to: t.arg.id({ required: true, description: 'The entity in the graph: global id or slug.' }),
      revision: revisionArg(t),
    },
    resolve: async (_root, args, context) => {
      const target = slugFromId(String(args.to));
      if (!(await entitiesById(context.db, [target])).length) throw new NotFound('entity', target);
      return review(context, args.draft, args.revision, 'LINKED', (view, reviewer) => linkEntity(view.document, args.entity, target, reviewer));
    },
  }),
  chooseForDraftItems: t.field({
    type: Draft,
    description:
      'For drafted relationships the graph already holds (`inGraph`): CORROBORATE (the report says the same: its ' +
      'citation is added), CONTEST (its own values are kept beside the graph’s, shown in `contested`) or REPLACE (its ' +
      'values become what the relationship answers; the replaced ones stay as their sources’ statements). Accepts them.',
    authScopes: { editor: true },
    errors: { types: DRAFT_ERRORS },
    args: {
      draft: t.arg.string({ required: true, description: 'The draft’s id.' }),
      items: t.arg.stringList({ required: true, description: 'The ids of the items (each one the graph holds).' }),
      choice: t.arg({ type: ReviewChoiceEnum, required: true, description: 'What to do with them.' }),
      note: t.arg.string({ description: 'Why, for the colleague who reads the draft next.' }),
      revision: revisionArg(t),
    },
    resolve: (_root, args, context) => {
      if (!args.items.length) throw new InvalidInput([{ field: 'items', message: 'name at least one item' }]);
      return review(
        context,
        args.draft,
        args.revision,
        args.choice,
        (view, reviewer) => chooseFor(view.document, args.items, args.choice, reviewer),
        args.note,
      );
    },
  }),
  addDraftItem: t.field({
    type: Draft,
    description:
      'Adds what the extractor missed: an entity or relationship a reviewer made from the report’s own sentences, as JSON in ' +
      'the import format (a relationship’s ends are drafted entities or entities of the graph; its quotes verbatim sentences ' +
      'of the report, which become its evidence). It is EDITED, which counts as accepted.',
    authScopes: { editor: true },
    errors: { types: DRAFT_ERRORS },
    args: {
      draft: t.arg.string({ required: true, description: 'The draft’s id.' }),
      json: t.arg.string({ required: true, description: 'The new item as JSON.' }),
      revision: revisionArg(t),
    },
    resolve: async (_root, args, context) => {
      let added: unknown;
      try {
        added = JSON.parse(args.json);
      } catch {
        throw new InvalidInput([{ field: 'json', message: 'not valid JSON' }]);
      }
      // A relationship's ends must be there to import it: drafted here, or in the graph.
      const ends =
        typeof added === 'object' && added !== null && !('kind' in added) ? [(added as { from?: unknown }).from, (added as { to?: unknown }).to] : [];
      const slugs = ends.filter((end): end is string => typeof end === 'string');
      const inGraph = new Set((await entitiesById(context.db, slugs)).map((e) => e.id));
      return review(context, args.draft, args.revision, 'ADDED', (view, reviewer) => {
        const drafted = new Set(view.document.entities.map((e) => e.id));
        const unknown = slugs.filter((id) => !drafted.has(id) && !inGraph.has(id));
        if (unknown.length) throw new InvalidInput(unknown.map((id) => ({ field: 'json', message: `no entity "${id}" in this draft nor in the graph` })));
        return addItem(view.document, added, reviewer);
      });
    },
  }),
  discardDraft: t.field({
    type: Draft,
    description: 'Sets a draft aside: it stays, with its history, but nothing more changes in it or is imported from it.',
    authScopes: { editor: true },
    errors: { types: DRAFT_ERRORS },
    args: {
      draft: t.arg.string({ required: true, description: 'The draft’s id.' }),
      note: t.arg.string({ description: 'Why.' }),
      revision: revisionArg(t),
    },
    resolve: async (_root, args, context) => {
      const record = await context.db.writeTransaction(async (tx) =>
        changeDraft(tx, await draftForUpdate(tx, args.draft), {
          expectedRevision: args.revision,
          status: 'DISCARDED',
          by: actorOf(context),
          action: 'DISCARDED',
          items: [],
          note: args.note,
        }),
      );
      return draftView(record);
    },
  }),
}));

/* Importing what was accepted. */

interface ImportDraftResult {
  draft: DraftRecord;
  items: Item[];
  skippedEntities: string[];
  skippedRelationships: string[];
  redirected?: Redirect[];
}

const ImportDraftPayload = builder.objectRef<ImportDraftResult>('ImportDraftPayload').implement({
  description: 'What importing a draft wrote, and what it left out.',
  fields: (t) => ({
    draft: t.field({ type: Draft, description: 'The draft, now IMPORTED.', resolve: (p) => draftView(p.draft) }),
    items: t.field({ type: [ImportItem], description: 'Every item written, with its outcome.', resolve: (p) => p.items }),
    ...outcomeCounts(t),
    skippedEntities: t.exposeStringList('skippedEntities', { description: 'Drafted entities not imported: not accepted, or rejected.' }),
    skippedRelationships: t.exposeStringList('skippedRelationships', { description: 'Drafted relationships not imported.' }),
    redirected: t.field({
      type: [ImportRedirect],
      description: 'Ids the draft named that had been merged into another entity since, read as that one.',
      resolve: (p) => p.redirected ?? [],
    }),
  }),
});

builder.mutationField('importDraft', (t) =>
  t.field({
    type: ImportDraftPayload,
    description:
      'Imports the accepted and edited items of a draft through the importer: validated as every import is, all ' +
      'or nothing, in one transaction with the draft’s new status. Importing again after more review adds the rest. ' +
      'The draft is checked against the graph as it now is: an entity merged since is read as the one it was merged ' +
      'into; one deleted since is a problem (ENTITY_DELETED) to settle by rejecting or linking the item. A draft with ' +
      'nothing accepted gets NothingAcceptedError, and nothing is written.',
    authScopes: { editor: true },
    errors: { types: [ImportRejected, NothingAccepted, ...DRAFT_ERRORS] },
    args: {
      draft: t.arg.string({ required: true, description: 'The draft’s id.' }),
      revision: revisionArg(t),
      idempotencyKey: idempotencyKeyArg(t),
    },
    resolve: async (_root, args, context) => {
      const actor = actorOf(context);
      const audit = { actor, operation: 'IMPORT_DRAFT' };
      try {
        const { result, document } = await context.db.writeTransaction(async (tx) => {
          const current = await draftForUpdate(tx, args.draft);
          if (current.status === 'DISCARDED') throw new Conflict('The draft was set aside; it cannot be imported.');
          const { document, locate } = parseDocument(current.document, 'draft');
          const result = await idempotent(tx, args.idempotencyKey, 'IMPORT_DRAFT', audit, async () => {
            const report = await applyDocument(tx, document, locate, audit).catch((error: unknown) => {
              // Each problem names the item it is in (ImportProblem.item), read from the draft.
              if (error instanceof ImportRejected) Object.assign(error, { document });
              throw error;
            });
            const draft = await changeDraft(tx, current, {
              expectedRevision: args.revision,
              status: 'IMPORTED',
              by: actor,
              action: 'IMPORTED',
              items: [...report.entities, ...report.relationships].map((item) => item.id),
            });
            return {
              draft,
              items: items(report),
              skippedEntities: report.skipped.entities,
              skippedRelationships: report.skipped.relationships,
              redirected: report.redirected,
            };
          });
          return { result, document };
        });
        publishImported(context, document.relationships, result.items);
        return result;
      } catch (error) {
        if (error instanceof TransactionTooLarge) {
          throw new ImportRejected([{ path: '', message: 'the draft needs more memory than Neo4j allows one transaction; nothing was written' }], 'draft');
        }
        throw error;
      }
    },
  }),
);
