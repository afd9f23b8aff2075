/**
 * What the local path needs on this machine: Java 17 or newer, and Neo4j's jars resolved by Maven
 * from `neo4j-local/pom.xml` (once; later starts reuse the cached classpath).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { paths } from '../paths.js';
import type { Log } from './options.js';

const run = promisify(execFile);
const MAVEN_TIMEOUT_MS = 20 * 60_000;

/** Thrown when this machine cannot run the local path; the provisioning module turns it into advice. */
export class LocalToolchainMissing extends Error {}

/** The Java to run Neo4j with: `$JAVA_HOME/bin/java` or `java` on the PATH, version 17 or newer. */
export async function findJava(env: NodeJS.ProcessEnv): Promise<string> {
  const java = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
  let output: string;
  try {
    const { stdout, stderr } = await run(java, ['-version'], { env, timeout: 15_000 });
    output = stderr + stdout;
  } catch {
    throw new LocalToolchainMissing(`no Java found (${java})`);
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) throw new LocalToolchainMissing(`Java ${major || '(unknown version)'} found; Neo4j 5.26 needs Java 17 or newer`);
  return java;
}

/**
 * The classpath of Neo4j and the launcher. Maven runs only when the pom or the launcher changed or
 * a cached jar is gone; otherwise the classpath written by the last run is reused as it is.
 */
export async function resolveJars(env: NodeJS.ProcessEnv, log: Log) {
  const project = paths.mavenProject;
  const target = join(project, 'target');
  const launcherSource = join(project, 'src', 'main', 'java', 'conflictgraph', 'Neo4jLauncher.java');
  const key = createHash('sha256')
    .update(await readFile(join(project, 'pom.xml')))
    .update(await readFile(launcherSource))
    .digest('hex');
  const keyFile = join(target, 'resolved.sha256');
  const classpathFile = join(target, 'classpath.txt');
  const classes = join(target, 'classes');

  const cached = existsSync(keyFile) && (await readFile(keyFile, 'utf8')).trim() === key;
  if (cached && existsSync(classpathFile) && existsSync(join(classes, 'conflictgraph', 'Neo4jLauncher.class'))) {
    const jars = (await readFile(classpathFile, 'utf8')).trim();
    if (jars.split(':').every((jar) => existsSync(jar))) return { classpath: `${classes}:${jars}`, from: 'cache' as const };
  }

  log('resolving Neo4j jars with Maven (first run only; later starts reuse them)');
  try {
    await run('mvn', ['-v'], { env, timeout: 30_000 });
  } catch {
    throw new LocalToolchainMissing('Maven (mvn) is not on the PATH and the Neo4j jars are not cached yet');
  }
  try {
    await run('mvn', ['-B', '-q', '-f', join(project, 'pom.xml'), 'compile'], {
      env,
      timeout: MAVEN_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const tail = (stdout + stderr).trim().split('\n').slice(-20).join('\n');
    throw new Error(`Maven could not resolve the Neo4j jars (is Maven Central reachable?):\n${tail}`, { cause: error });
  }
  await writeFile(keyFile, `${key}\n`);
  const jars = (await readFile(classpathFile, 'utf8')).trim();
  return { classpath: `${classes}:${jars}`, from: 'maven' as const };
}
