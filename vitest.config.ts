import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for yoga and Pothos; source files under test must get the
    // same copy, not the .mjs one Vite prefers, or graphql sees two realms.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    // One Neo4j (Community: one user database) serves the whole run. Test files take turns and
    // each starts from a database it reset itself, so no file sees another's data.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default', './tests/count-reporter.ts'],
  },
});
