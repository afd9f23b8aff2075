/**
 * The optional dependency-parse backbone's parser: `parseText(text, published)` annotates a report
 * with Stanford CoreNLP 4.5.10 (tokenize, ssplit, pos, lemma, ner, depparse; the document date set
 * to the publication date) and returns a `ParsedText`, which `draftFromText({ …, parse })` reads.
 * The jars come from `npm run corenlp:jars`; the server starts on first use and stays warm.
 */
import { fromCoreNlp, type ParsedText } from './parsed.js';
import { annotateRaw, parserServer, serverMemory, stopServer } from './server.js';

export type { DependencyEdge, NerMention, ParsedSentence, ParsedText, ParsedToken } from './parsed.js';
export { fromCoreNlp } from './parsed.js';
export { ParserMissing } from './jars.js';

export async function parseText(text: string, published: string): Promise<ParsedText> {
  return fromCoreNlp(await annotateRaw(text, published), 'corenlp 4.5.10');
}

/** Starts the server now (rather than on the first text); resolves when it is ready. */
export async function startParser(): Promise<number> {
  return (await parserServer()).setupSeconds;
}

/** Whether the server was started by this process (not taken from CORENLP_URL). */
export async function parserStartedHere(): Promise<boolean> {
  return Boolean((await parserServer()).child);
}

export const parserMemory = serverMemory;
export const stopParser = stopServer;
