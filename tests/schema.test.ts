import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { paths } from '../src/paths.js';
import { printedSchema } from '../src/schema/print.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing it)', async () => {
    expect(await readFile(paths.schema, 'utf8')).toBe(printedSchema());
  });
});
