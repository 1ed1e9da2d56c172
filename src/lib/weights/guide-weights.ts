import { decodeFloat16, encodeFloat16 } from './float16.ts';
import type { TfjsWeights } from './torch-state.ts';
import type { NamedArray } from './npz.ts';

/** What the guide's figures fetch for one shipped model: the names and shapes, then every weight in half precision. */
export interface WeightSpec {
  readonly name: string;
  readonly shape: readonly number[];
}

const size = (shape: readonly number[]) => shape.reduce((product, side) => product * side, 1);

/**
 * One file: a 4-byte little-endian header length, the header (the weights'
 * names and shapes as JSON), then the values as float16, in the header's order.
 */
export function packGuideWeights(specs: readonly WeightSpec[], values: Float32Array): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify(specs));
  const body = encodeFloat16(values);
  const out = new Uint8Array(4 + header.length + body.length);
  new DataView(out.buffer).setUint32(0, header.length, true);
  out.set(header, 4);
  out.set(body, 4 + header.length);
  return out;
}

/** The weights of a packed file, by tfjs name, or an error that says what is wrong with the file. */
export function unpackGuideWeights(bytes: Uint8Array): TfjsWeights {
  if (bytes.byteLength < 4) throw new Error(`The weights file has ${bytes.byteLength} bytes; it is cut short.`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  if (4 + headerLength > bytes.byteLength) throw new Error('The weights file is cut short inside its header.');
  const specs = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as WeightSpec[];
  const total = specs.reduce((sum, spec) => sum + size(spec.shape), 0);
  const body = bytes.subarray(4 + headerLength);
  if (body.byteLength !== total * 2)
    throw new Error(`The weights file holds ${body.byteLength / 2} values; its header names ${total}.`);
  const values = decodeFloat16(body);
  const weights = new Map<string, NamedArray>();
  let offset = 0;
  for (const spec of specs) {
    const count = size(spec.shape);
    weights.set(spec.name, { name: spec.name, shape: spec.shape, data: values.subarray(offset, offset + count) });
    offset += count;
  }
  return weights;
}
