/** Writes the SDL to schema/schema.graphql; a test fails when the checked-in file is stale. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { paths } from '../paths.js';
import { printedSchema } from '../schema/print.js';

await mkdir(dirname(paths.schema), { recursive: true });
await writeFile(paths.schema, printedSchema());
console.log(`wrote ${paths.schema}`);
