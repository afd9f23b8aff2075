/**
 * Source and Citation: the documents facts come from, and the verbatim sentences that state each
 * fact, with who asserts it. Every entity and relationship has `citations`.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { partialDateString } from '../graph/dates.js';
import { allSources, citationsAbout, sourcesById, type CitationRecord, type SourceRecord } from '../graph/sources.js';
import { Conflict } from '../errors.js';
import { FORMAT } from '../import/format.js';
import { applyDocument } from '../import/index.js';
import { shapeDocument } from '../import/parse.js';
import { builder, type Context } from './builder.js';
import { Entity } from './entity.js';
import { WriteOutcomeEnum } from './enums.js';
import { WRITE_ERRORS } from './errors.js';
import { write } from './write.js';


export const Source = builder.loadableNode('Source', {
  description: 'A document facts are cited from: a news report, a statement, a dataset.',
  id: { resolve: (source) => source.id },
  load: (ids: string[], context: Context) => sourcesById(context.db, ids),
  sort: (source) => source.id,
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'The stable id of the source, e.g. `armenia-azerbaijan-2022-09`.' }),
    title: t.string({ description: 'The title as published.', resolve: (s) => String(s.properties.title) }),
    publisher: t.string({
      nullable: true,
      description: 'Who published it; null when the document does not say.',
      resolve: (s) => (s.properties.publisher as string | undefined) ?? null,
    }),
    url: t.string({ nullable: true, description: 'Where it was published, when known.', resolve: (s) => (s.properties.url as string | undefined) ?? null }),
    publishedFrom: t.field({
      type: 'Date',
      nullable: true,
      description: 'The earliest day it can have been published.',
      resolve: (s) => partialDateString(s.properties.publishedFrom, 'DAY'),
    }),
    publishedTo: t.field({
      type: 'Date',
      nullable: true,
      description: 'The latest day it can have been published.',
      resolve: (s) => partialDateString(s.properties.publishedTo, 'DAY'),
    }),
    publishedNote: t.string({
      nullable: true,
      description: 'How the publication date was worked out.',
      resolve: (s) => (s.properties.publishedNote as string | undefined) ?? null,
    }),
    language: t.string({ description: 'The language of the text, ISO 639-1.', resolve: (s) => String(s.properties.language) }),
    originalLanguage: t.string({
      nullable: true,
      description: 'The language it was translated from, if it is a translation.',
      resolve: (s) => (s.properties.originalLanguage as string | undefined) ?? null,
    }),
    note: t.string({
      nullable: true,
      description: 'Curation notes on the source: translation, missing metadata.',
      resolve: (s) => (s.properties.note as string | undefined) ?? null,
    }),
    text: t.string({ description: 'The full text every quote is checked against.', resolve: (s) => String(s.properties.text) }),
    sha256: t.string({ description: 'SHA-256 of the text, hex.', resolve: (s) => String(s.properties.sha256) }),
  }),
});

export const Citation = builder.objectRef<CitationRecord>('Citation').implement({
  description: 'The sentence of a source that states a fact, verbatim, and who asserts it.',
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'The sentence, exactly as the source has it.' }),
    source: t.field({ type: Source, description: 'The document quoted.', resolve: (c) => c.sourceId }),
    assertedBy: t.field({
      type: Entity,
      nullable: true,
      description: 'The actor the source quotes as saying it; null when the source states it itself.',
      resolve: (c) => c.asserter ?? c.assertedById,
    }),
    via: t.field({
      type: Entity,
      nullable: true,
      description: 'The agency the source relays it through (AFP, PAP, Reuters), if any.',
      resolve: (c) => c.relay ?? c.viaId,
    }),
    note: t.exposeString('note', { nullable: true, description: 'Curation notes on this citation.' }),
  }),
});

/** One loader per request for the citations of entities and relationships alike. */
const citationLoader = createContextCache(
  (context: Context) => new DataLoader<string, CitationRecord[]>((ids) => citationsAbout(context.db, ids)),
);

export function loadCitations(context: Context, about: string): Promise<CitationRecord[]> {
  return citationLoader(context).load(about);
}

/** Caches citations read along with what they are about, so asking for them costs no query. */
export function primeCitations(context: Context, about: string, citations: CitationRecord[]): void {
  citationLoader(context).prime(about, citations);
}

