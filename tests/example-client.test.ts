/**
 * The example client under examples/, typed by graphql-codegen, run against a live server on a real
 * port; and the generated types kept in step with schema/schema.graphql.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { parse } from 'yaml';
import { describe, expect } from 'vitest';
import { briefing } from '../examples/client.js';
import { projectRoot } from '../src/paths.js';
import { it } from './fixture.js';

describe('examples/client.ts against a live server', () => {
  it('gets typed answers: who supports whom, and what Armenia accuses Azerbaijan of', async ({ listening }) => {
    const result = await briefing(`${listening.base}/graphql`);
    expect(result.supporters).toEqual({ Armenia: ['Russia'], Azerbaijan: ['Turkey'] });
    expect(result.accusations.map((a) => a.allegation).sort()).toEqual(['shelling border towns', 'starting the fighting']);
    for (const accusation of result.accusations) {
      expect(accusation.assertedBy).toEqual(['Armenia']);
      expect(accusation.quote.length).toBeGreaterThan(20);
    }
  });
});

describe('examples/generated/', () => {
  it('is what `npm run codegen` makes from the current schema and operations', async () => {
    const config = parse(await readFile(join(projectRoot, '.graphqlrc.yml'), 'utf8')) as {
      schema: string;
      documents: string[];
      extensions: { codegen: Record<string, unknown> };
    };
    const options = { ...config.extensions.codegen, schema: config.schema, documents: config.documents, cwd: projectRoot, silent: true };
    const outputs = await generate(options as Parameters<typeof generate>[0], false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect(await readFile(join(projectRoot, filename), 'utf8'), `${filename} is stale: run npm run codegen`).toBe(content);
    }
  });
});
