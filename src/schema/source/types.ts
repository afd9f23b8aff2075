/**
 * Source and Citation: the documents facts come from, and the verbatim sentences that state each
 * fact, with who asserts it and through which agency. Every entity and relationship has `citations`,
 * read through one loader per request.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { partialDateString } from '../../graph/dates.js';
import type { CitationRecord } from '../../graph/records.js';
import { citationsAbout, sourcesById } from '../../graph/sources.js';
import { builder, reads, type Context } from '../builder.js';
import { Entity } from '../entity/ref.js';

export const Source = builder.loadableNode('Source', {
  description: 'A document facts are cited from: a news report, a statement, a dataset.',
  id: { resolve: (source) => source.id },
  load: (ids: string[], context: Context) => sourcesById(context.db, ids),
  sort: (source) => source.id,
  fields: (t) => ({
    slug: t.exposeString('id', { description: 'The stable id of the source, e.g. `armenia-azerbaijan-2022-09`.', extensions: reads() }),
    title: t.string({ description: 'The title as published.', extensions: reads('title'), resolve: (s) => String(s.properties.title) }),
    publisher: t.string({
      nullable: true,
      description: 'Who published it; null when the document does not say.',
      extensions: reads('publisher'),
      resolve: (s) => (s.properties.publisher as string | undefined) ?? null,
    }),
    url: t.string({
      nullable: true,
      description: 'Where it was published, when known.',
      extensions: reads('url'),
      resolve: (s) => (s.properties.url as string | undefined) ?? null,
    }),
    publishedFrom: t.field({
      type: 'Date',
      nullable: true,
      description: 'The earliest day it can have been published.',
      extensions: reads('publishedFrom'),
      resolve: (s) => partialDateString(s.properties.publishedFrom, 'DAY'),
    }),
    publishedTo: t.field({
      type: 'Date',
      nullable: true,
      description: 'The latest day it can have been published.',
      extensions: reads('publishedTo'),
      resolve: (s) => partialDateString(s.properties.publishedTo, 'DAY'),
    }),
    publishedNote: t.string({
      nullable: true,
      description: 'How the publication date was worked out.',
      extensions: reads('publishedNote'),
      resolve: (s) => (s.properties.publishedNote as string | undefined) ?? null,
    }),
    language: t.string({ description: 'The language of the text, ISO 639-1.', extensions: reads('language'), resolve: (s) => String(s.properties.language) }),
    originalLanguage: t.string({
      nullable: true,
      description: 'The language it was translated from, if it is a translation.',
      extensions: reads('originalLanguage'),
      resolve: (s) => (s.properties.originalLanguage as string | undefined) ?? null,
    }),
    note: t.string({
      nullable: true,
      description: 'Curation notes on the source: translation, missing metadata.',
      extensions: reads('note'),
      resolve: (s) => (s.properties.note as string | undefined) ?? null,
    }),
    text: t.string({ description: 'The full text every quote is checked against.', extensions: reads('text'), resolve: (s) => String(s.properties.text) }),
    sha256: t.string({ description: 'SHA-256 of the text, hex.', extensions: reads('sha256'), resolve: (s) => String(s.properties.sha256) }),
  }),
});

export const Citation = builder.objectRef<CitationRecord>('Citation').implement({
  description: 'The sentence of a source that states a fact, verbatim, and who asserts it.',
  fields: (t) => ({
    quote: t.exposeString('quote', { description: 'The sentence, exactly as the source has it.', extensions: reads('quote') }),
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
    note: t.exposeString('note', { nullable: true, description: 'Curation notes on this citation.', extensions: reads('note') }),
  }),
});

/** One loader per request for the citations of entities and relationships alike. */
const citationLoader = createContextCache((context: Context) => new DataLoader<string, CitationRecord[]>((ids) => citationsAbout(context.db, ids)));

export function loadCitations(context: Context, about: string): Promise<CitationRecord[]> {
  return citationLoader(context).load(about);
}

/** Caches citations read along with what they are about, so asking for them costs no query. */
export function primeCitations(context: Context, about: string, citations: CitationRecord[]): void {
  citationLoader(context).prime(about, citations);
}
