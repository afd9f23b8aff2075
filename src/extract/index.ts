/**
 * Drafts a conflict-graph/v1 document from an English news report: gate, sentences, mentions,
 * events, dates, relationships, assembly. Synchronous and self-contained: nothing is fetched.
 * Everything it proposes is PROPOSED for review, with the sentences and rules behind it.
 */
import type { ImportDocument } from '../model/format.js';
import { shapeDocument } from '../model/parse.js';
import { assemble } from './document.js';
import { Registry, type KnownEntity } from './entities.js';
import { findEvents } from './events.js';
import { gate, nothingFound } from './gate.js';
import { findMentions } from './mentions/index.js';
import { resolvePairs } from './mentions/anaphora.js';
import { relate } from './relate.js';
import { splitSentences } from './sentences.js';
import { findTimes } from './time.js';
import type { ParsedText } from './parser/parsed.js';
import { slugify } from '../model/names.js';

export { ExtractError, MAX_TEXT_CHARS, type ExtractErrorCode } from './gate.js';
export type { KnownEntity } from './entities.js';

export const EXTRACTOR = 'conflict-graph/extract 1';

export interface DraftInput {
  text: string;
  /** The publication date, YYYY-MM-DD: relative dates are read against it. */
  published: string;
  title?: string;
  publisher?: string;
  url?: string;
  /** Default: a slug of the title (or first line) and the date. */
  sourceId?: string;
  /** For compromise-dates; default UTC. */
  timezone?: string;
  /** Entities already in the graph; absent or empty drafts as if there were no graph. */
  known?: KnownEntity[];
  createdBy?: string;
  now?: Date;
  /**
   * The report's dependency parse (`parseText` of src/extract/parser/, Stanford CoreNLP), if any:
   * its named entities and verb frames are read where the surface rules found nothing. Absent, the
   * draft is the surface rules' alone.
   */
  parse?: ParsedText;
}

export function draftFromText(input: DraftInput): ImportDocument {
  const { text, published } = input;
  gate(text);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new RangeError(`published must be a date as YYYY-MM-DD, not "${published}"`);
  const timezone = input.timezone ?? 'UTC';
  const known = input.known ?? [];
  const registry = new Registry(known);
  const sentences = splitSentences(text);
  const { analysed } = findMentions(text, sentences, registry, input.parse);
  const times = analysed.map(({ sentence }) => findTimes(sentence.text, published, timezone));
  const events = findEvents(analysed, times, registry, published);
  resolvePairs(analysed, events.sidesAt);
  const candidates = relate(analysed, times, events, registry, input.parse && { text, parse: input.parse });
  const title = input.title ?? (text.trim().split('\n')[0] as string).trim().slice(0, 200);
  const sourceId = input.sourceId ?? `${slugify(title).split('-').slice(0, 8).join('-')}-${published}`;
  const document = assemble({ id: sourceId, title, text, published, publisher: input.publisher, url: input.url }, sentences, registry, candidates, {
    extractor: EXTRACTOR,
    createdAt: (input.now ?? new Date()).toISOString(),
    ...(input.createdBy ? { createdBy: input.createdBy } : {}),
    resolvedAgainstGraph: known.length > 0,
  });
  if (!document.entities.length && !document.relationships.length)
    throw nothingFound([...registry.entities.values()].filter((e) => e.known && e.citations.length).map((e) => e.name));
  return shapeDocument(document);
}
