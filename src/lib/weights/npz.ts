/** A named float32 array with its shape, as numpy and torch see it (row-major). */
export interface NamedArray {
  readonly name: string;
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One array in numpy's .npy format, version 1.0, little-endian float32. */
export function npy({ shape, data }: NamedArray): Uint8Array {
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  let header = `{'descr': '<f4', 'fortran_order': False, 'shape': (${dims}), }`;
  // The magic, version and length take 10 bytes; numpy aligns the data to 64 bytes and ends the header in a newline.
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const bytes = new Uint8Array(10 + header.length + data.byteLength);
  bytes.set([0x93, ...new TextEncoder().encode('NUMPY'), 1, 0, header.length & 0xff, header.length >> 8]);
  bytes.set(new TextEncoder().encode(header), 10);
  const view = new DataView(bytes.buffer, 10 + header.length);
  data.forEach((value, index) => view.setFloat32(index * 4, value, true));
  return bytes;
}

/** Writes little-endian fields into a fresh byte array. */
function record(fields: readonly [number, 2 | 4][], tail: Uint8Array = new Uint8Array()): Uint8Array {
  const size = fields.reduce((sum, [, width]) => sum + width, 0);
  const bytes = new Uint8Array(size + tail.length);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(offset, value, true);
    else view.setUint32(offset, value, true);
    offset += width;
  }
  bytes.set(tail, size);
  return bytes;
}

/** Arrays as an .npz file: a zip of .npy files, stored uncompressed, which `numpy.load` reads. */
export function npz(arrays: readonly NamedArray[]): Uint8Array<ArrayBuffer> {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const array of arrays) {
    const name = new TextEncoder().encode(`${array.name}.npy`);
    const body = npy(array);
    const crc = crc32(body);
    // version 2.0, no flags, stored, no date, crc, sizes, name length, no extra field
    const common: [number, 2 | 4][] = [
      [20, 2],
      [0, 2],
      [0, 2],
      [0, 2],
      [0x21, 2],
      [crc, 4],
      [body.length, 4],
      [body.length, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = record([[0x04034b50, 4], ...common], name);
    centrals.push(record([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]], name));
    locals.push(local, body);
    offset += local.length + body.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = record([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [arrays.length, 2],
    [arrays.length, 2],
    [directorySize, 4],
    [offset, 4],
    [0, 2],
  ]);
  const parts = [...locals, ...centrals, end];
  const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    file.set(part, at);
    at += part.length;
  }
  return file;
}
