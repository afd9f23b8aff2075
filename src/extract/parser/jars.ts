/**
 * Stanford CoreNLP's jars: resolved once by Maven from `corenlp/pom.xml` (`npm run corenlp:jars`,
 * which downloads them, the models jar being 474 MB), then read from the classpath that run wrote.
 * Nothing is downloaded when the parser starts.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { paths } from '../../paths.js';

const run = promisify(execFile);
const MAVEN_TIMEOUT_MS = 30 * 60_000;
export const CORENLP_VERSION = '4.5.10';

/** Thrown when the jars are not installed yet; its message says how to install them. */
export class ParserMissing extends Error {}

const classpathFile = () => join(paths.corenlpProject, 'target', 'classpath.txt');

/** The classpath of CoreNLP and its models, as `npm run corenlp:jars` resolved it. */
export async function corenlpClasspath(): Promise<string> {
  const file = classpathFile();
  if (!existsSync(file))
    throw new ParserMissing(`Stanford CoreNLP ${CORENLP_VERSION} is not installed: run npm run corenlp:jars first (it downloads about 500 MB once)`);
  const jars = (await readFile(file, 'utf8')).trim();
  const missing = jars.split(':').filter((jar) => !existsSync(jar));
  if (missing.length) throw new ParserMissing(`CoreNLP jars are gone from the Maven cache (${missing[0]}): run npm run corenlp:jars again`);
  if (!/stanford-corenlp-[\d.]+-models\.jar/.test(jars))
    throw new ParserMissing('the CoreNLP models jar is not on the classpath: run npm run corenlp:jars again');
  return jars;
}

/** Resolves the jars with Maven (the explicit install step); returns the classpath. */
export async function installCorenlpJars(env: NodeJS.ProcessEnv, log: (message: string) => void): Promise<string> {
  try {
    await run('mvn', ['-v'], { env, timeout: 30_000 });
  } catch {
    throw new ParserMissing('Maven (mvn) is not on the PATH');
  }
  log(`resolving Stanford CoreNLP ${CORENLP_VERSION} and its models with Maven (about 500 MB the first time)`);
  try {
    await run('mvn', ['-B', '-q', '-f', join(paths.corenlpProject, 'pom.xml'), 'compile'], { env, timeout: MAVEN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    const tail = (stdout + stderr).trim().split('\n').slice(-20).join('\n');
    throw new Error(`Maven could not resolve the CoreNLP jars (is Maven Central reachable?):\n${tail}`, { cause: error });
  }
  return corenlpClasspath();
}
