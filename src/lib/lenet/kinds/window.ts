import { formatSize } from '../input-size.ts';
import { fail, ok, type Result } from '../result.ts';
import { slideAxis } from '../geometry.ts';
import type { Size2 } from '../spec.ts';
import type { LayerContext } from './context.ts';

export interface WindowOutcome {
  readonly output: Size2;
  readonly dropped: { readonly rows: readonly number[]; readonly columns: readonly number[] };
}

/** Slides a window over both axes, or says which layer it does not fit in and why. */
export function slideWindow(
  layer: string,
  field: 'kernel' | 'window',
  window: Size2,
  stride: number,
  padding: number,
  { input, networkInput }: LayerContext,
): Result<WindowOutcome> {
  const rows = slideAxis({ input: input.height, window: window.height, stride, padding });
  const columns = slideAxis({ input: input.width, window: window.width, stride, padding });
  if (rows.output === null || columns.output === null) {
    const gets = formatSize(input);
    const needs = formatSize(window);
    return fail({
      code: 'too-small',
      layer,
      field,
      message: `${layer} needs at least ${needs} input but gets ${gets} (input ${formatSize(networkInput)}).`,
    });
  }
  return ok({
    output: { height: rows.output, width: columns.output },
    dropped: { rows: rows.dropped, columns: columns.dropped },
  });
}
