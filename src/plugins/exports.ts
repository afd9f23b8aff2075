/**
 * The exports at /export/…: the graph (or the neighbourhood the explorer shows) as GraphML, a
 * conflict-graph/v1 document, GeoJSON for maps, a STIX 2.1 bundle, or CSV files (entities, relationships, citations,
 * sources, statements), streamed a page at a time as the client reads
 * (pull-based, so a slow client slows the reads instead of filling memory). Reads follow
 * AUTH_READS like GraphQL reads; a bad parameter is a 400 with a JSON error naming it; a failure
 * before the first byte is a JSON error, one after it ends the download short and is logged.
 */
import type { Driver } from 'neo4j-driver';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Authenticator } from '../auth.js';
import { Db } from '../graph/db.js';
import { graphReader, neighbourhoodReader, type ExportReader, type ExportScope } from '../graph/export.js';
import { citationsCsv, entitiesCsv, relationshipsCsv, sourcesCsv, statementsCsv } from '../export/csv.js';
import { geojson } from '../export/geojson.js';
import { conflictGraphDocument } from '../export/document.js';
import { graphml } from '../export/graphml.js';
import { stixBundle } from '../export/stix.js';
import { EXPORT_FORMATS, EXPORT_PREFIX, ExportParameterError, exportFileName, exportFormatOf, exportScopeOf, type ExportFormat } from '../export/request.js';

export interface ExportsOptions {
  driver: Driver;
  database?: string;
  authenticator: Authenticator;
  readsRequireToken: boolean;
  queryTimeoutMs: number;
  logger: Logger;
}

const WRITERS: Record<ExportFormat, (reader: ExportReader) => AsyncGenerator<string>> = {
  'graph.graphml': graphml,
  'graph.json': conflictGraphDocument,
  'entities.csv': entitiesCsv,
  'relationships.csv': relationshipsCsv,
  'citations.csv': citationsCsv,
  'sources.csv': sourcesCsv,
  'statements.csv': statementsCsv,
  'graph.geojson': geojson,
  'graph.stix.json': stixBundle,
};

/** Text is sent in chunks of about this many characters, not a write per row. */
const CHUNK = 64 * 1024;

function jsonError(status: number, error: Record<string, string>, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** Whether the caller may read: 401 or 403 as a Response when not. */
async function readerCheck(options: ExportsOptions, request: Request): Promise<Response | null> {
  let principal;
  try {
    principal = await options.authenticator.authenticate(request.headers.get('authorization'));
  } catch (error) {
    return jsonError(401, { code: 'UNAUTHENTICATED', message: (error as Error).message }, { 'www-authenticate': 'Bearer' });
  }
  if (!options.readsRequireToken) return null;
  if (!principal)
    return jsonError(401, { code: 'UNAUTHENTICATED', message: 'Reads need a token: send "Authorization: Bearer <token>".' }, { 'www-authenticate': 'Bearer' });
  if (!principal.roles.has('reader')) return jsonError(403, { code: 'FORBIDDEN', message: 'The token does not allow reading.' });
  return null;
}

/** The writer's text as a byte stream that reads on only as the client takes it. */
function streamOf(text: AsyncGenerator<string>, first: string, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pending = first;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        while (pending.length < CHUNK) {
          const next = await text.next();
          if (next.done) {
            if (pending) controller.enqueue(encoder.encode(pending));
            controller.close();
            return;
          }
          pending += next.value;
        }
        controller.enqueue(encoder.encode(pending));
        pending = '';
      } catch (error) {
        onError(error);
        controller.error(error);
      }
    },
    async cancel() {
      await text.return(undefined);
    },
  });
}

async function exportResponse(options: ExportsOptions, format: ExportFormat, scope: ExportScope, request: Request): Promise<Response> {
  const db = new Db(options.driver, options.database, { timeoutMs: options.queryTimeoutMs, signal: request.signal });
  const reader = scope.entity ? await neighbourhoodReader(db, { ...scope, entity: scope.entity }) : graphReader(db, scope);
  if (!reader) return jsonError(404, { code: 'NOT_FOUND', parameter: 'entity', message: `No entity has the id "${scope.entity}".` });
  const text = WRITERS[format](reader);
  // The first part is read before answering, so a database that is away is a status, not a cut file.
  const first = await text.next();
  const body = streamOf(text, first.done ? '' : first.value, (error) =>
    options.logger.error({ err: error, path: `${EXPORT_PREFIX}${format}` }, 'export ended early'),
  );
  return new Response(request.method === 'HEAD' ? null : body, {
    headers: {
      'content-type': EXPORT_FORMATS[format].type,
      'content-disposition': `attachment; filename="${exportFileName(format, scope)}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

export function useExports(options: ExportsOptions): Plugin {
  return {
    async onRequest({ url, request, endResponse }) {
      if (!url.pathname.startsWith(EXPORT_PREFIX)) return;
      const format = exportFormatOf(url.pathname);
      if (!format) {
        endResponse(
          jsonError(404, {
            code: 'NOT_FOUND',
            message: `Exports are ${Object.keys(EXPORT_FORMATS)
              .map((name) => EXPORT_PREFIX + name)
              .join(', ')}.`,
          }),
        );
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(jsonError(405, { code: 'METHOD_NOT_ALLOWED', message: 'Exports are read with GET.' }, { allow: 'GET, HEAD' }));
        return;
      }
      const refused = await readerCheck(options, request);
      if (refused) return endResponse(refused);
      let scope: ExportScope;
      try {
        scope = exportScopeOf(url.searchParams);
      } catch (error) {
        if (!(error instanceof ExportParameterError)) throw error;
        endResponse(jsonError(400, { code: 'BAD_REQUEST', parameter: error.parameter, message: `${error.parameter}: ${error.message}` }));
        return;
      }
      try {
        endResponse(await exportResponse(options, format, scope, request));
      } catch (error) {
        options.logger.error({ err: error, path: url.pathname }, 'export failed');
        const unavailable = typeof error === 'object' && error !== null && 'code' in error && String(error.code) === 'ServiceUnavailable';
        endResponse(
          unavailable
            ? jsonError(503, { code: 'DATABASE_UNAVAILABLE', message: 'Neo4j cannot be reached; try again shortly.' })
            : jsonError(500, { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.' }),
        );
      }
    },
  };
}
