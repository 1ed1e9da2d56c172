import type { LaneConvolution, LaneLayer } from './plan.ts';

/** Bytes of one value for four digits. */
export const LANE_BYTES = 16;

/** 32-bit words laid out from `base`, where the kernels read the lists a convolution hands them. */
export class TableWriter {
  readonly words: number[] = [];
  readonly base: number;

  constructor(base: number) {
    this.base = base;
  }

  /** The byte offset of the next word. */
  here(): number {
    return this.base + this.words.length * 4;
  }

  entry(...values: number[]): void {
    this.words.push(...values);
  }

  /** Pads to 16 bytes: entries of four words must not straddle. */
  align(): void {
    while (this.words.length % 4) this.words.push(0);
  }
}

/** Room enough for every convolution's lists in a plan. */
export const tableBound = (layers: readonly LaneLayer[]): number =>
  layers.reduce(
    (sum, layer) =>
      sum + (layer.kind === 'convolution' ? 12 * layer.links.length + 2 * (layer.maps + layer.inputMaps) + 4 : 0),
    4,
  );

/** Byte offsets of a convolution's working memory in one thread step. */
export interface ConvolutionMemory {
  readonly below: number;
  /** The layer below's gradient, or 0 for the first layer. */
  readonly belowDelta: number;
  readonly delta: number;
  /** The output gradient padded by k - 1, or 0 where the layer scatters its input gradient. */
  readonly padded: number;
  readonly gradients: number;
  readonly parameters: number;
}

/** Where a convolution's lists start in the table. */
export interface ConvolutionTables {
  /** Per output map (pair list, pair count): its input planes and kernels. */
  readonly forwardMaps: number;
  /** Per input map (pair list, pair count): the padded output gradients and kernels. */
  readonly backwardMaps: number;
  /** Per kernel (input plane, output gradient plane, kernel gradient, 0). */
  readonly gradientList: number;
  /** Per kernel (input gradient plane, output gradient plane, kernel, 0), where the layer scatters. */
  readonly scatterList: number;
}

export function writeConvolutionTables(
  table: TableWriter,
  layer: LaneConvolution,
  memory: ConvolutionMemory,
): ConvolutionTables {
  const { below, belowDelta, delta, padded, gradients, parameters } = memory;
  const wide = layer.side + 2 * (layer.kernel - 1);
  const area = layer.kernel * layer.kernel;
  const inputPlane = layer.inputSide ** 2 * LANE_BYTES;
  const plane = layer.side ** 2 * LANE_BYTES;
  const kernelAt = (link: number) => parameters + (layer.offset + link * area) * 4;
  const pairList = (pairs: (link: number, input: number, output: number) => number[] | undefined) => {
    const start = table.here();
    layer.links.forEach(([input, output], link) => {
      const pair = pairs(link, input, output);
      if (pair) table.entry(...pair);
    });
    return [start, (table.here() - start) / 8];
  };
  const forward = Array.from({ length: layer.maps }, (_, o) =>
    pairList((link, i, out) => (out === o ? [below + i * inputPlane, kernelAt(link)] : undefined)),
  );
  const backward = Array.from({ length: padded ? layer.inputMaps : 0 }, (_, i) =>
    pairList((link, input, o) => (input === i ? [padded + o * wide * wide * LANE_BYTES, kernelAt(link)] : undefined)),
  );
  const forwardMaps = table.here();
  table.entry(...forward.flat());
  const backwardMaps = table.here();
  table.entry(...backward.flat());
  table.align();
  const gradientList = table.here();
  layer.links.forEach(([i, o], link) =>
    table.entry(below + i * inputPlane, delta + o * plane, gradients + (layer.offset + link * area) * LANE_BYTES, 0),
  );
  const scatterList = table.here();
  if (belowDelta && !padded) {
    layer.links.forEach(([i, o], link) =>
      table.entry(belowDelta + i * inputPlane, delta + o * plane, kernelAt(link), 0),
    );
  }
  return { forwardMaps, backwardMaps, gradientList, scatterList };
}
