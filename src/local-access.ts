/**
 * Review out of the box, in development only: `npm start` keeps a local editor token in the
 * instance folder (a file only its owner can read), accepts it like any API key, and prints the
 * review address carrying it in the URL fragment, which browsers never send and no log holds. The
 * running server also publishes its address there, so `npm run extract` can store a draft in its
 * graph and say where to review it. Production does none of this.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiKey } from './auth.js';
import { isAlive } from './neo4j/processes.js';

/** The instance folder `npm start` uses (as provisionNeo4j's `dev` instance). */
export const devFolder = (localDir: string) => join(localDir, 'dev');

const TOKEN_FILE = 'editor-token';
const SERVER_FILE = 'server.json';

/** The local editor key: read from the instance folder, or made there (owner-only) the first time. */
export async function localEditorKey(localDir: string): Promise<ApiKey> {
  const folder = devFolder(localDir);
  const file = join(folder, TOKEN_FILE);
  let key = await readFile(file, 'utf8').then(
    (text) => text.trim(),
    () => '',
  );
  if (key.length < 16) {
    key = randomBytes(24).toString('base64url');
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFile(file, `${key}\n`, { mode: 0o600 });
  }
  return { name: 'local-editor', role: 'editor', key };
}

/** The review page's address with the token in its fragment: never sent to a server, never logged. */
export const reviewAddress = (base: string, key: ApiKey, draft?: string) =>
  `${base}/review${draft ? `?draft=${encodeURIComponent(draft)}` : ''}#token=${encodeURIComponent(key.key)}`;

interface Published {
  url: string;
  pid: number;
}

/** Says where the running server answers, for the CLI tools; `withdraw` takes it back on stop. */
export async function publishServer(localDir: string, url: string): Promise<{ withdraw: () => Promise<void> }> {
  const folder = devFolder(localDir);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  await writeFile(join(folder, SERVER_FILE), `${JSON.stringify({ url, pid: process.pid } satisfies Published)}\n`, { mode: 0o600 });
  return { withdraw: () => rm(join(folder, SERVER_FILE), { force: true }) };
}

/** Where `npm start` answers on this instance folder, if it is running. */
export async function runningServer(localDir: string): Promise<string | undefined> {
  try {
    const published = JSON.parse(await readFile(join(devFolder(localDir), SERVER_FILE), 'utf8')) as Published;
    return isAlive(published.pid) ? published.url : undefined;
  } catch {
    return undefined;
  }
}
