/**
 * Neo4j Community started from its Maven Central jars: the path used where there is no Docker engine.
 *
 * `neo4j-local/pom.xml` resolves `org.neo4j:neo4j` and compiles a small launcher around Neo4j's own
 * server entry point. The JVM runs on a free loopback port with authentication on and its data under
 * `.neo4j/<instance>/` (git-ignored), sized for the machine, with a cap on transaction memory so an
 * oversized transaction fails rather than the database. The launcher exits when its stdin closes, so
 * the JVM never outlives the Node process that started it; while that process lives it watches the
 * JVM and starts it again if it dies. The instance folder publishes how to reach it (`state.json` and
 * `password`, readable only by the user), so a second process (the importer while the server runs)
 * uses the same graph instead of starting another.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { waitForNeo4j, type Neo4jConnection } from './connection.js';
import { instancePassword, launch, PortInUse, supervise, type LaunchOptions } from './jvm.js';
import { embeddedMemory, type EmbeddedMemory } from './memory.js';
import { freeLoopbackPort } from './processes.js';
import { claimInstance, type InstanceState } from './state.js';
import type { LocalNeo4jOptions, Log } from './options.js';
import { findJava, resolveJars } from './toolchain.js';

export interface LocalNeo4j {
  connection: Neo4jConnection;
  homeDir: string;
  /** The JVM's pid (it changes when a dead JVM is started again). */
  readonly pid: number;
  /** The jars came from the cache of an earlier resolution or a Maven run just now; or another process runs it. */
  jarsFrom: 'cache' | 'maven' | 'running';
  /** False when another process started it and this one only uses it (then stop leaves it running). */
  owned: boolean;
  /** The heap and page cache it runs with (as started by its owner, when this process owns it). */
  memory?: EmbeddedMemory;
  stop(): Promise<void>;
}

/** How long a process that shares a running instance waits for it (it may be restarting). */
const SHARE_TIMEOUT_MS = 60_000;

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const env = options.env ?? process.env;
  const log: Log = options.log ?? ((message) => console.error(`[neo4j] ${message}`));

  const root = options.root;
  let instance = options.instance;
  let ephemeral = false;
  const claimed = await claimInstance(join(root, instance), log);
  if (claimed !== 'free') {
    if ((options.whenBusy ?? 'share') === 'share') return joinRunning(join(root, instance), claimed, log);
    // Tests and the benchmark wipe their data: never another process's. Use a private folder.
    instance = `${options.instance}-${process.pid}`;
    ephemeral = true;
    log(`instance '${options.instance}' is in use by another process; using a temporary '${instance}'`);
  }
  const java = await findJava(env);
  const jars = await resolveJars(env, log);
  const homeDir = join(root, instance);
  await mkdir(join(homeDir, 'conf'), { recursive: true, mode: 0o700 });
  await mkdir(join(homeDir, 'logs'), { recursive: true });
  const password = await instancePassword(homeDir);
  const memory = embeddedMemory(options);

  const attempts = options.boltPort === undefined ? 3 : 1;
  for (let attempt = 1; ; attempt++) {
    const port = options.boltPort ?? (await freeLoopbackPort());
    const launchOptions: LaunchOptions = { ...options, java, classpath: jars.classpath, homeDir, port, password, memory, log };
    try {
      const supervised = supervise(await launch(launchOptions), () => launch(launchOptions), log);
      return {
        connection: { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password },
        homeDir,
        get pid() {
          return supervised.pid;
        },
        jarsFrom: jars.from,
        owned: true,
        memory,
        stop: async () => {
          await supervised.stop();
          if (ephemeral) await rm(homeDir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      // Another program may take the port between our probe and the JVM binding it.
      if (!(error instanceof PortInUse) || attempt >= attempts) throw error;
      log(`port ${port} was taken before Neo4j could bind it; trying another`);
    }
  }
}

/** Uses the Neo4j another live process runs on this instance, as it published it; never stops it. */
async function joinRunning(homeDir: string, state: InstanceState, log: Log): Promise<LocalNeo4j> {
  const password = (await readFile(join(homeDir, 'password'), 'utf8')).trim();
  const connection = { uri: state.uri ?? `bolt://127.0.0.1:${state.port}`, user: 'neo4j', password };
  log(`using the Neo4j that process ${state.ownerPid} runs on ${homeDir} (${connection.uri})`);
  await waitForNeo4j(connection, { timeoutMs: SHARE_TIMEOUT_MS });
  return { connection, homeDir, pid: state.jvmPid, jarsFrom: 'running', owned: false, stop: async () => {} };
}
