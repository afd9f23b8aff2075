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
});
