/**
 * CONTRIBUTING.md names the files each kind of change touches and the tests that catch an omission:
 * every path it names must exist, so the recipes cannot point at files that moved or were removed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

const recipes = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
const paths = [...new Set([...recipes.matchAll(/`((?:src|tests|schema|examples|cypher)\/[\w./-]+)`/g)].map((match) => match[1] as string))];

describe('CONTRIBUTING.md', () => {
  it('names files and checks that exist', () => {
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !existsSync(join(projectRoot, path)))).toEqual([]);
    expect(paths.filter((path) => path.endsWith('.test.ts')).length).toBeGreaterThanOrEqual(3);
  });
});
