import type { KeptNetwork } from '../../lib/playground/kept-network.ts';
import { loadRuntime } from './lazy.ts';
import type { TrainedReader } from './model-runtime.ts';

/**
 * The kept network's ten scores for a digit, from a tfjs copy built on the page the
 * first time it is asked, and again only when other weights are kept.
 */
export function keptReader() {
  let built: { weights: KeptNetwork['weights']; reader: Promise<TrainedReader> } | undefined;
  return async (kept: KeptNetwork, digit: Uint8Array): Promise<number[]> => {
    if (built?.weights !== kept.weights) {
      built?.reader.then(
        (reader) => reader.dispose(),
        () => undefined,
      );
      built = { weights: kept.weights, reader: loadRuntime().then((runtime) => runtime.trained(kept)) };
    }
    return (await built.reader).scores(digit);
  };
}
