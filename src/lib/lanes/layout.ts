/** Hands out 16-byte-aligned byte offsets in a wasm memory, above the page the kernels' own constants use. */
export class Layout {
  private next = 65536;

  /** Room for `floats` 32-bit values; returns its byte offset. */
  floats(floats: number): number {
    const at = this.next;
    this.next += Math.ceil((floats * 4) / 16) * 16;
    return at;
  }

  /** Room for `count` values of four digits each. */
  lanes(count: number): number {
    return this.floats(count * 4);
  }

  /** Bytes used so far. */
  get size(): number {
    return this.next;
  }
}

/** Wasm pages (64 KiB) that hold `bytes`. */
export const pagesFor = (bytes: number): number => Math.ceil(bytes / 65536);
