import { readFile } from 'node:fs/promises';
import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { paths } from '../src/paths.js';
import { schema } from '../src/schema/index.js';
import { printedSchema } from '../src/schema/print.js';
import { testServer } from './helpers.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing it)', async () => {
    expect(await readFile(paths.schema, 'utf8')).toBe(printedSchema());
  });
});

describe('the schema', () => {
  it('describes every type, field, argument and enum value (GraphiQL shows them)', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
      if (isScalarType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});

describe('GraphiQL', () => {
  it('opens at /graphql in a browser with an example query over the article', async () => {
    const server = testServer();
    try {
      const response = await server.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('WhoSupportsWhom');
      expect(html).toContain('relationships(type: SUPPORTS');
    } finally {
      await server.dispose();
    }
  });

  it('is off when configured off', async () => {
    const server = testServer({ graphiql: false });
    try {
      const response = await server.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
      expect(await response.text()).not.toContain('WhoSupportsWhom');
    } finally {
      await server.dispose();
    }
  });
});
