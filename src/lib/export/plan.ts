import type { Activation } from '../lenet/activation.ts';
import type { NetworkSpec, Size2 } from '../lenet/spec.ts';

/** The network as a framework-neutral list of steps, which each code writer spells in its own API. */
export type Step =
  | {
      readonly op: 'conv';
      readonly name: string;
      readonly filters: number;
      readonly kernel: number;
      readonly table?: readonly (readonly boolean[])[];
    }
  | { readonly op: 'subsample'; readonly name: string; readonly window: number; readonly trainable: boolean }
  | { readonly op: 'activation'; readonly activation: Activation }
  | { readonly op: 'flatten' }
  | { readonly op: 'dense'; readonly name: string; readonly units: number; readonly perPosition: boolean }
  | { readonly op: 'rbf'; readonly name: string; readonly units: number };

export interface Plan {
  readonly input: Size2;
  readonly channels: number;
  readonly steps: readonly Step[];
  readonly usesScaledTanh: boolean;
  readonly usesSparse: boolean;
  readonly usesSubsampling: boolean;
  readonly usesRbf: boolean;
}

export function planOf(network: NetworkSpec, input: Size2): Plan {
  const steps: Step[] = [];
  const [first, ...rest] = network.layers;
  const squash = (activation: Activation) =>
    activation === 'identity' ? [] : [{ op: 'activation', activation } as const];
  for (const layer of rest) {
    switch (layer.kind) {
      case 'input':
        break;
      case 'convolution': {
        const table = layer.connections.type === 'table' ? { table: layer.connections.matrix } : {};
        steps.push({ op: 'conv', name: layer.name, filters: layer.maps, kernel: layer.kernel.height, ...table });
        steps.push(...squash(layer.activation));
        break;
      }
      case 'subsampling':
        steps.push({ op: 'subsample', name: layer.name, window: layer.window.height, trainable: layer.trainable });
        steps.push(...squash(layer.activation));
        break;
      case 'full':
        if (layer.scope === 'flattened') steps.push({ op: 'flatten' });
        steps.push({ op: 'dense', name: layer.name, units: layer.units, perPosition: layer.scope === 'position' });
        steps.push(...squash(layer.activation));
        break;
      case 'output':
        if (layer.classifier.type === 'rbf') steps.push({ op: 'rbf', name: layer.name, units: layer.units });
        else {
          const perPosition = !steps.some((step) => step.op === 'flatten');
          steps.push({ op: 'dense', name: layer.name, units: layer.units, perPosition });
          steps.push({ op: 'activation', activation: 'softmax' });
        }
        break;
    }
  }
  const has = (test: (step: Step) => boolean) => steps.some(test);
  return {
    input,
    channels: first.channels,
    steps,
    usesScaledTanh: has((step) => step.op === 'activation' && step.activation === 'scaled-tanh'),
    usesSparse: has((step) => step.op === 'conv' && step.table !== undefined),
    usesSubsampling: has((step) => step.op === 'subsample' && step.trainable),
    usesRbf: has((step) => step.op === 'rbf'),
  };
}

/** A boolean table as Python or JavaScript rows of 0 and 1. */
export const tableLiteral = (table: readonly (readonly boolean[])[], indent: string): string =>
  table.map((row) => `${indent}[${row.map((cell) => (cell ? 1 : 0)).join(', ')}],`).join('\n');

/** The RBF prototypes as rows of '#' and '.', 7 wide and 12 high, one string per digit. */
export const prototypeLiteral = (prototypes: readonly (readonly number[])[], indent: string): string =>
  prototypes.map((values) => `${indent}'${values.map((value) => (value > 0 ? '#' : '.')).join('')}',`).join('\n');
