import { forwardPass } from '../forward/forward.ts';
import { fail, ok, type Result } from '../lenet/result.ts';
import type { NetworkSpec, Size2 } from '../lenet/spec.ts';
import { placeDigits, type Placement } from '../mnist/placement.ts';
import type { TfjsWeights } from '../weights/torch-state.ts';
import type { Computation } from './explain.ts';

/**
 * One 28x28 digit through `network`, ready for the figure: the forward pass, or
 * a message that says why the figure cannot show it. Values that are not finite
 * numbers are refused here, so that a figure never prints NaN.
 */
export function computeDigit(
  network: NetworkSpec,
  placement: Placement & { input: Size2 },
  weights: TfjsWeights,
  pixels: Uint8Array,
): Result<Computation> {
  const image = placeDigits(pixels, 1, placement);
  const pass = forwardPass(network, placement.input, weights, image);
  if (!pass.ok)
    return fail({ ...pass.error, message: `This figure cannot compute the network: ${pass.error.message}` });
  const broken = pass.value.find((layer) => layer.output.values.some((value) => !Number.isFinite(value)));
  if (broken)
    return fail({
      code: 'unsupported',
      field: 'weights',
      message: `The weights give ${broken.name} values that are not finite numbers, so the figure does not draw them.`,
    });
  return ok({ network, placement, weights, passes: pass.value });
}
