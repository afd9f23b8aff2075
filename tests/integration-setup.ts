/**
 * Run by vitest before each integration test file: sets up the file's fixture (tests/fixture.ts)
 * in a hook, so that resetting the database and loading the article have the hook timeout, not the
 * first test's.
 */
import { test } from './fixture.js';

test.beforeAll(() => {});
