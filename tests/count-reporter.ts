/**
 * Ends the run with the plain line CI reads: `N passed, N failed`. It is never more hopeful than
 * the run: a test that did not run because its suite failed to set up counts as failed, and a run
 * that fails for any reason shows at least one failure.
 */
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    let passed = 0;
    // An error outside any test (a failed global setup, say) fails the run and is counted too.
    let failed = unhandledErrors.length;
    for (const module of testModules) {
      const broken = module.state() === 'failed';
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        // A test meant to run that was skipped in a broken file (its beforeAll threw) did not pass.
        else if (state === 'failed' || (broken && state === 'skipped' && test.options.mode === 'run')) failedHere++;
      }
      // A file that fails to load, or fails after its tests (an afterAll), has no failed test to count.
      failed += broken ? Math.max(failedHere, 1) : failedHere;
    }
    if (reason !== 'passed' && failed === 0) failed = 1;
    console.log(`${passed} passed, ${failed} failed`);
  }
}
