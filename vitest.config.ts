import { defineConfig } from 'vitest/config';
import { scaled } from './tests/slowdown';

// Unit tests: pure TypeScript modules beside the code (in src/ and scripts/) and in tests/unit.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; a busy CI machine must not turn them into timeouts.
    // 30 s on a quiet machine, times TEST_SLOWDOWN (tests/slowdown.ts).
    testTimeout: scaled(30_000),
  },
});
