import { defineConfig } from 'vitest/config';

// Unit tests: pure TypeScript modules beside the code (in src/ and scripts/) and in tests/unit.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; a busy CI machine must not turn them into timeouts.
    testTimeout: 30_000,
  },
});
