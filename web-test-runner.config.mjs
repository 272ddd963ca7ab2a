import { mkdirSync, writeFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { chromeArgs, findChrome } from './scripts/find-chrome.mjs';
import { faultMiddleware } from './test/server/faults.mjs';

/** Counts results and writes them for scripts/test.mjs, which prints the closing line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const failures = [];
      const walk = (suite, file, prefix) => {
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else {
            failed++;
            // The assertion's first line too: CI logs keep only the end of the output.
            const why = t.error?.message?.split('\n')[0].slice(0, 300);
            failures.push(`${file}: ${prefix}${t.name}${why ? ` (${why})` : ''}`);
          }
        }
        for (const s of suite.suites ?? []) walk(s, file, `${prefix}${s.name} > `);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults, session.testFile, '');
        if (session.errors?.length) {
          failed++;
          failures.push(`${session.testFile}: ${session.errors.map((e) => e.message).join('; ')}`);
        }
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync('.tmp/wtr-results.json', JSON.stringify({ passed, failed, skipped, failures }, null, 2));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One page at a time: with two, the second page's frame-based waits (rAF in
  // @open-wc's fixture, lazy chunk loads) stalled until the test timed out.
  concurrency: 1,
  testsFinishTimeout: 300000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  middleware: [faultMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChrome(), headless: true, args: chromeArgs },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: false }), countingReporter()],
};
