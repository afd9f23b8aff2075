import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('conflict-graph: cannot find the project root (no package.json above src/)');
    dir = parent;
  }
  return dir;
}

/** The repository root, whether running from src/ (tsx) or dist/ (compiled). */
export const projectRoot = findProjectRoot();

export const paths = {
  cypher: join(projectRoot, 'cypher'),
  migrations: join(projectRoot, 'cypher', 'migrations'),
  seed: join(projectRoot, 'cypher', 'seed'),
  mavenProject: join(projectRoot, 'neo4j-local'),
  /** Stanford CoreNLP's jars for the optional parse backbone (src/extract/parser/). */
  corenlpProject: join(projectRoot, 'corenlp'),
  schema: join(projectRoot, 'schema', 'schema.graphql'),
};
