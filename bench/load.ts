/**
 * A closed-loop load runner: a fixed number of workers, each sending its next request as soon as the
 * last one answered, first for a warm-up whose timings are dropped, then for a fixed duration in which
 * every latency is kept (not bucketed), so percentiles are exact.
 */
import { Agent, request } from 'node:http';
import type { GraphQLRequest } from './queries.js';

export interface LoadOptions {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  /** Requests sent in all, the warm-up included. */
  sent: number;
  errors: number;
  /** Completed requests per second over the measured window. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  firstError?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Runs `task(n)` for the n-th request of the run; a throw counts as an error, not a stop. */
export async function closedLoop(task: (n: number) => Promise<void>, options: LoadOptions): Promise<LoadResult> {
  let n = 0;
  let errors = 0;
  let firstError: string | undefined;
  const latencies: number[] = [];
  const phase = async (ms: number, keep: boolean) => {
    const end = performance.now() + ms;
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (performance.now() < end) {
          const started = performance.now();
          try {
            await task(n++);
            if (keep) latencies.push(performance.now() - started);
          } catch (error) {
            if (keep) errors++;
            firstError ??= error instanceof Error ? error.message : String(error);
          }
        }
      }),
    );
  };
  await phase(options.warmupMs, false);
  const started = performance.now();
  await phase(options.durationMs, true);
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    sent: n,
    errors,
    throughput: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    ...(firstError ? { firstError } : {}),
  };
}

/** A GraphQL client over keep-alive HTTP/1.1 connections, as many as there are workers. */
export function graphqlClient(url: string, concurrency: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  return {
    /** The `data` of the answer; a GraphQL error or a non-200 status throws. */
    async post(body: GraphQLRequest): Promise<Record<string, unknown>> {
      return (await this.answer(body)).data ?? {};
    },
    /** The whole answer (data and extensions); a GraphQL error or a non-200 status throws. */
    async answer(body: GraphQLRequest): Promise<{ data?: Record<string, unknown>; extensions?: Record<string, unknown> }> {
      const payload = JSON.stringify(body);
      const text = await new Promise<string>((resolve, reject) => {
        const req = request(
          {
            agent,
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
              else resolve(text);
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
      const answer = JSON.parse(text) as { data?: Record<string, unknown>; errors?: { message: string }[]; extensions?: Record<string, unknown> };
      if (answer.errors?.length)
        throw new Error(
          `GraphQL error: ${answer.errors
            .map((e) => e.message)
            .join('; ')
            .slice(0, 300)}`,
        );
      return answer;
    },
    close: () => agent.destroy(),
  };
}
