import { defineConfig } from 'vitest/config';

const STANDALONE = ['tests/main.test.ts', 'tests/faults.test.ts'];
/**
 * The longest checks, run by `npm run test:slow`: the quick benchmark, the load driver, large and
 * interrupted imports, the bulk path, backup and restore, provisioning on the local Maven path, the
 * explorer's analyst controls in a browser (the longest file of the shared-Neo4j group).
 */
const SLOW = ['tests/slow/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for yoga and Pothos; source files under test must get the
    // same copy, not the .mjs one Vite prefers, or graphql sees two realms.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // A browser test whose Chromium renderer crashed (Chromium's failure, not the page's; seen once
    // in CI) runs once more on a new page; any other failure is not retried.
    retry: { count: 1, condition: /Target crashed|Page crashed/ },
    reporters: ['default', './tests/count-reporter.ts'],
    projects: [
      {
        // Tests that need no database (the format, dates, config, names, composed Cypher, the
        // extractor): no Neo4j is started for them, and they run in parallel.
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // One Neo4j (Community: one user database) serves these. Test files take turns and each
        // that reads or writes data starts from a database reset for it (tests/fixture.ts), so no
        // file sees another's data.
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**', ...STANDALONE, ...SLOW],
          globalSetup: ['tests/global-setup.ts'],
          fileParallelism: false,
        },
      },
      {
        // Each of these starts Neo4j processes of its own (npm start, a killed JVM), so they do
        // not use the shared one; one at a time.
        extends: true,
        test: { name: 'standalone', include: STANDALONE, fileParallelism: false },
      },
      {
        // Not in `npm test`: run by `npm run test:slow` (and by CI after it). Files that need the
        // shared Neo4j get one as in the integration group; the rest start their own.
        extends: true,
        test: { name: 'slow', include: SLOW, globalSetup: ['tests/global-setup.ts'], fileParallelism: false, testTimeout: 300_000 },
      },
    ],
  },
});
