import { defineConfig } from 'vitest/config';
import { scaled } from './tests/slowdown';

// Unit tests: pure TypeScript modules beside the code (in src/ and scripts/) and in tests/unit.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Test files share their worker's modules instead of loading them again for each of the 132
    // files: half the CPU time of the unit tests (53 s against 107 s), which a two-core CI feels.
    // The suite passes in a shuffled order this way (--sequence.shuffle); a test that changes a
    // module's state must undo it in afterEach.
    isolate: false,
    // Property tests run hundreds of cases; a busy CI machine must not turn them into timeouts.
    // 30 s on a quiet machine, times TEST_SLOWDOWN (tests/slowdown.ts).
    testTimeout: scaled(30_000),
  },
});
