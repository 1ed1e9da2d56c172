import { frameworkName } from './names.ts';
import { PROTOTYPE_SIZE, PROTOTYPES } from './prototypes.ts';
import { fail, ok, type Result } from './result.ts';
import type { NetworkSpec, OutputLayer } from './spec.ts';

const refuse = (layer: string, field: string, message: string) =>
  fail({ code: 'unsupported', layer, field, message: `${layer}: ${message}` });

/** An output layer whose classifier and activation a model can be built for, or why not. */
function checkOutput(layer: OutputLayer): Result<true> {
  const { classifier, activation, name } = layer;
  if (classifier.type === 'softmax')
    return activation === 'softmax'
      ? ok(true)
      : refuse(name, 'activation', `a softmax classifier ends in softmax, not ${activation}.`);
  if (activation !== 'identity')
    return refuse(name, 'activation', `RBF distances are the scores themselves; the activation must be identity.`);
  const { height, width } = classifier.prototype;
  if (height !== PROTOTYPE_SIZE.height || width !== PROTOTYPE_SIZE.width)
    return refuse(
      name,
      'classifier.prototype',
      `RBF prototypes exist only as ${PROTOTYPE_SIZE.width}-wide, ${PROTOTYPE_SIZE.height}-high bitmaps; got ${width}x${height}.`,
    );
  if (layer.units !== PROTOTYPES.length)
    return refuse(
      name,
      'units',
      `there are ${PROTOTYPES.length} RBF prototypes, one per digit; got ${layer.units} units.`,
    );
  return ok(true);
}

/**
 * Whether the model builder and the code writers can express every field of the
 * spec. The calculator counts any spec it accepts; a consumer that cannot honour a
 * field says which, rather than building a different network.
 */
export function checkSupported(network: NetworkSpec): Result<true> {
  const seen = new Map<string, string>();
  for (const layer of network.layers) {
    const name = frameworkName(layer.name);
    const clash = seen.get(name);
    if (clash !== undefined)
      return refuse(layer.name, 'name', `layer names must differ once lowercased; "${clash}" is taken.`);
    seen.set(name, layer.name);
    if (layer.kind === 'output') {
      const checked = checkOutput(layer);
      if (!checked.ok) return checked;
    }
  }
  return ok(true);
}
