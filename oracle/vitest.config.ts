import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.oracle.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
