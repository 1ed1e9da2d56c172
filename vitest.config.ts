import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Compiling wasm or parsing every file can pass vitest's 5 s on a busy two-core machine; no test here is a timing.
    testTimeout: 30_000,
  },
});
