import { startPreview } from './server.ts';

/** Vitest global setup: one preview server for every browser test. */
export default async function setup(): Promise<() => Promise<void>> {
  return startPreview();
}
