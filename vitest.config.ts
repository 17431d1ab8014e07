import { defineConfig } from 'vitest/config';

// Unit tests: pure TypeScript modules beside the code and in tests/unit.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