builder.queryFields((t) => ({
  sources: t.field({
    type: [Source],
    description: 'Every source in the graph, by id.',
    resolve: (_root, _args, context) => allSources(context.db),
  }),
}));

export type { SourceRecord };

/* Writing sources, and the citation and time inputs every write uses. */

export const CitationInputRef = builder.inputType('CitationInput', {
  description: 'A sentence of a source that states the fact, verbatim, and who asserts it.',
  fields: (t) => ({
    source: t.id({ required: true, description: 'The source’s id (slug), e.g. `armenia-azerbaijan-2022-09`.' }),
    quote: t.string({ required: true, description: 'The sentence, exactly as in the source’s text (checked).' }),
    assertedBy: t.id({ description: 'The entity the source quotes (slug); leave out when the source states it itself.' }),
    via: t.id({ description: 'The agency the source relays it through (slug), if any.' }),
    note: t.string({ description: 'A curation note on this citation.' }),
  }),
});

export const TimeSpanInputRef = builder.inputType('TimeSpanInput', {
  description: 'When something holds, as precisely as the source says: `2020`, `2020-11` or `2022-09-14`.',
  fields: (t) => ({
    from: t.string({ description: 'When it began to hold; leave out when the source does not say.' }),
    to: t.string({ description: 'When it stopped; leave out when open-ended.' }),
    note: t.string({ description: 'How the dates were worked out (e.g. "Wednesday" resolved to a date).' }),
  }),
});

/** GraphQL inputs have explicit nulls; the import format has absent keys. */
export function withoutNulls<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as never;
}

export function citationsFrom(inputs: readonly (typeof CitationInputRef.$inferInput)[] | null | undefined) {
  return (inputs ?? []).map((citation) => withoutNulls({ ...citation, source: String(citation.source), assertedBy: citation.assertedBy ? String(citation.assertedBy) : null, via: citation.via ? String(citation.via) : null }));
}


const SourcePayload = builder.objectRef<{ id: string; outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' }>('SourcePayload').implement({
  description: 'The source written.',
  fields: (t) => ({
    source: t.field({ type: Source, description: 'The source.', resolve: (p) => p.id }),
    outcome: t.field({ type: WriteOutcomeEnum, description: 'Whether it was created or already there.', resolve: (p) => p.outcome }),
  }),
});

builder.mutationField('addSource', (t) =>
  t.field({
    type: SourcePayload,
    description:
      'Adds a document to cite. Its full text is required: every quote is checked against it. Adding the same ' +
      'source again changes nothing; a different one under a taken id is a conflict. Needs an editor token.',
    authScopes: { editor: true },
    errors: { types: WRITE_ERRORS },
    args: {
      input: t.arg({
        required: true,
        description: 'The source.',
        type: builder.inputType('SourceInput', {
          description: 'A document: its id, title, language and full text.',
          fields: (f) => ({
            id: f.id({ required: true, description: 'A stable slug, e.g. `reuters-2022-09-14-clashes`.' }),
            title: f.string({ required: true, description: 'The title as published.' }),
            publisher: f.string({ description: 'Who published it.' }),
            url: f.string({ description: 'Where it was published.' }),
            published: f.field({ type: TimeSpanInputRef, description: 'When it was published (a range if unsure).' }),
            language: f.string({ required: true, description: 'ISO 639-1 code of the text, e.g. `en`.' }),
            originalLanguage: f.string({ description: 'ISO 639-1 code of the original, if this is a translation.' }),
            note: f.string({ description: 'Curation notes.' }),
            text: f.string({ required: true, description: 'The full text.' }),
          }),
        }),
      }),
      idempotencyKey: t.arg.string({ description: 'Makes a retried call safe: the second call with a key returns the first one’s result.' }),
    },
    resolve: async (_root, { input, idempotencyKey }, context) => {
      const source = withoutNulls({ ...input, id: String(input.id), published: input.published ? withoutNulls(input.published) : null });
      return write(context, 'ADD_SOURCE', idempotencyKey, async (tx, audit) => {
        const document = shapeDocument({ format: FORMAT, sources: [source] });
        const report = await applyDocument(tx, document, () => undefined, audit);
        const outcome = report.sources[0]?.outcome ?? 'unchanged';
        if (outcome === 'updated') throw new Conflict(`A different source already has the id "${source.id}".`);
        return { id: source.id, outcome: outcome.toUpperCase() as 'CREATED' | 'UNCHANGED' };
      });
    },
  }),
);
