import { CodeError, refuse } from './kinds/codec.ts';
import { KINDS, type LayerKindModule } from './kinds/index.ts';
import { MAX_LAYERS } from './layer-limits.ts';
import { fail, ok, type Result } from './result.ts';
import type { InputLayer, Layer, LayerKind, NetworkSpec } from './spec.ts';

/** The longest `net=` the site reads: room for MAX_LAYERS layers with large tables. */
export const MAX_NETWORK_CODE_LENGTH = 4000;

/** The kind a code's kind token names, and the number after it: "conv6" is a convolution of 6 maps. */
function kindFor(token: string): { module: LayerKindModule<LayerKind>; number: string } {
  // Longest prefix first, so that no kind's prefix hides another's.
  const modules = Object.values(KINDS).sort((a, b) => b.codePrefix.length - a.codePrefix.length);
  const found = modules.find((module) => token.startsWith(module.codePrefix));
  if (!found) {
    const kinds = Object.values(KINDS).map((module) => module.codePrefix);
    return refuse(`"${token.slice(0, 12)}" is not a kind of layer; use ${kinds.join(', ')}.`);
  }
  return { module: found as unknown as LayerKindModule<LayerKind>, number: token.slice(found.codePrefix.length) };
}

function layerOf(name: string, token: string, fields: readonly string[]): Layer {
  const { module, number } = kindFor(token);
  return module.decode(name, number, fields);
}

function nameOf(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return refuse(`"${text.slice(0, 16)}" is not a layer name.`);
  }
}

/** The network a `net=` code describes, or the first thing wrong with it, naming the layer. */
export function decodeNetwork(text: string, name: string): Result<NetworkSpec> {
  const problem = (message: string) => fail<NetworkSpec>({ code: 'parameter', parameter: 'net', message });
  if (text.length > MAX_NETWORK_CODE_LENGTH)
    return problem(
      `The network in the address has ${text.length} characters; at most ${MAX_NETWORK_CODE_LENGTH} are read.`,
    );
  const parts = text.split('_');
  if (parts.length > MAX_LAYERS)
    return problem(`The network in the address has ${parts.length} layers; at most ${MAX_LAYERS} are allowed.`);
  const layers: Layer[] = [];
  for (const [index, part] of parts.entries()) {
    const [rawName = '', kind = '', ...fields] = part.split('.');
    const shown = rawName.slice(0, 24);
    try {
      layers.push(layerOf(nameOf(rawName), kind, fields));
    } catch (error) {
      if (!(error instanceof CodeError)) throw error;
      return problem(`In the network's layer ${index + 1} ("${shown}"), ${error.message}`);
    }
  }
  const [first, ...rest] = layers;
  if (first?.kind !== 'input') return problem('The network in the address must start with an input layer ("in1").');
  if (rest.length === 0) return problem('The network in the address has only an input layer.');
  return ok({ name, layers: [first satisfies InputLayer, ...rest] });
}
