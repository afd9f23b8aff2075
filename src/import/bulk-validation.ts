/**
 * The validating half of the bulk path (import/offline.ts): in the caller's thread, and for a large
 * import on a worker thread of its own that takes over what the documents before hold, so that the
 * next document is parsed, validated and quote-checked while the one before is written as store
 * files. Documents are validated in order, each against those before it (the graph as the
 * transactional importer would find it), and each answer goes back as plain data, a refusal as the
 * error the caller would have met on one thread.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { GraphLookup } from '../graph/import-lookup.js';
import type { ValidatedDocument } from '../graph/validated.js';
import type { EntityKind } from '../model/vocabulary.js';
import { ImportRejected, parseDocument, type ImportProblem } from '../model/parse.js';
import { acceptedPart, type AcceptedPart } from './draft.js';
import { validateDocument } from './validate.js';

/** Why a set of documents cannot take the bulk path; the transactional importer can still take them. */
export class NotBulkImportable extends Error {}

/** What the documents validated so far hold: the graph as the next document would find it. */
class DocumentsSoFar implements GraphLookup {
  readonly kinds: Map<string, EntityKind>;
  readonly texts: Map<string, string>;
  readonly ids: Map<string, { type: string; from: string; to: string }>;

  constructor(soFar: SoFar = { kinds: [], texts: [], ids: [] }) {
    this.kinds = new Map(soFar.kinds);
    this.texts = new Map(soFar.texts);
    this.ids = new Map(soFar.ids);
  }

  /** As plain data, for a worker that takes over. */
  plain(): SoFar {
    return { kinds: [...this.kinds], texts: [...this.texts], ids: [...this.ids] };
  }

  async entityKinds(ids: string[]) {
    return new Map(ids.flatMap((id) => (this.kinds.has(id) ? [[id, this.kinds.get(id) as EntityKind] as const] : [])));
  }

  // An empty database has no past: nothing was merged or deleted.
  async pastEntities() {
    return new Map();
  }

  async sourceTexts(ids: string[]) {
    return new Map(ids.flatMap((id) => (this.texts.has(id) ? [[id, this.texts.get(id) as string] as const] : [])));
  }

  async relationships(ids: string[]) {
    const byId = new Map(
      ids.flatMap((id) => (this.ids.has(id) ? [[id, { ...(this.ids.get(id) as { type: string; from: string; to: string }), retracted: false }] as const] : [])),
    );
    return { byId, used: new Set(byId.keys()) };
  }

  /** Takes in a validated document, for the documents after it. */
  add(validated: ValidatedDocument): void {
    for (const entity of validated.entities) this.kinds.set(entity.id, entity.kind);
    for (const source of validated.sources) this.texts.set(source.id, source.text);
    for (const relationship of validated.relationships)
      this.ids.set(relationship.id, { type: relationship.type, from: relationship.from, to: relationship.to });
  }
}

/** What the documents validated so far hold, as plain data: entity kinds, source texts and relationships, by id. */
export interface SoFar {
  kinds: [string, EntityKind][];
  texts: [string, string][];
  ids: [string, { type: string; from: string; to: string }][];
}

/** One document to validate, in the order given. */
export interface ToValidate {
  text: string;
  file?: string;
}

/** A refusal as it crosses between threads: which error it was and what it carried. */
export type Refusal = { error: 'ImportRejected'; problems: ImportProblem[]; file: string } | { error: 'NotBulkImportable' | 'Error'; message: string };

/** A document's answer: the document to write (merges are impossible in an empty database, so it is plain data) or why not. */
export type Validated = { validated: Omit<ValidatedDocument, 'asWritten'>; skipped: AcceptedPart['skipped'] } | { refused: Refusal };

/** Validates documents in order, each against the ones before it. */
export class InOrder {
  private readonly known: DocumentsSoFar;

  /** `soFar`: what the documents validated before these hold (a worker taking over from its caller). */
  constructor(soFar?: SoFar) {
    this.known = new DocumentsSoFar(soFar);
  }

  /** What the documents validated so far hold, for a worker to go on from. */
  soFar(): SoFar {
    return this.known.plain();
  }

  async validate({ text, file }: ToValidate): Promise<Validated> {
    try {
      const { document, locate } = parseDocument(text, file);
      const accepted = acceptedPart(document);
      const validated = await validateDocument(accepted.document, locate, this.known, {
        file,
        originalPath: accepted.originalPath,
        ...(file ? { readTextFile: (name: string) => readFile(resolve(dirname(file), name), 'utf8') } : {}),
      });
      if (validated.existing.entities.size || validated.existing.relationships.size) {
        throw new NotBulkImportable(`${file ?? 'a document'} changes items an earlier document wrote; import these documents by transactions`);
      }
      this.known.add(validated);
      const { asWritten: _none, ...plain } = validated;
      return { validated: plain, skipped: accepted.skipped };
    } catch (error) {
      return { refused: refusal(error) };
    }
  }
}

function refusal(error: unknown): Refusal {
  if (error instanceof ImportRejected) return { error: 'ImportRejected', problems: error.problems, file: error.file };
  if (error instanceof NotBulkImportable) return { error: 'NotBulkImportable', message: error.message };
  return { error: 'Error', message: error instanceof Error ? error.message : String(error) };
}

/** The error a refusal stands for, as the caller would have met it on one thread. */
export function refusedError(refused: Refusal): Error {
  switch (refused.error) {
    case 'ImportRejected':
      return new ImportRejected(refused.problems, refused.file);
    case 'NotBulkImportable':
      return new NotBulkImportable(refused.message);
    default:
      return new Error(refused.message);
  }
}

// As a worker: one answer per document, in the order they come.
if (!isMainThread && parentPort) {
  const port = parentPort;
  const inOrder = new InOrder(workerData as SoFar);
  let queue = Promise.resolve();
  port.on('message', (document: ToValidate) => {
    queue = queue.then(async () => port.postMessage(await inOrder.validate(document)));
  });
}
