import { defineConfig } from 'vitest/config';

// Browser journeys: the built app served by the real server on a fresh embedded
// database, driven in Debian's Chromium. One journey file at a time.
export default defineConfig({
  test: {
    include: ['e2e/**/*.journey.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // a loaded CI machine can take seconds for one save: poll the UI for a state, not for a second
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
