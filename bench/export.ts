/**
 * How much memory an export takes: `measureExport` downloads one export from a running server over
 * HTTP (reading it as a client would, keeping nothing) while sampling the server process's resident
 * memory from /proc, and reports the bytes, the time, and the resident set before and at its peak.
 * Run directly, it loads a synthetic graph into its own Neo4j, starts the server as its own process
 * and measures every format:
 *
 *   npx tsx bench/export.ts [--relationships 100000] [--server-heap-mb 192]
 *
 * With --server-heap-mb the server's V8 heap is capped: an export that finishes under a cap far
 * below the graph's size did not hold the graph.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { Db } from '../src/graph/db.js';
import { migrate } from '../src/graph/migrations.js';
import { importDocumentText } from '../src/import/index.js';
import { createDriver } from '../src/neo4j/connection.js';
import { freeLoopbackPort } from '../src/neo4j/processes.js';
import { provisionNeo4j } from '../src/neo4j/provision.js';
import { projectRoot } from '../src/paths.js';
import { EXPORT_FORMATS, type ExportFormat } from '../src/export/request.js';
import { documents } from './generate.js';

export interface ExportMeasurement {
  format: ExportFormat;
  bytes: number;
  seconds: number;
  /** The server's resident set just before the export, and the most it reached during it, in MB. */
  rssBeforeMb: number;
  rssPeakMb: number;
}

/** What /proc says about a process's memory, in MB: resident now (VmRSS) or at its peak (VmHWM). */
export function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]);
  return kb / 1024;
}

/**
 * Downloads `/export/<format>` from the server at `base` (e.g. `http://127.0.0.1:4000`), whose
 * process is `pid`, sampling its resident memory every `sampleMs`. `query` is the export's query
 * string (filters, neighbourhood); `token` a bearer token when reads need one.
 */
export async function measureExport(options: {
  base: string;
  pid: number;
  format: ExportFormat;
  query?: string;
  token?: string;
  sampleMs?: number;
}): Promise<ExportMeasurement> {
  const rssBeforeMb = memoryOf(options.pid, 'VmRSS');
  let rssPeakMb = rssBeforeMb;
  const timer = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, memoryOf(options.pid, 'VmRSS'))), options.sampleMs ?? 100);
  const started = performance.now();
  let bytes = 0;
  try {
    const response = await fetch(`${options.base}/export/${options.format}${options.query ? `?${options.query}` : ''}`, {
      headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    });
    if (!response.ok || !response.body) throw new Error(`export ${options.format}: HTTP ${response.status} ${await response.text()}`);
    const reader = response.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.byteLength;
  } finally {
    clearInterval(timer);
  }
  rssPeakMb = Math.max(rssPeakMb, memoryOf(options.pid, 'VmRSS'));
  return { format: options.format, bytes, seconds: (performance.now() - started) / 1000, rssBeforeMb, rssPeakMb };
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--relationships');
  const relationships = Number(at > 0 ? process.argv[at + 1] : 100_000);
  const heapAt = process.argv.indexOf('--server-heap-mb');
  const heapCap = heapAt > 0 ? { NODE_OPTIONS: `--max-old-space-size=${Number(process.argv[heapAt + 1])}` } : {};
  const settings = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_LOCAL_HEAP: '2g', NEO4J_LOCAL_PAGECACHE: '2g' }).neo4j;
  rmSync(join(settings.local.dir, 'bench-export'), { recursive: true, force: true });
  const neo4j = await provisionNeo4j(settings, { instance: 'bench-export', whenBusy: 'private', log: (m) => console.log(`[export] ${m}`) });
  const driver = createDriver(neo4j.connection, { maxTransactionRetryTime: 30_000 });
  try {
    await migrate(driver);
    const db = new Db(driver);
    for (const document of documents(relationships)) await importDocumentText(db, document.text, { actor: 'bench' });
    console.log(`[export] ${relationships.toLocaleString('en')} relationships loaded`);
    const port = await freeLoopbackPort();
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: neo4j.connection.uri,
        NEO4J_USER: neo4j.connection.user,
        NEO4J_PASSWORD: neo4j.connection.password,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        SEED_ON_EMPTY: 'false',
        LOG_LEVEL: 'warn',
        ...heapCap,
      },
      stdio: 'inherit',
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      while (
        !(await fetch(`${base}/ready`).then(
          (r) => r.ok,
          () => false,
        ))
      )
        await new Promise((resolve) => setTimeout(resolve, 250));
      console.log('| export | MB sent | seconds | server resident MB before | at peak |\n|---|---:|---:|---:|---:|');
      for (const format of Object.keys(EXPORT_FORMATS) as ExportFormat[]) {
        const m = await measureExport({ base, pid: server.pid as number, format });
        console.log(`| ${format} | ${(m.bytes / 1e6).toFixed(1)} | ${m.seconds.toFixed(1)} | ${m.rssBeforeMb.toFixed(0)} | ${m.rssPeakMb.toFixed(0)} |`);
      }
    } finally {
      server.kill('SIGTERM');
    }
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
