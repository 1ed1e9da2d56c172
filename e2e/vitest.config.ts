import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    globalSetup: ['./support/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One Chromium at a time on a 2-core machine.
    fileParallelism: false,
  },
});
