import type { Shape } from '../counts.ts';
import type { Size2 } from '../spec.ts';

/** What every layer analyser is given: the volume it reads and the network's input, for messages. */
export interface LayerContext {
  readonly input: Shape;
  readonly networkInput: Size2;
}
