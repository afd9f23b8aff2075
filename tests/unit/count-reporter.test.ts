/**
 * The closing count line is never more hopeful than the run: a suite whose setup fails counts its
 * tests as failed, not skipped, and the run's exit status agrees.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

describe('the count line', () => {
  it('counts the tests of a suite that failed to set up as failed', async () => {
    const config = join(projectRoot, 'tests', 'fixtures', 'counting', 'vitest.config.ts');
    const run = spawn(process.execPath, [join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', config], {
      cwd: projectRoot,
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let output = '';
    run.stdout.on('data', (chunk) => (output += chunk));
    run.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
    const lines = output.trim().split('\n');
    expect(lines.filter((line) => /^\d+ passed, \d+ failed$/.test(line))).toEqual(['1 passed, 2 failed']);
    expect(code).not.toBe(0);
  });
});
