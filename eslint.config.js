import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'neo4j-local/target', '.neo4j', 'coverage', 'examples/generated', '.venv-stix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/explorer/**/*.js'],
    languageOptions: { globals: { ...globals.browser, cytoscape: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
