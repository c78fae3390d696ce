import { defineConfig } from 'vitest/config';

// Unit tests live beside the code (src/**/*.test.ts); integration tests on a real
// database live in test/. Each integration test file creates its own database.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
