import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j, port 4000 and GraphiQL in development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', graphiql: true, production: false });
    expect(config.neo4j).toMatchObject({ uri: undefined, provision: 'auto', dockerImage: 'neo4j:5.26-community' });
  });

  it('turns GraphiQL off in production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
  });

  it('accepts every Neo4j URI scheme the driver does', () => {
    for (const uri of ['bolt://db:7687', 'neo4j://cluster:7687', 'neo4j+s://x.databases.neo4j.io', 'bolt+ssc://h']) {
      expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
    }
  });

  it('names every bad variable and what it should be', () => {
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://db', NEO4J_PROVISION: 'cloud' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://db' })).toThrow(
      /PORT: .*\n.*NEO4J_URI: a bolt:\/\/, neo4j:\/\/, bolt\+s:\/\/ or neo4j\+s:\/\/ URI/,
    );
  });

  it('shares nothing and limits by role by default; REDIS_URL, the quotas and the proxy hops are read and checked', () => {
    const defaults = loadConfig({});
    expect(defaults.redisUrl).toBeUndefined();
    expect(defaults.rateLimits).toEqual({ anonymous: 600, reader: 1200, editor: 1200, admin: 6000 });
    expect(defaults.trustProxyHops).toBe(0);
    const set = loadConfig({ REDIS_URL: 'redis://:secret@cache:6379/0', RATE_LIMIT_ANONYMOUS: '0', RATE_LIMIT_EDITOR: '50', TRUST_PROXY_HOPS: '1' });
    expect(set).toMatchObject({ redisUrl: 'redis://:secret@cache:6379/0', rateLimits: { anonymous: 0, editor: 50 }, trustProxyHops: 1 });
    expect(() => loadConfig({ REDIS_URL: 'cache:6379', RATE_LIMIT_READER: '-1' })).toThrow(
      /REDIS_URL: a redis:\/\/ or rediss:\/\/ URL[\s\S]*RATE_LIMIT_READER/,
    );
  });
});
