import type { Activation } from './activation.ts';
import { MAX_LAYERS } from './layer-limits.ts';
import { ACTIVATION_CODES } from './network-code.ts';
import { fail, ok, type Result } from './result.ts';
import type { ConnectionTable, FullConnectionScope, InputLayer, Layer, NetworkSpec, Size2 } from './spec.ts';
import { decodeBits, hexLength } from './table-bits.ts';

/** The longest `net=` the site reads: room for MAX_LAYERS layers with large tables. */
export const MAX_NETWORK_CODE_LENGTH = 4000;

const ACTIVATIONS = Object.fromEntries(Object.entries(ACTIVATION_CODES).map(([name, code]) => [code, name])) as Record<
  string,
  Activation
>;

class CodeError extends Error {}

const refuse = (message: string): never => {
  throw new CodeError(message);
};

const whole = (text: string, what: string): number => {
  if (!/^\d+$/.test(text)) return refuse(`${what} must be a whole number, not "${text.slice(0, 12)}".`);
  if (text.length > 6) return refuse(`${what} has ${text.length} digits; no field takes more than 6.`);
  return Number(text);
};

const sizeOf = (text: string, what: string): Size2 => {
  const [height, width, extra] = text.split('x');
  if (extra !== undefined || height === undefined) return refuse(`${what} must be like 5 or 5x3, not "${text}".`);
  return { height: whole(height, what), width: whole(width ?? height, what) };
};

/** Reads the fields after the kind: each starts with a known prefix, and may appear once. */
function fieldReader(fields: readonly string[], allowed: readonly string[], kind: string) {
  const found = new Map<string, string>();
  for (const field of fields) {
    const prefix = allowed.find((name) => field.startsWith(name));
    if (prefix === undefined)
      refuse(`"${field.slice(0, 16)}" is not a field of a ${kind} layer; it takes ${allowed.join(', ')}.`);
    else if (found.has(prefix)) refuse(`the field "${prefix}" appears twice.`);
    else found.set(prefix, field.slice(prefix.length));
  }
  return {
    get: (prefix: string) => found.get(prefix),
    need: (prefix: string, what: string) => found.get(prefix) ?? refuse(`the ${what} ("${prefix}…") is missing.`),
    has: (prefix: string) => found.has(prefix),
  };
}

function activationOf(code: string | undefined): Activation {
  if (code === undefined) return refuse('the activation ("a…") is missing.');
  return ACTIVATIONS[code] ?? refuse(`"${code}" is not an activation; use ${Object.keys(ACTIVATIONS).join(', ')}.`);
}

function scopeOf(read: ReturnType<typeof fieldReader>): FullConnectionScope {
  if (read.has('pos') === read.has('flat')) return refuse('give exactly one of "pos" (every position) or "flat".');
  return read.has('pos') ? 'position' : 'flattened';
}

function tableOf(text: string): ConnectionTable {
  const match = /^(\d{1,4})x(\d{1,4})-([0-9a-fA-F]*)$/.exec(text);
  if (!match) return refuse(`the table must be like t6x16-<hex digits>, not "t${text.slice(0, 16)}".`);
  const rows = Number(match[1]);
  const columns = Number(match[2]);
  const matrix = decodeBits(match[3]!, rows, columns);
  if (!matrix) return refuse(`a ${rows}x${columns} table takes ${hexLength(rows, columns)} hex digits.`);
  return { type: 'table', matrix };
}

function layerOf(name: string, kind: string, fields: readonly string[]): Layer {
  const number = (prefix: string) => whole(kind.slice(prefix.length), `the number after "${prefix}"`);
  if (kind.startsWith('in')) {
    fieldReader(fields, [], 'input');
    return { kind: 'input', name, channels: number('in') };
  }
  if (kind.startsWith('conv')) {
    const read = fieldReader(fields, ['k', 's', 'p', 't', 'a'], 'convolution');
    return {
      kind: 'convolution',
      name,
      maps: number('conv'),
      kernel: sizeOf(read.need('k', 'kernel'), 'the kernel'),
      stride: whole(read.get('s') ?? '1', 'the stride'),
      padding: whole(read.get('p') ?? '0', 'the padding'),
      connections: read.has('t') ? tableOf(read.get('t')!) : { type: 'full' },
      activation: activationOf(read.get('a')),
    };
  }
  if (kind === 'sub') {
    const read = fieldReader(fields, ['w', 's', 'tr', 'a'], 'subsampling');
    return {
      kind: 'subsampling',
      name,
      window: sizeOf(read.need('w', 'window'), 'the window'),
      stride: whole(read.need('s', 'stride'), 'the stride'),
      trainable: read.has('tr'),
      activation: activationOf(read.get('a')),
    };
  }
  if (kind.startsWith('full')) {
    const read = fieldReader(fields, ['pos', 'flat', 'a'], 'full');
    return { kind: 'full', name, units: number('full'), scope: scopeOf(read), activation: activationOf(read.get('a')) };
  }
  if (kind.startsWith('out')) {
    const read = fieldReader(fields, ['rbf', 'softmax', 'pos', 'flat', 'a'], 'output');
    if (read.has('rbf') === read.has('softmax')) refuse('give exactly one classifier, "rbf12x7" or "softmax".');
    const classifier = read.has('rbf')
      ? { type: 'rbf' as const, prototype: sizeOf(read.get('rbf')!, 'the prototype') }
      : { type: 'softmax' as const };
    const units = number('out');
    return { kind: 'output', name, units, scope: scopeOf(read), classifier, activation: activationOf(read.get('a')) };
  }
  return refuse(`"${kind.slice(0, 12)}" is not a kind of layer; use in, conv, sub, full or out.`);
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
