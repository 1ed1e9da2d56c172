import type { Activation } from '../activation.ts';
import type { ConnectionTable, FullConnectionScope, Size2 } from '../spec.ts';
import { decodeBits, encodeBits, hexLength } from '../table-bits.ts';

/** The `net=` code's two-letter names for the activations. */
export const ACTIVATION_CODES: Readonly<Record<Activation, string>> = {
  'scaled-tanh': 'st',
  tanh: 'th',
  sigmoid: 'sg',
  relu: 're',
  softmax: 'sm',
  identity: 'id',
};

const ACTIVATIONS = Object.fromEntries(Object.entries(ACTIVATION_CODES).map(([name, code]) => [code, name])) as Record<
  string,
  Activation
>;

/** A mistake in a `net=` code, said in words that name what is wrong. */
export class CodeError extends Error {}

export const refuse = (message: string): never => {
  throw new CodeError(message);
};

export const sizeCode = ({ height, width }: Size2): string => (height === width ? `${height}` : `${height}x${width}`);
export const scopeCode = (scope: FullConnectionScope): string => (scope === 'position' ? 'pos' : 'flat');
export const activationCode = (activation: Activation): string => `a${ACTIVATION_CODES[activation]}`;
export const tableCode = (connections: ConnectionTable): string[] =>
  connections.type === 'full'
    ? []
    : [`t${connections.matrix.length}x${connections.matrix[0]?.length ?? 0}-${encodeBits(connections.matrix)}`];

export const whole = (text: string, what: string): number => {
  if (!/^\d+$/.test(text)) return refuse(`${what} must be a whole number, not "${text.slice(0, 12)}".`);
  if (text.length > 6) return refuse(`${what} has ${text.length} digits; no field takes more than 6.`);
  return Number(text);
};

export const sizeOf = (text: string, what: string): Size2 => {
  const [height, width, extra] = text.split('x');
  if (extra !== undefined || height === undefined) return refuse(`${what} must be like 5 or 5x3, not "${text}".`);
  return { height: whole(height, what), width: whole(width ?? height, what) };
};

/** Reads the fields after the kind: each starts with a known prefix, and may appear once. */
export function fieldReader(fields: readonly string[], allowed: readonly string[], kind: string) {
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

export type FieldReader = ReturnType<typeof fieldReader>;

export function activationOf(code: string | undefined): Activation {
  if (code === undefined) return refuse('the activation ("a…") is missing.');
  return ACTIVATIONS[code] ?? refuse(`"${code}" is not an activation; use ${Object.keys(ACTIVATIONS).join(', ')}.`);
}

export function scopeOf(read: FieldReader): FullConnectionScope {
  if (read.has('pos') === read.has('flat')) return refuse('give exactly one of "pos" (every position) or "flat".');
  return read.has('pos') ? 'position' : 'flattened';
}

export function tableOf(text: string): ConnectionTable {
  const match = /^(\d{1,4})x(\d{1,4})-([0-9a-fA-F]*)$/.exec(text);
  if (!match) return refuse(`the table must be like t6x16-<hex digits>, not "t${text.slice(0, 16)}".`);
  const rows = Number(match[1]);
  const columns = Number(match[2]);
  const matrix = decodeBits(match[3]!, rows, columns);
  if (!matrix) return refuse(`a ${rows}x${columns} table takes ${hexLength(rows, columns)} hex digits.`);
  return { type: 'table', matrix };
}
