/** Bundles the training worker to public/workers/, where the playground starts it. */
import { join } from 'node:path';
import { bundleForBrowser, LANE_HELPER_ENTRY, WORKER_ENTRY } from './support/worker-bundle.ts';

await bundleForBrowser(
  { 'training-worker': WORKER_ENTRY, 'lane-helper': LANE_HELPER_ENTRY },
  join(import.meta.dirname, '..', 'public', 'workers'),
);
