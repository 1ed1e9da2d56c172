/**
 * IEEE half precision, for the weights the guide's figures fetch: half the bytes
 * of float32, and (as the tests measure) not one changed answer on the test set.
 */
const buffer = new DataView(new ArrayBuffer(4));

/** The nearest half-precision value's 16 bits, rounding to even. */
export function toFloat16Bits(value: number): number {
  buffer.setFloat32(0, value);
  const bits = buffer.getUint32(0);
  const sign = (bits >>> 16) & 0x8000;
  const exponent = (bits >>> 23) & 0xff;
  let mantissa = bits & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (mantissa ? 0x200 : 0);
  let half = exponent - 127 + 15;
  if (half >= 0x1f) return sign | 0x7c00;
  if (half <= 0) {
    if (half < -10) return sign;
    // A subnormal half: the implicit leading 1 joins the mantissa, shifted to the exponent -14.
    mantissa |= 0x800000;
    const shift = 14 - half;
    let result = mantissa >> shift;
    const remainder = mantissa & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (remainder > halfway || (remainder === halfway && result & 1)) result++;
    return sign | result;
  }
  const roundBit = mantissa & 0x1000;
  const sticky = mantissa & 0xfff;
  mantissa >>= 13;
  if (roundBit && (sticky || mantissa & 1)) {
    mantissa++;
    if (mantissa === 0x400) {
      mantissa = 0;
      half++;
      if (half >= 0x1f) return sign | 0x7c00;
    }
  }
  return sign | (half << 10) | mantissa;
}

export function fromFloat16Bits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const mantissa = bits & 0x3ff;
  if (exponent === 0) return sign * mantissa * 2 ** -24;
  if (exponent === 0x1f) return mantissa ? NaN : sign * Infinity;
  return sign * (1 + mantissa / 1024) * 2 ** (exponent - 15);
}

/** Float32 values as little-endian half-precision bytes. */
export function encodeFloat16(values: ArrayLike<number>): Uint8Array {
  const out = new DataView(new ArrayBuffer(values.length * 2));
  for (let i = 0; i < values.length; i++) out.setUint16(i * 2, toFloat16Bits(values[i]!), true);
  return new Uint8Array(out.buffer);
}

export function decodeFloat16(bytes: Uint8Array): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Float32Array.from({ length: bytes.byteLength / 2 }, (_, i) => fromFloat16Bits(view.getUint16(i * 2, true)));
}
