import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const unitFiles = ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'];

// Three tiers: pure unit tests in Node (run twice, in two time zones either side of UTC, to prove
// the Asia/Shanghai calendar maths never depends on the machine's zone), DOM/component tests on
// committed fixtures (jsdom), and end-to-end tests that drive a real Chromium with the built
// extension (one file at a time: two cores, and each file starts its own browser).
export default defineConfig({
  root,
  test: {
    reporters: ['default', './tests/closing-line-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: unitFiles, env: { TZ: 'Asia/Shanghai' } },
      },
      {
        extends: true,
        test: { name: 'unit-los-angeles', environment: 'node', include: unitFiles, env: { TZ: 'America/Los_Angeles' } },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['tests/dom/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
