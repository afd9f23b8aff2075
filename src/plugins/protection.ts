/**
 * Limits on what a request may ask: query depth, cost, aliases, directives and tokens (GraphQL
 * Armor), operations per batch (yoga), body size, and time (a request is answered with TIMEOUT and
 * its Neo4j queries cancelled when it runs too long). Each rejection is a clear, coded error.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Limits } from '../config.js';
import type { Context } from '../schema/builder.js';
import { requestIdOf } from './observability.js';

/** Tags Armor's rejections with our code, so clients can tell a limit from a typo. */
const tag = (_context: unknown, error: GraphQLError) => {
  (error.extensions as Record<string, unknown>).code = 'QUERY_TOO_COMPLEX';
};

export function useQueryLimits(limits: Limits, production: boolean): Plugin {
  // In production the messages say which limit, not its value (that would map the limits for an attacker).
  const callbacks = { onReject: [tag], propagateOnRejection: true, exposeLimits: !production };
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.depth, ignoreIntrospection: true, flattenFragments: true, ...callbacks, errorMessage: 'Query depth limit exceeded.' },
    costLimit: { maxCost: limits.cost, ignoreIntrospection: true, flattenFragments: true, ...callbacks, errorMessage: 'Query cost limit exceeded.' },
    maxAliases: { n: limits.aliases, ...callbacks, errorMessage: 'Aliases limit exceeded.' },
    maxDirectives: { n: limits.directives, ...callbacks, errorMessage: 'Directives limit exceeded.' },
    maxTokens: { n: limits.tokens, ...callbacks, errorMessage: 'Token limit exceeded.' },
    // "Did you mean …?" hints map the schema for a stranger: off in production.
    blockFieldSuggestion: { enabled: production },
  }) as Plugin;
}

const tooLarge = (fetchAPI: { Response: typeof Response }, limit: number, request: Request) =>
  new fetchAPI.Response(
    JSON.stringify({
      errors: [{ message: `The request body is larger than ${limit} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE', requestId: requestIdOf(request) } }],
    }),
    { status: 413, headers: { 'content-type': 'application/json; charset=utf-8' } },
  );

/** Refuses bodies over the limit, whether or not they say their length up front. */
export function useBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST' || !requestParser) return;
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (declared > limit) {
        setRequestParser(() => tooLarge(fetchAPI, limit, request));
        return;
      }
      setRequestParser(async (incoming) => {
        const body = await readUpTo(incoming, limit);
        if (body === null) return tooLarge(fetchAPI, limit, request);
        return requestParser(new fetchAPI.Request(incoming.url, { method: incoming.method, headers: incoming.headers, body }));
      });
    },
  };
}

async function readUpTo(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * Answers with TIMEOUT once a request has run for `ms`, and aborts its context's signal so the
 * Neo4j queries still running are cancelled and no new ones start.
 */
export function useRequestTimeout(ms: number): Plugin<Context> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args: ExecutionArgs) => {
        const { abort } = args.contextValue as Context;
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<{ errors: GraphQLError[] }>((resolve) => {
          timer = setTimeout(() => {
            abort.abort(new DOMException(`The request ran longer than ${ms} ms.`, 'TimeoutError'));
            resolve({
              errors: [new GraphQLError(`The request took longer than ${ms} ms and was cancelled.`, { extensions: { code: 'TIMEOUT' } })],
            });
          }, ms);
        });
        try {
          return await Promise.race([executeFn(args), timedOut]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
