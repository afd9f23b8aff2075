/**
 * npm run extract -- report.txt --published 2022-09-14 [--title …] [--publisher …] [--url …]
 *                    [--out draft.json [--force]] [--no-graph]
 *
 * Drafts a report into a conflict-graph/v1 document for review: names are matched against the
 * graph the server uses (NEO4J_URI, else the embedded default: the running one when `npm start` is
 * up), and what the graph already holds is matched to its relationships, unless --no-graph drafts
 * from the text alone. With `npm start` running, the draft is also stored in its graph and the
 * review address printed (with the local editor token, in development); otherwise review the file
 * (on /review, "Open a draft file", or by setting review states), then `npm run import -- draft.json`.
 */
import { randomUUID } from 'node:crypto';
import { access, readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { Db } from '../graph/db.js';
import { createDraft } from '../graph/drafts.js';
import { knownEntities } from '../graph/known-entities.js';
import { matchDraftToGraph } from '../import/match.js';
import { localEditorKey, reviewAddress, runningServer } from '../local-access.js';
import { draftFromText, ExtractError } from '../extract/index.js';
import { ImportRejected } from '../model/parse.js';
import { isCalendarDay } from '../model/format.js';
import { createDriver } from '../neo4j/connection.js';
import { Neo4jUnavailable, provisionNeo4j } from '../neo4j/provision.js';

const usage = 'usage: npm run extract -- <report.txt> --published YYYY-MM-DD [--title …] [--publisher …] [--url …] [--out draft.json [--force]] [--no-graph]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      'no-graph': { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2);
}
const { values, positionals } = parsed;
const [file] = positionals;
if (!file || positionals.length > 1) fail(usage, 2);
if (!values.published) fail(`--published YYYY-MM-DD is required: relative dates are read against it\n${usage}`, 2);
if (!isCalendarDay(values.published)) fail(`--published: "${values.published}" is not a calendar day written YYYY-MM-DD (e.g. 2022-09-14)`, 2);
// A draft file may hold a review in progress: writing over it takes --force.
if (
  values.out &&
  !values.force &&
  (await access(values.out).then(
    () => true,
    () => false,
  ))
) {
  fail(`${values.out} exists and may hold a review in progress; choose another --out, or add --force to replace it`, 2);
}

let text: string;
try {
  text = await readFile(file, 'utf8');
} catch {
  fail(`cannot read ${file}: no such file, or not readable`);
}

const config = loadConfig();

/** The graph the server uses, unless --no-graph: matched against, and where a running server's drafts are kept. */
async function openGraph() {
  if (values['no-graph']) return undefined;
  const neo4j = await provisionNeo4j(config.neo4j, { instance: 'dev', whenBusy: 'share', log: (message) => console.error(`neo4j: ${message}`) });
  const driver = createDriver(neo4j.connection);
  return {
    db: new Db(driver, neo4j.connection.database),
    close: async () => {
      await driver.close();
      await neo4j.stop();
    },
  };
}

const graph = await openGraph().catch((error: unknown) => fail((error as Error).message));
try {
  const known = graph ? await knownEntities(graph.db) : [];
  const started = performance.now();
  const drafted = draftFromText({
    text,
    published: values.published,
    ...(values.title ? { title: values.title } : {}),
    ...(values.publisher ? { publisher: values.publisher } : {}),
    ...(values.url ? { url: values.url } : {}),
    known,
    createdBy: `extract:${process.env.USER ?? 'cli'}`,
  });
  const draft = graph && known.length ? await matchDraftToGraph(graph.db, drafted) : drafted;
  const json = `${JSON.stringify(draft, null, 2)}\n`;
  // With the server running, the draft goes into its graph, where /review opens it.
  const server = graph ? await runningServer(config.neo4j.local.dir) : undefined;
  if (values.out) await writeFile(values.out, json);
  else if (!server) process.stdout.write(json);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const matched = draft.relationships.filter((r) => r.review?.match).length;
  console.error(
    `${file}: drafted in ${seconds} s: ${draft.entities.length} new entities, ${draft.relationships.length} relationships ` +
      `(${matched} the graph already holds), all PROPOSED ` +
      `(${known.length ? `names matched against ${known.length} entities in the graph` : 'not matched against the graph'})`,
  );
  if (server && graph) {
    const record = await graph.db.writeTransaction((tx) =>
      createDraft(tx, {
        id: randomUUID(),
        title: draft.sources[0]?.title ?? 'Untitled report',
        document: JSON.stringify(draft, null, 2),
        by: draft.draft?.createdBy ?? 'extract',
      }),
    );
    const key = config.production ? undefined : await localEditorKey(config.neo4j.local.dir);
    console.error(`review it at ${key ? reviewAddress(server, key, record.id) : `${server}/review?draft=${record.id}`}`);
  } else if (values.out) {
    console.error(`review ${values.out} (on /review with npm start running: "Open a draft file"), then: npm run import -- ${values.out}`);
  }
} catch (error) {
  if (error instanceof ExtractError) fail(`${file}: ${error.message}`);
  if (error instanceof ImportRejected) fail(error.message);
  if (error instanceof Neo4jUnavailable) fail(error.message);
  fail(`${file}: ${(error as Error).message?.split('\n')[0] ?? String(error)}`);
} finally {
  await graph?.close();
}
